"""Shared test support: one persona per role plus an outsider, and the permission matrix.

Later features extend ``ROUTES`` in their own tests with their URLs; the matrix test fails when a
URL exists that no route covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from django.test import Client, TestCase
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, Role, User
from hifazat.accounts.reference import load_reference_data

PASSWORD = "correct horse battery staple"
HOME_DISTRICT = "KSR"
OTHER_DISTRICT = "LHR"


def make_station(district_code: str, code: str, name: str) -> OrgUnit:
    district = OrgUnit.objects.get(code=district_code)
    return OrgUnit.objects.create(
        kind=OrgUnit.Kind.STATION,
        code=code,
        name_en=name,
        parent=district,
        path=f"{district.path}{code}/",
    )


def make_user(username: str, role: Role | None, unit: OrgUnit | None, **extra: Any) -> User:
    user = User(username=username, role=role, org_unit=unit, full_name=f"Test {username}", **extra)
    user.set_password(PASSWORD)
    user.save()
    return user


def add_totp(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="test", confirmed=True)


def current_code(device: TOTPDevice) -> str:
    return str(totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)).zfill(6)


class HifazatTestCase(TestCase):
    """Reference data, two stations in two districts, and ``self.personas[role_code]``.

    Each persona sits where its role belongs: at station TST-01 in Kasur, in Kasur district, or
    in Punjab. ``outsider`` is an SHO at a station in another district.
    """

    personas: ClassVar[dict[str, User]]
    station: ClassVar[OrgUnit]
    other_station: ClassVar[OrgUnit]

    @classmethod
    def setUpTestData(cls) -> None:
        load_reference_data()
        cls.station = make_station(HOME_DISTRICT, "TST-01", "Test City")
        cls.other_station = make_station(OTHER_DISTRICT, "TST-99", "Elsewhere Saddar")
        district = OrgUnit.objects.get(code=HOME_DISTRICT)
        province = district.parent
        assert province is not None
        cls.personas = {}
        for role in Role.objects.all():
            kinds = role.allowed_unit_kinds()
            unit = (
                cls.station if "station" in kinds else district if "district" in kinds else province
            )
            cls.personas[role.code] = make_user(role.code, role, unit)
        cls.personas["outsider"] = make_user(
            "outsider", Role.objects.get(code="sho"), cls.other_station
        )

    def client_for(self, persona: str, *, two_factor: bool = True) -> Client:
        """A client signed in as the persona, with two-factor verified (as after a real sign-in)."""
        client = Client()
        if persona != "anonymous":
            user = self.personas[persona]
            client.force_login(user)
            if two_factor:
                device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
                device = device or add_totp(user)
                session = client.session
                session["otp_device_id"] = device.persistent_id
                session.save()
        return client


@dataclass(frozen=True)
class Route:
    """One URL in the matrix.

    ``permission`` None means any signed-in user may use it; "public" means anyone may.
    """

    url: str
    permission: str | None
    method: str = "get"
    data: dict[str, Any] = field(default_factory=dict)
    # Status a permitted user gets (200 for a page, 302 for a form that redirects when done).
    ok_status: tuple[int, ...] = (200,)
    # For a record's URL: the record's org-unit path. A permitted user outside it gets a 404
    # (the record's existence is not confirmed to them).
    unit_path: str = ""


def expected_outcome(route: Route, persona: str, user: User | None) -> str:
    if route.permission == "public":
        return "allowed"
    if user is None:
        return "sign-in"
    if route.permission is None or access.can(user, route.permission):
        if route.unit_path and not (
            user.org_unit is not None and route.unit_path.startswith(user.org_unit.path)
        ):
            return "hidden"
        return "allowed"
    return "forbidden"


def check_matrix(case: HifazatTestCase, routes: list[Route]) -> list[str]:
    """Walk every persona (and anonymous) over every route; return the mismatches."""
    problems: list[str] = []
    for persona in [*case.personas, "anonymous"]:
        user = case.personas.get(persona)
        for route in routes:
            client = case.client_for(persona)  # fresh each time: a route may sign the user out
            response = getattr(client, route.method)(route.url, route.data)
            want = expected_outcome(route, persona, user)
            status = response.status_code
            if want == "allowed":
                got_ok = status in route.ok_status
            elif want == "forbidden":
                got_ok = status == 403
            elif want == "hidden":
                got_ok = status == 404
            else:
                got_ok = status == 302 and "/sign-in/" in response["Location"]
            if not got_ok:
                problems.append(
                    f"{persona} {route.method.upper()} {route.url}: want {want}, got {status}"
                )
    return problems
