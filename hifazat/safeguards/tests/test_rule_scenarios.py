"""One row per legal scenario: for every rule in force, a case where it is met and one where it is
breached or overdue (or, for a duty with no hour limit, still due: such a duty is never overdue
on a guess). Each test id starts with the rule's citation.

Times are hours after T0 (2 March 2026, 10:00 Karachi time); ``now`` is when the case is judged.
"""

from __future__ import annotations

import pytest

from .builders import Scenario, book, ct, ev, facts, obligation, timeline

S = Scenario
tl = timeline

# Cases reused below.
GIRL_RAPE = facts("victim", "PB", "female", 12, offences=("PPC-376(3)",))
GIRL_354 = facts("victim", "PB", "female", 13, offences=("PPC-354",))
BOY_HURT = facts("victim", "SD", "male", 9, offences=("PPC-328-A",))
BOY_MINOR = facts("conflict", "PB", "male", 15, offences=("PPC-328-A",))  # a minor offence
BOY_HEINOUS = facts("conflict", "PB", "male", 16, offences=("PPC-302",))
GIRL_ACCUSED = facts("conflict", "KP", "female", 14, offences=("PPC-363",))
MISSING_PB = facts("missing", "PB", "female", 12)
MISSING_SD = facts("missing", "SD", "male", 10)
FOUND_PB = facts("found", "PB", "male", 8)
WITNESS = facts("witness", "KP", "male", 11)
DOMESTIC_PB = facts("risk_domestic", "PB", "female", 13)
MARRIAGE_SD = facts("risk_marriage", "SD", "female", 14)
MARRIAGE_ICT = facts("risk_marriage", "ICT", "female", 15)
ARREST = ev("arrested", 0)

STATEMENT_OK = {"by_sex": "female", "by_rank": "SI", "where": "home"}
ICT_VICTIM = facts("victim", "ICT", "female", 13, offences=("PPC-354",))
PECA_VICTIM = facts("victim", "PB", "female", 14, offences=("PECA-22",))
MISSING_APP = facts("missing", "PB", "male", 9)
APP_REPORT = ev("complaint_received", 0, source="zainab_alert_app")


def disclosed(hours: float, **details: object) -> object:
    """An identity disclosure, by default on social media and authorised by nobody."""
    return ev(
        "identity_disclosed",
        hours,
        **{"medium": "social_media", "by_police": False, "authorised_by": "none", **details},
    )


def stmt(hours: float, **details: object) -> object:
    return ev("statement_recorded", hours, **{**STATEMENT_OK, **details})


SCENARIOS: list[Scenario] = [
    # ---- Anti-Rape Act 2021 -------------------------------------------------------------------
    S("ara.crisis-cell", "met", "cell told", tl(GIRL_RAPE, ev("anti_rape_cell_informed", 3)), 30),
    S("ara.crisis-cell", "due", "no hour limit: due, never overdue", tl(GIRL_RAPE), 300),
    # ---- Best practice ------------------------------------------------------------------------
    S(
        "bp.beijing-r10-1.guardian-2h",
        "met",
        "guardian told in 90 min",
        tl(BOY_MINOR, ARREST, ev("guardian_informed", 1.5)),
        5,
    ),
    S(
        "bp.beijing-r10-1.guardian-2h",
        "breached",
        "guardian told after 2 h 30",
        tl(BOY_MINOR, ARREST, ev("guardian_informed", 2.5)),
        5,
    ),
    S(
        "bp.beijing-r10-1.guardian-2h",
        "overdue",
        "arrest recorded as a contact only, nobody told",
        tl(BOY_MINOR, ct("arrest", 0, location="public")),
        2.1,
    ),
    S(
        "bp.scorecard.probation-24h",
        "met",
        "probation officer told in 20 h",
        tl(BOY_MINOR, ARREST, ev("probation_informed", 20)),
        30,
    ),
    S("bp.scorecard.probation-24h", "overdue", "not told in 25 h", tl(BOY_MINOR, ARREST), 25),
    S(
        "bp.havana-r22.custody-moves",
        "met",
        "guardian told after each move",
        tl(
            BOY_MINOR,
            ARREST,
            ev("custody_changed", 1, location="observation_home"),
            ev("guardian_informed", 1.5),
            ev("custody_changed", 10, location="hospital"),
            ev("guardian_informed", 11),
        ),
        20,
    ),
    S(
        "bp.havana-r22.custody-moves",
        "due",
        "second move not told",
        tl(
            BOY_MINOR,
            ARREST,
            ev("custody_changed", 1, location="observation_home"),
            ev("guardian_informed", 1.5),
            ev("custody_changed", 10, location="hospital"),
        ),
        20,
    ),
    S(
        "bp.coe.adult-present",
        "met",
        "guardian present",
        tl(BOY_MINOR, stmt(2, present=["guardian", "probation_officer"])),
        5,
    ),
    S(
        "bp.coe.adult-present",
        "breached",
        "only the probation officer present",
        tl(BOY_MINOR, stmt(2, present=["probation_officer"])),
        5,
    ),
    S(
        "bp.havana.medical-after-arrest",
        "met",
        "checked after arrest",
        tl(BOY_MINOR, ARREST, ev("medical_exam", 3, examiner_sex="male", consent=True)),
        10,
    ),
    S("bp.havana.medical-after-arrest", "due", "no check yet", tl(BOY_MINOR, ARREST), 10),
    S(
        "bp.ecosoc.support-person",
        "met",
        "mother present",
        tl(BOY_HURT, stmt(2, present=["guardian"])),
        5,
    ),
    S(
        "bp.ecosoc.support-person",
        "breached",
        "nobody with the child",
        tl(BOY_HURT, stmt(2, present=[])),
        5,
    ),
    S("bp.ecosoc.one-interview", "met", "one statement", tl(BOY_HURT, stmt(2)), 50),
    S(
        "bp.ecosoc.one-interview",
        "breached",
        "interviewed twice",
        tl(BOY_HURT, stmt(2), stmt(30)),
        50,
    ),
    S(
        "bp.ecosoc.child-friendly-place",
        "met",
        "at the child desk",
        tl(WITNESS, stmt(2, where="child_desk", present=["guardian"])),
        5,
    ),
    S(
        "bp.ecosoc.child-friendly-place",
        "breached",
        "at the police station",
        tl(WITNESS, stmt(2, where="police_station", present=["guardian"])),
        5,
    ),
    S(
        "bp.ecosoc.witness-guardian",
        "met",
        "guardian told before the statement",
        tl(WITNESS, ev("guardian_informed", 1), stmt(2)),
        5,
    ),
    S(
        "bp.ecosoc.witness-guardian",
        "breached",
        "guardian told only afterwards",
        tl(WITNESS, stmt(2), ev("guardian_informed", 3)),
        5,
    ),
    S(
        "bp.ecosoc.witness-guardian",
        "overdue",
        "guardian never told",
        tl(WITNESS, stmt(2)),
        5,
    ),
    S(
        "bp.ecosoc.psychosocial-referral",
        "met",
        "referred",
        tl(GIRL_RAPE, ev("cp_referral", 20, to="ngo")),
        30,
    ),
    S("bp.ecosoc.psychosocial-referral", "due", "not referred", tl(GIRL_RAPE), 30),
    S(
        "bp.pace.girl-female-officer",
        "met",
        "female officer present",
        tl(
            facts("witness", "BA", "female", 10), stmt(1, by_sex="male", present=["female_officer"])
        ),
        5,
    ),
    S(
        "bp.pace.girl-female-officer",
        "breached",
        "men only",
        tl(facts("witness", "BA", "female", 10), stmt(1, by_sex="male", present=["guardian"])),
        5,
    ),
    S(
        "bp.pace.age-in-doubt",
        "met",
        "age found from the B-form",
        tl(
            facts("victim", "KP", "male", None, pending=True),
            ev("age_determined", 5, method="document", age_years="11"),
        ),
        10,
    ),
    S(
        "bp.pace.age-in-doubt",
        "due",
        "age still pending",
        tl(facts("victim", "KP", "male", 13, pending=True)),
        10,
    ),
    S(
        "bp.marriage.age-documents",
        "met",
        "ages checked",
        tl(facts("risk_marriage", "PB", "female", 15), ev("age_determined", 3, method="school")),
        10,
    ),
    S(
        "bp.marriage.age-documents",
        "due",
        "not checked",
        tl(facts("risk_marriage", "PB", "female", 15)),
        10,
    ),
    S(
        "bp.caregiver-referral",
        "met",
        "father accused; referred",
        tl(
            facts("victim", "KP", "male", 7, offences=("PPC-328-A",), relations=("family_member",)),
            ev("cp_referral", 4, to="cpu"),
        ),
        10,
    ),
    S(
        "bp.caregiver-referral",
        "due",
        "father accused; not referred",
        tl(facts("victim", "KP", "male", 7, relations=("family_member",))),
        10,
    ),
    S(
        "bp.crc37b.no-lockup-non-offender",
        "met",
        "taken to a shelter",
        tl(FOUND_PB, ev("custody_changed", 1, location="shelter")),
        10,
    ),
    S(
        "bp.crc37b.no-lockup-non-offender",
        "breached",
        "a found child put in the lock-up",
        tl(FOUND_PB, ev("custody_changed", 1, location="police_lockup")),
        10,
    ),
    S(
        "bp.found.cp-referral",
        "met",
        "1121 called",
        tl(FOUND_PB, ev("cp_referral", 2, to="cpwb")),
        5,
    ),
    S("bp.found.cp-referral", "due", "no referral yet", tl(FOUND_PB), 5),
    S(
        "bp.found.trace-family",
        "met",
        "family found",
        tl(FOUND_PB, ev("guardian_informed", 30, how="in_person")),
        40,
    ),
    S("bp.found.trace-family", "due", "family not found yet", tl(FOUND_PB), 40),
    S(
        "bp.missing.daily-family",
        "met",
        "parents updated, then the child is found",
        tl(MISSING_PB, ev("guardian_informed", 20), ev("child_recovered", 40)),
        50,
    ),
    S(
        "bp.missing.daily-family",
        "overdue",
        "no update for 30 h",
        tl(MISSING_PB),
        30,
    ),
    S(
        "bp.missing.daily-family",
        "breached",
        "a day missed, then an update",
        tl(MISSING_PB, ev("guardian_informed", 30)),
        31,
    ),
    S(
        "bp.missing.return-medical",
        "met",
        "checked when found",
        tl(MISSING_PB, ev("child_recovered", 10), ev("medical_exam", 12, examiner_sex="female")),
        20,
    ),
    S(
        "bp.missing.return-medical",
        "due",
        "not checked",
        tl(MISSING_PB, ev("child_recovered", 10)),
        20,
    ),
    S(
        "bp.missing.return-interview",
        "met",
        "return interview",
        tl(MISSING_PB, ev("child_recovered", 10), stmt(13)),
        20,
    ),
    S(
        "bp.missing.return-interview",
        "due",
        "the report statement (before) does not count",
        tl(MISSING_PB, stmt(1), ev("child_recovered", 10)),
        20,
    ),
    S(
        "bp.missing.handover",
        "met",
        "released to the mother",
        tl(MISSING_PB, ev("child_recovered", 10), ev("released", 12)),
        20,
    ),
    S(
        "bp.missing.handover",
        "due",
        "still with police",
        tl(MISSING_PB, ev("child_recovered", 10)),
        20,
    ),
    S(
        "bp.missing.closure",
        "met",
        "closed as recovered",
        tl(MISSING_PB, ev("child_recovered", 10), ev("case_closed", 30, outcome="recovered")),
        40,
    ),
    S("bp.missing.closure", "due", "not closed", tl(MISSING_PB, ev("child_recovered", 10)), 40),
    S(
        "bp.no-arrest.release-to-guardian",
        "met",
        "warned and sent home with the father",
        tl(BOY_MINOR, ct("interview", 1), ev("released", 2)),
        5,
    ),
    S("bp.no-arrest.release-to-guardian", "due", "not released yet", tl(BOY_MINOR), 5),
    S(
        "bp.pocso.medical-24h",
        "met",
        "examined in 20 h",
        tl(GIRL_RAPE, ev("medical_exam", 20, examiner_sex="female", consent=True)),
        30,
    ),
    S(
        "bp.pocso.medical-24h",
        "breached",
        "examined after 30 h",
        tl(GIRL_RAPE, ev("medical_exam", 30, examiner_sex="female", consent=True)),
        40,
    ),
    S("bp.pocso.medical-24h", "overdue", "not examined in 25 h", tl(GIRL_RAPE), 25),
    S(
        "bp.domestic.cp-referral",
        "met",
        "referred",
        tl(DOMESTIC_PB, ev("cp_referral", 3, to="cpwb")),
        10,
    ),
    S("bp.domestic.cp-referral", "due", "not referred", tl(DOMESTIC_PB), 10),
    S(
        "bp.domestic.medical",
        "met",
        "examined",
        tl(DOMESTIC_PB, ev("medical_exam", 3, examiner_sex="female", consent=True)),
        10,
    ),
    S("bp.domestic.medical", "due", "not examined", tl(DOMESTIC_PB), 10),
    # ---- Child marriage -----------------------------------------------------------------------
    S(
        "cmra.sindh2013.fir",
        "met",
        "FIR registered",
        tl(MARRIAGE_SD, ev("fir_registered", 2, fir_number="9", fir_date="2026-03-02")),
        10,
    ),
    S("cmra.sindh2013.fir", "due", "no FIR", tl(MARRIAGE_SD), 10),
    S(
        "cmra.ict2025.fir",
        "met",
        "FIR registered",
        tl(MARRIAGE_ICT, ev("fir_registered", 2, fir_number="9", fir_date="2026-03-02")),
        10,
    ),
    S("cmra.ict2025.fir", "due", "no FIR", tl(MARRIAGE_ICT), 10),
    S(
        "cmra.ict2025.age-documents",
        "met",
        "CNIC checked",
        tl(MARRIAGE_ICT, ev("age_determined", 2, method="document", age_years="15")),
        10,
    ),
    S("cmra.ict2025.age-documents", "due", "not checked", tl(MARRIAGE_ICT), 10),
    # ---- Constitution, CrPC -------------------------------------------------------------------
    S(
        "const.art10-2.production-24h",
        "met",
        "before the juvenile court in 23 h",
        tl(BOY_MINOR, ARREST, ev("court_production", 23, court="juvenile")),
        30,
    ),
    S(
        "const.art10-2.production-24h",
        "met",
        "released on bail in 10 h",
        tl(BOY_MINOR, ARREST, ev("bail", 10, outcome="granted")),
        30,
    ),
    S(
        "const.art10-2.production-24h",
        "breached",
        "produced after 25 h",
        tl(BOY_MINOR, ARREST, ev("court_production", 25, court="magistrate")),
        30,
    ),
    S(
        "const.art10-2.production-24h",
        "overdue",
        "bail refused, never produced",
        tl(BOY_MINOR, ARREST, ev("bail", 5, outcome="refused")),
        24.5,
    ),
    S(
        "crpc.s61.detention-24h",
        "met",
        "released in 6 h",
        tl(BOY_MINOR, ARREST, ev("released", 6)),
        30,
    ),
    S("crpc.s61.detention-24h", "overdue", "held 26 h", tl(BOY_MINOR, ARREST), 26),
    S(
        "crpc.s154.fir",
        "met",
        "FIR registered",
        tl(BOY_HURT, ev("fir_registered", 1, fir_number="1", fir_date="2026-03-02")),
        5,
    ),
    S("crpc.s154.fir", "due", "no FIR yet", tl(BOY_HURT), 5),
    S(
        "crpc.s154.proviso-report",
        "met",
        "aunt present at the report",
        tl(GIRL_354, ct("report", 0, present=("female_relative",))),
        5,
    ),
    S(
        "crpc.s154.proviso-report",
        "breached",
        "only the father present",
        tl(GIRL_354, ct("report", 0, present=("guardian",))),
        5,
    ),
    S(
        "crpc.s161.proviso-statement",
        "met",
        "male IO with a female officer present",
        tl(GIRL_354, stmt(2, by_sex="male", present=["female_officer"])),
        5,
    ),
    S(
        "crpc.s161.proviso-statement",
        "breached",
        "male IO, father only",
        tl(GIRL_354, stmt(2, by_sex="male", present=["guardian"])),
        5,
    ),
    S(
        "crpc.s161a.right-to-lawyer",
        "met",
        "told after the FIR",
        tl(
            BOY_HURT,
            ev("fir_registered", 1, fir_number="1", fir_date="2026-03-02"),
            ev("victim_informed_of_rights", 2),
        ),
        5,
    ),
    S(
        "crpc.s161a.right-to-lawyer",
        "due",
        "FIR, not told",
        tl(BOY_HURT, ev("fir_registered", 1, fir_number="1", fir_date="2026-03-02")),
        5,
    ),
    S(
        "crpc.s164a.medical-with-consent",
        "met",
        "with consent",
        tl(GIRL_RAPE, ev("medical_exam", 4, examiner_sex="female", consent=True)),
        10,
    ),
    S(
        "crpc.s164a.medical-with-consent",
        "breached",
        "no consent recorded",
        tl(GIRL_RAPE, ev("medical_exam", 4, examiner_sex="female")),
        10,
    ),
    S(
        "crpc.s164a.female-examiner",
        "met",
        "female doctor",
        tl(GIRL_RAPE, ev("medical_exam", 4, examiner_sex="female", consent=True)),
        10,
    ),
    S(
        "crpc.s164a.female-examiner",
        "breached",
        "male doctor",
        tl(GIRL_RAPE, ev("medical_exam", 4, examiner_sex="male", consent=True)),
        10,
    ),
    # ---- Domestic work ------------------------------------------------------------------------
    S(
        "dw.age-check",
        "met",
        "age from school records",
        tl(DOMESTIC_PB, ev("age_determined", 2, method="school", age_years="13")),
        10,
    ),
    S("dw.age-check", "due", "not checked", tl(DOMESTIC_PB), 10),
    S(
        "dw.pb.pdwa2019.fir",
        "met",
        "FIR against the employer",
        tl(DOMESTIC_PB, ev("fir_registered", 3, fir_number="3", fir_date="2026-03-02")),
        10,
    ),
    S("dw.pb.pdwa2019.fir", "due", "no FIR", tl(DOMESTIC_PB), 10),
    S(
        "dw.ict.fir",
        "met",
        "FIR",
        tl(
            facts("risk_domestic", "ICT", "female", 15),
            ev("fir_registered", 3, fir_number="3", fir_date="2026-03-02"),
        ),
        10,
    ),
    S("dw.ict.fir", "due", "no FIR", tl(facts("risk_domestic", "ICT", "female", 15)), 10),
    S(
        "dw.ba.fir",
        "met",
        "FIR",
        tl(
            facts("risk_domestic", "BA", "male", 17),
            ev("fir_registered", 3, fir_number="3", fir_date="2026-03-02"),
        ),
        10,
    ),
    S("dw.ba.fir", "due", "no FIR", tl(facts("risk_domestic", "BA", "male", 17)), 10),
    # ---- JJSA 2018 ----------------------------------------------------------------------------
    S(
        "jjsa.s3-2.lawyer-24h",
        "met",
        "lawyer in 20 h",
        tl(BOY_MINOR, ARREST, ev("lawyer_contacted", 20, lawyer_kind="legal_aid")),
        30,
    ),
    S(
        "jjsa.s3-2.lawyer-24h",
        "breached",
        "lawyer after 26 h",
        tl(BOY_MINOR, ARREST, ev("lawyer_contacted", 26)),
        30,
    ),
    S("jjsa.s3-2.lawyer-24h", "overdue", "no lawyer in 25 h", tl(BOY_MINOR, ARREST), 25),
    S(
        "jjsa.s3-1.victim-legal-aid",
        "met",
        "legal aid lawyer",
        tl(BOY_HURT, ev("lawyer_contacted", 30, lawyer_kind="legal_aid")),
        40,
    ),
    S("jjsa.s3-1.victim-legal-aid", "due", "no referral", tl(BOY_HURT), 40),
    S(
        "jjsa.s5-1.no-lockup",
        "met",
        "observation home",
        tl(BOY_MINOR, ARREST, ev("custody_changed", 1, location="observation_home")),
        10,
    ),
    S(
        "jjsa.s5-1.no-lockup",
        "breached",
        "lock-up, moved out later: still a breach",
        tl(
            BOY_HEINOUS,
            ARREST,
            ev("custody_changed", 1, location="police_lockup"),
            ev("custody_changed", 5, location="observation_home"),
        ),
        10,
    ),
    S(
        "jjsa.s5-1.guardian",
        "met",
        "father told",
        tl(BOY_MINOR, ARREST, ev("guardian_informed", 6)),
        10,
    ),
    S("jjsa.s5-1.guardian", "due", "as soon as possible: due", tl(BOY_MINOR, ARREST), 100),
    S(
        "jjsa.s5-1.probation",
        "met",
        "probation officer told",
        tl(BOY_MINOR, ARREST, ev("probation_informed", 6)),
        10,
    ),
    S("jjsa.s5-1.probation", "due", "not told", tl(BOY_MINOR, ARREST), 100),
    S(
        "jjsa.s5-3.diversion-in-challan",
        "met",
        "referred before the challan",
        tl(
            BOY_MINOR,
            ev("diversion_referral", 20),
            ev("case_closed", 100, outcome="challan"),
        ),
        110,
    ),
    S(
        "jjsa.s5-3.diversion-in-challan",
        "overdue",
        "challan with no diversion step",
        tl(BOY_MINOR, ev("case_closed", 100, outcome="challan")),
        110,
    ),
    S(
        "jjsa.s5-3.diversion-in-challan",
        "breached",
        "referral only after the challan",
        tl(BOY_MINOR, ev("case_closed", 100, outcome="challan"), ev("diversion_referral", 101)),
        110,
    ),
    S(
        "jjsa.s6.no-police-custody",
        "met",
        "observation home",
        tl(BOY_MINOR, ARREST, ev("custody_changed", 1, location="observation_home")),
        10,
    ),
    S(
        "jjsa.s6.no-police-custody",
        "breached",
        "kept at the station (not the lock-up)",
        tl(BOY_MINOR, ARREST, ev("custody_changed", 1, location="police_station_other")),
        10,
    ),
    S(
        "jjsa.s6.bail-minor-major",
        "met",
        "bail granted",
        tl(BOY_MINOR, ARREST, ev("bail", 8, outcome="granted")),
        10,
    ),
    S("jjsa.s6.bail-minor-major", "due", "no bail decision", tl(BOY_MINOR, ARREST), 10),
    S(
        "jjsa.s6.bail-under-16",
        "met",
        "15, heinous, bail decided",
        tl(
            facts("conflict", "SD", "male", 15, offences=("PPC-302",)),
            ARREST,
            ev("bail", 8, outcome="refused"),
        ),
        10,
    ),
    S(
        "jjsa.s6.bail-under-16",
        "due",
        "15, heinous, no decision",
        tl(facts("conflict", "SD", "male", 15, offences=("PPC-302",)), ARREST),
        10,
    ),
    S("jjsa.s7.rank", "met", "by an SI", tl(BOY_MINOR, stmt(2, by_rank="SI")), 5),
    S(
        "jjsa.s7.rank",
        "met",
        "by a Sub Inspector, spelt out",
        tl(BOY_MINOR, stmt(2, by_rank="Sub Inspector")),
        5,
    ),
    S(
        "jjsa.s7.rank",
        "met",
        "by an Inspector, in Urdu",
        tl(BOY_MINOR, stmt(2, by_rank="انسپکٹر")),
        5,
    ),
    S("jjsa.s7.rank", "breached", "by an ASI", tl(BOY_MINOR, stmt(2, by_rank="ASI")), 5),
    S("jjsa.s7.rank", "breached", "rank not recorded", tl(BOY_MINOR, stmt(2, by_rank="")), 5),
    S(
        "jjsa.s7.probation-present",
        "met",
        "probation officer present",
        tl(BOY_MINOR, stmt(2, present=["probation_officer", "guardian"])),
        5,
    ),
    S(
        "jjsa.s7.probation-present",
        "breached",
        "no probation officer",
        tl(BOY_MINOR, stmt(2, present=["guardian"])),
        5,
    ),
    S(
        "jjsa.s8.age-determination",
        "met",
        "age determined by a medical test",
        tl(
            facts("conflict", "PB", "male", 16, pending=True),
            ev("age_determined", 10, method="medical", age_years="16"),
        ),
        20,
    ),
    S(
        "jjsa.s8.age-determination",
        "due",
        "age pending",
        tl(facts("conflict", "PB", "male", 16, pending=True)),
        20,
    ),
    S(
        "jjsa.s9.diversion",
        "met",
        "referred to the JJC",
        tl(BOY_MINOR, ev("diversion_referral", 30)),
        40,
    ),
    S("jjsa.s9.diversion", "due", "not referred", tl(BOY_MINOR), 40),
    S(
        "jjsa.s17.female-officer",
        "met",
        "female IO",
        tl(GIRL_ACCUSED, stmt(2, by_sex="female")),
        5,
    ),
    S(
        "jjsa.s17.female-officer",
        "breached",
        "male IO, no female officer",
        tl(GIRL_ACCUSED, stmt(2, by_sex="male", present=["guardian"])),
        5,
    ),
    # ---- LHC ----------------------------------------------------------------------------------
    S(
        "lhc.2024.separation-from-adults",
        "met",
        "observation home",
        tl(BOY_HEINOUS, ARREST, ev("custody_changed", 1, location="observation_home")),
        10,
    ),
    S(
        "lhc.2024.separation-from-adults",
        "breached",
        "sent to jail",
        tl(BOY_HEINOUS, ARREST, ev("custody_changed", 1, location="jail")),
        10,
    ),
    # ---- Police orders ------------------------------------------------------------------------
    S(
        "pb.so2019.fir-immediate",
        "met",
        "FIR",
        tl(GIRL_RAPE, ev("fir_registered", 1, fir_number="1", fir_date="2026-03-02")),
        5,
    ),
    S("pb.so2019.fir-immediate", "due", "no FIR", tl(GIRL_RAPE), 5),
    S("pb.so2019.not-at-station", "met", "at home", tl(GIRL_RAPE, stmt(2, where="home")), 5),
    S(
        "pb.so2019.not-at-station",
        "breached",
        "child called to the station",
        tl(GIRL_RAPE, stmt(2, where="police_station")),
        5,
    ),
    S("pb.so2019.woman-officer", "met", "woman IO", tl(GIRL_RAPE, stmt(2, by_sex="female")), 5),
    S(
        "pb.so2019.woman-officer",
        "breached",
        "male IO even with a female officer present",
        tl(GIRL_RAPE, stmt(2, by_sex="male", present=["female_officer"])),
        5,
    ),
    S(
        "pb.so2019.medical-consent",
        "met",
        "consent recorded",
        tl(GIRL_RAPE, ev("medical_exam", 3, examiner_sex="female", consent=True)),
        5,
    ),
    S(
        "pb.so2019.medical-consent",
        "breached",
        "no consent",
        tl(GIRL_RAPE, ev("medical_exam", 3, examiner_sex="female", consent=False)),
        5,
    ),
    S(
        "sd.sop2018.daily-parents",
        "met",
        "updated daily until found",
        tl(
            MISSING_SD,
            ev("guardian_informed", 12),
            ev("guardian_informed", 34),
            ev("child_recovered", 50),
        ),
        60,
    ),
    S(
        "sd.sop2018.daily-parents",
        "breached",
        "two days without a word, then found",
        tl(MISSING_SD, ev("guardian_informed", 12), ev("child_recovered", 60)),
        70,
    ),
    S("sd.sop2018.daily-parents", "overdue", "no update for a day", tl(MISSING_SD), 25),
    # ---- PPC ----------------------------------------------------------------------------------
    S(
        "ppc.s82.no-arrest-under-10",
        "met",
        "a 9-year-old is not arrested",
        tl(facts("conflict", "PB", "male", 9), ev("released", 1)),
        5,
    ),
    S(
        "ppc.s82.no-arrest-under-10",
        "breached",
        "a 9-year-old arrested",
        tl(facts("conflict", "PB", "male", 9), ARREST),
        5,
    ),
    # ---- Punjab PDNCA 2004 --------------------------------------------------------------------
    S(
        "pdnca.s24.found-child-24h",
        "met",
        "handed to the CPWB in 20 h",
        tl(FOUND_PB, ev("cp_referral", 20, to="cpwb")),
        30,
    ),
    S(
        "pdnca.s24.found-child-24h",
        "breached",
        "handed over after 30 h",
        tl(FOUND_PB, ev("cp_referral", 30, to="cpwb")),
        40,
    ),
    S(
        "pdnca.s24.found-child-24h",
        "overdue",
        "only an NGO told: not the Bureau",
        tl(FOUND_PB, ev("cp_referral", 2, to="ngo")),
        30,
    ),
    S(
        "pdnca.s24.abused-by-family-24h",
        "met",
        "before the Child Protection Court",
        tl(
            facts("victim", "PB", "male", 6, relations=("family_member",)),
            ev("court_production", 20, court="special"),
        ),
        30,
    ),
    S(
        "pdnca.s24.abused-by-family-24h",
        "overdue",
        "nothing in 24 h",
        tl(facts("victim", "PB", "male", 6, relations=("family_member",))),
        25,
    ),
    # ---- Sindh --------------------------------------------------------------------------------
    S(
        "sindh.missing-fir-4h",
        "met",
        "FIR in 3 h",
        tl(MISSING_SD, ev("fir_registered", 3, fir_number="1", fir_date="2026-03-02")),
        10,
    ),
    S(
        "sindh.missing-fir-4h",
        "breached",
        "FIR after 5 h",
        tl(MISSING_SD, ev("fir_registered", 5, fir_number="1", fir_date="2026-03-02")),
        10,
    ),
    S("sindh.missing-fir-4h", "overdue", "no FIR in 4 h", tl(MISSING_SD), 4.5),
    # ---- ZARRA 2020 ---------------------------------------------------------------------------
    S(
        "zarra.s7-1.notify-2h",
        "met",
        "ZARRA told in 1 h 50",
        tl(MISSING_PB, ev("zarra_notified", 1 + 50 / 60)),
        5,
    ),
    S(
        "zarra.s7-1.notify-2h",
        "breached",
        "ZARRA told after 2 h 10",
        tl(MISSING_PB, ev("zarra_notified", 2 + 10 / 60)),
        5,
    ),
    S("zarra.s7-1.notify-2h", "overdue", "not told in 2 h", tl(MISSING_PB), 2.5),
    S(
        "zarra.s7-1.daily-update",
        "met",
        "updated, then the child is found",
        tl(
            MISSING_PB, ev("zarra_notified", 1), ev("zarra_notified", 20), ev("child_recovered", 30)
        ),
        40,
    ),
    S(
        "zarra.s7-1.daily-update",
        "overdue",
        "no update for more than a day",
        tl(MISSING_PB, ev("zarra_notified", 1)),
        30,
    ),
    S(
        "zarra.s7-1.daily-update",
        "breached",
        "an update came a day late",
        tl(MISSING_PB, ev("zarra_notified", 1), ev("zarra_notified", 30)),
        31,
    ),
    S(
        "zarra.s8.fir",
        "met",
        "FIR",
        tl(MISSING_PB, ev("fir_registered", 1, fir_number="1", fir_date="2026-03-02")),
        5,
    ),
    S("zarra.s8.fir", "due", "no hour limit: due, not overdue", tl(MISSING_PB), 500),
    # ---- Rules that came into force with the event kinds added to cases/timeline.py ----------
    # Anti-Rape Act 2021 (sexual offences only)
    S(
        "ara.ssoiu",
        "met",
        "assigned to the SSOIU",
        tl(GIRL_RAPE, ev("investigator_assigned", 2, unit="ssoiu", sex="female", rank="SI")),
        10,
    ),
    S(
        "ara.ssoiu",
        "due",
        "kept at the police station: not the SSOIU",
        tl(GIRL_RAPE, ev("investigator_assigned", 2, unit="station")),
        10,
    ),
    S(
        "ara.no-two-finger-test",
        "met",
        "examined without the test",
        tl(GIRL_RAPE, ev("medical_exam", 4, examiner_sex="female", consent=True)),
        10,
    ),
    S(
        "ara.no-two-finger-test",
        "breached",
        "two-finger test recorded",
        tl(GIRL_RAPE, ev("medical_exam", 4, examiner_sex="female", two_finger_test=True)),
        10,
    ),
    S(
        "ara.s26.identity",
        "met",
        "disclosed with the guardian's written consent",
        tl(GIRL_RAPE, disclosed(5, authorised_by="guardian_consent")),
        10,
    ),
    S(
        "ara.s26.identity",
        "breached",
        "named on social media, nobody authorised it",
        tl(GIRL_RAPE, disclosed(5)),
        10,
    ),
    S(
        "ara.rules2023.video-link",
        "met",
        "s.164 statement by video link",
        tl(GIRL_RAPE, ev("magistrate_statement", 30, video_link=True)),
        40,
    ),
    S(
        "ara.rules2023.video-link",
        "breached",
        "s.164 statement in the courtroom",
        tl(GIRL_RAPE, ev("magistrate_statement", 30, video_link=False)),
        40,
    ),
    # Best practice
    S("bp.beijing-r8.identity", "met", "nothing disclosed", tl(WITNESS), 10),
    S(
        "bp.beijing-r8.identity",
        "breached",
        "disclosed even by court order",
        tl(WITNESS, disclosed(5, authorised_by="court_order")),
        10,
    ),
    S(
        "bp.crc40.told-in-own-language",
        "met",
        "told in Punjabi",
        tl(BOY_MINOR, ev("child_informed", 1, about=["reason", "next_steps"], language="Punjabi")),
        5,
    ),
    S("bp.crc40.told-in-own-language", "due", "not told", tl(BOY_MINOR), 5),
    S(
        "bp.ecosoc.safety-assessment",
        "met",
        "risk assessed",
        tl(WITNESS, ev("risk_assessed", 3, level="medium")),
        10,
    ),
    S("bp.ecosoc.safety-assessment", "due", "not assessed", tl(WITNESS), 10),
    # Child marriage
    S(
        "cmra.injunction",
        "met",
        "injunction sought",
        tl(MARRIAGE_SD, ev("injunction_sought", 5)),
        10,
    ),
    S("cmra.injunction", "due", "no injunction", tl(MARRIAGE_ICT), 10),
    # Court orders
    S(
        "lhc.2023.no-videos",
        "met",
        "a recorded evidence interview is allowed",
        tl(BOY_MINOR, ev("child_filmed", 3, purpose="evidence_interview")),
        10,
    ),
    S(
        "lhc.2023.no-videos",
        "breached",
        "filmed at the arrest and posted",
        tl(BOY_MINOR, ARREST, ev("child_filmed", 0.5, purpose="other", posted=True)),
        10,
    ),
    # CrPC
    S("crpc.s164b.dna", "met", "samples taken", tl(GIRL_RAPE, ev("dna_collected", 6)), 10),
    S("crpc.s164b.dna", "due", "no samples", tl(GIRL_RAPE), 10),
    # ICT CPA 2018
    S(
        "ict.s28.identity",
        "met",
        "published by the Court's order",
        tl(ICT_VICTIM, disclosed(5, authorised_by="court_order")),
        10,
    ),
    S(
        "ict.s28.identity",
        "breached",
        "the guardian's consent is not the Court's permission",
        tl(ICT_VICTIM, disclosed(5, authorised_by="guardian_consent")),
        10,
    ),
    # JJSA 2018
    S(
        "jjsa.s5-2.no-preventive-arrest",
        "met",
        "arrested for a cognizable offence",
        tl(BOY_MINOR, ev("arrested", 0, basis="cognizable_offence")),
        5,
    ),
    S(
        "jjsa.s5-2.no-preventive-arrest",
        "breached",
        "preventive detention",
        tl(BOY_MINOR, ev("arrested", 0, basis="preventive")),
        5,
    ),
    S("jjsa.s13.identity", "met", "nothing disclosed", tl(BOY_MINOR, ARREST), 10),
    S(
        "jjsa.s13.identity",
        "breached",
        "the child's photo sent to the press",
        tl(BOY_MINOR, ARREST, disclosed(3, medium="press", by_police=True)),
        10,
    ),
    S("jjsa.s16.no-handcuffs", "met", "arrested without restraints", tl(BOY_MINOR, ARREST), 5),
    S(
        "jjsa.s16.no-handcuffs",
        "breached",
        "handcuffed",
        tl(BOY_MINOR, ARREST, ev("restraint_used", 0.2, type="handcuffs")),
        5,
    ),
    # KP CPWA 2010
    S("kp.s24.publication", "met", "nothing published", tl(GIRL_ACCUSED), 10),
    S(
        "kp.s24.publication",
        "breached",
        "published",
        tl(GIRL_ACCUSED, disclosed(5, authorised_by="court_order")),
        10,
    ),
    # PECA 2016
    S(
        "peca.nccia-referral",
        "met",
        "referred to the NCCIA",
        tl(PECA_VICTIM, ev("referred_to_agency", 4, to="nccia")),
        10,
    ),
    S(
        "peca.nccia-referral",
        "due",
        "sent to the FIA, not the NCCIA",
        tl(PECA_VICTIM, ev("referred_to_agency", 4, to="fia")),
        10,
    ),
    S("peca.s22.identity", "met", "nothing shared", tl(PECA_VICTIM), 10),
    S(
        "peca.s22.identity",
        "breached",
        "shared on social media",
        tl(PECA_VICTIM, disclosed(5, authorised_by="investigation_order")),
        10,
    ),
    # Police orders
    S(
        "pb.so2019.sho-at-scene",
        "met",
        "the SHO went",
        tl(GIRL_RAPE, ev("scene_visited", 2, by_post="sho")),
        10,
    ),
    S(
        "pb.so2019.sho-at-scene",
        "due",
        "only the IO went",
        tl(GIRL_RAPE, ev("scene_visited", 2, by_post="io")),
        10,
    ),
    S(
        "pb.so2019.compromise-311",
        "met",
        "PPC 311 added after the compromise",
        tl(
            GIRL_RAPE,
            ev("compromise_reported", 50),
            ev("fir_registered", 52, fir_number="7", fir_date="2026-03-04", offences=["PPC-311"]),
        ),
        60,
    ),
    S(
        "pb.so2019.compromise-311",
        "due",
        "compromise reported, PPC 311 not added",
        tl(
            GIRL_RAPE,
            ev("fir_registered", 1, fir_number="7", fir_date="2026-03-02"),
            ev("compromise_reported", 50),
        ),
        60,
    ),
    S("pb.so2019.dna", "met", "DNA collected", tl(GIRL_RAPE, ev("dna_collected", 6)), 10),
    S("pb.so2019.dna", "due", "no DNA", tl(GIRL_RAPE), 10),
    S("pb.policy2020.social-media", "met", "nothing shared", tl(BOY_MINOR, ARREST), 10),
    S(
        "pb.policy2020.social-media",
        "breached",
        "an officer posted the arrest",
        tl(BOY_MINOR, ARREST, disclosed(1, by_police=True)),
        10,
    ),
    S(
        "sd.sop2018.scene-visit",
        "met",
        "scene visited",
        tl(MISSING_SD, ev("scene_visited", 3, by_post="io")),
        10,
    ),
    S("sd.sop2018.scene-visit", "due", "not visited", tl(MISSING_SD), 10),
    S(
        "kp.peshawar.no-videos",
        "met",
        "a recorded evidence interview only",
        tl(GIRL_ACCUSED, ARREST, ev("child_filmed", 1, purpose="evidence_interview")),
        10,
    ),
    S(
        "kp.peshawar.no-videos",
        "breached",
        "filmed at the arrest for identification",
        tl(GIRL_ACCUSED, ARREST, ev("child_filmed", 0.5, purpose="identification")),
        10,
    ),
    # PPC
    S(
        "ppc.s83.maturity",
        "met",
        "12-year-old's maturity assessed",
        tl(facts("conflict", "PB", "male", 12), ev("maturity_assessed", 5, finding="insufficient")),
        10,
    ),
    S("ppc.s83.maturity", "due", "not assessed", tl(facts("conflict", "PB", "male", 12)), 10),
    S(
        "ppc.s376a.victim-identity",
        "met",
        "disclosed on the IO's written order for the investigation",
        tl(GIRL_RAPE, disclosed(5, authorised_by="investigation_order", medium="document")),
        10,
    ),
    S(
        "ppc.s376a.victim-identity",
        "breached",
        "name printed in the press",
        tl(GIRL_RAPE, disclosed(5, medium="press")),
        10,
    ),
    # Sindh CPA
    S("sindh.s20a.identity", "met", "nothing published", tl(MISSING_SD), 10),
    S(
        "sindh.s20a.identity",
        "breached",
        "picture published",
        tl(MISSING_SD, disclosed(5, authorised_by="guardian_consent")),
        10,
    ),
    # ZARRA 2020
    S(
        "zarra.s7-2.search",
        "met",
        "alert to neighbouring districts and the railway police",
        tl(MISSING_PB, ev("alert_circulated", 1, to=["neighbouring_districts", "rail_police"])),
        5,
    ),
    S("zarra.s7-2.search", "due", "no alert", tl(MISSING_PB), 5),
    S(
        "zarra.app.reporter-24h",
        "met",
        "reporter called back in 10 h",
        tl(MISSING_APP, APP_REPORT, ev("reporter_contacted", 10)),
        30,
    ),
    S(
        "zarra.app.reporter-24h",
        "breached",
        "reporter called back after 30 h",
        tl(MISSING_APP, APP_REPORT, ev("reporter_contacted", 30)),
        40,
    ),
    S(
        "zarra.app.reporter-24h",
        "overdue",
        "reporter not called in 25 h",
        tl(MISSING_APP, APP_REPORT),
        25,
    ),
]


@pytest.mark.parametrize("sc", SCENARIOS, ids=[sc.test_id for sc in SCENARIOS])
def test_rule_scenario(sc: Scenario) -> None:
    ob = obligation(sc.timeline, sc.rule, sc.now)
    assert ob.in_scope
    assert ob.status == sc.status, ob.reason
    assert ob.reason


def _fails(rule_id: str) -> set[str]:
    """What "not met" looks like for a rule: breached or overdue; for a duty with no hour limit
    and no required manner, due (it can never be overdue or breached)."""
    from hifazat.safeguards.engine import EventDuty

    rule = book()[rule_id]
    req = rule.requirement
    if isinstance(req, EventDuty) and rule.within is None and req.manner is None and not req.every:
        return {"due"}
    return {"breached", "overdue"}


def test_every_rule_in_force_has_a_met_and_a_failing_scenario() -> None:
    missing = []
    for rule in book().rules:
        statuses = {sc.status for sc in SCENARIOS if sc.rule == rule.id}
        if "met" not in statuses or not statuses & _fails(rule.id):
            missing.append(f"{rule.id} ({rule.citation}): has {sorted(statuses)}")
    assert not missing, "rules without a met and a failing scenario:\n" + "\n".join(missing)


def test_scenarios_name_only_rules_in_the_book() -> None:
    assert {sc.rule for sc in SCENARIOS} <= {r.id for r in book().rules}
