"""``hifazat report``: the annual statistics as JSON, CSV, XLSX or PDF.

    hifazat report --year 2026 --public --format pdf --lang ur --output report.pdf
    hifazat report --year 2026 --province PB --public --format json
    hifazat report --year 2026 --district KSR --format xlsx --output ksr.xlsx   # exact, internal

Runs as the system (no officer): the export is audited as such. ``--public`` gives the
disclosure-controlled tables and refuses anything finer than a district; without it the tables
are exact and for police use only.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.accounts.models import OrgUnit
from hifazat.stats import export
from hifazat.stats.reports import PeriodError, make_report, period_for
from hifazat.stats.services import record_export
from hifazat.stats.tables import INTERNAL, PUBLIC


class Command(BaseCommand):
    help = "Write the annual statistics report (every table) as JSON, CSV, XLSX or PDF."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="Calendar year, e.g. 2026.")
        where = parser.add_mutually_exclusive_group()
        where.add_argument("--province", help="Province code (e.g. PB). Default: all Pakistan.")
        where.add_argument("--district", help="District code (e.g. KSR).")
        parser.add_argument(
            "--public",
            action="store_true",
            help="Disclosure-controlled tables, safe to publish (district level at the finest).",
        )
        parser.add_argument("--format", choices=export.FORMATS, default="json")
        parser.add_argument("--lang", choices=["en", "ur"], default="en")
        parser.add_argument("--output", help="File to write (default: standard output).")

    def handle(self, *args: Any, **options: Any) -> None:
        grade = PUBLIC if options["public"] else INTERNAL
        unit = self._unit(options.get("province"), options.get("district"), grade)
        try:
            period = period_for(options["year"], grade)
        except PeriodError as exc:
            raise CommandError(str(exc)) from None
        report = make_report(unit=unit, period=period, grade=grade, language=options["lang"])
        body = export.render(report, options["format"])
        record_export(actor=None, report=report, fmt=options["format"])
        if options.get("output"):
            with open(options["output"], "wb") as fh:
                fh.write(body)
            self.stderr.write(
                f"Wrote {options['output']}: {grade} tables for {unit.code}, "
                f"{period.start} to {period.end} (exclusive)."
            )
        else:
            sys.stdout.buffer.write(body)
            sys.stdout.buffer.flush()

    def _unit(self, province: str | None, district: str | None, grade: str) -> OrgUnit:
        code = (province or district or "").strip().upper()
        if not code:
            unit = OrgUnit.objects.filter(kind=OrgUnit.Kind.NATIONAL).first()
            if unit is None:
                raise CommandError("No organisation loaded: run `hifazat load-reference` first.")
            return unit
        unit = OrgUnit.objects.filter(code=code).first()
        if unit is None:
            raise CommandError(f"No unit with code {code!r}.")
        want = OrgUnit.Kind.PROVINCE if province else OrgUnit.Kind.DISTRICT
        if unit.kind == OrgUnit.Kind.STATION and grade == PUBLIC:
            raise CommandError(
                f"{code} is a police station: public tables go no finer than a district."
            )
        if unit.kind != want and not (district and unit.kind == OrgUnit.Kind.STATION):
            raise CommandError(f"{code} is a {unit.kind}, not a {want}.")
        return unit
