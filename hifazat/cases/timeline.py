"""Timeline event kinds and their typed details. Pure Python: the safeguards engine reads it too.

Each kind lists its detail fields. ``validate_details`` returns clean details and per-field error
codes; the web and API layers turn codes into messages in the user's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def _(text: str) -> str:  # marks labels for translation; the web layer translates them
    return text


@dataclass(frozen=True)
class DetailField:
    name: str
    label: str
    type: str  # "text", "date", "bool", "choice", "choices", "offences"
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    max_length: int = 120


@dataclass(frozen=True)
class EventKind:
    code: str
    label: str
    fields: tuple[DetailField, ...] = ()
    # Contact kinds this event is usually recorded with (for the one-click checklist later).
    opens_case: bool = False


CUSTODY_LOCATIONS = (
    ("observation_home", _("Observation home")),
    ("police_lockup", _("Police lock-up")),
    ("police_station_other", _("Police station (not the lock-up)")),
    ("cp_institution", _("Child protection institution")),
    ("shelter", _("Shelter (Dar-ul-Aman, Edhi…)")),
    ("hospital", _("Hospital")),
    ("jail", _("Jail")),
    ("home", _("Home / guardian")),
    ("other", _("Other")),
)
SEXES = (("female", _("Female")), ("male", _("Male")))
STATEMENT_PLACES = (
    ("police_station", _("Police station")),
    ("child_desk", _("Child protection desk")),
    ("home", _("Child's home")),
    ("court", _("Court")),
    ("hospital", _("Hospital")),
    ("cp_centre", _("Child protection centre")),
    ("other", _("Other")),
)
PRESENT = (
    ("guardian", _("Parent or guardian")),
    ("female_officer", _("Female police officer")),
    ("female_relative", _("Female family member")),
    ("lawyer", _("Lawyer")),
    ("probation_officer", _("Probation / social welfare officer")),
    ("social_worker", _("Social worker / CPWB officer")),
    ("support_person", _("Support person of the child's choice")),
    ("interpreter", _("Interpreter")),
)

KINDS: dict[str, EventKind] = {
    k.code: k
    for k in (
        EventKind(
            "complaint_received",
            _("Complaint received"),
            (
                DetailField(
                    "source",
                    _("Received through"),
                    "choice",
                    choices=(
                        ("walk_in", _("At the police station")),
                        ("phone_15", _("Police helpline 15")),
                        ("zainab_alert_app", _("Zainab Alert app")),
                        ("helpline_1099", _("Helpline 1099")),
                        ("helpline_1121", _("Helpline 1121")),
                        ("other", _("Other")),
                    ),
                ),
            ),
            opens_case=True,
        ),
        EventKind("child_found", _("Child found / brought to police"), opens_case=True),
        EventKind(
            "fir_registered",
            _("FIR registered"),
            (
                DetailField("fir_number", _("FIR number"), "text", required=True, max_length=32),
                DetailField("fir_date", _("FIR date"), "date", required=True),
                DetailField("offences", _("Offences"), "offences"),
            ),
        ),
        EventKind(
            "guardian_informed",
            _("Guardian informed"),
            (
                DetailField(
                    "how",
                    _("How"),
                    "choice",
                    choices=(
                        ("in_person", _("In person")),
                        ("phone", _("Phone")),
                        ("message", _("Message")),
                        ("other", _("Other")),
                    ),
                ),
            ),
        ),
        EventKind("probation_informed", _("Probation officer informed")),
        EventKind(
            "lawyer_contacted",
            _("Lawyer contacted"),
            (
                DetailField(
                    "lawyer_kind",
                    _("Lawyer"),
                    "choice",
                    choices=(
                        ("legal_aid", _("State legal aid")),
                        ("private", _("Private")),
                        ("ngo", _("NGO")),
                    ),
                ),
            ),
        ),
        EventKind("victim_informed_of_rights", _("Victim told of right to a lawyer")),
        EventKind(
            "zarra_notified",
            _("ZARRA notified"),
            (DetailField("reference", _("ZARRA reference"), "text", max_length=40),),
        ),
        EventKind("anti_rape_cell_informed", _("Anti-rape crisis cell informed")),
        EventKind(
            "arrested",
            _("Child arrested"),
            (
                DetailField(
                    "basis",
                    _("Grounds of arrest"),
                    "choice",
                    choices=(
                        ("warrant", _("Warrant")),
                        ("cognizable_offence", _("Cognizable offence")),
                        ("preventive", _("Preventive detention")),
                        ("other", _("Other")),
                    ),
                ),
            ),
        ),
        EventKind(
            "restraint_used",
            _("Restraint used on the child"),
            (
                DetailField(
                    "type",
                    _("Restraint"),
                    "choice",
                    required=True,
                    choices=(
                        ("handcuffs", _("Handcuffs")),
                        ("fetters", _("Fetters")),
                        ("rope", _("Rope")),
                        ("other", _("Other")),
                    ),
                ),
                DetailField("reason", _("Reason"), "text", max_length=200),
            ),
        ),
        EventKind(
            "maturity_assessed",
            _("Maturity assessed (PPC s.83)"),
            (
                DetailField(
                    "finding",
                    _("Finding"),
                    "choice",
                    required=True,
                    choices=(
                        ("sufficient", _("Sufficient maturity")),
                        ("insufficient", _("Insufficient maturity")),
                    ),
                ),
            ),
        ),
        EventKind(
            "custody_changed",
            _("Custody location changed"),
            (
                DetailField(
                    "location", _("Now held at"), "choice", required=True, choices=CUSTODY_LOCATIONS
                ),
            ),
        ),
        EventKind(
            "court_production",
            _("Produced before a court"),
            (
                DetailField(
                    "court",
                    _("Court"),
                    "choice",
                    choices=(
                        ("magistrate", _("Magistrate")),
                        ("juvenile", _("Juvenile court")),
                        ("special", _("Special / child protection court")),
                        ("other", _("Other")),
                    ),
                ),
            ),
        ),
        EventKind(
            "bail",
            _("Bail decided"),
            (
                DetailField(
                    "outcome",
                    _("Outcome"),
                    "choice",
                    required=True,
                    choices=(("granted", _("Granted")), ("refused", _("Refused"))),
                ),
            ),
        ),
        EventKind("diversion_referral", _("Referred for diversion (JJC)")),
        EventKind(
            "cp_referral",
            _("Referred to a child-protection body"),
            (
                DetailField(
                    "to",
                    _("Referred to"),
                    "choice",
                    required=True,
                    choices=(
                        ("cpwb", _("Child Protection & Welfare Bureau")),
                        ("cpu", _("Child Protection Unit")),
                        ("social_welfare", _("Social welfare department")),
                        ("ngo", _("NGO")),
                        ("other", _("Other")),
                    ),
                ),
            ),
        ),
        EventKind(
            "medical_exam",
            _("Medical examination"),
            (
                DetailField("examiner_sex", _("Examiner (sex)"), "choice", choices=SEXES),
                DetailField("consent", _("Consent recorded"), "bool"),
                DetailField("two_finger_test", _("Two-finger test done (banned)"), "bool"),
            ),
        ),
        EventKind(
            "dna_collected",
            _("DNA samples collected"),
            (DetailField("sent_to_lab", _("Sent to the forensic lab"), "bool"),),
        ),
        EventKind(
            "magistrate_statement",
            _("Statement before a magistrate"),
            (DetailField("video_link", _("By video link"), "bool"),),
        ),
        EventKind(
            "investigator_assigned",
            _("Investigating officer assigned"),
            (
                DetailField(
                    "unit",
                    _("Unit"),
                    "choice",
                    choices=(
                        ("ssoiu", _("Special Sexual Offences Investigation Unit")),
                        ("station", _("Police station")),
                        ("cpu", _("Child protection unit")),
                        ("other", _("Other")),
                    ),
                ),
                DetailField("sex", _("Officer's sex"), "choice", choices=SEXES),
                DetailField("rank", _("Officer's rank"), "text", max_length=32),
                DetailField(
                    "supervisor",
                    _("Supervised by"),
                    "choice",
                    choices=(("sp", _("SP")), ("sdpo", _("SDPO")), ("none", _("None"))),
                ),
            ),
        ),
        EventKind(
            "scene_visited",
            _("Scene of the offence visited"),
            (
                DetailField(
                    "by_post",
                    _("Visited by"),
                    "choice",
                    choices=(
                        ("sho", _("SHO")),
                        ("io", _("Investigating officer")),
                        ("other", _("Other")),
                    ),
                ),
            ),
        ),
        EventKind(
            "child_informed",
            _("Child told, in a language they understand"),
            (
                DetailField(
                    "about",
                    _("About"),
                    "choices",
                    choices=(
                        ("reason", _("Why police are involved")),
                        ("rights", _("Their rights")),
                        ("charge", _("The charge")),
                        ("next_steps", _("What happens next")),
                    ),
                ),
                DetailField("language", _("Language"), "text", max_length=40),
            ),
        ),
        EventKind(
            "risk_assessed",
            _("Child's safety risk assessed"),
            (
                DetailField(
                    "level",
                    _("Risk"),
                    "choice",
                    required=True,
                    choices=(("low", _("Low")), ("medium", _("Medium")), ("high", _("High"))),
                ),
            ),
        ),
        EventKind("injunction_sought", _("Court injunction sought against the marriage")),
        EventKind(
            "referred_to_agency",
            _("Referred to another agency"),
            (
                DetailField(
                    "to",
                    _("Agency"),
                    "choice",
                    required=True,
                    choices=(
                        ("nccia", _("NCCIA (cyber crime)")),
                        ("fia", _("FIA")),
                        ("other", _("Other")),
                    ),
                ),
            ),
        ),
        EventKind("compromise_reported", _("Compromise between parties reported")),
        EventKind(
            "alert_circulated",
            _("Alert circulated for the missing child"),
            (
                DetailField(
                    "to",
                    _("Sent to"),
                    "choices",
                    choices=(
                        ("neighbouring_districts", _("Neighbouring districts")),
                        ("rail_police", _("Railway police")),
                        ("bus_terminals", _("Bus terminals")),
                        ("shelters", _("Shelters")),
                        ("mosques", _("Mosques")),
                        ("media", _("Media")),
                        ("other", _("Other")),
                    ),
                ),
            ),
        ),
        EventKind("reporter_contacted", _("Person who reported contacted")),
        EventKind(
            "identity_disclosed",
            _("Child's identity disclosed (publication, media, social media)"),
            (
                DetailField(
                    "medium",
                    _("Where"),
                    "choice",
                    required=True,
                    choices=(
                        ("press", _("Press / TV")),
                        ("social_media", _("Social media")),
                        ("document", _("Shared document")),
                        ("other", _("Other")),
                    ),
                ),
                DetailField("by_police", _("By police"), "bool"),
                DetailField(
                    "authorised_by",
                    _("Authorised by"),
                    "choice",
                    required=True,
                    choices=(
                        ("none", _("Nobody")),
                        ("court_order", _("Court order")),
                        (
                            "investigation_order",
                            _("Written order of the SHO/IO for the investigation"),
                        ),
                        ("guardian_consent", _("Written consent of the guardian")),
                    ),
                ),
            ),
        ),
        EventKind(
            "child_filmed",
            _("Child photographed or filmed"),
            (
                DetailField(
                    "purpose",
                    _("Purpose"),
                    "choice",
                    required=True,
                    choices=(
                        ("evidence_interview", _("Recorded interview as evidence")),
                        ("identification", _("Identification")),
                        ("other", _("Other")),
                    ),
                ),
                DetailField("posted", _("Posted or shared"), "bool"),
            ),
        ),
        EventKind(
            "statement_recorded",
            _("Statement recorded"),
            (
                DetailField(
                    "by_sex", _("Recorded by (sex)"), "choice", required=True, choices=SEXES
                ),
                DetailField("by_rank", _("Recorded by (rank)"), "text", max_length=32),
                DetailField("where", _("Where"), "choice", required=True, choices=STATEMENT_PLACES),
                DetailField("present", _("Who else was present"), "choices", choices=PRESENT),
            ),
        ),
        EventKind(
            "age_determined",
            _("Age determined"),
            (
                DetailField(
                    "method",
                    _("How"),
                    "choice",
                    required=True,
                    choices=(
                        ("document", _("Birth certificate / B-form")),
                        ("school", _("School record")),
                        ("medical", _("Medical test")),
                    ),
                ),
                DetailField("age_years", _("Age found (years)"), "text", max_length=3),
            ),
        ),
        EventKind("child_recovered", _("Child found / recovered")),
        EventKind("released", _("Released to guardian")),
        EventKind(
            "case_closed",
            _("Case closed"),
            (
                DetailField(
                    "outcome",
                    _("Outcome"),
                    "choice",
                    required=True,
                    choices=(
                        ("recovered", _("Child recovered / safe")),
                        ("challan", _("Challan submitted to court")),
                        ("diverted", _("Diverted")),
                        ("cancelled", _("Case cancelled")),
                        ("transferred", _("Transferred")),
                        ("other", _("Other")),
                    ),
                ),
            ),
        ),
    )
}

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class DetailErrors:
    by_field: dict[str, str] = field(default_factory=dict)  # field -> error code

    def __bool__(self) -> bool:
        return bool(self.by_field)


def _as_list(value: Any) -> list[Any] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return list(value)
    return None


def validate_details(
    kind: str, raw: dict[str, Any], *, known_offences: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], DetailErrors]:
    """Check ``raw`` against the kind's fields. Unknown fields are an error, not silently kept.

    Error codes: unknown_kind, unknown_field, required, too_long, bad_date, bad_choice,
    bad_bool, unknown_offence.
    """
    errors = DetailErrors()
    spec = KINDS.get(kind)
    if spec is None:
        errors.by_field["kind"] = "unknown_kind"
        return {}, errors
    names = {f.name for f in spec.fields}
    for extra in sorted(set(raw) - names):
        errors.by_field[extra] = "unknown_field"
    clean: dict[str, Any] = {}
    for f in spec.fields:
        value = raw.get(f.name)
        empty = value is None or value == "" or value == []
        if empty:
            if f.required:
                errors.by_field[f.name] = "required"
            continue
        allowed = {c for c, _label in f.choices}
        if f.type == "text":
            text = str(value).strip()
            if len(text) > f.max_length:
                errors.by_field[f.name] = "too_long"
            else:
                clean[f.name] = text
        elif f.type == "date":
            text = str(value)
            try:
                if not _DATE_RE.match(text):
                    raise ValueError
                date.fromisoformat(text)
                clean[f.name] = text
            except ValueError:
                errors.by_field[f.name] = "bad_date"
        elif f.type == "bool":
            if isinstance(value, bool):
                clean[f.name] = value
            elif str(value).lower() in {"true", "on", "1", "yes"}:
                clean[f.name] = True
            elif str(value).lower() in {"false", "off", "0", "no"}:
                clean[f.name] = False
            else:
                errors.by_field[f.name] = "bad_bool"
        elif f.type == "choice":
            if str(value) in allowed:
                clean[f.name] = str(value)
            else:
                errors.by_field[f.name] = "bad_choice"
        elif f.type == "choices":
            values = _as_list(value)
            if values is not None and all(str(v) in allowed for v in values):
                clean[f.name] = sorted({str(v) for v in values})
            else:
                errors.by_field[f.name] = "bad_choice"
        elif f.type == "offences":
            values = _as_list(value)
            if values is not None and all(str(v) in known_offences for v in values):
                clean[f.name] = sorted({str(v) for v in values})
            else:
                errors.by_field[f.name] = "unknown_offence"
    return clean, errors
