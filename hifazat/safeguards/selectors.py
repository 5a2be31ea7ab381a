"""Reads for the safeguards pages: a case's timeline for the engine, the case-page checklist, the
station board, an officer's notices and the rule book. Lists start from ``cases_visible_to``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, Role, User
from hifazat.cases.models import Case, CaseKind, Contact, ContactKind, Event, Person, Sex
from hifazat.cases.selectors import cases_visible_to
from hifazat.cases.timeline import KINDS
from hifazat.safeguards.engine import (
    CaseFacts,
    ContactFact,
    EventDuty,
    Obligation,
    Offence,
    Rule,
    RuleBook,
    Timeline,
    TimelineEvent,
    checklist,
    evaluate,
    format_duration,
)
from hifazat.safeguards.engine.vocab import PROVINCES
from hifazat.safeguards.models import Breach, Notice
from hifazat.safeguards.models import Obligation as StoredObligation
from hifazat.safeguards.rulebook import rule_book

# How long after recording it an officer is shown "you just recorded a breach" on the case page.
JUST_RECORDED = dt.timedelta(minutes=15)
BOARD_LIMIT = 100  # rows per board section; the rest are counted, not listed
BOARD_HOURS = (4, 8, 24, 48, 72)


# ---- The engine's input, from the register -----------------------------------------------------


class CaseRow(NamedTuple):
    """What the engine and the refresh need of a case, read as one row (no model instances)."""

    pk: int
    code: str
    kind: str
    status: str
    unit_path: str
    reported_at: dt.datetime
    station_id: int
    sex: str
    age: int | None
    age_pending: bool


CASE_ROW = (
    "pk",
    "code",
    "kind",
    "status",
    "unit_path",
    "reported_at",
    "station_id",
    "child__sex",
    "child__age_years",
    "child__age_pending",
)


def case_row(case: Case) -> CaseRow:
    child = case.child
    return CaseRow(
        case.pk,
        case.code,
        case.kind,
        case.status,
        case.unit_path,
        case.reported_at,
        case.station_id,
        child.sex,
        child.age_years,
        child.age_pending,
    )


def province_of(unit_path: str) -> str:
    """The province code in a unit path ("PK/PB/KSR/KSR-01/" -> "PB"); "" if none."""
    return next((code for code in unit_path.split("/") if code in PROVINCES), "")


# The stored obligation columns a refresh reads and compares (services.refresh_case).
STORED_COLUMNS = (
    "id",
    "rule",
    "status",
    "reason",
    "since",
    "due_at",
    "done_at",
    "satisfied_by_id",
    "satisfied_by_contact_id",
    "breached_by_id",
    "recorded_late",
    "corrected",
    "notified",
    "next_check_at",
)

# Hand-written reads, one per source, each by case id. A refresh runs after every write to a case,
# and building these through the ORM cost several times what the database takes to answer them.
# Rows come back as the driver gives them; ``_Convert`` makes them what the ORM would have made.
_CASE_SQL = (
    "SELECT c.id, c.code, c.kind, c.status, c.unit_path, c.reported_at, c.station_id,"
    " ch.sex, ch.age_years, ch.age_pending"
    " FROM cases_case c JOIN cases_child ch ON ch.id = c.child_id WHERE c.id = %s"
)
_OFFENCES_SQL = (
    "SELECT o.code, o.sahil_category, o.tier, o.sexual, o.investigated_by"
    " FROM cases_offence o JOIN cases_case_offences co ON co.offence_id = o.id"
    " WHERE co.case_id = %s ORDER BY o.code"
)
_ACCUSED_SQL = "SELECT DISTINCT relation FROM cases_person WHERE case_id = %s AND role = %s"
_EVENTS_SQL = (
    "SELECT id, kind, at, details, corrects_id, recorded_at"
    " FROM cases_event WHERE case_id = %s ORDER BY at, id"
)
_CONTACTS_SQL = (
    "SELECT id, kind, at, location, present, officer_sex, officer_rank"
    " FROM cases_contact WHERE case_id = %s ORDER BY at, id"
)
_BREACHES_SQL = "SELECT rule FROM safeguards_breach WHERE case_id = %s"
_STORED_SQL = (
    f"SELECT {', '.join(STORED_COLUMNS)} FROM safeguards_obligation"  # noqa: S608 (constants)
    " WHERE case_id = %s"
)


class _Convert:
    """Values from a raw cursor as the ORM returns them: aware datetimes, decoded JSON.

    psycopg gives aware datetimes, and JSON as text (Django loads jsonb as text so that its
    JSONField decodes it); SQLite gives naive UTC datetimes and JSON as text. Both give bools."""

    def __init__(self) -> None:
        self.tz = connection.timezone

    def when(self, value: dt.datetime) -> dt.datetime:
        # SQLite: Django's converter for "datetime" columns gives naive UTC (as stored).
        return value if value.tzinfo is not None else value.replace(tzinfo=self.tz)

    def when_or_none(self, value: Any) -> dt.datetime | None:
        return None if value is None else self.when(value)

    @staticmethod
    def json(value: Any) -> Any:
        return json.loads(value) if isinstance(value, str | bytes) else value


def _fetch(statements: Sequence[tuple[str, Sequence[Any]]]) -> list[list[tuple[Any, ...]]]:
    """Each statement's rows, in order. On PostgreSQL they go as one round trip (psycopg's
    client-side binding, Django's default, takes several statements in one call; each still reads
    its own snapshot, after the ones before it); elsewhere one by one (SQLite has no round trip)."""
    with connection.cursor() as cursor:
        if _one_round_trip():
            cursor.execute(
                ";\n".join(sql for sql, _params in statements),
                [p for _sql, params in statements for p in params],
            )
            results = [cursor.fetchall()]
            while cursor.nextset():
                results.append(cursor.fetchall())
            return results
        out = []
        for sql, params in statements:
            cursor.execute(sql, params)
            out.append(cursor.fetchall())
        return out


def _one_round_trip() -> bool:
    driver = getattr(connection, "Database", None)  # the DB-API module; psycopg2 has no nextset()
    return getattr(driver, "__name__", "") == "psycopg" and not connection.settings_dict[
        "OPTIONS"
    ].get("server_side_binding")


def _timeline_statements(case_id: int) -> list[tuple[str, Sequence[Any]]]:
    return [
        (_OFFENCES_SQL, [case_id]),
        (_ACCUSED_SQL, [case_id, Person.Role.ACCUSED.value]),
        (_EVENTS_SQL, [case_id]),
        (_CONTACTS_SQL, [case_id]),
    ]


def _timeline(
    row: CaseRow,
    now: dt.datetime,
    offences: list[tuple[Any, ...]],
    accused: list[tuple[Any, ...]],
    events: list[tuple[Any, ...]],
    contacts: list[tuple[Any, ...]],
    convert: _Convert,
) -> Timeline:
    """The engine's timeline from the rows of ``_timeline_statements``. A time after ``now`` (an
    officer's phone a few minutes fast; the register allows five) is read as ``now``: nothing can
    have happened later than that, and the engine ignores events after ``now``."""
    when, when_or_none, as_json = convert.when, convert.when_or_none, convert.json
    facts = CaseFacts(
        case_kind=row.kind,
        province=province_of(row.unit_path),
        child_sex=row.sex,
        age=row.age,
        age_pending=row.age_pending,
        reported_at=min(row.reported_at, now),
        offences=tuple(
            Offence(code, category, tier, bool(sexual), agency)
            for code, category, tier, sexual, agency in offences
        ),
        accused_relations=tuple(sorted({relation for (relation,) in accused})),
    )
    timeline_events = tuple(
        TimelineEvent(
            id=pk,
            kind=kind,
            at=min(when(at), now),
            details=as_json(details) or {},
            corrects=corrects,
            recorded_at=when_or_none(recorded),
        )
        for pk, kind, at, details, corrects, recorded in events
    )
    contact_facts = tuple(
        ContactFact(
            id=pk,
            kind=kind,
            at=min(when(at), now),
            location=location,
            present=tuple(as_json(present) or ()),
            officer_sex=sex or "",
            officer_rank=rank or "",
        )
        for pk, kind, at, location, present, sex, rank in contacts
    )
    return Timeline(facts, timeline_events, contact_facts)


def timeline_for(
    case: Case | CaseRow,
    *,
    now: dt.datetime,
    events: list[Event] | None = None,
    contacts: list[Contact] | None = None,
) -> Timeline:
    """The case as the engine sees it: facts, every event (corrections included) and contact.

    Pass ``events`` and ``contacts`` when the caller already loaded them (the case page)."""
    row = case if isinstance(case, CaseRow) else case_row(case)
    offences, accused, events_read, contacts_read = _timeline_statements(row.pk)
    results = iter(
        _fetch(
            [
                offences,
                accused,
                *([events_read] if events is None else []),
                *([contacts_read] if contacts is None else []),
            ]
        )
    )
    offence_rows, accused_rows = next(results), next(results)
    event_rows = (
        next(results)
        if events is None
        else [(e.pk, e.kind, e.at, e.details, e.corrects_id, e.recorded_at) for e in events]
    )
    contact_rows = (
        next(results)
        if contacts is None
        else [
            (c.pk, c.kind, c.at, c.location, c.present, c.officer_sex, c.officer_rank)
            for c in contacts
        ]
    )
    return _timeline(row, now, offence_rows, accused_rows, event_rows, contact_rows, _Convert())


class RefreshRead(NamedTuple):
    """What ``services.refresh_case`` reads of one case, with the case locked."""

    case: CaseRow
    timeline: Timeline
    stored: list[tuple[Any, ...]]  # the stored obligations, ``STORED_COLUMNS`` in order
    breached: frozenset[str]  # the rules with a recorded breach on the case


def read_for_refresh(case_id: int, *, now: dt.datetime) -> RefreshRead:
    """Lock the case (two refreshes of one case queue) and read it, its timeline, its stored
    obligations and its recorded breaches: seven statements whatever the timeline's length, in one
    round trip on PostgreSQL.

    The lock comes first and each later statement sees what was committed before it ran, so a
    refresh that waited for another one reads what that one wrote. Raises ``Case.DoesNotExist``.
    """
    lock = " FOR UPDATE OF c" if connection.features.has_select_for_update_of else ""
    case, offences, accused, events, contacts, stored, breached = _fetch(
        [
            (_CASE_SQL + lock, [case_id]),
            *_timeline_statements(case_id),
            (_STORED_SQL, [case_id]),
            (_BREACHES_SQL, [case_id]),
        ]
    )
    if not case:
        raise Case.DoesNotExist(f"no case {case_id}")
    convert = _Convert()
    pk, code, kind, status, unit_path, reported, station_id, sex, age, pending = case[0]
    row = CaseRow(
        pk, code, kind, status, unit_path, convert.when(reported), station_id, sex, age,
        bool(pending),
    )  # fmt: skip
    when_or_none = convert.when_or_none
    return RefreshRead(
        row,
        _timeline(row, now, offences, accused, events, contacts, convert),
        [
            (
                *r[:4],
                when_or_none(r[4]),
                when_or_none(r[5]),
                when_or_none(r[6]),
                *r[7:10],
                bool(r[10]),
                bool(r[11]),
                r[12],
                when_or_none(r[13]),
            )
            for r in stored
        ],
        frozenset(rule for (rule,) in breached),
    )


# ---- Words in the page's language ---------------------------------------------------------------


def _lang() -> str:
    return "ur" if (get_language() or "en").startswith("ur") else "en"


def rule_title(rule: Rule, language: str | None = None) -> str:
    lang = language or _lang()
    return rule.title_ur if lang == "ur" and rule.title_ur else rule.title_en


def title_for(rule_id: str, fallback: str = "") -> str:
    book = rule_book()
    if rule_id in book:
        return rule_title(book[rule_id])
    return fallback or rule_id


def kind_label(kind: str) -> str:
    return {
        "law": _("Law"),
        "police_order": _("Police order"),
        "best_practice": _("Best practice"),
    }.get(kind, kind)


def confidence_label(confidence: str) -> str:
    return {
        "verified": _("Verified"),
        "secondary": _("Secondary source"),
        "unverified": _("UNVERIFIED: legal review needed"),
    }.get(confidence, confidence)


def status_label(status: str) -> str:
    return {
        "met": _("Met"),
        "due": _("Due"),
        "overdue": _("Overdue"),
        "breached": _("Breached"),
        "not_applicable": _("Not applicable"),
        "manual": _("Check by hand"),
    }.get(status, status)


# ---- The case page ------------------------------------------------------------------------------


def one_click_kinds(book: RuleBook | None = None) -> dict[str, str]:
    """Event kinds a checklist can record with one click (a time and nothing else): kinds with no
    required detail, asked for by a duty that puts no condition on how it is done."""
    return _one_click_kinds(book or rule_book())


@cache
def _one_click_kinds(book: RuleBook) -> dict[str, str]:
    out: dict[str, str] = {}
    for rule in book.rules:
        req = rule.requirement
        if not isinstance(req, EventDuty) or req.manner is not None:
            continue
        for option in req.options:
            spec = KINDS.get(option.kind)
            if spec is None or option.where is not None or spec.opens_case:
                continue
            if not any(f.required for f in spec.fields):
                out[option.kind] = spec.label
    return out


@dataclass
class Action:
    """A step an officer can record from the checklist."""

    kind: str
    label: str
    one_click: bool  # True: a time and a button; False: a link to the full form (details needed)


@dataclass
class ObligationRow:
    rule_id: str
    title: str
    other_title: str  # the title in the other language
    other_lang: str
    citation: str
    kind: str
    confidence: str
    confidence_label: str
    unverified: bool
    status: str
    status_label: str
    reason: str
    due_at: dt.datetime | None
    done_at: dt.datetime | None
    recorded_late: bool
    corrected: bool
    limit: str  # "24 h", "" for "as soon as possible"


@dataclass
class ChecklistRow:
    step: str
    section: str
    title: str
    status: str
    status_label: str
    unchecked: str
    obligations: list[ObligationRow]
    actions: list[Action] = field(default_factory=list)


@dataclass
class BreachView:
    """A recorded breach with its wording in the page's language and the rule's note (often the
    penalty), for the case page."""

    breach: Breach
    title: str
    other_title: str
    other_lang: str
    note: str
    unverified: bool


@dataclass
class CaseSafeguards:
    items: list[ChecklistRow]
    breaches: list[BreachView]
    just_recorded: list[BreachView]  # breaches this officer's own entry revealed a moment ago
    can_record: bool
    now: dt.datetime
    counts: dict[str, int]


def _obligation_row(ob: Obligation, lang: str) -> ObligationRow:
    rule = ob.rule
    other = "en" if lang == "ur" else "ur"
    return ObligationRow(
        rule_id=rule.id,
        title=rule_title(rule, lang),
        other_title=rule_title(rule, other),
        other_lang=other,
        citation=rule.citation,
        kind=kind_label(rule.kind),
        confidence=rule.confidence,
        confidence_label=confidence_label(rule.confidence),
        unverified=rule.unverified,
        status=ob.status,
        status_label=status_label(ob.status),
        reason=ob.reason,
        due_at=ob.due_at,
        done_at=ob.done_at,
        recorded_late=ob.recorded_late,
        corrected=ob.corrected,
        limit=format_duration(rule.within) if rule.within is not None else "",
    )


def _actions(obs: tuple[Obligation, ...], quick: dict[str, str]) -> list[Action]:
    """What the officer can record for this step's due and overdue duties. A kind is one click
    only if every duty here that asks for it is met by the bare event (no detail, no manner);
    otherwise the link opens the full form, where the details are asked for."""
    simple: dict[str, bool] = {}
    for ob in obs:
        req = ob.rule.requirement
        if ob.status not in ("due", "overdue") or not isinstance(req, EventDuty):
            continue
        for option in req.options:
            spec = KINDS.get(option.kind)
            if spec is None or spec.opens_case:
                continue
            bare = option.kind in quick and option.where is None and req.manner is None
            simple[option.kind] = simple.get(option.kind, True) and bare
    return [Action(kind, _(KINDS[kind].label), bare) for kind, bare in simple.items()]


def case_safeguards(
    user: User,
    case: Case,
    *,
    page: Mapping[str, object] | None = None,
    now: dt.datetime | None = None,
) -> CaseSafeguards:
    """The checklist of the case page, evaluated now, and the case's recorded breaches.

    ``page`` is what ``cases.selectors.case_page`` loaded (its events and contacts are reused)."""
    now = now or timezone.now()
    book = rule_book()
    events = page.get("events") if page else None
    contacts = page.get("contacts") if page else None
    tl = timeline_for(
        case,
        now=now,
        events=events if isinstance(events, list) else None,
        contacts=contacts if isinstance(contacts, list) else None,
    )
    obligations = evaluate(tl, book, now)
    lang = _lang()
    quick = one_click_kinds(book)
    can_record = (
        access.can(user, "case.edit") and case.status == Case.Status.OPEN and not case.sealed
    )
    items: list[ChecklistRow] = []
    counts = {"breached": 0, "overdue": 0, "due": 0, "met": 0}
    for item in checklist(tl, book, now, obligations):
        # Rules that fit the case but have not started ("applies once an arrest is recorded")
        # stay off the page: the step says what it needs.
        rows = [
            _obligation_row(ob, lang)
            for ob in item.obligations
            if ob.in_scope and ob.status != "not_applicable"
        ]
        for r in rows:
            if r.status in counts:
                counts[r.status] += 1
        items.append(
            ChecklistRow(
                step=item.step,
                section=item.section,
                title=item.title_ur if lang == "ur" and item.title_ur else item.title_en,
                status=item.status,
                status_label=status_label(item.status),
                unchecked=item.unchecked,
                obligations=rows,
                actions=_actions(item.obligations, quick) if can_record else [],
            )
        )
    other = "en" if lang == "ur" else "ur"
    breaches = [
        BreachView(
            breach=b,
            title=b.title(lang),
            other_title=b.title(other),
            other_lang=other,
            note=book[b.rule].note if b.rule in book else "",
            unverified=b.confidence == "unverified",
        )
        for b in Breach.objects.filter(case_id=case.pk)
        .select_related("acknowledged_by")
        .order_by("-occurred_at", "-id")
    ]
    just = [
        v
        for v in breaches
        if v.breach.recorded_by_id == user.pk
        and v.breach.acknowledged_at is None
        and v.breach.recorded_at >= now - JUST_RECORDED
    ]
    return CaseSafeguards(items, breaches, just, can_record, now, counts)


# ---- The station board --------------------------------------------------------------------------


@dataclass
class BoardSection:
    rows: list[Any]
    more: bool


@dataclass
class Board:
    hours: int
    now: dt.datetime
    due_soon: BoardSection
    overdue: BoardSection
    breaches: BoardSection
    acknowledged: BoardSection


def _section(qs: QuerySet[Any]) -> BoardSection:
    rows = list(qs[: BOARD_LIMIT + 1])
    return BoardSection(rows[:BOARD_LIMIT], len(rows) > BOARD_LIMIT)


_BOARD_CASE = (
    "case__code",
    "case__kind",
    "case__status",
    "case__child__sex",
    "case__child__age_years",
    "case__station__name_en",
    "case__station__name_ur",
)


def board(user: User, *, hours: int = 24, now: dt.datetime | None = None) -> Board:
    """What falls due in the next ``hours``, what is overdue, what was breached, in the user's
    area. Four queries. A stored "due" whose deadline has passed (the tick has not run yet) is
    shown as overdue: the board tells the time, not the last refresh."""
    now = now or timezone.now()
    visible = cases_visible_to(user)
    open_cases = visible.filter(status=Case.Status.OPEN).values("pk")
    base = StoredObligation.objects.filter(case__in=open_cases).select_related(
        "case", "case__child", "case__station"
    )
    due_soon = base.filter(
        status="due", due_at__gte=now, due_at__lte=now + dt.timedelta(hours=hours)
    ).order_by("due_at", "id")
    overdue = base.filter(Q(status="overdue") | Q(status="due", due_at__lt=now)).order_by(
        "-due_at", "-id"
    )
    breaches = (
        Breach.objects.filter(case__in=visible.values("pk"))
        .select_related("case", "case__child", "case__station")
        .order_by("-occurred_at", "-id")
    )
    return Board(
        hours=hours,
        now=now,
        due_soon=_section(due_soon),
        overdue=_section(overdue),
        breaches=_section(breaches.filter(acknowledged_at__isnull=True)),
        acknowledged=_section(
            breaches.filter(acknowledged_at__gte=now - dt.timedelta(days=7)).select_related(
                "acknowledged_by"
            )
        ),
    )


def breach_for(user: User, breach_id: int) -> Breach | None:
    """A breach on a case the user may see, or None (the caller answers 404)."""
    return (
        Breach.objects.filter(pk=breach_id, case__in=cases_visible_to(user).values("pk"))
        .select_related("case")
        .first()
    )


# ---- Notices ------------------------------------------------------------------------------------


def notices_for(user: User, *, limit: int = 100) -> list[Notice]:
    return list(
        Notice.objects.filter(recipient=user)
        .select_related("case")
        .order_by("read_at", "-created_at", "-id")[:limit]
    )


def unread_count(user: User) -> int:
    return Notice.objects.filter(recipient=user, read_at__isnull=True).count()


# ---- The rule book page -------------------------------------------------------------------------


@dataclass
class RuleRow:
    rule: Rule
    title: str
    other_title: str
    other_lang: str
    kind: str
    confidence_label: str
    limit: str
    escalate: str
    scope: str


def rule_rows(
    *, province: str = "", contact: str = "", case_kind: str = "", book: RuleBook | None = None
) -> list[RuleRow]:
    """Every rule in force that can apply in ``province``, to ``contact`` (a checklist section or
    a kind of contact) and to ``case_kind``; titles in the page's language and the other one."""
    book = book or rule_book()
    lang = _lang()
    other = "en" if lang == "ur" else "ur"
    rows = []
    provinces = _province_names()  # one query each, not one per rule
    roles = {r.code: r.display_name(lang) for r in Role.objects.only("code", "name_en", "name_ur")}
    for rule in book.select(province=province or None, contact=contact or None):
        if case_kind and rule.applies.case_kinds and case_kind not in rule.applies.case_kinds:
            continue
        rows.append(
            RuleRow(
                rule=rule,
                title=rule_title(rule, lang),
                other_title=rule_title(rule, other),
                other_lang=other,
                kind=kind_label(rule.kind),
                confidence_label=confidence_label(rule.confidence),
                limit=format_duration(rule.within) if rule.within is not None else "",
                escalate=", ".join(roles.get(r, r) for r in rule.escalate_to),
                scope=_scope_words(rule, provinces),
            )
        )
    return rows


def _scope_words(rule: Rule, provinces: dict[str, str]) -> str:
    a = rule.applies
    kinds = dict(CaseKind.choices)
    sexes = dict(Sex.choices)
    parts = []
    if a.case_kinds:
        parts.append(", ".join(str(kinds.get(k, k)) for k in a.case_kinds))
    if a.provinces:
        parts.append(", ".join(provinces.get(p, p) for p in a.provinces))
    if a.sexes:
        parts.append(", ".join(str(sexes.get(s, s)) for s in a.sexes))
    if (a.min_age, a.max_age) != (0, 17):
        parts.append(_("aged %(low)d-%(high)d") % {"low": a.min_age, "high": a.max_age})
    return " · ".join(parts)


def _province_names() -> dict[str, str]:
    lang = _lang()
    names = {
        u.code: u.display_name(lang)
        for u in OrgUnit.objects.filter(kind=OrgUnit.Kind.PROVINCE).only(
            "code", "name_en", "name_ur"
        )
    }
    return {code: names.get(code, english) for code, english in PROVINCES.items()}


def filter_choices(book: RuleBook | None = None) -> dict[str, list[tuple[str, str]]]:
    """The rule book page's filters, in the page's language."""
    book = book or rule_book()
    lang = _lang()
    sections = [
        (s.slug, f"{s.code}. " + (s.title_ur if lang == "ur" and s.title_ur else s.title_en))
        for s in book.sections
    ]
    return {
        "province": list(_province_names().items()),
        "contact": sections + [(k, str(v)) for k, v in ContactKind.choices],
        "case_kind": [(k, str(v)) for k, v in CaseKind.choices],
    }
