"""The engine's semantics: clocks across midnight in Karachi, backdated and corrected events,
not-applicable cases, determinism, and the checklist. Database-free."""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from hifazat.safeguards.engine import (
    CaseFacts,
    Obligation,
    Timeline,
    checklist,
    evaluate,
    format_duration,
    parse_duration,
)
from hifazat.safeguards.engine.evaluate import _made

from .builders import PKT, at, book, ct, ev, facts, fix, obligation, timeline

UTC = UTC
MISSING = facts("missing", "PB", "female", 12)


def _late_evening_case() -> CaseFacts:
    # Reported at 23:30 Karachi time (18:30 UTC): the 2-hour ZARRA clock runs past midnight.
    return replace(MISSING, reported_at=datetime(2026, 3, 1, 23, 30, tzinfo=PKT))


# ---- Clocks and time zones ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("notified", "status"),
    [
        (datetime(2026, 3, 2, 1, 29, tzinfo=PKT), "met"),
        (datetime(2026, 3, 2, 1, 30, tzinfo=PKT), "met"),  # on the dot is in time
        (datetime(2026, 3, 2, 1, 31, tzinfo=PKT), "breached"),
        (datetime(2026, 3, 1, 20, 29, tzinfo=UTC), "met"),  # the same instants, written in UTC
        (datetime(2026, 3, 1, 20, 31, tzinfo=UTC), "breached"),
    ],
    ids=["01:29 PKT", "01:30 PKT", "01:31 PKT", "20:29 UTC", "20:31 UTC"],
)
def test_zarra_2_hours_across_midnight_in_karachi(notified: datetime, status: str) -> None:
    case = _late_evening_case()
    event = replace(ev("zarra_notified"), at=notified)
    tl = Timeline(case, (event,))
    ob = _find(evaluate(tl, book(), datetime(2026, 3, 2, 9, 0, tzinfo=PKT)), "zarra.s7-1.notify-2h")
    assert ob.status == status
    assert ob.due_at == datetime(2026, 3, 2, 1, 30, tzinfo=PKT)
    assert ob.due_at.astimezone(PKT).date().isoformat() == "2026-03-02"  # the next day


def test_not_overdue_at_the_deadline_itself_only_after_it() -> None:
    tl = Timeline(_late_evening_case())
    due = datetime(2026, 3, 2, 1, 30, tzinfo=PKT)
    assert _find(evaluate(tl, book(), due), "zarra.s7-1.notify-2h").status == "due"
    later = due + timedelta(seconds=1)
    assert _find(evaluate(tl, book(), later), "zarra.s7-1.notify-2h").status == "overdue"


def test_the_same_instant_in_any_time_zone_gives_the_same_result() -> None:
    base = timeline(
        MISSING,
        ev("zarra_notified", 1.9, id=1),
        ev("fir_registered", 1, id=2, fir_number="1", fir_date="2026-03-02"),
    )
    in_utc = Timeline(
        replace(base.facts, reported_at=base.facts.reported_at.astimezone(UTC)),
        tuple(replace(e, at=e.at.astimezone(UTC)) for e in base.events),
    )
    now = at(30)
    assert evaluate(base, book(), now) == evaluate(in_utc, book(), now.astimezone(UTC))


# ---- Backdated, future and corrected events ----------------------------------------------------


def test_a_backdated_event_counts_from_when_it_happened() -> None:
    # ZARRA was told at 1 h, but the entry was typed in at 9 h: met, and flagged.
    tl = timeline(MISSING, ev("zarra_notified", 1, rec=9))
    ob = obligation(tl, "zarra.s7-1.notify-2h", 10)
    assert ob.status == "met"
    assert ob.recorded_late
    assert (
        obligation(
            timeline(MISSING, ev("zarra_notified", 1, rec=1.5)), "zarra.s7-1.notify-2h", 10
        ).recorded_late
        is False
    )


def test_events_after_now_are_ignored() -> None:
    tl = timeline(MISSING, ev("zarra_notified", 5))
    assert obligation(tl, "zarra.s7-1.notify-2h", 3).status == "overdue"  # as it stood at 3 h
    assert obligation(tl, "zarra.s7-1.notify-2h", 6).status == "breached"


def test_a_case_not_yet_opened_at_now_has_nothing_started() -> None:
    ob = obligation(timeline(MISSING), "zarra.s7-1.notify-2h", -1)
    assert ob.status == "not_applicable"


def test_a_correction_replaces_the_lockup_entry_it_corrects() -> None:
    conflict = facts("conflict", "PB", "male", 15, offences=("PPC-302",))
    wrong = ev("custody_changed", 1, id=10, location="police_lockup")
    correction = fix(
        1, id=11, corrects=10, rec=3, kind="custody_changed", location="observation_home"
    )
    before = obligation(timeline(conflict, ev("arrested", 0), wrong), "jjsa.s5-1.no-lockup", 5)
    after = obligation(
        timeline(conflict, ev("arrested", 0), wrong, correction), "jjsa.s5-1.no-lockup", 5
    )
    assert before.status == "breached" and before.breached_by == 10
    assert after.status == "met" and after.corrected


def test_a_real_move_out_of_the_lockup_does_not_undo_the_breach() -> None:
    conflict = facts("conflict", "PB", "male", 15, offences=("PPC-302",))
    tl = timeline(
        conflict,
        ev("arrested", 0),
        ev("custody_changed", 1, id=20, location="police_lockup"),
        ev("custody_changed", 2, location="observation_home"),
    )
    ob = obligation(tl, "jjsa.s5-1.no-lockup", 5)
    assert (ob.status, ob.breached_by, ob.corrected) == ("breached", 20, False)


def test_a_correction_can_move_an_event_in_time() -> None:
    # Typed as 1 h 30, corrected to 2 h 30 (the correction carries the right time).
    tl = timeline(
        MISSING,
        ev("zarra_notified", 1.5, id=30),
        fix(2.5, id=31, corrects=30, rec=4, kind="zarra_notified"),
    )
    ob = obligation(tl, "zarra.s7-1.notify-2h", 5)
    assert ob.status == "breached"
    assert ob.satisfied_by == 30 and ob.corrected


def test_the_latest_of_several_corrections_wins_and_chains_resolve() -> None:
    girl = facts("victim", "PB", "female", 13, offences=("PPC-354",))
    tl = timeline(
        girl,
        ev("statement_recorded", 2, id=40, by_sex="male", where="home", present=["guardian"]),
        fix(
            2,
            id=41,
            corrects=40,
            rec=3,
            kind="statement_recorded",
            by_sex="male",
            where="home",
            present=["female_officer"],
        ),
        # A correction of the correction: resolves to event 40.
        fix(
            2,
            id=42,
            corrects=41,
            rec=4,
            kind="statement_recorded",
            by_sex="male",
            where="home",
            present=["guardian"],
        ),
    )
    ob = obligation(tl, "crpc.s161.proviso-statement", 5)
    assert ob.status == "breached" and ob.breached_by == 40 and ob.corrected


def test_a_correction_can_change_the_kind_of_event() -> None:
    tl = timeline(
        MISSING,
        ev("guardian_informed", 1, id=50),
        fix(1, id=51, corrects=50, rec=2, kind="zarra_notified"),
    )
    assert obligation(tl, "zarra.s7-1.notify-2h", 5).status == "met"
    assert obligation(tl, "bp.missing.daily-family", 5).satisfied_by is None


# ---- Scope: not applicable ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "case", "why"),
    [
        ("zarra.s7-1.notify-2h", facts("victim"), "only for missing child cases"),
        ("sindh.missing-fir-4h", facts("missing", "PB"), "only in Sindh"),
        (
            "crpc.s161.proviso-statement",
            facts("victim", sex="male", offences=("PPC-354",)),
            "only for girls",
        ),
        (
            "crpc.s161.proviso-statement",
            facts("victim", offences=("PPC-328-A",)),
            "only for cases with PPC-336-B",
        ),
        ("ppc.s82.no-arrest-under-10", facts("conflict", age=10), "only for children aged 0-9"),
        ("ppc.s82.no-arrest-under-10", facts("conflict", age=None), "the age is not known"),
        (
            "jjsa.s9.diversion",
            facts("conflict", offences=("PPC-328-A", "PPC-302")),
            "not for cases with heinous offence",
        ),
        ("jjsa.s8.age-determination", facts("conflict", age=15), "the age is not in doubt"),
        (
            "bp.caregiver-referral",
            facts("victim", relations=("stranger",)),
            "only when the accused is a family member",
        ),
        ("zarra.s7-1.notify-2h", facts("missing", age=18), "not a child"),
    ],
    ids=[
        "ZARRA s.7(1) not for a victim case",
        "Sindh 4-hour FIR not in Punjab",
        "CrPC s.161 proviso not for boys",
        "CrPC s.161 proviso not for PPC 328-A",
        "PPC s.82 not at age 10",
        "PPC s.82 not while the age is unknown",
        "JJSA s.9 not with a heinous offence",
        "JJSA s.8 not when the age is known",
        "caregiver referral not for a stranger",
        "no child rules for an adult",
    ],
)
def test_rules_outside_their_scope_are_not_applicable(rule: str, case: CaseFacts, why: str) -> None:
    ob = obligation(timeline(case), rule, 10)
    assert (ob.status, ob.in_scope) == ("not_applicable", False)
    assert why in ob.reason


def test_a_rule_waits_for_its_trigger() -> None:
    ob = obligation(timeline(facts("conflict")), "jjsa.s3-2.lawyer-24h", 10)
    assert (ob.status, ob.in_scope) == ("not_applicable", True)
    assert "once “Child arrested” or a contact: arrest is recorded" in ob.reason


def test_while_the_age_is_pending_an_older_looking_person_is_treated_as_a_child() -> None:
    tl = timeline(facts("missing", age=19, pending=True))
    assert obligation(tl, "zarra.s7-1.notify-2h", 3).status == "overdue"


def test_an_age_determination_on_the_timeline_decides_the_age() -> None:
    case = facts("conflict", age=None, pending=True)
    tl = timeline(
        case, ev("age_determined", 1, method="document", age_years="9"), ev("arrested", 2)
    )
    assert obligation(tl, "ppc.s82.no-arrest-under-10", 5).status == "breached"
    assert obligation(tl, "jjsa.s8.age-determination", 5).status == "met"


def test_no_arrest_rules_stop_applying_once_there_is_an_arrest() -> None:
    tl = timeline(facts("conflict"), ev("arrested", 1))
    ob = obligation(tl, "bp.no-arrest.release-to-guardian", 5)
    assert ob.status == "not_applicable" and "was recorded" in ob.reason


# ---- Determinism and speed-related invariants --------------------------------------------------


def test_same_input_same_output_whatever_the_order_events_come_in() -> None:
    items = [
        ev("arrested", 0, id=1),
        ev("guardian_informed", 3, id=2),
        ev("custody_changed", 1, id=3, location="police_lockup"),
        ev("court_production", 30, id=4, court="juvenile"),
        ev(
            "statement_recorded",
            2,
            id=5,
            by_sex="male",
            by_rank="ASI",
            where="police_station",
            present=[],
        ),
    ]
    case = facts("conflict", "PB", "male", 15, offences=("PPC-328-A",))
    first = evaluate(Timeline(case, tuple(items)), book(), at(40))
    rng = random.Random(1)
    for _ in range(5):
        rng.shuffle(items)
        assert evaluate(Timeline(case, tuple(items)), book(), at(40)) == first
    assert evaluate(Timeline(case, tuple(items)), book(), at(40)) == first  # cached path too


def test_fast_obligation_is_the_same_object_as_the_dataclass() -> None:
    rule = book().rules[0]
    args = (rule, "met", "why", at(1), at(0), at(0.5), 3, None, 7, True, True, False)
    assert _made(*args) == Obligation(*args)
    assert hash(_made(*args)) == hash(Obligation(*args))
    assert repr(_made(*args)) == repr(Obligation(*args))
    with pytest.raises(AttributeError):
        _made(*args).status = "due"  # type: ignore[misc]


def test_evaluate_returns_one_obligation_per_rule_in_book_order() -> None:
    obs = evaluate(timeline(MISSING), book(), at(1))
    assert [ob.rule.id for ob in obs] == [r.id for r in book().rules]


def test_the_engine_imports_no_django() -> None:
    code = (
        "import sys; import hifazat.safeguards.engine as e; e.load_rules(); "
        "bad = [m for m in sys.modules if m.split('.')[0] == 'django' or "
        "(m.startswith('hifazat.') and not m.startswith(('hifazat.safeguards.engine', "
        "'hifazat.cases.timeline')) and m not in ('hifazat.safeguards', 'hifazat.cases'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


# ---- Repeat and per-occurrence duties ----------------------------------------------------------


def test_daily_zarra_updates_are_due_while_on_track() -> None:
    tl = timeline(MISSING, ev("zarra_notified", 1), ev("zarra_notified", 20))
    ob = obligation(tl, "zarra.s7-1.daily-update", 30)
    assert ob.status == "due" and ob.due_at == at(44)


def test_each_custody_move_needs_its_own_notice() -> None:
    case = facts("conflict", "PB", "male", 15)
    tl = timeline(
        case, ev("custody_changed", 1, location="observation_home"), ev("guardian_informed", 2)
    )
    assert obligation(tl, "bp.havana-r22.custody-moves", 5).status == "met"


# ---- Durations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"), [("PT2H", 2), ("PT24H", 24), ("P30D", 720), ("P1DT12H", 36), ("PT90M", 1.5)]
)
def test_durations_parse(text: str, hours: float) -> None:
    assert parse_duration(text) == timedelta(hours=hours)


@pytest.mark.parametrize("text", ["P1M", "P1Y", "2 hours", "PT", "P", "24h", "PT-2H"])
def test_bad_durations_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"ISO-8601|months and years"):
        parse_duration(text)


def test_durations_read_the_way_statutes_write_them() -> None:
    assert format_duration(timedelta(hours=24)) == "24 h"
    assert format_duration(timedelta(days=30)) == "30 days"
    assert format_duration(timedelta(minutes=90)) == "1 h 30 min"


# ---- Checklist ---------------------------------------------------------------------------------


def test_the_checklist_puts_every_interaction_first_then_the_kind_of_contact() -> None:
    items = checklist(timeline(facts("conflict"), ev("arrested", 0)), book(), at(5))
    sections = [i.section for i in items]
    assert sections[0] == "0" and set(sections) == {"0", "E"}
    assert [i.step for i in items if i.section == "E"] == [f"E.{n}" for n in range(1, 10)]


@pytest.mark.parametrize(
    ("case", "extra", "sections"),
    [
        (facts("victim", offences=("PPC-376(3)",)), (), {"0", "A"}),
        (facts("victim", offences=("PPC-328-A",)), (), {"0", "B"}),
        (facts("witness"), (), {"0", "C"}),
        (facts("missing"), (), {"0", "D"}),
        (facts("conflict"), (), {"0", "F"}),
        (facts("conflict"), (ct("arrest", 0),), {"0", "E"}),
        (facts("found"), (), {"0", "G"}),
        (facts("risk_domestic"), (), {"0", "H"}),
        (facts("risk_marriage"), (), {"0", "I"}),
    ],
    ids=[
        "A sexual abuse",
        "B violence",
        "C witness",
        "D missing",
        "F no arrest",
        "E arrest",
        "G found",
        "H domestic worker",
        "I child marriage",
    ],
)
def test_each_kind_of_contact_gets_its_checklist(
    case: CaseFacts, extra: tuple[object, ...], sections: set[str]
) -> None:
    items = checklist(timeline(case, *extra), book(), at(5))  # type: ignore[arg-type]
    assert {i.section for i in items} == sections


def test_a_checklist_step_shows_the_worst_of_its_obligations() -> None:
    case = facts("conflict", "PB", "male", 15)
    tl = timeline(case, ev("arrested", 0), ev("guardian_informed", 3))
    step = next(i for i in checklist(tl, book(), at(30)) if i.step == "E.3")
    statuses = {ob.rule.id: ob.status for ob in step.obligations}
    assert statuses["bp.beijing-r10-1.guardian-2h"] == "breached"
    assert statuses["bp.scorecard.probation-24h"] == "overdue"
    assert step.status == "breached"


def test_steps_the_system_cannot_check_are_manual() -> None:
    items = checklist(timeline(facts("conflict"), ev("arrested", 0)), book(), at(1))
    care = next(i for i in items if i.step == "0.5")
    assert care.status == "manual" and "Care needs" in care.unchecked
    assert not care.obligations


def test_a_step_with_a_rule_and_a_manual_part_shows_the_rule_and_says_what_is_not_checked() -> None:
    tl = timeline(facts("conflict"), ev("arrested", 0), ev("restraint_used", 0.1, type="rope"))
    e2 = next(i for i in checklist(tl, book(), at(1)) if i.step == "E.2")
    assert e2.status == "breached" and "Force short of a restraint" in e2.unchecked


def test_the_anti_rape_act_rules_apply_to_sexual_offences_only() -> None:
    hurt = timeline(facts("victim", "PB", "female", 12, offences=("PPC-328-A",)))
    rape = timeline(facts("victim", "PB", "female", 12, offences=("PPC-376(3)",)))
    for rule_id in ("ara.ssoiu", "ara.rules2023.video-link", "crpc.s164b.dna", "pb.so2019.dna"):
        assert not obligation(hurt, rule_id, 5).in_scope, rule_id
        assert obligation(rape, rule_id, 5).in_scope, rule_id


def _find(obs: list[Obligation], rule_id: str) -> Obligation:
    return next(ob for ob in obs if ob.rule.id == rule_id)


def test_a_duty_with_no_hour_limit_left_undone_at_closing_stays_due_and_says_so() -> None:
    case = facts("conflict", "PB", "male", 15, offences=("PPC-328-A",))
    tl = timeline(case, ev("case_closed", 50, outcome="other"))
    ob = obligation(tl, "jjsa.s9.diversion", 60)
    assert ob.status == "due" and "the case was closed without it" in ob.reason
