"""Station compliance scorecards, the arithmetic: indicators as data, tallies in, verdicts out.

Pure (no Django; import-linter checks it). ``scorecards`` fills :class:`Tally` objects from the
stored safeguard obligations, the timelines and the release records; this module turns a tally
into a value, compares it with the indicator's target from ``data/indicators.json``
(child-friendly-policing.md §5), and ranks units.

A case counts for an indicator once, in the month its first clock started (Pakistan time). It is
*met* when every obligation of the indicator's rules on that case is met, *missed* when any is
overdue or breached, *pending* while a clock still runs (shown, but left out of shares until
decided), and missed again when a duty with no time limit is still not done once no clock runs
(missing data counts as non-compliant, §5).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

INDICATORS_FILE = Path(__file__).resolve().parent / "data" / "indicators.json"

SHARE, COUNT, MEDIAN, MEDIAN_MINUTES = "share", "count", "median", "median_minutes"
RELEASES = "releases"  # indicator 12: read from the release records, not from obligations


@dataclass(frozen=True)
class Indicator:
    id: int
    code: str
    name_en: str
    name_ur: str
    measure: str
    op: str  # ">=", "==", "<=", "trend"
    target: float | str  # a number, or "rising" / "falling" for a trend
    unit: str
    also: Mapping[str, Any]  # further conditions ("and" in the file)
    basis: str
    rules: tuple[str, ...]
    events: tuple[str, ...]
    applies_to: Mapping[str, Any]
    needs: str  # what the register lacks, when it cannot be computed ("" when ready)
    needs_ur: str = ""

    @property
    def ready(self) -> bool:
        return not self.needs

    @property
    def source(self) -> str:
        """Where the numbers come from: obligations, releases, or nothing yet."""
        if not self.ready:
            return ""
        return "releases" if self.applies_to.get("releases") else "obligations"

    def name(self, language: str = "en") -> str:
        return self.name_ur if language == "ur" and self.name_ur else self.name_en

    def missing(self, language: str = "en") -> str:
        """What the register would need to compute it."""
        return self.needs_ur if language == "ur" and self.needs_ur else self.needs


def load_indicators(path: Path = INDICATORS_FILE) -> tuple[Indicator, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for raw in data["indicators"]:
        target = raw["target"]
        value = target.get("value", 0)
        out.append(
            Indicator(
                id=int(raw["id"]),
                code=raw["code"],
                name_en=raw["name_en"],
                name_ur=raw.get("name_ur", ""),
                measure=raw["measure"],
                op=target["op"],
                target=float(value) if isinstance(value, int | float) else str(value),
                unit=target.get("unit", ""),
                also=dict(target.get("and", {})),
                basis=raw.get("basis", ""),
                rules=tuple(raw.get("rules", ())),
                events=tuple(raw.get("events", ())),
                applies_to=dict(raw.get("applies_to", {})),
                needs="" if raw.get("status") == "ready" else raw.get("needs", "not recorded"),
                needs_ur=raw.get("needs_ur", ""),
            )
        )
    return tuple(out)


@dataclass
class Tally:
    """What one unit did on one indicator in one stretch of time."""

    met: int = 0
    missed: int = 0
    pending: int = 0
    # median_minutes: minutes from the report to the notice, and to the FIR, per case
    minutes: list[float] = field(default_factory=list)
    fir_minutes: list[float] = field(default_factory=list)
    # median: cases by how many times it happened to each (interviews per child victim)
    histogram: Counter[int] = field(default_factory=Counter)
    # releases: published, and published with words a supervisor kept against the guard
    published: int = 0
    kept: int = 0

    @property
    def decided(self) -> int:
        return self.met + self.missed

    @property
    def cases(self) -> int:
        return self.met + self.missed + self.pending

    def add(self, other: Tally) -> None:
        self.met += other.met
        self.missed += other.missed
        self.pending += other.pending
        self.minutes.extend(other.minutes)
        self.fir_minutes.extend(other.fir_minutes)
        self.histogram.update(other.histogram)
        self.published += other.published
        self.kept += other.kept


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def histogram_median(histogram: Mapping[int, int]) -> float | None:
    """The median of the values a histogram counts (value -> how many)."""
    n = sum(c for c in histogram.values() if c > 0)
    if n == 0:
        return None
    ordered = sorted((v, c) for v, c in histogram.items() if c > 0)

    def nth(k: int) -> int:  # the k-th smallest value, 0-based
        seen = 0
        for v, c in ordered:
            seen += c
            if k < seen:
                return v
        return ordered[-1][0]

    if n % 2:
        return float(nth(n // 2))
    return (nth(n // 2 - 1) + nth(n // 2)) / 2


def share(part: int, whole: int) -> float | None:
    return None if whole == 0 else 100.0 * part / whole


@dataclass(frozen=True)
class Score:
    """An indicator's value for one unit and stretch of time, and whether it is on target.

    ``value`` is a percentage for shares, a number of children for counts, a median otherwise;
    None when there is nothing to measure. ``on_target`` is None when it cannot be judged (no
    cases, no earlier period to compare a trend with, or not recorded)."""

    value: float | None
    on_target: bool | None
    met: int = 0
    decided: int = 0
    pending: int = 0
    # median_minutes: the share notified within the limit and the median minutes to the FIR;
    # releases: how many were published, and how many kept words against the guard.
    within: float | None = None
    fir_median: float | None = None
    published: int = 0
    kept: int = 0


def _compare(op: str, value: float, target: float) -> bool:
    if op == ">=":
        return value >= target - 1e-9
    if op == "<=":
        return value <= target + 1e-9
    return abs(value - target) < 1e-9


def score(ind: Indicator, tally: Tally, previous: Tally | None = None) -> Score:
    """The value of ``ind`` over ``tally``; a trend compares with the ``previous`` period."""
    common = {"met": tally.met, "decided": tally.decided, "pending": tally.pending}
    if not ind.ready:
        return Score(None, None)
    if ind.source == RELEASES:
        value = share(tally.published - tally.kept, tally.published)
        ok = None if value is None else (value >= 100 - 1e-9 and tally.kept == 0)
        return Score(value, ok, published=tally.published, kept=tally.kept)
    if ind.measure == COUNT:
        # Children held where the law forbids: every one is a miss, and zero is the target.
        return Score(float(tally.missed), tally.missed == 0, **common)
    if ind.measure == MEDIAN:
        value = histogram_median(tally.histogram)
        ok = None if value is None else _compare(ind.op, value, float(ind.target))
        return Score(value, ok, **common)
    if ind.measure == MEDIAN_MINUTES:
        value = median(tally.minutes)
        within = share(tally.met, tally.decided)
        fir = median(tally.fir_minutes)
        timely: bool | None = None
        if value is not None and within is not None:
            timely = _compare(ind.op, value, float(ind.target)) and within >= 100 - 1e-9
            before = median(previous.fir_minutes) if previous is not None else None
            if timely and fir is not None and before is not None and ind.also.get("fir_minutes"):
                timely = fir <= before  # "falling": no slower than the period before
        return Score(value, timely, within=within, fir_median=fir, **common)
    value = share(tally.met, tally.decided)
    if value is None:
        return Score(None, None, **common)
    if ind.op == "trend":
        before = score(ind, previous).value if previous is not None else None
        if before is None:
            return Score(value, None, **common)
        rising = value > before + 1e-9 or (value >= 100 - 1e-9 and before >= 100 - 1e-9)
        return Score(value, rising if ind.target == "rising" else value < before - 1e-9, **common)
    return Score(value, _compare(ind.op, value, float(ind.target)), **common)


# A unit is ranked once this many of its case checks are decided: a station with two cases,
# both fine, is not the best in its district (it is listed, unranked, with its numbers).
MIN_TO_RANK = 10


def pooled(indicators: Iterable[Indicator], tallies: Mapping[int, Tally]) -> tuple[int, int]:
    """Of all decided case checks on the share indicators (and the notice-in-time part of the
    ZARRA indicator): (met, decided)."""
    met = decided = 0
    for ind in indicators:
        if not ind.ready or ind.source != "obligations" or ind.measure in {COUNT, MEDIAN}:
            continue
        t = tallies.get(ind.id)
        if t is not None:
            met += t.met
            decided += t.decided
    return met, decided


@dataclass(frozen=True)
class Ranked:
    key: str
    rank: int | None  # None: too few decided case checks to rank (MIN_TO_RANK)
    compliance: float | None
    decided: int
    on_target: int
    judged: int
    held: int  # children held where the law forbids (indicator 5)


def rank(
    indicators: Sequence[Indicator],
    by_unit: Mapping[str, Mapping[int, Tally]],
    previous: Mapping[str, Mapping[int, Tally]] | None = None,
) -> list[Ranked]:
    """Units best first: by compliance, then fewer children held, then the key (stable)."""
    rows = []
    for key, tallies in by_unit.items():
        before = (previous or {}).get(key, {})
        scores = [
            (ind, score(ind, tallies.get(ind.id, Tally()), before.get(ind.id)))
            for ind in indicators
        ]
        judged = [s for _i, s in scores if s.on_target is not None]
        held = sum(int(s.value or 0) for i, s in scores if i.measure == COUNT)
        met, decided = pooled(indicators, tallies)
        good = sum(1 for s in judged if s.on_target)
        rows.append((key, share(met, decided), decided, good, len(judged), held))
    ranked = [r for r in rows if r[2] >= MIN_TO_RANK]
    ranked.sort(key=lambda r: (-(r[1] or 0.0), r[5], r[0]))
    rest = sorted(
        (r for r in rows if r[2] < MIN_TO_RANK),
        key=lambda r: (r[1] is None, -(r[1] or 0.0), r[5], r[0]),
    )
    out = [Ranked(r[0], k, r[1], r[2], r[3], r[4], r[5]) for k, r in enumerate(ranked, start=1)]
    out += [Ranked(r[0], None, r[1], r[2], r[3], r[4], r[5]) for r in rest]
    return out
