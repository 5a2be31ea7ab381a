"""``evaluate``: a case's timeline and the rule book in, every obligation with its status out.

Speed matters (the tick re-evaluates every open case; the benchmark runs a million timelines on
one core), so the rule book is compiled once into small plan objects, and the part of the work
that depends only on the kind of case (case kind, province, sex, age, offences, who the accused
is) is cached per kind of case: a Punjab girl-victim-of-rape case reuses the list of rules that
apply to it, and the ready-made "not applicable" obligations of the rules that do not. What is
left per call is one pass over the timeline and a short loop over the rules that apply.

Statuses (docs/architecture.md, "Safeguards"):
- met: done in time and in the required manner; for a ban, the ban held.
- due: not done, the deadline has not passed (or the rule has no hour limit).
- overdue: the deadline has passed and it is still not done.
- breached: a forbidden state occurred (even if it was later ended), the act was done in a
  forbidden way, or it was done after its deadline.
- not_applicable: the rule is for another kind of case, or its trigger has not happened.
A duty with no hour limit ("as soon as possible") is never overdue on a guess.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from .book import RuleBook
from .durations import format_duration
from .model import (
    SEVERITY,
    Applicability,
    Ban,
    ChecklistItem,
    Condition,
    ContactFact,
    EventDuty,
    ItemStatus,
    Obligation,
    OffenceFilter,
    Rule,
    Status,
    Timeline,
    TimelineEvent,
)
from .predicates import Check, compile_predicate, describe_match, describe_predicate
from .vocab import (
    CASE_KINDS,
    CASE_OPENED,
    CHILD_MAX_AGE,
    CHILD_MIN_AGE,
    CHILD_SEXES,
    CONTACT_KINDS,
    CONTACT_PREFIX,
    CORRECTION,
    PROVINCES,
    RELATIONS,
    describe_happening,
)

_CACHE_LIMIT = 65536  # fact values and kinds of case remembered per rule book: far more than occur


class _Opened:
    """The "case_opened" trigger: the case's report time, with no event id."""

    __slots__ = ("at", "id")

    def __init__(self, at: datetime) -> None:
        self.at = at
        self.id: int | None = None


class _Ctx:
    """One timeline, prepared: events and contacts by kind (contacts under "contact:<kind>"),
    each list in time order, only what happened by ``now``, corrections applied."""

    __slots__ = ("by_kind", "corrected", "now", "opened")

    def __init__(self, timeline: Timeline, now: datetime) -> None:
        self.now = now
        reported = timeline.facts.reported_at
        self.opened: _Opened | None = _Opened(reported) if reported <= now else None
        self.corrected: frozenset[int] = frozenset()
        by_kind: dict[str, list[Any]] = {}
        # The register hands events over in time order; check that in the same pass and sort
        # only if needed. Events at the same moment keep their order (by id, once sorted).
        prev: datetime | None = None
        for e in timeline.events:
            at = e.at
            if prev is not None and at < prev:
                by_kind = self._sorted(timeline, now)
                break
            prev = at
            kind = e.kind
            if kind == CORRECTION:
                by_kind = self._sorted(timeline, now)
                break
            if at > now:
                continue
            lst = by_kind.get(kind)
            if lst is None:
                by_kind[kind] = [e]
            else:
                lst.append(e)
        for c in timeline.contacts:
            if c.at > now:
                continue
            key = _CONTACT_KEYS.get(c.kind) or CONTACT_PREFIX + c.kind
            lst = by_kind.get(key)
            if lst is None:
                by_kind[key] = [c]
            else:
                lst.append(c)
                if c.at < lst[-2].at:
                    lst.sort(key=_time_order)  # rare: contacts out of order
        self.by_kind = by_kind

    def _sorted(self, timeline: Timeline, now: datetime) -> dict[str, list[Any]]:
        """The slow path: corrections applied and events sorted by (at, id)."""
        events: list[TimelineEvent] = list(timeline.events)
        if any(e.kind == CORRECTION for e in events):
            events, self.corrected = _apply_corrections(timeline.events)
        events.sort(key=_time_order)
        by_kind: dict[str, list[Any]] = {}
        for e in events:
            if e.at <= now:
                by_kind.setdefault(e.kind, []).append(e)
        return by_kind


_CONTACT_KEYS: dict[str, str] = {kind: CONTACT_PREFIX + kind for kind in CONTACT_KINDS}


def _time_order(item: TimelineEvent | ContactFact) -> tuple[datetime, int]:
    return (item.at, item.id)


def _apply_corrections(
    events: tuple[TimelineEvent, ...],
) -> tuple[list[TimelineEvent], frozenset[int]]:
    """The corrected view: each corrected event is replaced by its latest correction (kind from
    ``details["kind"]``, the other details, and the correction's ``at``). Corrections of
    corrections resolve to the original event."""
    by_id = {e.id: e for e in events}
    latest: dict[int, TimelineEvent] = {}
    for e in events:
        if e.kind != CORRECTION or e.corrects is None:
            continue
        target = e.corrects
        seen = {e.id}
        while target in by_id and by_id[target].kind == CORRECTION and target not in seen:
            seen.add(target)
            nxt = by_id[target].corrects
            if nxt is None:
                break
            target = nxt
        prev = latest.get(target)
        if prev is None or _record_order(e) >= _record_order(prev):
            latest[target] = e
    out: list[TimelineEvent] = []
    for e in events:
        if e.kind == CORRECTION:
            continue
        fix = latest.get(e.id)
        if fix is None:
            out.append(e)
            continue
        kind = fix.details.get("kind", e.kind)
        out.append(
            TimelineEvent(
                id=e.id,
                kind=kind if isinstance(kind, str) else e.kind,
                at=fix.at,
                details={k: v for k, v in fix.details.items() if k != "kind"},
                corrects=None,
                recorded_at=fix.recorded_at or e.recorded_at,
            )
        )
    return out, frozenset(latest)


def _record_order(e: TimelineEvent) -> tuple[datetime, int]:
    return (e.recorded_at or e.at, e.id)


# ---- Scope: which rules fit this kind of case -------------------------------------------------


def _words(codes: Iterable[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(c, c) for c in codes)


def _offence_words(f: OffenceFilter) -> str:
    parts = []
    if f.codes:
        parts.append(", ".join(f.codes))
    if f.categories:
        parts.append(", ".join(c.replace("_", " ") for c in f.categories))
    if f.tiers:
        parts.append(" or ".join(f.tiers) + " offence")
    if f.sexual is not None:
        parts.append("a sexual offence" if f.sexual else "a non-sexual offence")
    if f.investigated_by:
        parts.append("investigated by " + " or ".join(f.investigated_by))
    return "; ".join(parts)


def _offence_test(f: OffenceFilter) -> Callable[[Any], bool]:
    codes = frozenset(f.codes)
    cats = frozenset(f.categories)
    tiers = frozenset(f.tiers)
    agencies = frozenset(f.investigated_by)
    sexual = f.sexual

    def fits(o: Any) -> bool:
        return (
            (not codes or o.code in codes)
            and (not cats or o.category in cats)
            and (not tiers or o.tier in tiers)
            and (sexual is None or o.sexual is sexual)
            and (not agencies or o.investigated_by in agencies)
        )

    return fits


class _Scope:
    """The static part of a rule's applicability, with the reason for each way it can fail."""

    __slots__ = (
        "ages",
        "doubt",
        "full_age_range",
        "kinds",
        "no_offence",
        "offence",
        "provinces",
        "relations",
        "sexes",
        "why_age",
        "why_doubt",
        "why_kind",
        "why_no_offence",
        "why_offence",
        "why_province",
        "why_relation",
        "why_sex",
        "why_unknown_age",
    )

    def __init__(self, a: Applicability) -> None:
        self.kinds = frozenset(a.case_kinds)
        self.provinces = frozenset(a.provinces)
        self.sexes = frozenset(a.sexes)
        self.ages = (a.min_age, a.max_age)
        self.doubt = a.age_in_doubt
        self.why_doubt = (
            "Not applicable: the age is not in doubt."
            if a.age_in_doubt
            else "Not applicable: only when the age is known."
        )
        self.full_age_range = a.min_age == CHILD_MIN_AGE and a.max_age == CHILD_MAX_AGE
        self.offence = _offence_test(a.offences) if a.offences else None
        self.no_offence = _offence_test(a.no_offences) if a.no_offences else None
        self.relations = frozenset(a.accused_relations)
        self.why_kind = f"Not applicable: only for {_words(a.case_kinds, CASE_KINDS)} cases."
        self.why_province = f"Not applicable: only in {_words(a.provinces, PROVINCES)}."
        self.why_sex = f"Not applicable: only for {_words(a.sexes, CHILD_SEXES)}."
        span = f"{a.min_age}-{a.max_age}"
        self.why_age = (
            "Not applicable: the person is not a child (18 or over)."
            if self.full_age_range
            else f"Not applicable: only for children aged {span}."
        )
        self.why_unknown_age = f"Not applicable yet: only for children aged {span}, and the age is "
        self.why_unknown_age += "not known."
        self.why_offence = (
            f"Not applicable: only for cases with {_offence_words(a.offences)}."
            if a.offences
            else ""
        )
        self.why_no_offence = (
            f"Not applicable: not for cases with {_offence_words(a.no_offences)}."
            if a.no_offences
            else ""
        )
        self.why_relation = (
            f"Not applicable: only when the accused is {_words(a.accused_relations, RELATIONS)}."
        )

    # One check per dimension of the case; each returns why the rule does not fit, or None.
    def fail_kind(self, kind: str) -> str | None:
        return self.why_kind if self.kinds and kind not in self.kinds else None

    def fail_province(self, province: str) -> str | None:
        return self.why_province if self.provinces and province not in self.provinces else None

    def fail_sex(self, sex: str) -> str | None:
        return self.why_sex if self.sexes and sex not in self.sexes else None

    def fail_age(self, age_doubt: tuple[int | None, bool]) -> str | None:
        age, doubt = age_doubt
        if age is None:
            if not self.full_age_range:
                return self.why_unknown_age
        elif not self.ages[0] <= age <= self.ages[1]:
            return self.why_age
        if self.doubt is not None and self.doubt is not doubt:
            return self.why_doubt
        return None

    def fail_offences(self, offences: tuple[Any, ...]) -> str | None:
        if self.offence is not None and not any(self.offence(o) for o in offences):
            return self.why_offence
        if self.no_offence is not None and any(self.no_offence(o) for o in offences):
            return self.why_no_offence
        return None

    def fail_relations(self, relations: tuple[str, ...]) -> str | None:
        if self.relations and self.relations.isdisjoint(relations):
            return self.why_relation
        return None

    def misfit(self, key: tuple[Any, ...]) -> str | None:
        kind, province, sex, age, doubt, offences, relations = key
        return (
            self.fail_kind(kind)
            or self.fail_province(province)
            or self.fail_sex(sex)
            or self.fail_age((age, doubt))
            or self.fail_offences(offences)
            or self.fail_relations(relations)
        )


# ---- Plans: one compiled rule -----------------------------------------------------------------


class _Plan:
    """Shared by the three kinds of plan: the gate on what the timeline holds, the trigger."""

    __slots__ = (
        "na_trigger",
        "na_unless",
        "na_when",
        "rule",
        "single",
        "trigger_names",
        "trigger_where",
        "unless",
        "when",
    )

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        a = rule.applies
        self.when = a.when_recorded
        self.unless = a.unless_recorded
        self.na_when = _ob(
            rule,
            "not_applicable",
            "Not applicable until "
            + " or ".join(describe_happening(k) for k in a.when_recorded)
            + " is recorded.",
        )
        self.na_unless = _ob(
            rule,
            "not_applicable",
            "Not applicable: "
            + " or ".join(describe_happening(k) for k in a.unless_recorded)
            + " was recorded.",
        )
        self.trigger_names = rule.trigger
        self.single = (
            rule.trigger[0] if len(rule.trigger) == 1 and rule.trigger_where is None else None
        )
        self.trigger_where: dict[str, Check] = {}
        if rule.trigger_where is not None:
            for name in rule.trigger:
                self.trigger_where[name] = compile_predicate(
                    rule.trigger_where, contact=name.startswith(CONTACT_PREFIX)
                )
        started = " or ".join(describe_happening(t) for t in rule.trigger)
        self.na_trigger = _ob(
            rule, "not_applicable", f"Not started: applies once {started} is recorded."
        )

    def __call__(self, ctx: _Ctx) -> Obligation:
        raise NotImplementedError

    def gate(self, ctx: _Ctx) -> Obligation | None:
        by_kind = ctx.by_kind
        if self.when and not any(k in by_kind for k in self.when):
            return self.na_when
        if self.unless and any(k in by_kind for k in self.unless):
            return self.na_unless
        return None

    def first_trigger(self, ctx: _Ctx) -> Any:
        single = self.single
        if single is not None:  # one trigger kind, no condition on it: the common case
            if single == CASE_OPENED:
                return ctx.opened
            lst = ctx.by_kind.get(single)
            return lst[0] if lst else None
        best: Any = None
        for name in self.trigger_names:
            if name == CASE_OPENED:
                cand: Any = ctx.opened
            else:
                cand = None
                lst = ctx.by_kind.get(name)
                if lst:
                    check = self.trigger_where.get(name)
                    if check is None:
                        cand = lst[0]
                    else:
                        for item in lst:
                            if check(item):
                                cand = item
                                break
            if cand is not None and (best is None or cand.at < best.at):
                best = cand
        return best

    def all_triggers(self, ctx: _Ctx) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        for name in self.trigger_names:
            if name == CASE_OPENED:
                if ctx.opened is not None:
                    out.append((name, ctx.opened))
                continue
            check = self.trigger_where.get(name)
            for item in ctx.by_kind.get(name, ()):
                if check is None or check(item):
                    out.append((name, item))
        if len(self.trigger_names) > 1:
            out.sort(key=lambda pair: (pair[1].at, pair[1].id or 0))
        return out


_new = object.__new__
_fill = object.__setattr__


def _made(
    rule: Rule,
    status: Status,
    reason: str,
    due_at: datetime | None = None,
    since: datetime | None = None,
    done_at: datetime | None = None,
    satisfied_by: int | None = None,
    breached_by: int | None = None,
    contact_id: int | None = None,
    in_scope: bool = True,
    corrected: bool = False,
    recorded_late: bool = False,
) -> Obligation:
    """``Obligation(...)``, built by filling its ``__dict__`` at once instead of through the
    frozen dataclass's field-by-field ``__init__``: the same object (equal, hashable, frozen),
    made two to three times faster. tests/test_engine.py checks the two stay identical."""
    ob: Obligation = _new(Obligation)
    _fill(
        ob,
        "__dict__",
        {
            "rule": rule,
            "status": status,
            "reason": reason,
            "due_at": due_at,
            "since": since,
            "done_at": done_at,
            "satisfied_by": satisfied_by,
            "breached_by": breached_by,
            "contact_id": contact_id,
            "in_scope": in_scope,
            "corrected": corrected,
            "recorded_late": recorded_late,
        },
    )
    return ob


def _ob(rule: Rule, status: Status, reason: str, **more: Any) -> Obligation:
    return _made(rule, status, reason, **more)


def _ids(item: Any, name: str) -> tuple[int | None, int | None]:
    """(event id, contact id) of a timeline item found under ``name``."""
    if item is None or item.id is None:
        return None, None
    if name.startswith(CONTACT_PREFIX):
        return None, item.id
    return item.id, None


class _DutyPlan(_Plan):
    __slots__ = (
        "after",
        "each",
        "every",
        "manner",
        "options",
        "r_due",
        "r_due_closed",
        "r_every_breached",
        "r_every_due",
        "r_every_met",
        "r_every_overdue",
        "r_late",
        "r_manner",
        "r_met",
        "r_overdue",
        "simple",
        "until",
        "within",
    )

    def __init__(self, rule: Rule, duty: EventDuty) -> None:
        super().__init__(rule)
        self.options = tuple(
            (
                o.kind,
                compile_predicate(o.where, contact=o.kind.startswith(CONTACT_PREFIX))
                if o.where
                else None,
                compile_predicate(duty.manner, contact=o.kind.startswith(CONTACT_PREFIX))
                if duty.manner
                else None,
            )
            for o in duty.options
        )
        self.manner = duty.manner is not None
        self.after = duty.search == "after"
        self.within = rule.within
        self.every = duty.every
        self.each = duty.each
        self.until = duty.until
        # Triggers and events with no condition on them, and no gate, repeat or "each": the
        # shape of most rules, judged by the inlined path at the top of __call__.
        plain = (
            rule.trigger_where is None
            and duty.manner is None
            and all(o.where is None and not o.kind.startswith(CONTACT_PREFIX) for o in duty.options)
            and not (self.when or self.unless or self.every or self.each)
        )
        self.simple = tuple(o.kind for o in duty.options) if plain else None
        what = " or ".join(describe_match(o) for o in duty.options)
        started = " or ".join(describe_happening(t) for t in rule.trigger)
        if rule.within is not None:
            limit = format_duration(rule.within)
            self.r_met = f"Done in time: {what}."
            self.r_due = f"To do within {limit} of {started}: {what}."
            self.r_overdue = f"Overdue: no {what} within {limit} of {started}."
            self.r_late = f"Breached: {what} came after the {limit} limit."
            if rule.within == timedelta(0):
                self.r_due = self.r_overdue = f"Overdue: no {what} before {started}."
                self.r_late = f"Breached: {what} came only after {started}."
                self.r_met = f"Done before {started}: {what}."
        else:
            self.r_met = f"Done: {what}."
            self.r_due = f"To do as soon as possible (no hour limit): {what}."
            self.r_overdue = self.r_due  # never used: no deadline, never overdue
            self.r_late = self.r_met
        # A duty with no hour limit stays "due" (never overdue on a guess), but a supervisor
        # should see that the case was closed without it.
        self.r_due_closed = f"Not done, and the case was closed without it: {what}."
        if duty.manner is not None:
            how = describe_predicate(duty.manner, duty.options[0].kind)
            self.r_manner = f"Breached: {what} was done without the required manner: {how}."
        else:
            self.r_manner = ""
        gap = format_duration(duty.every) if duty.every else ""
        stop = " or ".join(describe_happening(u) for u in duty.until) or "the end"
        self.r_every_due = f"Keep going: {what} at least every {gap} until {stop}."
        self.r_every_overdue = f"Overdue: no {what} for more than {gap}."
        self.r_every_breached = f"Breached: a gap of more than {gap} between {what} records."
        self.r_every_met = f"Done: {what} at least every {gap} until {stop}."

    def __call__(self, ctx: _Ctx) -> Obligation:
        kinds = self.simple
        if kinds is not None:
            # The common shape, inlined: triggers and events with no condition on either.
            by_kind = ctx.by_kind
            trig: Any = None
            for name in self.trigger_names:
                if name == CASE_OPENED:
                    cand: Any = ctx.opened
                else:
                    lst = by_kind.get(name)
                    cand = lst[0] if lst else None
                if cand is not None and (trig is None or cand.at < trig.at):
                    trig = cand
            if trig is None:
                return self.na_trigger
            start = trig.at
            within = self.within
            due = start + within if within is not None else None
            found: Any = None
            for kind in kinds:
                lst = by_kind.get(kind)
                if lst:
                    for item in lst:
                        if item.at >= start or not self.after:
                            if found is None or item.at < found.at:
                                found = item
                            break
            if found is None:
                if due is not None and ctx.now > due:
                    return _made(self.rule, "overdue", self.r_overdue, due, start)
                if due is None and "case_closed" in by_kind:
                    return _made(self.rule, "due", self.r_due_closed, due, start)
                return _made(self.rule, "due", self.r_due, due, start)
            corrected = bool(ctx.corrected) and found.id in ctx.corrected
            if due is None:
                return _made(
                    self.rule, "met", self.r_met, None, start, found.at, found.id, None, None,
                    True, corrected,
                )  # fmt: skip
            if found.at > due:
                return _made(
                    self.rule, "breached", self.r_late, due, start, found.at, found.id, None,
                    None, True, corrected,
                )  # fmt: skip
            rec = found.recorded_at
            return _made(
                self.rule, "met", self.r_met, due, start, found.at, found.id, None, None, True,
                corrected, rec is not None and rec > due,
            )  # fmt: skip
        if self.when or self.unless:
            gated = self.gate(ctx)
            if gated is not None:
                return gated
        if self.every is not None:
            return self._repeat(ctx)
        if self.each:
            return self._each(ctx)
        trig = self.first_trigger(ctx)
        if trig is None:
            return self.na_trigger
        return self._judge(ctx, trig)

    def _find(self, ctx: _Ctx, start: datetime) -> tuple[Any, str, Any, str]:
        """(first satisfying item, its kind, first wrongly done item, its kind)."""
        found: Any = None
        found_name = ""
        bad: Any = None
        bad_name = ""
        after = self.after
        for name, where, manner in self.options:
            lst = ctx.by_kind.get(name)
            if not lst:
                continue
            for item in lst:
                if after and item.at < start:
                    continue
                if where is not None and not where(item):
                    continue
                if manner is not None and not manner(item):
                    if bad is None or item.at < bad.at:
                        bad, bad_name = item, name
                    continue
                if found is None or item.at < found.at:
                    found, found_name = item, name
                if manner is None:
                    break
        return found, found_name, bad, bad_name

    def _judge(self, ctx: _Ctx, trig: Any) -> Obligation:
        start = trig.at
        within = self.within
        due = start + within if within is not None else None
        found, found_name, bad, bad_name = self._find(ctx, start)
        rule = self.rule
        corrected = bool(ctx.corrected) and (
            (found is not None and found.id in ctx.corrected)
            or (bad is not None and bad.id in ctx.corrected)
        )
        if bad is not None:
            b_event, b_contact = _ids(bad, bad_name)
            s_event, _ = _ids(found, found_name)
            return _made(
                rule,
                "breached",
                self.r_manner,
                due,
                start,
                found.at if found is not None else None,
                s_event,
                b_event,
                b_contact,
                True,
                corrected,
            )
        if found is None:
            if due is not None and ctx.now > due:
                return _made(rule, "overdue", self.r_overdue, due, start)
            if due is None and "case_closed" in ctx.by_kind:
                return _made(rule, "due", self.r_due_closed, due, start)
            return _made(rule, "due", self.r_due, due, start)
        s_event, s_contact = _ids(found, found_name)
        if due is not None and found.at > due:
            return _made(
                rule,
                "breached",
                self.r_late,
                due,
                start,
                found.at,
                s_event,
                None,
                s_contact,
                True,
                corrected,
            )
        rec = getattr(found, "recorded_at", None)
        late_record = due is not None and rec is not None and rec > due
        return _made(
            rule,
            "met",
            self.r_met,
            due,
            start,
            found.at,
            s_event,
            None,
            s_contact,
            True,
            corrected,
            late_record,
        )

    def _each(self, ctx: _Ctx) -> Obligation:
        worst: Obligation | None = None
        for _name, trig in self.all_triggers(ctx):
            ob = self._judge(ctx, trig)
            if worst is None or SEVERITY[ob.status] < SEVERITY[worst.status]:
                worst = ob
        return worst if worst is not None else self.na_trigger

    def _repeat(self, ctx: _Ctx) -> Obligation:
        trig = self.first_trigger(ctx)
        if trig is None:
            return self.na_trigger
        start: datetime = trig.at
        every: timedelta = self.every  # type: ignore[assignment]
        stop_at: datetime | None = None
        for name in self.until:
            for item in ctx.by_kind.get(name, ()):
                if item.at >= start:
                    if stop_at is None or item.at < stop_at:
                        stop_at = item.at
                    break
        end = stop_at if stop_at is not None else ctx.now
        times: list[Any] = []
        for name, where, _manner in self.options:
            for item in ctx.by_kind.get(name, ()):
                if start < item.at <= end and (where is None or where(item)):
                    times.append(item)
        times.sort(key=_time_order)
        last = start
        gap_item: Any = None
        for item in times:
            if item.at - last > every and gap_item is None:
                gap_item = item
            last = item.at
        rule = self.rule
        last_id = times[-1].id if times else None
        if gap_item is not None:
            return _made(
                rule,
                "breached",
                self.r_every_breached,
                None,
                start,
                gap_item.at,
                last_id,
                gap_item.id,
            )
        next_due = last + every
        if stop_at is not None:
            if stop_at - last > every:
                return _made(
                    rule, "breached", self.r_every_breached, next_due, start, None, last_id
                )
            return _made(rule, "met", self.r_every_met, None, start, None, last_id)
        if ctx.now > next_due:
            return _made(rule, "overdue", self.r_every_overdue, next_due, start, None, last_id)
        return _made(rule, "due", self.r_every_due, next_due, start, None, last_id)


class _ConditionPlan(_Plan):
    __slots__ = ("r_bad", "r_met", "tests")

    def __init__(self, rule: Rule, cond: Condition) -> None:
        super().__init__(rule)
        self.tests = {
            name: compile_predicate(cond.test, contact=name.startswith(CONTACT_PREFIX))
            for name in rule.trigger
        }
        # describe_happening gives "“Statement recorded”" or "a contact: report taken".
        what = " or ".join(_bare(describe_happening(t)) for t in rule.trigger)
        self.r_met = f"Met: every {what} so far met the requirement ({cond.text})."
        self.r_bad = f"Breached: a {what} did not meet the requirement ({cond.text})."

    def __call__(self, ctx: _Ctx) -> Obligation:
        if self.when or self.unless:
            gated = self.gate(ctx)
            if gated is not None:
                return gated
        seen = 0
        last: Any = None
        last_name = ""
        for name in self.trigger_names:
            lst = ctx.by_kind.get(name)
            if not lst:
                continue
            check = self.trigger_where.get(name)
            test = self.tests[name]
            for item in lst:
                if check is not None and not check(item):
                    continue
                seen += 1
                if not test(item):
                    b_event, b_contact = _ids(item, name)
                    corrected = item.id in ctx.corrected if b_event is not None else False
                    return _made(
                        self.rule,
                        "breached",
                        self.r_bad,
                        None,
                        item.at,
                        None,
                        None,
                        b_event,
                        b_contact,
                        True,
                        corrected,
                    )
                if last is None or item.at >= last.at:
                    last, last_name = item, name
        if not seen:
            return self.na_trigger
        s_event, s_contact = _ids(last, last_name)
        corrected = bool(ctx.corrected) and s_event in ctx.corrected
        return _made(
            self.rule,
            "met",
            self.r_met,
            None,
            None,
            last.at,
            s_event,
            None,
            s_contact,
            True,
            corrected,
        )


def _bare(words: str) -> str:
    """Without its article: "a contact: report taken" -> "contact: report taken"."""
    return words[2:] if words.startswith("a ") else words


class _BanPlan(_Plan):
    __slots__ = ("kind", "met", "more_than", "plain", "r_bad", "r_met", "where")

    def __init__(self, rule: Rule, ban: Ban) -> None:
        super().__init__(rule)
        self.kind = ban.match.kind
        self.where = (
            compile_predicate(ban.match.where, contact=self.kind.startswith(CONTACT_PREFIX))
            if ban.match.where
            else None
        )
        self.more_than = ban.more_than
        self.plain = rule.trigger == (CASE_OPENED,) and not (self.when or self.unless)
        what = describe_match(ban.match)
        if ban.more_than:
            self.r_met = f"Met: no more than {ban.more_than} × {what}."
            self.r_bad = f"Breached: more than {ban.more_than} × {what} recorded."
        else:
            self.r_met = f"Met: the ban held (no {what})."
            self.r_bad = f"Breached: {what} was recorded; the rule forbids it."
        self.met = _made(rule, "met", self.r_met)

    def __call__(self, ctx: _Ctx) -> Obligation:
        lst = ctx.by_kind.get(self.kind)
        if not lst and self.plain:  # nothing of the forbidden kind: the ban held (if started)
            return self.met if ctx.opened is not None else self.na_trigger
        if self.when or self.unless:
            gated = self.gate(ctx)
            if gated is not None:
                return gated
        trig = self.first_trigger(ctx)
        if trig is None:
            return self.na_trigger
        if not lst:
            return self.met
        start = trig.at
        where = self.where
        count = 0
        for item in lst:
            if item.at < start or (where is not None and not where(item)):
                continue
            count += 1
            if count > self.more_than:
                b_event, b_contact = _ids(item, self.kind)
                corrected = bool(ctx.corrected) and item.id in ctx.corrected
                return _made(
                    self.rule,
                    "breached",
                    self.r_bad,
                    None,
                    start,
                    None,
                    None,
                    b_event,
                    b_contact,
                    True,
                    corrected,
                )
        if ctx.corrected and any(item.id in ctx.corrected for item in lst):
            return _made(self.rule, "met", self.r_met, corrected=True)
        return self.met


def _plan(rule: Rule) -> _Plan:
    req = rule.requirement
    if isinstance(req, EventDuty):
        return _DutyPlan(rule, req)
    if isinstance(req, Condition):
        return _ConditionPlan(rule, req)
    return _BanPlan(rule, req)


_Entries = tuple[tuple[Obligation | None, ...], tuple[tuple[int, "_Plan"], ...]]

_DIMENSIONS: tuple[Callable[[_Scope, Any], str | None], ...] = (
    _Scope.fail_kind,
    _Scope.fail_province,
    _Scope.fail_sex,
    _Scope.fail_age,
    _Scope.fail_offences,
    _Scope.fail_relations,
)


class _Program:
    """A rule book compiled: one plan and one scope per rule, and the caches that make the
    per-call work small.

    Which rules fit a case depends on six facts (case kind, province, sex, age, offences, the
    accused's relation). For each fact value seen, the reasons each rule does or does not fit are
    computed once and interned as a small integer (a "signature"); the six signatures together
    pick a cached list of entries: per rule, its plan, or its ready-made not-applicable
    obligation. Millions of cases share a few hundred such lists.
    """

    __slots__ = ("cache", "dim_cache", "dim_intern", "dim_reasons", "na", "plans", "scopes")

    def __init__(self, rules: Iterable[Rule]) -> None:
        rules = tuple(rules)
        self.plans = tuple(_plan(r) for r in rules)
        self.scopes = tuple(_Scope(r.applies) for r in rules)
        self.cache: dict[tuple[int, ...], _Entries] = {}
        self.dim_cache: tuple[dict[Any, int], ...] = tuple({} for _ in _DIMENSIONS)
        self.dim_intern: tuple[dict[tuple[str | None, ...], int], ...] = tuple(
            {} for _ in _DIMENSIONS
        )
        self.dim_reasons: tuple[list[tuple[str | None, ...]], ...] = tuple([] for _ in _DIMENSIONS)
        self.na: dict[tuple[int, str], Obligation] = {}

    def signature(self, dim: int, value: Any) -> int:
        cache = self.dim_cache[dim]
        sig = cache.get(value)
        if sig is None:
            test = _DIMENSIONS[dim]
            reasons = tuple(test(scope, value) for scope in self.scopes)
            intern = self.dim_intern[dim]
            sig = intern.get(reasons)
            if sig is None:
                sig = intern[reasons] = len(self.dim_reasons[dim])
                self.dim_reasons[dim].append(reasons)
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[value] = sig
        return sig

    def entries(self, key: tuple[int, ...]) -> _Entries:
        """For this kind of case: the result template (per rule in book order, the ready-made
        not-applicable obligation, or None where the rule fits) and the plans to run."""
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        reasons = [self.dim_reasons[d][sig] for d, sig in enumerate(key)]
        template: list[Obligation | None] = []
        run: list[tuple[int, _Plan]] = []
        for i, plan in enumerate(self.plans):
            why = next((r[i] for r in reasons if r[i] is not None), None)
            if why is None:
                template.append(None)
                run.append((i, plan))
                continue
            ob = self.na.get((i, why))
            if ob is None:
                ob = self.na[(i, why)] = _ob(plan.rule, "not_applicable", why, in_scope=False)
            template.append(ob)
        entries = (tuple(template), tuple(run))
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[key] = entries
        return entries

    def key(self, facts: Any, age_doubt: tuple[int | None, bool]) -> tuple[int, ...]:
        kinds, provinces, sexes, ages, offences, relations = self.dim_cache
        # Six dictionary look-ups in the common case; a new value is worked out once.
        k = kinds.get(facts.case_kind)
        if k is None:
            k = self.signature(0, facts.case_kind)
        p = provinces.get(facts.province)
        if p is None:
            p = self.signature(1, facts.province)
        x = sexes.get(facts.child_sex)
        if x is None:
            x = self.signature(2, facts.child_sex)
        a = ages.get(age_doubt)
        if a is None:
            a = self.signature(3, age_doubt)
        o = offences.get(facts.offences)
        if o is None:
            o = self.signature(4, facts.offences)
        r = relations.get(facts.accused_relations)
        if r is None:
            r = self.signature(5, facts.accused_relations)
        return (k, p, x, a, o, r)


def _program(rules: RuleBook | Iterable[Rule]) -> _Program:
    if isinstance(rules, RuleBook):
        prog = rules._compiled
        if not isinstance(prog, _Program):
            prog = _Program(rules.rules)
            rules._compiled = prog
        return prog
    return _Program(rules)


def _age(timeline: Timeline, ctx: _Ctx) -> tuple[int | None, bool]:
    """(the best known age, whether the age is or was in doubt)."""
    facts = timeline.facts
    age = facts.age
    if facts.age_pending and age is not None and age > CHILD_MAX_AGE:
        # JJSA s.8: while the age is being determined, someone who may be a child is one.
        age = CHILD_MAX_AGE
    # An age determination on the timeline is better evidence than the age typed at registration.
    determined = ctx.by_kind.get("age_determined")
    if determined:
        for e in reversed(determined):
            found = e.details.get("age_years")
            if isinstance(found, str) and found.isdigit():
                age = int(found)
                break
            if isinstance(found, int) and not isinstance(found, bool):
                age = found
                break
    # In doubt while pending or unknown; once determined, still "in doubt" for the rules that
    # asked for the determination, so they show as met rather than vanish.
    return age, facts.age_pending or facts.age is None or bool(determined)


def _case_key(timeline: Timeline, ctx: _Ctx) -> tuple[Any, ...]:
    facts = timeline.facts
    age, doubt = _age(timeline, ctx)
    return (
        facts.case_kind,
        facts.province,
        facts.child_sex,
        age,
        doubt,
        facts.offences,
        facts.accused_relations,
    )


# ---- Public API -------------------------------------------------------------------------------


def evaluate(
    timeline: Timeline, rules: RuleBook | Iterable[Rule], now: datetime
) -> list[Obligation]:
    """Every rule's obligation for this case as of ``now``, in rule-book order.

    Events after ``now`` are ignored (evaluating at an earlier time shows what was due then).
    Backdated events count from when they happened (``at``), not when they were typed in.
    Corrections replace the event they correct. Same input, same output: nothing here reads a
    clock, the environment or a database. Pass the same RuleBook every time: it is compiled on
    first use and keeps its caches (a plain list of rules is compiled on every call).
    """
    prog = _program(rules)
    ctx = _Ctx(timeline, now)
    key = prog.key(timeline.facts, _age(timeline, ctx))
    template, run = prog.cache.get(key) or prog.entries(key)
    out: list[Any] = list(template)
    for i, plan in run:
        out[i] = plan(ctx)
    return out


def checklist(
    timeline: Timeline,
    rules: RuleBook,
    now: datetime,
    obligations: list[Obligation] | None = None,
) -> list[ChecklistItem]:
    """The ordered checklist for this case: "every interaction" (0.x) first, then the §4
    checklists that fit the case (victim of sexual abuse, arrest, missing child...), each step
    with the obligations that check it and the worst of their statuses. Steps the system cannot
    check yet are "manual". Pass ``obligations`` if you already evaluated the timeline."""
    obs = obligations if obligations is not None else evaluate(timeline, rules, now)
    by_step: dict[str, list[Obligation]] = {}
    for ob in obs:
        if ob.in_scope:
            for step_id in ob.rule.steps:
                by_step.setdefault(step_id, []).append(ob)
    ctx = _Ctx(timeline, now)
    key = _case_key(timeline, ctx)
    items: list[ChecklistItem] = []
    for section in rules.sections:
        if section.when and not any(_fits(block, key, ctx) for block in section.when):
            continue
        for step in section.steps:
            step_obs = tuple(by_step.get(step.id, ()))
            items.append(
                ChecklistItem(
                    section=section.code,
                    step=step.id,
                    title_en=step.title_en,
                    title_ur=step.title_ur,
                    status=_item_status(step_obs, bool(step.unchecked)),
                    obligations=step_obs,
                    unchecked=step.unchecked,
                )
            )
    return items


@cache
def _scope_of(block: Applicability) -> _Scope:
    return _Scope(block)


def _fits(block: Applicability, key: tuple[Any, ...], ctx: _Ctx) -> bool:
    if _scope_of(block).misfit(key) is not None:
        return False
    if block.when_recorded and not any(k in ctx.by_kind for k in block.when_recorded):
        return False
    return not (block.unless_recorded and any(k in ctx.by_kind for k in block.unless_recorded))


def _item_status(obs: tuple[Obligation, ...], has_manual_part: bool) -> ItemStatus:
    live = [ob.status for ob in obs if ob.status != "not_applicable"]
    if live:
        return min(live, key=SEVERITY.__getitem__)
    if has_manual_part:
        return "manual"
    return "not_applicable"
