"""Demo cases: synthetic records generated like Sahil's figures, written through the same import
path as a real paper register (validation, encryption, audit)."""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from hifazat.accounts.demo import DEMO_DISTRICT
from hifazat.accounts.models import OrgUnit, Role, User
from hifazat.cases.generate import OffenceRef, StationRef, generate
from hifazat.cases.importer import _import_one
from hifazat.cases.models import Case, Offence
from hifazat.cases.reference import load_offences, read_data


def recorder_for(station: OrgUnit, role: Role) -> User:
    """A station's record keeper for generated data; it cannot sign in (no usable password)."""
    username = f"recorder.{station.code.lower()}"
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(
            username=username,
            full_name=f"Demo records {station.code}",
            role=role,
            org_unit=station,
            rank="ASI",
        )
        user.set_unusable_password()
        user.save()
    return user


def generate_demo_cases(
    *, province_code: str, n: int, seed: int, progress: Callable[[int], None] | None = None
) -> int:
    if not Offence.objects.exists():
        load_offences()
    province = OrgUnit.objects.get(code=province_code)
    stations = list(
        OrgUnit.objects.filter(
            kind=OrgUnit.Kind.STATION, path__startswith=province.path
        ).select_related("parent")
    )
    role = Role.objects.get(code="investigating_officer")
    recorders = {s.code: recorder_for(s, role) for s in stations}
    refs = [StationRef(s.code, s.parent.code if s.parent else "") for s in stations]
    # Half the demo cases fall in the demo district, so its signed-in officers have work to see.
    home = [s for s in stations if s.parent and s.parent.code == DEMO_DISTRICT]
    weights = [(len(stations) / max(len(home), 1)) if s in home else 1.0 for s in stations]
    offences = [OffenceRef(o.code, o.sahil_category, o.sexual) for o in Offence.objects.all()]
    done = 0
    for record in generate(
        n=n,
        names=read_data("names.json"),
        stations=refs,
        offences=offences,
        seed=seed,
        now=timezone.now(),
        station_weights=weights,
    ):
        with transaction.atomic():
            _import_one(record, recorders[record["station"]])
        done += 1
        if progress and done % 50 == 0:
            progress(done)
    return done


def demo_case_count(province_code: str) -> int:
    return Case.objects.filter(unit_path__startswith=f"PK/{province_code}/").count()
