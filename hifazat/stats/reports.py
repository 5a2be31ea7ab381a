"""Reports for a unit and a year: which period, which grade, and a short cache for the dashboard.

Public tables cover whole calendar months only (for the current year: up to the end of the last
complete month), so two public releases of one year differ by whole months, never by a day —
day-by-day differences are how small counts leak from tables that are otherwise safe.
"""

from __future__ import annotations

import datetime as dt
import time

from django.core.cache import cache
from django.utils import timezone, translation

from hifazat.accounts.models import OrgUnit
from hifazat.stats import snapshots
from hifazat.stats.selectors import Cube, Period, Units, fetch_cube, org_units
from hifazat.stats.tables import INTERNAL, PUBLIC, Linker, Report, build_report

# Dashboard figures may be this many seconds old (the page says when they were counted).
DASHBOARD_CACHE_SECONDS = 300


class PeriodError(ValueError):
    """A period that cannot be reported (in the future, or no complete month yet)."""


def period_for(year: int, grade: str, today: dt.date | None = None) -> Period:
    today = today or timezone.localdate()
    if year > today.year or year < 2000:
        raise PeriodError(f"{year} cannot be reported")
    if year < today.year:
        return Period.year(year)
    start = dt.date(year, 1, 1)
    end = today.replace(day=1) if grade == PUBLIC else today + dt.timedelta(days=1)
    if end <= start:
        raise PeriodError(f"no complete month of {year} yet")
    return Period(start, end)


def cube_key(grade: str, unit: OrgUnit, period: Period) -> str:
    return f"cube:{grade}:{unit.code}:{period.start}:{period.end}"


def _geo(unit: OrgUnit, grade: str, units: Units) -> str:
    """Whose stations a report's geography covers: the country for public tables (their
    protection runs top-down from the national total), the unit itself for exact ones."""
    return units.national().path if grade == PUBLIC else unit.path


def counted_cube(
    unit: OrgUnit, period: Period, grade: str, units: Units
) -> tuple[Cube, dt.datetime]:
    """The counts behind one report: from a young snapshot (``hifazat stats refresh``), else
    counted now and kept as one."""
    key = cube_key(grade, unit, period)
    hit = snapshots.read(key)
    if hit is not None:
        return snapshots.cube_from_json(hit[0]), hit[1]
    geo = _geo(unit, grade, units)
    return snapshots.counted(
        key,
        lambda: fetch_cube(scope=unit.path, geo_scope=geo, period=period),
        snapshots.cube_to_json,
    )


def refresh_cubes(unit: OrgUnit, period: Period, units: Units) -> float:
    """Count a unit's period once, with the country's geography, and keep it for both grades
    (the exact tables are cut from the same counts). Returns the seconds it took."""
    started, t = timezone.now(), time.perf_counter()
    cube = fetch_cube(scope=unit.path, geo_scope=units.national().path, period=period)
    seconds = time.perf_counter() - t
    payload = snapshots.cube_to_json(cube)
    for grade in (INTERNAL, PUBLIC):
        if grade == PUBLIC and unit.kind == OrgUnit.Kind.STATION:
            continue
        snapshots.write(
            cube_key(grade, unit, period), payload, computed_at=started, seconds=seconds
        )
    return seconds


def make_report(
    *,
    unit: OrgUnit,
    period: Period,
    grade: str,
    language: str,
    linker: Linker | None = None,
    cached: bool = False,
) -> Report:
    """Fetch the counts (one SQL statement) and build every table.

    With ``cached`` (the dashboard), reuse what was counted in the last few minutes: the public
    report itself, or for internal reports the counts (drill-down links differ per user, and
    building exact tables from counts takes milliseconds); else a statistics snapshot young
    enough (``HIFAZAT_STATS_SNAPSHOT_MINUTES``); else count now and keep the counts as one.
    Without ``cached`` (exports, ``hifazat report``) everything is counted afresh."""
    period_key = f"{unit.code}:{period.start}:{period.end}"
    if cached and grade == PUBLIC:
        hit = cache.get(f"hifazat:stats:report:{period_key}:{language}")
        if isinstance(hit, Report):
            return hit
    units = org_units()
    counted_at: dt.datetime | None = None
    found = cache.get(f"hifazat:stats:cube:{grade}:{period_key}") if cached else None
    if isinstance(found, tuple) and isinstance(found[0], Cube):
        cube, counted_at = found
    elif cached:
        cube, counted_at = counted_cube(unit, period, grade, units)
        cache.set(
            f"hifazat:stats:cube:{grade}:{period_key}", (cube, counted_at), DASHBOARD_CACHE_SECONDS
        )
    else:
        cube = fetch_cube(scope=unit.path, geo_scope=_geo(unit, grade, units), period=period)
    with translation.override(language):
        report = build_report(
            cube,
            units=units,
            unit=unit,
            period=period,
            grade=grade,
            linker=linker if grade == INTERNAL else None,
            now=counted_at,
        )
    if cached and grade == PUBLIC:
        cache.set(f"hifazat:stats:report:{period_key}:{language}", report, DASHBOARD_CACHE_SECONDS)
    return report


def make_reports(*, unit: OrgUnit, period: Period, language: str) -> dict[str, Report]:
    """The exact and the public report of one unit and period from a single count: the public
    geography needs the whole country's counts, and the exact tables are cut from the same ones."""
    if unit.kind == OrgUnit.Kind.STATION:
        raise ValueError("public tables go no finer than a district")
    units = org_units()
    cube = fetch_cube(scope=unit.path, geo_scope=units.national().path, period=period)
    with translation.override(language):
        return {
            grade: build_report(cube, units=units, unit=unit, period=period, grade=grade)
            for grade in (INTERNAL, PUBLIC)
        }
