"""``hifazat guard [FILE|-] [--json] [--lang auto|en|ur]``: a thin shell over ``publishing.cli``.

Needs no database. Exit code 0 clean, 1 redacted, 2 blocked.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from hifazat.publishing import cli


class Command(BaseCommand):
    help = (
        "Find and redact what could identify a child in a text "
        "(exit 0 clean, 1 redacted, 2 blocked)."
    )
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        cli.add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        code, out = cli.run_args(
            options["file"],
            as_json=options["json"],
            lang=options["lang"],
            child_case=not options["not_child_case"],
        )
        if out:
            self.stdout.write(out)
        sys.exit(code)
