"""Station compliance scorecards: the reads (child-friendly-policing.md §5; issue 6 part 2).

Where the numbers come from:

* the stored safeguard obligations (``safeguards.Obligation``): for each indicator, each case
  whose clock for one of the indicator's rules started in the period, grouped in the database
  into met / missed / pending per station, month and indicator (one statement);
* the ZARRA notice and FIR clocks' start and finish times, for the median minutes;
* the case timelines, for interviews per child victim (a histogram, counted in the database);
* the release records, for published releases and words kept against the guard.

The arithmetic (values, targets, ranking) is in ``scoring``, which has no Django import.
Everything here counts whole cases and is exact; what a role may see is the view's business.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from django.core.cache import cache as django_cache
from django.db import connection
from django.db.models import Case as When_
from django.db.models import Count, Exists, F, IntegerField, Min, OuterRef, Q, Sum, Value, When
from django.db.models.functions import Coalesce

from hifazat.accounts.models import OrgUnit
from hifazat.cases.models import Event
from hifazat.cases.selectors import unit_scope
from hifazat.stats import snapshots
from hifazat.stats.scoring import (
    MEDIAN,
    MEDIAN_MINUTES,
    RELEASES,
    Indicator,
    Ranked,
    Score,
    Tally,
    load_indicators,
    rank,
    score,
)
from hifazat.stats.selectors import PKT, Period, Units, org_units
from hifazat.stats.tables import child_of

CACHE_SECONDS = 300
# How a case stands on an indicator, from its obligations for the indicator's rules: *missed*
# when one is overdue or breached; else *pending* while a clock runs; else missed when a duty
# with no time limit is still not done (missing data counts as non-compliant, §5); else met.
MISSED = ("overdue", "breached")
RUNNING = Q(status="due", due_at__isnull=False)
UNDONE = Q(status="due", due_at__isnull=True)
# When an obligation counts: its clock's start; for a rule with no clock (a condition on how a
# step is done, or a forbidden state), when it was met, else when the case was reported.
WHEN = Coalesce("since", "done_at", "case__reported_at")
# The ZARRA clocks whose start and finish give the indicator's minutes.
NOTICE_RULE, FIR_RULE = "zarra.s7-1.notify-2h", "zarra.s8.fir"


@cache
def indicators() -> tuple[Indicator, ...]:
    return load_indicators()


def indicator(number: int) -> Indicator | None:
    return next((i for i in indicators() if i.id == number), None)


def months_of(period: Period) -> list[str]:
    out, day = [], period.start.replace(day=1)
    while day < period.end:
        out.append(day.strftime("%Y-%m"))
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


@dataclass(frozen=True)
class Sides:
    """What a scorecard reads: the period, and for the trend the one it is compared with
    (``Period.previous``: the same dates a year earlier for a year or a year to date). A case
    counts on the side its first clock falls in; one between the two (after the same date last
    year) on neither."""

    before: tuple[dt.datetime, dt.datetime]
    now: tuple[dt.datetime, dt.datetime]

    @classmethod
    def of(cls, period: Period) -> Sides:
        return cls(period.previous().bounds(), period.bounds())

    @property
    def window(self) -> tuple[dt.datetime, dt.datetime]:
        return self.before[0], self.now[1]

    def side(self, moment: dt.datetime) -> int | None:
        """1 in the period, 0 in the one before, None in neither."""
        if moment >= self.now[0]:
            return 1
        return 0 if moment < self.before[1] else None

    def sql(self, column: str) -> tuple[str, list[Any]]:
        """The same as ``side``, in SQL (-1 for neither), with its parameters."""
        adapt = connection.ops.adapt_datetimefield_value
        return (
            f"CASE WHEN {column} >= %s THEN 1 WHEN {column} < %s THEN 0 ELSE -1 END",
            [adapt(self.now[0]), adapt(self.before[1])],
        )


def _month_sql(column: str) -> str:
    """'YYYY-MM' of a stored timestamp, in Pakistan time (UTC+5 all year, no daylight saving)."""
    if connection.vendor == "postgresql":
        return f"to_char({column} AT TIME ZONE 'Asia/Karachi', 'YYYY-MM')"
    return f"strftime('%Y-%m', {column}, '+5 hours')"


def _month(moment: dt.datetime) -> str:
    return moment.astimezone(PKT).strftime("%Y-%m")


def counted_rules(ind: Indicator) -> tuple[str, ...]:
    """The rules whose obligations make a case met or missed for ``ind``. For the ZARRA indicator
    that is the 2-hour notice alone ("% notified within 2 hours"); its FIR clock only gives the
    minutes to the FIR."""
    if ind.measure == MEDIAN_MINUTES and NOTICE_RULE in ind.rules:
        return (NOTICE_RULE,)
    return ind.rules


Key = tuple[int, str, int, bool]  # (station id, month, indicator id, in the period itself?)


def obligation_tallies(unit: OrgUnit, sides: Sides) -> dict[Key, Tally]:
    """Met / missed / pending cases per station, month, indicator and side (the period itself,
    or the one it is compared with), counted in the database."""
    from hifazat.safeguards.models import Obligation

    mapped = [i for i in indicators() if i.source == "obligations" and i.rules]
    rules = [r for i in mapped for r in counted_rules(i)]
    which = When_(
        *[When(rule__in=list(counted_rules(i)), then=Value(i.id)) for i in mapped],
        output_field=IntegerField(),
    )
    per_case = (
        Obligation.objects.filter(unit_scope(unit, "case__"), rule__in=rules)
        .annotate(when=WHEN)
        .filter(when__gte=sides.window[0], when__lt=sides.window[1])
        .annotate(ind=which, station=F("case__station_id"))
        .values("case_id", "ind", "station")
        .annotate(
            first=Min("when"),
            bad=Sum(When_(When(status__in=MISSED, then=1), default=0)),
            running=Sum(When_(When(RUNNING, then=1), default=0)),
            undone=Sum(When_(When(UNDONE, then=1), default=0)),
        )
    )
    sql, params = per_case.query.sql_with_params()
    month = _month_sql("c.first")
    side, side_params = sides.sql("c.first")
    statement = (
        f"SELECT c.station, {month}, c.ind, {side}, "  # noqa: S608 (ORM-compiled SQL, values are parameters)
        "SUM(CASE WHEN c.bad > 0 OR (c.running = 0 AND c.undone > 0) THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN c.bad = 0 AND c.running > 0 THEN 1 ELSE 0 END), COUNT(*) "
        f"FROM ({sql}) c GROUP BY c.station, {month}, c.ind, {side}"
    )
    out: dict[Key, Tally] = {}
    with connection.cursor() as cursor:
        cursor.execute(statement, [*side_params, *params, *side_params])
        for station, mon, ind, current, missed, pending, n in cursor.fetchall():
            if int(current) < 0:
                continue
            missed, pending = int(missed), int(pending)
            out[(int(station), str(mon), int(ind), bool(current))] = Tally(
                met=int(n) - missed - pending, missed=missed, pending=pending
            )
    return out


def zarra_minutes(
    unit: OrgUnit, sides: Sides
) -> dict[tuple[int, str, bool], tuple[list[float], list[float]]]:
    """Minutes from a missing child's report to the ZARRA notice and to the FIR, per station and
    month, for the cases where each was done."""
    from hifazat.safeguards.models import Obligation

    rows = (
        Obligation.objects.filter(unit_scope(unit, "case__"), rule__in=[NOTICE_RULE, FIR_RULE])
        .filter(since__gte=sides.window[0], since__lt=sides.window[1], done_at__isnull=False)
        .values_list("case__station_id", "rule", "since", "done_at")
    )
    out: dict[tuple[int, str, bool], tuple[list[float], list[float]]] = defaultdict(
        lambda: ([], [])
    )
    for station, rule, since, done in rows.iterator(chunk_size=5000):
        if since is None or done is None:
            continue
        current = sides.side(since)
        if current is None:
            continue
        minutes = max(0.0, (done - since).total_seconds() / 60)
        key = (station, _month(since), bool(current))
        out[key][0 if rule == NOTICE_RULE else 1].append(minutes)
    return out


def interview_histogram(unit: OrgUnit, sides: Sides) -> dict[tuple[int, str, bool], dict[int, int]]:
    """Child victims by the number of statements taken from them, per station and month of the
    first statement (counted in the database)."""
    per_case = (
        Event.objects.filter(unit_scope(unit, "case__"), kind="statement_recorded")
        .filter(case__kind="victim", at__gte=sides.window[0], at__lt=sides.window[1])
        .annotate(station=F("case__station_id"))
        .values("case_id", "station")
        .annotate(first=Min("at"), n=Count("id"))
    )
    sql, params = per_case.query.sql_with_params()
    month = _month_sql("c.first")
    side, side_params = sides.sql("c.first")
    statement = (
        f"SELECT c.station, {month}, {side}, c.n, COUNT(*) FROM ({sql}) c "  # noqa: S608
        f"GROUP BY c.station, {month}, {side}, c.n"
    )
    out: dict[tuple[int, str, bool], dict[int, int]] = defaultdict(dict)
    with connection.cursor() as cursor:
        cursor.execute(statement, [*side_params, *params, *side_params])
        for station, mon, current, n, cases in cursor.fetchall():
            if int(current) < 0:
                continue
            out[(int(station), str(mon), bool(current))][int(n)] = int(cases)
    return out


def release_tallies(unit: OrgUnit, sides: Sides) -> list[tuple[int, str, bool, bool]]:
    """Published releases: (the unit that wrote it, month, words kept against the guard?)."""
    from hifazat.publishing.models import Override, Publication

    kept = Override.objects.filter(check_run=OuterRef("check_run"), kind=Override.Kind.KEEP)
    rows = (
        Publication.objects.filter(release__unit_path__startswith=unit.path)
        .filter(published_at__gte=sides.window[0], published_at__lt=sides.window[1])
        .annotate(kept=Exists(kept))
        .values_list("release__unit_id", "published_at", "kept")
    )
    out = []
    for writer, at, kept_words in rows:
        current = sides.side(at)
        if current is not None:
            out.append((writer, _month(at), bool(current), bool(kept_words)))
    return out


@dataclass
class Scorecard:
    """One unit's scorecard for a period: totals, months, and its child units for the ranking."""

    unit: OrgUnit
    period: Period
    months: list[str]
    total: dict[int, Tally]
    previous: dict[int, Tally]
    by_month: dict[str, dict[int, Tally]]
    by_child: dict[str, dict[int, Tally]]  # child unit code -> indicator -> tally
    previous_by_child: dict[str, dict[int, Tally]]
    counted_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(tz=PKT))

    def score(self, ind: Indicator) -> Score:
        return score(ind, self.total.get(ind.id, Tally()), self.previous.get(ind.id))

    def previous_score(self, ind: Indicator) -> Score:
        return score(ind, self.previous.get(ind.id, Tally()))

    def month_scores(self, ind: Indicator) -> list[tuple[str, Score]]:
        out = []
        before: Tally | None = None
        for m in self.months:
            t = self.by_month.get(m, {}).get(ind.id, Tally())
            out.append((m, score(ind, t, before)))
            before = t
        return out

    def child_score(self, code: str, ind: Indicator) -> Score:
        return score(
            ind,
            self.by_child.get(code, {}).get(ind.id, Tally()),
            self.previous_by_child.get(code, {}).get(ind.id),
        )

    def ranking(self) -> list[Ranked]:
        return rank(indicators(), self.by_child, self.previous_by_child)


def snapshot_key(unit: OrgUnit, period: Period) -> str:
    return f"scorecard:{unit.code}:{period.start}:{period.end}"


def _cache_key(unit: OrgUnit, period: Period) -> str:
    return f"hifazat:stats:{snapshot_key(unit, period)}"


def cached_scorecard(unit: OrgUnit, period: Period) -> Scorecard | None:
    """A scorecard counted in the last few minutes or kept as a young snapshot; never counts."""
    hit = django_cache.get(_cache_key(unit, period))
    if isinstance(hit, Scorecard):
        return hit
    kept = snapshots.read(snapshot_key(unit, period))
    if kept is None:
        return None
    card = scorecard_from_json(kept[0], unit, period, kept[1])
    django_cache.set(_cache_key(unit, period), card, CACHE_SECONDS)
    return card


def build_scorecard(unit: OrgUnit, period: Period, *, cached: bool = False) -> Scorecard:
    """The scorecard of ``unit`` for ``period`` and, for the trend, the period before. With
    ``cached`` (the pages): from the last few minutes or a young snapshot if there is one, else
    counted now and kept as a snapshot."""
    if cached:
        hit = cached_scorecard(unit, period)
        if hit is not None:
            return hit
        card, _at = snapshots.counted(
            snapshot_key(unit, period), lambda: count_scorecard(unit, period), scorecard_to_json
        )
        django_cache.set(_cache_key(unit, period), card, CACHE_SECONDS)
        return card
    return count_scorecard(unit, period)


Row = tuple[int, str, int, bool, Tally]  # (unit id, month, indicator, in the period?, tally)


def _rows(unit: OrgUnit, period: Period) -> list[Row]:
    """Everything a scorecard of ``unit`` (or of any area inside it) is made from, by station."""
    sides = Sides.of(period)
    rows: list[Row] = [
        (station, mon, number, current, tally)
        for (station, mon, number, current), tally in obligation_tallies(unit, sides).items()
    ]
    for ind in indicators():
        if ind.measure == MEDIAN_MINUTES:
            for (station, mon, current), (minutes, fir) in zarra_minutes(unit, sides).items():
                rows.append(
                    (station, mon, ind.id, current, Tally(minutes=minutes, fir_minutes=fir))
                )
        elif ind.measure == MEDIAN and ind.ready:
            for (station, mon, current), hist in interview_histogram(unit, sides).items():
                t = Tally()
                t.histogram.update(hist)
                rows.append((station, mon, ind.id, current, t))
        elif ind.source == RELEASES:
            for writer, mon, current, kept in release_tallies(unit, sides):
                rows.append((writer, mon, ind.id, current, Tally(published=1, kept=int(kept))))
    return rows


def _assemble(unit: OrgUnit, period: Period, rows: list[Row], units: Units) -> Scorecard:
    """``unit``'s scorecard from rows of it or of an area around it (other areas' rows skipped)."""
    card = Scorecard(unit, period, months_of(period), {}, {}, {}, {}, {})
    inside: dict[int, bool] = {}
    for unit_id, mon, ind, current, tally in rows:
        if unit_id not in inside:
            below = units.by_id.get(unit_id)
            inside[unit_id] = below is not None and below.path.startswith(unit.path)
        if not inside[unit_id]:
            continue
        totals = card.total if current else card.previous
        totals.setdefault(ind, Tally()).add(tally)
        if current:
            card.by_month.setdefault(mon, {}).setdefault(ind, Tally()).add(tally)
        child = child_of(units, unit, unit_id, stations=True)
        if child is not None:
            side = card.by_child if current else card.previous_by_child
            side.setdefault(child, {}).setdefault(ind, Tally()).add(tally)
    return card


def count_scorecard(unit: OrgUnit, period: Period) -> Scorecard:
    """Count a scorecard from the obligations, timelines and release records."""
    return _assemble(unit, period, _rows(unit, period), org_units())


def count_scorecards(root: OrgUnit, areas: list[OrgUnit], period: Period) -> dict[str, Scorecard]:
    """The scorecards of many areas inside ``root`` from one count of ``root`` (the refresh)."""
    units = org_units()
    rows = _rows(root, period)
    return {a.code: _assemble(a, period, rows, units) for a in areas}


def _tally_json(t: Tally) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("met", "missed", "pending", "published", "kept"):
        if getattr(t, name):
            out[name] = getattr(t, name)
    if t.minutes:
        out["minutes"] = t.minutes
    if t.fir_minutes:
        out["fir_minutes"] = t.fir_minutes
    if t.histogram:
        out["histogram"] = [[v, c] for v, c in t.histogram.items()]
    return out


def _tally(data: dict[str, Any]) -> Tally:
    t = Tally(
        met=data.get("met", 0),
        missed=data.get("missed", 0),
        pending=data.get("pending", 0),
        minutes=list(data.get("minutes", [])),
        fir_minutes=list(data.get("fir_minutes", [])),
        published=data.get("published", 0),
        kept=data.get("kept", 0),
    )
    t.histogram.update({int(v): int(c) for v, c in data.get("histogram", [])})
    return t


def _by_ind(d: dict[int, Tally]) -> dict[str, Any]:
    return {str(k): _tally_json(v) for k, v in d.items()}


def _nested(d: dict[str, dict[int, Tally]]) -> dict[str, Any]:
    return {k: _by_ind(v) for k, v in d.items()}


def scorecard_to_json(card: Scorecard) -> dict[str, Any]:
    return {
        "total": _by_ind(card.total),
        "previous": _by_ind(card.previous),
        "by_month": _nested(card.by_month),
        "by_child": _nested(card.by_child),
        "previous_by_child": _nested(card.previous_by_child),
    }


def scorecard_from_json(
    data: dict[str, Any], unit: OrgUnit, period: Period, counted_at: dt.datetime
) -> Scorecard:
    def by_ind(d: dict[str, Any]) -> dict[int, Tally]:
        return {int(k): _tally(v) for k, v in d.items()}

    def nested(d: dict[str, Any]) -> dict[str, dict[int, Tally]]:
        return {k: by_ind(v) for k, v in d.items()}

    return Scorecard(
        unit,
        period,
        months_of(period),
        by_ind(data["total"]),
        by_ind(data["previous"]),
        nested(data["by_month"]),
        nested(data["by_child"]),
        nested(data["previous_by_child"]),
        counted_at=counted_at,
    )


# -- drill-down -------------------------------------------------------------------------------


def cases_behind(
    cases: Any,
    unit: OrgUnit,
    period: Period,
    ind: Indicator,
    *,
    outcome: str = "missed",
    month: str | None = None,
) -> Any:
    """The cases behind an indicator's number (a queryset of ``cases``, the caller's visible
    cases): ``missed``, ``pending`` or ``met``, exactly as the scorecard counted them (the same
    obligations, the same month of the first clock)."""
    from hifazat.safeguards.models import Obligation

    start, end = period.bounds()
    if month:
        year, mon = (int(p) for p in month.split("-"))
        first = dt.datetime(year, mon, 1, tzinfo=PKT)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        start, end = max(start, first), min(end, following)
    window = Sides.of(period).window  # what the scorecard reads, for the trend too
    per_case = (
        Obligation.objects.filter(unit_scope(unit, "case__"), rule__in=list(counted_rules(ind)))
        .annotate(when=WHEN)
        .filter(when__gte=window[0], when__lt=window[1])
        .values("case_id")
        .annotate(
            first=Min("when"),
            bad=Sum(When_(When(status__in=MISSED, then=1), default=0)),
            running=Sum(When_(When(RUNNING, then=1), default=0)),
            undone=Sum(When_(When(UNDONE, then=1), default=0)),
        )
        .filter(first__gte=start, first__lt=end)
    )
    if outcome == "missed":
        per_case = per_case.filter(Q(bad__gt=0) | Q(running=0, undone__gt=0))
    elif outcome == "pending":
        per_case = per_case.filter(bad=0, running__gt=0)
    else:
        per_case = per_case.filter(bad=0, running=0, undone=0)
    return cases.filter(pk__in=per_case.values("case_id"))


def obligations_of(case_ids: Iterable[int], ind: Indicator) -> dict[int, list[Any]]:
    from hifazat.safeguards.models import Obligation

    out: dict[int, list[Any]] = defaultdict(list)
    for ob in Obligation.objects.filter(
        case_id__in=list(case_ids), rule__in=list(ind.rules)
    ).order_by("case_id", "since", "rule"):
        out[ob.case_id].append(ob)
    return out
