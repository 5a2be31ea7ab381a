"""The engine's data: what goes in (a case's facts and timeline), the rules, what comes out.

Everything is a frozen dataclass of plain values, so results can be compared, cached, shared
between threads and stored without an ORM. Times are timezone-aware ``datetime``s; the engine
never reads the clock, so the caller passes ``now``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, TypeAlias

Status: TypeAlias = Literal["met", "due", "overdue", "breached", "not_applicable"]
ItemStatus: TypeAlias = Literal["met", "due", "overdue", "breached", "not_applicable", "manual"]
Confidence: TypeAlias = Literal["verified", "secondary", "unverified"]
RuleKind: TypeAlias = Literal["law", "police_order", "best_practice"]

STATUSES: tuple[Status, ...] = ("met", "due", "overdue", "breached", "not_applicable")
CONFIDENCES: tuple[Confidence, ...] = ("verified", "secondary", "unverified")
RULE_KINDS: tuple[RuleKind, ...] = ("law", "police_order", "best_practice")
# Worst first: a checklist item shows the worst status among its obligations.
SEVERITY: dict[str, int] = {
    "breached": 0,
    "overdue": 1,
    "due": 2,
    "met": 3,
    "not_applicable": 4,
    "manual": 5,
}


# ---- Input: one case -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Offence:
    """One offence section on the case, with what rules select on (cases/data/offences.json)."""

    code: str  # "PPC-376"
    category: str = "other"  # Sahil category: "rape", "abduction", ...
    tier: str = "heinous"  # JJSA s.2 tier: minor / major / heinous
    sexual: bool = False
    investigated_by: str = "police"  # "NCCIA" for PECA offences


@dataclass(frozen=True, slots=True)
class CaseFacts:
    case_kind: str  # CaseKind: victim, witness, conflict, missing, found, risk_*
    province: str  # "PB", "SD", "KP", "BA", "ICT", "GB", "AJK"
    child_sex: str  # female, male, transgender, unknown
    age: int | None
    age_pending: bool
    reported_at: datetime  # when the case was opened: the clock for "case_opened" rules
    offences: tuple[Offence, ...] = ()
    # Person.Relation of each accused person ("family_member", "stranger", ...).
    accused_relations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One entry of the case timeline (hifazat/cases/timeline.py KINDS, or "correction").

    ``at`` is when it happened and decides every deadline; ``recorded_at`` is when it was typed in
    (later for a backdated entry). A ``correction`` names the event it ``corrects`` and carries the
    event as it should have been: ``details["kind"]``, the other details, and its own ``at``.
    """

    id: int
    kind: str
    at: datetime
    details: Mapping[str, object] = field(default_factory=dict)
    corrects: int | None = None
    recorded_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ContactFact:
    """One time police dealt with the child (Contact): where, who was there, the officer."""

    id: int
    kind: str  # ContactKind
    at: datetime
    location: str  # Contact.Location
    present: tuple[str, ...] = ()  # PRESENT codes: guardian, female_officer, lawyer, ...
    officer_sex: str = ""
    officer_rank: str = ""


@dataclass(frozen=True, slots=True)
class Timeline:
    facts: CaseFacts
    events: tuple[TimelineEvent, ...] = ()
    contacts: tuple[ContactFact, ...] = ()


# ---- Rules ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Test:
    """``field`` compared with ``values``. A field that was not recorded never passes a test:
    missing data counts as non-compliant (scorecard rule, child-friendly-policing.md §5)."""

    field: str
    op: Literal["in", "not_in", "has_any", "has_all", "has_none", "is", "rank_at_least"]
    values: tuple[str | bool, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    items: tuple[Predicate, ...]


@dataclass(frozen=True, slots=True)
class AllOf:
    items: tuple[Predicate, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Predicate


Predicate: TypeAlias = Test | AnyOf | AllOf | Not


@dataclass(frozen=True, slots=True)
class OffenceFilter:
    """Matches a case with at least one offence meeting every given criterion."""

    codes: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    sexual: bool | None = None
    investigated_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Applicability:
    """Where a rule applies. Empty means "any". All given criteria must hold."""

    case_kinds: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    sexes: tuple[str, ...] = ()
    min_age: int = 0
    max_age: int = 17
    # A child of unknown age counts as a child (JJSA s.8: treat as a child when in doubt), so an
    # unknown age meets the full 0-17 range; a narrower range (PPC 82: under 10) is not assumed.
    # True: only while the age is in doubt (pending, unknown, or a determination is on record).
    age_in_doubt: bool | None = None
    offences: OffenceFilter | None = None
    no_offences: OffenceFilter | None = None  # none of the case's offences may match
    accused_relations: tuple[str, ...] = ()
    # Kinds that must (or must not) appear in the timeline: event kinds or "contact:<kind>".
    when_recorded: tuple[str, ...] = ()
    unless_recorded: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventMatch:
    kind: str  # event kind, or "contact:<kind>"
    where: Predicate | None = None


@dataclass(frozen=True, slots=True)
class EventDuty:
    """Something must be recorded: one of ``options``, in the required ``manner``.

    ``search``: "after" counts only events at or after the trigger; "any" counts earlier ones too
    (with ``within = PT0S`` that means "must already have happened by the trigger").
    ``each``: every occurrence of the trigger needs its own event after it.
    ``every``: repeat duty: no gap longer than this between the trigger and successive events,
    until one of ``until`` is recorded (ZARRA s.7(1): update ZARRA "on daily basis").
    """

    options: tuple[EventMatch, ...]
    manner: Predicate | None = None
    search: Literal["after", "any"] = "after"
    each: bool = False
    every: timedelta | None = None
    until: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True, slots=True)
class Condition:
    """Every occurrence of the trigger (a statement, a medical examination, a contact) must meet
    ``test``; one that does not is a breach (the act was done in a forbidden way)."""

    test: Predicate
    text: str = ""


@dataclass(frozen=True, slots=True)
class Ban:
    """A forbidden state: recording ``match`` more than ``more_than`` times is a breach, even if
    the state is later ended (a child moved out of the lock-up was still held in it)."""

    match: EventMatch
    more_than: int = 0
    text: str = ""


Requirement: TypeAlias = EventDuty | Condition | Ban


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title_en: str
    title_ur: str
    citation: str
    confidence: Confidence
    kind: RuleKind
    instrument: str  # the rule file's stem: "jjsa_2018"
    applies: Applicability
    trigger: tuple[str, ...]  # "case_opened", event kinds, "contact:<kind>": the first starts it
    trigger_where: Predicate | None
    requirement: Requirement
    within: timedelta | None  # None: "as soon as possible", never overdue on a guess
    escalate_to: tuple[str, ...]
    steps: tuple[str, ...]  # checklist steps ("E.3") this rule checks
    order: int  # position in the rule book (file order); checklists order by step first
    source: str = ""  # where the reference found it: "law.md §1 [R5]"
    note: str = ""
    within_text: str = ""  # the duration as written in the file ("PT24H")

    @property
    def unverified(self) -> bool:
        return self.confidence == "unverified"


@dataclass(frozen=True, slots=True)
class PendingRule:
    """A rule written down but not yet checked: it needs event kinds or detail fields that
    hifazat/cases/timeline.py does not have yet. The loader skips it and says why."""

    id: str
    file: str
    title_en: str
    citation: str
    confidence: Confidence
    kind: RuleKind
    steps: tuple[str, ...]
    needs: tuple[str, ...]  # "identity_disclosed", "arrested.basis"
    provinces: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Step:
    id: str  # "E.3"
    section: str  # "E"
    title_en: str
    title_ur: str
    basis: str  # "PK-LAW", "PK-POL", "BP", as tagged in child-friendly-policing.md §4
    unchecked: str = ""  # what the system cannot check for this step yet, and why


@dataclass(frozen=True, slots=True)
class Section:
    """One of the checklists of child-friendly-policing.md §4 (0 = every interaction, A-I)."""

    code: str
    slug: str
    title_en: str
    title_ur: str
    when: tuple[Applicability, ...]  # any one matching shows the section; empty: always
    contact_kinds: tuple[str, ...]  # the ContactKinds this checklist is used for
    steps: tuple[Step, ...]


# ---- Output -----------------------------------------------------------------------------------


# Not slotted, unlike the rest: the engine builds millions of these and fills their __dict__ in
# one step (evaluate._made), which is several times faster than a frozen dataclass's __init__.
@dataclass(frozen=True)
class Obligation:
    rule: Rule
    status: Status
    reason: str  # short English text: why this status
    due_at: datetime | None = None  # the deadline, when the rule has one and it has started
    since: datetime | None = None  # when the trigger happened (the clock's start)
    done_at: datetime | None = None  # when the satisfying event happened
    satisfied_by: int | None = None  # event id
    breached_by: int | None = None  # event id of the forbidden or wrongly done act
    contact_id: int | None = None  # contact whose manner breached the rule
    in_scope: bool = True  # False: the rule is for another case kind, province, sex, age...
    corrected: bool = False  # the deciding record was changed by a correction
    recorded_late: bool = False  # satisfied in time, but typed in after the deadline (backdated)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    section: str
    step: str
    title_en: str
    title_ur: str
    status: ItemStatus  # the worst status of its obligations; "manual" if none can be checked
    obligations: tuple[Obligation, ...]
    unchecked: str = ""
