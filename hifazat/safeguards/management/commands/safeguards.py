"""``hifazat safeguards tick``: move clocks forward. Run it every few minutes (cron, a systemd
timer): obligations whose deadline has passed turn overdue, warnings go out before deadlines, and
the officers each rule names are told. A thin shell over ``services.refresh_case``."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from hifazat.safeguards import services


class Command(BaseCommand):
    help = (
        "Safeguards. `tick` refreshes the open cases whose clocks need looking at (a warning or a "
        "deadline has come), in batches; `tick --all` refreshes every open case (after a change "
        "to the rule book)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        tick = sub.add_parser("tick", help="Refresh the cases whose clocks have run.")
        tick.add_argument(
            "--all", action="store_true", help="Refresh every open case, not only those due."
        )
        tick.add_argument("--batch", type=int, default=200, help="Cases per batch (default 200).")

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        now = timezone.now()
        batch = max(1, options["batch"])
        everything = options["all"]
        done = overdue = breaches = notices = 0
        last = 0
        while True:
            if everything:
                ids = services.open_cases(after=last, limit=batch)
            else:
                ids = services.cases_to_tick(now=now, after=last, limit=batch)
            if not ids:
                break
            for case_id in ids:
                result = services.refresh_case(case_id, now=now)
                overdue += result.overdue
                breaches += len(result.breaches)
                notices += result.notices
            done += len(ids)
            last = ids[-1]
            self.stdout.write(f"  {done} cases refreshed (up to case {last})")
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Safeguards tick: {done} cases refreshed in {elapsed:.2f} s; "
            f"{overdue} obligations turned overdue, {breaches} breaches recorded, "
            f"{notices} notices sent."
        )
