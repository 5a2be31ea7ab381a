from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.accounts.demo import ensure_demo_org_and_users


class Command(BaseCommand):
    help = (
        "Create (or reuse) demo stations, one demo user per role and generated cases, and print "
        "the demo sign-ins. Local demo mode only."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--province", default="PB", help="province code for demo stations")
        parser.add_argument("--stations-per-district", type=int, default=3)
        parser.add_argument(
            "--cases", type=int, default=0, help="generate cases until the province has this many"
        )
        parser.add_argument("--seed", type=int, default=2024)

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
        if options["cases"] > 0:
            from hifazat.cases.demo import demo_case_count, generate_demo_cases

            have = demo_case_count(options["province"])
            want = options["cases"] - have
            if want > 0:
                made = generate_demo_cases(
                    province_code=options["province"],
                    n=want,
                    seed=options["seed"] + have,
                    progress=lambda n: self.stderr.write(f"… {n} of {want} cases generated"),
                )
                self.stdout.write(f"Generated {made} synthetic cases (seed {options['seed']}).")
            else:
                self.stdout.write(f"{have} demo cases already exist; none generated.")
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
