"""Reports for a unit and a year: which period, which grade, and a short cache for the dashboard.

Public tables cover whole calendar months only (for the current year: up to the end of the last
complete month), so two public releases of one year differ by whole months, never by a day —
day-by-day differences are how small counts leak from tables that are otherwise safe.
"""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.utils import timezone, translation

from hifazat.accounts.models import OrgUnit
from hifazat.stats.selectors import Cube, Period, fetch_cube, org_units
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
    building exact tables from counts takes milliseconds)."""
    period_key = f"{unit.code}:{period.start}:{period.end}"
    if cached and grade == PUBLIC:
        hit = cache.get(f"hifazat:stats:report:{period_key}:{language}")
        if isinstance(hit, Report):
            return hit
    units = org_units()
    cube = cache.get(f"hifazat:stats:cube:{grade}:{period_key}") if cached else None
    if not isinstance(cube, Cube):
        if grade == PUBLIC:
            root = next(u for u in units.by_code.values() if u.kind == OrgUnit.Kind.NATIONAL)
            geo = root.path
        else:
            geo = unit.path
        cube = fetch_cube(scope=unit.path, geo_scope=geo, period=period)
        if cached:
            cache.set(f"hifazat:stats:cube:{grade}:{period_key}", cube, DASHBOARD_CACHE_SECONDS)
    with translation.override(language):
        report = build_report(
            cube,
            units=units,
            unit=unit,
            period=period,
            grade=grade,
            linker=linker if grade == INTERNAL else None,
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
    root = next(u for u in units.by_code.values() if u.kind == OrgUnit.Kind.NATIONAL)
    cube = fetch_cube(scope=unit.path, geo_scope=root.path, period=period)
    with translation.override(language):
        return {
            grade: build_report(cube, units=units, unit=unit, period=period, grade=grade)
            for grade in (INTERNAL, PUBLIC)
        }
