"""``hifazat audit verify``: check the whole audit hash chain."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.audit.selectors import verify_chain


class Command(BaseCommand):
    help = "Work with the audit trail. `verify` checks the whole hash chain."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify", help="Check every row of the chain; name the first broken one.")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        report = verify_chain()
        elapsed = time.perf_counter() - started
        if not report.ok:
            raise CommandError(
                f"Audit chain BROKEN at row {report.first_broken_seq}: {report.problem}. "
                f"{report.checked} rows before it are intact."
            )
        self.stdout.write(
            f"Audit chain intact: {report.checked} events checked in {elapsed:.2f} s."
        )
