"""Synthetic organisations and cases, as plain data, for database-free tests of the tables.

``cube_from_cases`` computes in Python what ``selectors.fetch_cube`` computes in SQL, so the same
cases can be checked both ways.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass

from hifazat.accounts.models import OrgUnit
from hifazat.stats.categories import classification
from hifazat.stats.selectors import ARMS, Cube, Period, Units

KINDS = [
    "victim",
    "victim",
    "victim",
    "victim",
    "missing",
    "conflict",
    "witness",
    "found",
    "risk_marriage",
]
SEXES = ["female", "female", "male", "male", "transgender", "unknown"]
PLACES = ["street", "victim_home", "abuser_place", "field", "school", "unknown", "unknown"]
RELATIONS = ["acquaintance", "stranger", "relative", "neighbour", "family_member"]


def make_units(tree: dict[str, list[str]], stations_per_district: int = 1) -> Units:
    """``tree``: province code -> district codes. Adds one national unit "PK" and stations."""
    units: list[OrgUnit] = []
    pk = 1

    def add(kind: str, code: str, parent: OrgUnit | None) -> OrgUnit:
        nonlocal pk
        path = f"{parent.path if parent else ''}{code}/"
        u = OrgUnit(pk=pk, kind=kind, code=code, name_en=code, name_ur=code, path=path)
        u.parent_id = parent.pk if parent else None
        pk += 1
        units.append(u)
        return u

    nation = add(OrgUnit.Kind.NATIONAL, "PK", None)
    for prov, districts in tree.items():
        p = add(OrgUnit.Kind.PROVINCE, prov, nation)
        for d in districts:
            du = add(OrgUnit.Kind.DISTRICT, d, p)
            for s in range(stations_per_district):
                add(OrgUnit.Kind.STATION, f"{d}-{s + 1:02d}", du)
    by_id = {u.pk: u for u in units}
    children: dict[str, list[str]] = {}
    for u in units:
        if u.parent_id:
            children.setdefault(by_id[u.parent_id].code, []).append(u.code)
    return Units(by_id, {u.code: u for u in units}, children)


@dataclass(frozen=True)
class FakeCase:
    kind: str
    rank: int
    station_id: int
    path: str
    sex: str
    age: int | None
    month: str
    current: bool
    fir: bool
    place: str
    urban: bool | None
    accused: tuple[str, ...]


def random_cases(
    rng: random.Random,
    units: Units,
    n: int,
    period: Period,
    *,
    weights: dict[str, float] | None = None,
) -> list[FakeCase]:
    stations = [u for u in units.by_id.values() if u.kind == OrgUnit.Kind.STATION]
    w = [(weights or {}).get(s.code.split("-")[0], 1.0) for s in stations]
    n_ranks = len(classification().precedence)
    out = []
    for _ in range(n):
        s = rng.choices(stations, weights=w)[0]
        kind = rng.choice(KINDS)
        rank = rng.choice([0, *range(1, n_ranks + 1)]) if kind != "witness" else 0
        current = rng.random() < 0.8
        month = rng.randint(1, 12)
        year = period.start.year if current else period.start.year - 1
        out.append(
            FakeCase(
                kind=kind,
                rank=rank,
                station_id=s.pk,
                path=s.path,
                sex=rng.choice(SEXES),
                age=rng.choice([None, *range(0, 18)]),
                month=f"{year:04d}-{month:02d}",
                current=current,
                fir=rng.random() < 0.8,
                place=rng.choice(PLACES),
                urban=rng.choice([True, False, None]),
                accused=tuple(rng.choice(RELATIONS) for _ in range(rng.choice([0, 1, 1, 2]))),
            )
        )
    return out


def cube_from_cases(cases: list[FakeCase], *, scope: str, geo_scope: str) -> Cube:
    cube = Cube()
    for name in ARMS:
        cube.arm(name)
    for c in cases:
        if not c.path.startswith(geo_scope):
            continue
        base = (c.kind, c.rank)
        inside = c.path.startswith(scope)
        if not c.current:
            cube.arm("previous")[(*base, c.station_id)] += 1
            continue
        cube.arm("station")[(*base, c.station_id)] += 1
        if not inside:
            continue
        cube.arm("sex_age")[(*base, c.sex, c.age)] += 1
        cube.arm("month")[(*base, c.month)] += 1
        cube.arm("fir")[(*base, c.fir)] += 1
        cube.arm("place")[(*base, c.place, c.urban)] += 1
        for rel in c.accused:
            cube.arm("relation")[(*base, rel)] += 1
    return cube


def counter_total(cube: Cube, arm: str) -> int:
    return sum(Counter(cube.arm(arm)).values())


def year_period(year: int = 2026) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
