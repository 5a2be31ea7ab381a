"""``hifazat cases import FILE``: bulk import of paper registers (JSON lines)."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.accounts.models import User
from hifazat.cases.importer import import_lines


class Command(BaseCommand):
    help = "Work with cases in bulk. `import FILE` loads a JSON-lines register (docs/import.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="Import registrations from a JSON-lines file")
        imp.add_argument("file", help="path, or - for standard input")
        imp.add_argument(
            "--as", dest="username", required=True, help="the officer the records are entered as"
        )
        imp.add_argument(
            "--skip-errors",
            action="store_true",
            help="import the good lines even if some have errors",
        )
        imp.add_argument("--dry-run", action="store_true", help="validate only; save nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"], is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {options['username']!r}.")
        path = options["file"]
        try:
            stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from None
        with stream:
            report = import_lines(
                stream,
                actor=user,
                skip_errors=options["skip_errors"],
                dry_run=options["dry_run"],
                progress=lambda n: self.stderr.write(f"… {n} lines checked"),
            )
        for line, field, message in report.errors[:200]:
            where = f"line {line}" + (f", {field}" if field else "")
            self.stderr.write(f"{where}: {message}")
        if len(report.errors) > 200:
            self.stderr.write(f"… and {len(report.errors) - 200} more errors")
        if options["dry_run"]:
            self.stdout.write(
                f"Dry run: {report.lines} lines, {len(report.errors)} errors; nothing saved."
            )
        elif report.committed:
            self.stdout.write(
                f"Imported {report.imported} cases from {report.lines} lines"
                + (f"; skipped {len(report.errors)} errors." if report.errors else ".")
            )
        else:
            raise CommandError(
                f"Nothing imported: {len(report.errors)} errors in {report.lines} lines. "
                "Fix them, or use --skip-errors to import the good lines."
            )
