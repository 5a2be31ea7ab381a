"""``hifazat rules explain CASE.json`` / ``hifazat rules list``: a thin shell over
``hifazat.safeguards.cli``. Reads files only: no database, no migrations, no system checks."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.safeguards import cli


class Command(BaseCommand):
    help = (
        "The safeguards rule book. `explain CASE.json [--at TIME] [--json]` evaluates a case "
        "timeline given as a file (docs/safeguards-timeline-format.md); `list [--province P] "
        "[--contact KIND]` prints the rules."
    )
    requires_system_checks: list[str] = []  # nothing here touches the database or settings

    def add_arguments(self, parser: CommandParser) -> None:
        cli.add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        code, text = cli.run(options)
        if code:
            raise CommandError(text, returncode=code)
        self.stdout.write(text)
