from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from hifazat.accounts.reference import load_reference_data
from hifazat.cases.reference import load_offences


class Command(BaseCommand):
    help = "Load or refresh reference data: provinces, districts, roles, offences."

    def handle(self, *args: Any, **options: Any) -> None:
        s = load_reference_data()
        offences = load_offences()
        self.stdout.write(
            f"Reference data loaded: {s.provinces} provinces/territories, {s.districts} districts, "
            f"{s.permissions} permissions, {s.roles} roles, {offences} offence sections."
        )
