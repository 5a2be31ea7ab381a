"""``hifazat stats refresh``: count the statistics ahead of time. Run it every few minutes (cron,
a systemd timer, next to ``hifazat safeguards tick``): the dashboard and the scorecards then open
from these counts instead of counting a whole province while an officer waits. Pages say when
their numbers were counted; anything older than ``HIFAZAT_STATS_SNAPSHOT_MINUTES`` is counted
again on the spot."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from hifazat.accounts.models import OrgUnit
from hifazat.cases.models import Case
from hifazat.stats import scorecards, snapshots
from hifazat.stats.reports import PeriodError, period_for, refresh_cubes
from hifazat.stats.selectors import Period, org_units
from hifazat.stats.tables import INTERNAL, PUBLIC

KINDS = {
    "national": [OrgUnit.Kind.NATIONAL],
    "provinces": [OrgUnit.Kind.NATIONAL, OrgUnit.Kind.PROVINCE],
    "districts": [OrgUnit.Kind.NATIONAL, OrgUnit.Kind.PROVINCE, OrgUnit.Kind.DISTRICT],
}


class Command(BaseCommand):
    help = (
        "Statistics. `refresh` counts the dashboard tables and the scorecards of every area "
        "that has cases (the country, provinces, districts) for this year and last year, and "
        "keeps the counts as snapshots."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        refresh = sub.add_parser("refresh", help="Count the statistics ahead of time.")
        refresh.add_argument(
            "--down-to",
            choices=list(KINDS),
            default="districts",
            help="The finest areas to count (default: districts).",
        )
        refresh.add_argument(
            "--years", type=int, default=2, help="This year and the years before (default 2)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        today = timezone.localdate()
        units = org_units()
        kinds = KINDS[options["down_to"]]
        areas = [
            u
            for u in units.by_code.values()
            if u.kind in kinds
            and u.active
            and Case.objects.filter(unit_path__startswith=u.path).exists()
        ]
        periods: list[Period] = []
        for year in range(today.year, today.year - max(1, options["years"]), -1):
            for grade in (INTERNAL, PUBLIC):
                try:
                    period = period_for(year, grade, today)
                except PeriodError:
                    continue
                if period not in periods:
                    periods.append(period)
        counted = 0
        root = units.national()
        for period in periods:
            # Scorecards: one count of the country, cut into every area's.
            t, at = time.perf_counter(), timezone.now()
            cards = scorecards.count_scorecards(root, areas, period)
            seconds = time.perf_counter() - t
            for code, card in cards.items():
                snapshots.write(
                    scorecards.snapshot_key(units.by_code[code], period),
                    scorecards.scorecard_to_json(card),
                    computed_at=at,
                    seconds=seconds,
                )
            self.stdout.write(
                f"  scorecards of {len(cards)} areas, {period.start} to {period.end}: "
                f"{seconds:.1f} s"
            )
        for n, unit in enumerate(areas, start=1):
            t = time.perf_counter()
            for period in periods:
                refresh_cubes(unit, period, units)
                counted += 1
            self.stdout.write(
                f"  {n}/{len(areas)} {unit.code}: tables of {len(periods)} periods "
                f"in {time.perf_counter() - t:.1f} s"
            )
        self.stdout.write(
            f"Statistics refresh: {counted} area-periods ({len(areas)} areas, {len(periods)} "
            f"periods) counted in {time.perf_counter() - started:.1f} s; they serve pages for "
            f"{snapshots.max_age().total_seconds() / 60:.0f} minutes."
        )
