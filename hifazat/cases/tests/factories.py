"""Generated (never real) test data for the case register."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from hifazat.accounts.models import OrgUnit, User
from hifazat.cases import identity as vault
from hifazat.cases import services
from hifazat.cases.models import Case

# Obviously synthetic identities: names assembled for tests, phone in the reserved test range.
SYNTHETIC = vault.ChildIdentity(
    given_name="Testina",
    family_name="Zarqoon",
    name_ur="ٹیسٹینا زرقون",
    father_name="Fakeer Testwala",
    mother_name="Namoona Bibi",
    address="House 0, Street Nul, Mohalla Misaal",
    phone="0399-7654321",
    id_number="90000-7654321-1",
    school="Government Test School No. 0",
    school_class="5",
)


def identity(**overrides: Any) -> vault.ChildIdentity:
    data = vault.ChildIdentity(**{**SYNTHETIC.__dict__, **overrides})
    return data


def register(
    actor: User,
    station: OrgUnit,
    *,
    kind: str = "victim",
    sex: str = "female",
    age: int | None = 12,
    at: dt.datetime | None = None,
    ident: vault.ChildIdentity | None = None,
    **extra: Any,
) -> Case:
    registration = services.Registration(
        case_kind=kind,
        contact_kind=extra.pop("contact_kind", "report"),
        at=at or timezone.now() - dt.timedelta(hours=2),
        location=extra.pop("location", "station"),
        station=station,
        facts=services.ChildFacts(
            sex=sex, age_years=age, age_basis="stated", age_pending=extra.pop("age_pending", False)
        ),
        identity=ident or identity(),
        **extra,
    )
    return services.register_contact(actor=actor, registration=registration)
