from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.accounts.demo import current_code


class Command(BaseCommand):
    help = "Print the current two-factor code of a demo user (demo mode only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.HIFAZAT_DEMO:
            raise CommandError("demo-code works only in local demo mode (HIFAZAT_DEMO=true).")
        code = current_code(options["username"])
        if code is None:
            raise CommandError(f"No demo user {options['username']!r} with two-factor set up.")
        self.stdout.write(code)
