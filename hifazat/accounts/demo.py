"""Demo organisation and users. Local demo mode only: it prints passwords and two-factor secrets."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from hifazat.accounts.models import OrgUnit, Role, User
from hifazat.accounts.reference import load_reference_data
from hifazat.accounts.services import create_user
from hifazat.env import local_secret

# Station names are generic suffixes; codes follow the district code.
STATION_SUFFIXES = [
    ("City", "سٹی"),
    ("Saddar", "صدر"),
    ("Civil Lines", "سول لائنز"),
    ("Model Town", "ماڈل ٹاؤن"),
    ("Women", "ویمن"),
]

# Where each demo user sits: the first demo district's first station, the district, or the province.
DEMO_DISTRICT = "KSR"


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    unit: str
    totp_secret: str


@dataclass(frozen=True)
class DemoResult:
    province: str
    districts: int
    stations: int
    password: str
    users: list[DemoUser]


def demo_password() -> str:
    return "demo-" + local_secret(settings.DATA_DIR, "demo-password", 9)


def base32_secret(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


def current_code(username: str) -> str | None:
    device = TOTPDevice.objects.filter(user__username=username, confirmed=True).first()
    if device is None:
        return None
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return str(code).zfill(device.digits)


@transaction.atomic
def ensure_demo_org_and_users(*, province_code: str, stations_per_district: int) -> DemoResult:
    if not OrgUnit.objects.filter(code=province_code).exists():
        load_reference_data()
    province = OrgUnit.objects.get(code=province_code, kind=OrgUnit.Kind.PROVINCE)
    districts = list(province.children.filter(kind=OrgUnit.Kind.DISTRICT).order_by("code"))
    for district in districts:
        for i, (suffix, suffix_ur) in enumerate(STATION_SUFFIXES[:stations_per_district], 1):
            code = f"{district.code}-{i:02d}"
            OrgUnit.objects.get_or_create(
                code=code,
                defaults={
                    "kind": OrgUnit.Kind.STATION,
                    "name_en": f"{district.name_en} {suffix}",
                    "name_ur": f"{district.name_ur} {suffix_ur}",
                    "parent": district,
                    "path": f"{district.path}{code}/",
                },
            )
    n_stations = OrgUnit.objects.filter(
        kind=OrgUnit.Kind.STATION, path__startswith=province.path
    ).count()
    home_district = next((d for d in districts if d.code == DEMO_DISTRICT), districts[0])
    station = OrgUnit.objects.filter(parent=home_district, kind=OrgUnit.Kind.STATION).first()
    password = demo_password()
    users: list[DemoUser] = []
    for role in Role.objects.all():
        kinds = role.allowed_unit_kinds()
        if "station" in kinds and station is not None:
            unit = station
        elif "district" in kinds:
            unit = home_district
        else:
            unit = province
        username = f"demo.{role.code}"
        user = User.objects.filter(username=username).first()
        if user is None:
            user = create_user(
                actor=None,
                username=username,
                password=password,
                full_name=f"Demo {role.name_en}",
                role=role,
                org_unit=unit,
                sex="female" if role.code == "child_desk_officer" else "male",
            )
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="Demo", confirmed=True)
        users.append(
            DemoUser(user.username, role.name_en, str(user.org_unit), base32_secret(device))
        )
    return DemoResult(province.name_en, len(districts), n_stations, password, users)
