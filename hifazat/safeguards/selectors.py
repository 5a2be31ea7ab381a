"""Reads for the safeguards pages: a case's timeline for the engine, the case-page checklist, the
station board, an officer's notices and the rule book. Lists start from ``cases_visible_to``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, Role, User
from hifazat.cases.models import Case, CaseKind, Contact, ContactKind, Event, Person, Sex
from hifazat.cases.models import Offence as OffenceModel
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


def timeline_for(
    case: Case | CaseRow,
    *,
    now: dt.datetime,
    events: list[Event] | None = None,
    contacts: list[Contact] | None = None,
) -> Timeline:
    """The case as the engine sees it: facts, every event (corrections included) and contact.

    Four queries (offences, accused, events, contacts); pass ``events`` and ``contacts`` when the
    caller already loaded them. A time after ``now`` (an officer's phone a few minutes fast; the
    register allows five) is read as ``now``: nothing can have happened later than that, and the
    engine ignores events after ``now``.
    """
    row = case if isinstance(case, CaseRow) else case_row(case)
    offences = tuple(
        Offence(code, category, tier, sexual, agency)
        for code, category, tier, sexual, agency in OffenceModel.objects.filter(cases=row.pk)
        .order_by("code")
        .values_list("code", "sahil_category", "tier", "sexual", "investigated_by")
    )
    relations = tuple(
        sorted(
            set(
                Person.objects.filter(case_id=row.pk, role=Person.Role.ACCUSED).values_list(
                    "relation", flat=True
                )
            )
        )
    )
    facts = CaseFacts(
        case_kind=row.kind,
        province=province_of(row.unit_path),
        child_sex=row.sex,
        age=row.age,
        age_pending=row.age_pending,
        reported_at=min(row.reported_at, now),
        offences=offences,
        accused_relations=relations,
    )
    if events is None:
        rows: list[tuple[Any, ...]] = list(
            Event.objects.filter(case_id=row.pk)
            .order_by("at", "id")
            .values_list("id", "kind", "at", "details", "corrects_id", "recorded_at")
        )
    else:
        rows = [(e.pk, e.kind, e.at, e.details, e.corrects_id, e.recorded_at) for e in events]
    timeline_events = tuple(
        TimelineEvent(
            id=pk,
            kind=kind,
            at=min(at, now),
            details=details or {},
            corrects=corrects,
            recorded_at=recorded,
        )
        for pk, kind, at, details, corrects, recorded in rows
    )
    if contacts is None:
        crow: list[tuple[Any, ...]] = list(
            Contact.objects.filter(case_id=row.pk)
            .order_by("at", "id")
            .values_list("id", "kind", "at", "location", "present", "officer_sex", "officer_rank")
        )
    else:
        crow = [
            (c.pk, c.kind, c.at, c.location, c.present, c.officer_sex, c.officer_rank)
            for c in contacts
        ]
    contact_facts = tuple(
        ContactFact(
            id=pk,
            kind=kind,
            at=min(at, now),
            location=location,
            present=tuple(present or ()),
            officer_sex=sex or "",
            officer_rank=rank or "",
        )
        for pk, kind, at, location, present, sex, rank in crow
    )
    return Timeline(facts, timeline_events, contact_facts)


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
