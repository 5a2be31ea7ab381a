"""Short builders for timelines in tests: times are hours after T0 (Karachi time)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache

from hifazat.safeguards.cli import _offence_catalogue
from hifazat.safeguards.engine import (
    CaseFacts,
    ContactFact,
    Obligation,
    Offence,
    RuleBook,
    Timeline,
    TimelineEvent,
    evaluate,
    load_rules,
)

PKT = timezone(timedelta(hours=5), "PKT")
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=PKT)


@cache
def book() -> RuleBook:
    return load_rules()


@cache
def offences() -> dict[str, Offence]:
    return _offence_catalogue()


def off(*codes: str) -> tuple[Offence, ...]:
    return tuple(offences()[c] for c in codes)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def facts(
    kind: str = "victim",
    province: str = "PB",
    sex: str = "female",
    age: int | None = 12,
    *,
    pending: bool = False,
    offences: tuple[str, ...] = (),
    relations: tuple[str, ...] = (),
) -> CaseFacts:
    return CaseFacts(kind, province, sex, age, pending, T0, off(*offences), relations)


_ids = iter(range(1, 10**9))


def ev(
    kind: str,
    hours: float = 0.0,
    *,
    id: int | None = None,
    rec: float | None = None,
    corrects: int | None = None,
    **details: object,
) -> TimelineEvent:
    return TimelineEvent(
        id=id if id is not None else next(_ids),
        kind=kind,
        at=at(hours),
        details=details,
        corrects=corrects,
        recorded_at=at(rec) if rec is not None else None,
    )


def ct(
    kind: str,
    hours: float = 0.0,
    *,
    location: str = "station",
    present: tuple[str, ...] = (),
    sex: str = "",
    rank: str = "",
    id: int | None = None,
) -> ContactFact:
    return ContactFact(
        id if id is not None else next(_ids), kind, at(hours), location, present, sex, rank
    )


def timeline(f: CaseFacts, *items: TimelineEvent | ContactFact) -> Timeline:
    events = tuple(sorted((i for i in items if isinstance(i, TimelineEvent)), key=_order))
    contacts = tuple(sorted((i for i in items if isinstance(i, ContactFact)), key=_order))
    return Timeline(f, events, contacts)


def _order(item: TimelineEvent | ContactFact) -> tuple[datetime, int]:
    return (item.at, item.id)


def obligation(tl: Timeline, rule_id: str, now_hours: float) -> Obligation:
    for ob in evaluate(tl, book(), at(now_hours)):
        if ob.rule.id == rule_id:
            return ob
    raise KeyError(rule_id)


@dataclass(frozen=True)
class Scenario:
    rule: str
    status: str
    what: str
    timeline: Timeline
    now: float  # hours after T0
    extra: dict[str, object] = field(default_factory=dict)  # other fields to check

    @property
    def test_id(self) -> str:
        citation = book()[self.rule].citation
        return f"{citation} [{self.rule}] {self.status}: {self.what}"


def fix(
    hours: float,
    *,
    corrects: int,
    kind: str,
    id: int | None = None,
    rec: float | None = None,
    **details: object,
) -> TimelineEvent:
    """A correction of event ``corrects``: the event as it should have been (kind, details, at)."""
    return TimelineEvent(
        id=id if id is not None else next(_ids),
        kind="correction",
        at=at(hours),
        details={"kind": kind, **details},
        corrects=corrects,
        recorded_at=at(rec) if rec is not None else None,
    )
