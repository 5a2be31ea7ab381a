"""Loading reference data (the organisation of Pakistan, permissions and roles) from data files.

Loading is idempotent: running it again updates names and adds what is new, and never removes a
unit or role that users may be attached to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from django.db import transaction

from hifazat.accounts.models import OrgUnit, Permission, Role


def read_data(name: str) -> Any:
    text = resources.files("hifazat.accounts").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class LoadSummary:
    provinces: int
    districts: int
    permissions: int
    roles: int


NATIONAL_CODE = "PK"


@transaction.atomic
def load_reference_data() -> LoadSummary:
    geo = read_data("pakistan.json")
    national, _ = OrgUnit.objects.update_or_create(
        code=NATIONAL_CODE,
        defaults={
            "kind": OrgUnit.Kind.NATIONAL,
            "name_en": "Pakistan",
            "name_ur": "پاکستان",
            "parent": None,
            "path": f"{NATIONAL_CODE}/",
        },
    )
    n_prov = n_dist = 0
    for prov in geo["provinces"]:
        province, _ = OrgUnit.objects.update_or_create(
            code=prov["code"],
            defaults={
                "kind": OrgUnit.Kind.PROVINCE,
                "name_en": prov["name_en"],
                "name_ur": prov["name_ur"],
                "parent": national,
                "path": f"{national.path}{prov['code']}/",
                "province_kind": prov["kind"],
            },
        )
        n_prov += 1
        for dist in prov["districts"]:
            OrgUnit.objects.update_or_create(
                code=dist["code"],
                defaults={
                    "kind": OrgUnit.Kind.DISTRICT,
                    "name_en": dist["name_en"],
                    "name_ur": dist["name_ur"],
                    "parent": province,
                    "path": f"{province.path}{dist['code']}/",
                },
            )
            n_dist += 1

    roles = read_data("roles.json")
    perms: dict[str, Permission] = {}
    for p in roles["permissions"]:
        perm, _ = Permission.objects.update_or_create(
            code=p["code"],
            defaults={
                "description": p["description"],
                "description_ur": p.get("description_ur", ""),
                "sensitive": p["sensitive"],
            },
        )
        perms[perm.code] = perm
    for order, r in enumerate(roles["roles"]):
        role, created = Role.objects.update_or_create(
            code=r["code"],
            defaults={
                "name_en": r["name_en"],
                "name_ur": r["name_ur"],
                "unit_kinds": ",".join(r["unit_kinds"]),
                "ordering": order,
            },
        )
        if created:
            # Administrators may have changed an existing role's permissions in the app; a reload
            # only seeds new roles and never silently undoes an audited change.
            role.permissions.set([perms[c] for c in r["permissions"]])
    return LoadSummary(n_prov, n_dist, len(perms), len(roles["roles"]))
