from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.accounts.demo import ensure_demo_org_and_users


class Command(BaseCommand):
    help = "Create (or reuse) demo stations and one demo user per role, and print their sign-ins."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--province", default="PB", help="province code for demo stations")
        parser.add_argument("--stations-per-district", type=int, default=3)

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.HIFAZAT_DEMO:
            raise CommandError("The demo can only be created in local demo mode.")
        result = ensure_demo_org_and_users(
            province_code=options["province"],
            stations_per_district=options["stations_per_district"],
        )
        self.stdout.write(
            f"Demo organisation: {result.stations} police stations in {result.districts} "
            f"districts of {result.province}."
        )
        self.stdout.write("")
        self.stdout.write(
            "Demo sign-ins (password is the same for all; two-factor secret per user):"
        )
        self.stdout.write(f"  password: {result.password}")
        width = max(len(u.username) for u in result.users)
        for u in result.users:
            self.stdout.write(
                f"  {u.username:<{width}}  {u.role:<42}  {u.unit:<28}  TOTP secret {u.totp_secret}"
            )
        self.stdout.write("")
        self.stdout.write("Current code for a user:  hifazat demo-code USERNAME")
