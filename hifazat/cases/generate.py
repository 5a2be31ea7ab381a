"""Synthetic cases for demos and benchmarks, distributed like Sahil's published figures.

Pure: no Django. ``generate(...)`` yields records in the bulk-import format (docs/import.md), so
the demo goes through exactly the same validation and services as a real paper register. Names
are assembled from openly licensed name lists (``data/names.json``), phone numbers use the
unallocated 039x range and ID numbers start with 9 (no province), so no record can be a real
person's. Some timelines deliberately miss statutory deadlines, so the safeguards have something
to find.

Shares that Sahil does not publish (children in conflict with the law, witnesses, found children,
child labour) are our assumptions and are marked as such below.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

PKT = dt.timezone(dt.timedelta(hours=5))

# Kind of case -> share. Victim/missing/marriage shares follow Cruel Numbers 2024 (CSA 1,828;
# abduction 1,204; missing 241; murder after abuse 56; marriage 45 of 3,364), scaled to 70% of
# our cases; the remaining 30% (police-only kinds) are ASSUMPTIONS.
KIND_WEIGHTS: list[tuple[str, str, float]] = [
    ("victim", "sexual_abuse", 0.70 * 1828 / 3364),
    ("victim", "abduction", 0.70 * 1204 / 3364),
    ("missing", "missing", 0.70 * 241 / 3364),
    ("victim", "murder_after_abuse", 0.70 * 56 / 3364),
    ("risk_marriage", "child_marriage", 0.70 * 45 / 3364),
    ("conflict", "conflict", 0.16),  # assumption
    ("witness", "witness", 0.05),  # assumption
    ("found", "found", 0.05),  # assumption
    ("risk_labour", "child_labour", 0.02),  # assumption
    ("risk_domestic", "domestic_work", 0.02),  # assumption
]
# What a child in conflict with the law is accused of (an assumption, for generated data): theft
# above all; the tier of the section decides bail and diversion (JJSA 2018).
JUVENILE_OFFENCES = [
    ("PPC-379", 45),
    ("PPC-380", 15),
    ("PPC-381-A", 12),
    ("PPC-392", 13),
    ("PPC-384", 5),
    ("PPC-302", 5),
    ("PPC-363", 5),
]
# Cruel Numbers 2024: 1,791 girls / 1,573 boys.
GIRL_SHARE = 1791 / 3364
# H1 2024 age bands 0-5: 94, 6-15: 693, 16-18: 231 (unstated excluded).
AGE_BANDS = [((0, 5), 94), ((6, 15), 693), ((16, 17), 231)]
# H1 2024 relation: acquaintance 47%, stranger 18%, both 9%; the rest split by assumption.
RELATIONS = [
    ("acquaintance", 47 + 4.5),
    ("stranger", 18 + 4.5),
    ("relative", 9),
    ("family_member", 6),
    ("neighbour", 8),
    ("service_provider", 7),
]
# H1 2023 places: street 31%, abuser's place 16%, victim's place 11%, field 4%, worship/edu 2%.
PLACES = [
    ("street", 31),
    ("abuser_place", 16),
    ("victim_home", 11),
    ("field", 4),
    ("school", 1),
    ("worship", 1),
    ("other", 10),
    ("unknown", 26),
]
SEXUAL_CATEGORIES = (
    "sexual_abuse",
    "sodomy",
    "gang_sodomy",
    "rape",
    "gang_rape",
    "attempted_abuse",
    "incest",
)
URBAN_SHARE = 0.53  # 2022: 53% urban
FIR_SHARE = 0.93  # 2024: 93% registered with police


@dataclass(frozen=True)
class StationRef:
    code: str
    district: str


@dataclass(frozen=True)
class OffenceRef:
    code: str
    sahil_category: str
    sexual: bool


def _pick(rng: random.Random, weighted: Sequence[tuple[Any, float]]) -> Any:
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights=weights, k=1)[0]


def _iso(t: dt.datetime) -> str:
    return t.astimezone(PKT).isoformat(timespec="seconds")


class _Timeline:
    def __init__(self, rng: random.Random, t0: dt.datetime, now: dt.datetime) -> None:
        self.rng, self.t0, self.now = rng, t0, now
        self.events: list[dict[str, Any]] = []

    def add(self, kind: str, hours: float, details: dict[str, Any] | None = None) -> bool:
        at = self.t0 + dt.timedelta(hours=hours)
        if at > self.now:
            return False  # has not happened yet: an open obligation
        self.events.append({"kind": kind, "at": _iso(at), "details": details or {}})
        return True

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    def late(self, on_time: float, limit_h: float, p_on_time: float) -> float:
        """A delay in hours: within ``on_time`` with probability ``p_on_time``, else late."""
        if self.maybe(p_on_time):
            return self.rng.uniform(0.1, on_time)
        return self.rng.uniform(limit_h * 1.05, limit_h * 3)


class Generator:
    def __init__(
        self,
        *,
        names: dict[str, Any],
        stations: Sequence[StationRef],
        offences: Sequence[OffenceRef],
        seed: int,
        now: dt.datetime,
        station_weights: Sequence[float] | None = None,
    ) -> None:
        if not stations:
            raise ValueError("no stations to generate cases for")
        self.rng = random.Random(seed)
        self.names = names
        self.stations = list(stations)
        self.weights = list(station_weights) if station_weights else None
        self.now = now
        self.by_category: dict[str, list[str]] = {}
        for o in offences:
            self.by_category.setdefault(o.sahil_category, []).append(o.code)
        known = {o.code for o in offences}
        self.juvenile = [(code, w) for code, w in JUVENILE_OFFENCES if code in known]

    def _pool(self, category: str) -> list[str]:
        if category == "sexual_abuse":
            return [c for cat in SEXUAL_CATEGORIES for c in self.by_category.get(cat, [])]
        return self.by_category.get(category, [])

    # -- people ---------------------------------------------------------------------------
    def _name(self, group: str) -> dict[str, str]:
        entry = self.rng.choice(self.names[group])
        return {"en": entry["en"], "ur": entry["ur"]}

    def _child_identity(self, sex: str) -> dict[str, str]:
        given = self._name("given_female" if sex == "female" else "given_male")
        family = self._name("family")
        father = self._name("given_male")
        mother = self._name("given_female")
        places = self.names.get("places", {})
        mohallas = places.get("mohalla_names") or [{"en": "Islampura", "ur": "اسلام پورہ"}]
        mohalla = self.rng.choice(mohallas)
        house, street = self.rng.randint(1, 400), self.rng.randint(1, 40)
        ident = {
            "given_name": given["en"],
            "family_name": family["en"],
            "name_ur": f"{given['ur']} {family['ur']}",
            "father_name": f"{father['en']} {family['en']}",
            "mother_name": f"{mother['en']}",
            "address": f"House {house}, Street {street}, {mohalla['en']}",
            "phone": f"039{self.rng.randint(0, 9)}-{self.rng.randint(0, 9_999_999):07d}",
        }
        if self.rng.random() < 0.5:
            digits = f"9{self.rng.randint(0, 9999):04d}{self.rng.randint(0, 9_999_999):07d}"
            ident["id_number"] = f"{digits[:5]}-{digits[5:12]}-{self.rng.randint(1, 9)}"
        if self.rng.random() < 0.6:
            n = self.rng.randint(1, 60)
            kind = "Girls" if sex == "female" else "Boys"
            ident["school"] = f"Government {kind} Primary School No. {n}"
            ident["school_class"] = str(self.rng.randint(1, 10))
        return ident

    # -- one case ---------------------------------------------------------------------------
    def record(self) -> dict[str, Any]:
        rng = self.rng
        kind, category = _pick(rng, [((k, c), w) for k, c, w in KIND_WEIGHTS])
        sex = "female" if rng.random() < GIRL_SHARE else "male"
        if category == "child_marriage":
            sex = "female" if rng.random() < 0.9 else "male"
        (low, high) = _pick(rng, AGE_BANDS)
        if kind == "conflict":
            low, high = 10, 17
        age = rng.randint(low, high)
        station = (
            rng.choices(self.stations, weights=self.weights, k=1)[0]
            if self.weights
            else rng.choice(self.stations)
        )
        t0 = self.now - dt.timedelta(days=rng.uniform(0, 365), hours=rng.uniform(0, 24))
        tl = _Timeline(rng, t0, self.now)
        contact_kind, location = "report", "station"
        offences: list[str] = []
        people: list[dict[str, Any]] = [
            {"role": "guardian", "relation": "family_member", "sex": "male"}
        ]
        pool = self._pool(category)
        if pool and kind in {"victim", "risk_marriage", "risk_labour", "risk_domestic"}:
            offences = [rng.choice(pool)]
        if kind == "victim":
            self._victim(tl, sex, offences)
            people.append(
                {
                    "role": "accused",
                    "relation": _pick(rng, RELATIONS),
                    "sex": "male" if rng.random() < 0.95 else "female",
                }
            )
        elif kind == "missing":
            self._missing(tl, sex)
        elif kind == "conflict":
            contact_kind = "arrest"
            if self.juvenile:
                offences = [_pick(rng, self.juvenile)]
            self._conflict(tl)
        elif kind == "found":
            contact_kind, location = "recovery", "public"
            self._found(tl)
        elif kind == "witness":
            contact_kind = "interview"
            tl.add(
                "statement_recorded",
                rng.uniform(1, 72),
                {
                    "by_sex": "female" if sex == "female" and tl.maybe(0.8) else "male",
                    "where": "police_station",
                    "present": ["guardian"],
                },
            )
        else:
            self._at_risk(tl)
        age_pending = kind == "conflict" and rng.random() < 0.08
        return {
            "case_kind": kind,
            "contact_kind": contact_kind,
            "at": _iso(t0),
            "location": location,
            "station": station.code,
            "present": ["guardian"] if rng.random() < 0.6 else [],
            "offences": [o for o in offences if o],
            "occurred_on": (t0 - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 7])))
            .astimezone(PKT)
            .date()
            .isoformat(),
            "place": _pick(rng, PLACES) if kind == "victim" else "unknown",
            "urban": rng.random() < URBAN_SHARE,
            "child": {
                "sex": sex,
                "age_years": age,
                "age_basis": _pick(
                    rng, [("stated", 50), ("b_form", 30), ("school", 15), ("appearance", 5)]
                ),
                "age_pending": age_pending,
                "languages": _pick(
                    rng,
                    [
                        ("Punjabi, Urdu", 60),
                        ("Urdu", 20),
                        ("Saraiki", 10),
                        ("Pashto", 5),
                        ("Sindhi", 5),
                    ],
                ),
                **self._child_identity(sex),
            },
            "events": tl.events,
            "people": people,
        }

    def _fir(self, tl: _Timeline, offences: list[str], p: float = FIR_SHARE) -> None:
        if tl.maybe(p):
            hours = tl.rng.uniform(0.5, 30)
            at = tl.t0 + dt.timedelta(hours=hours)
            tl.add(
                "fir_registered",
                hours,
                {
                    "fir_number": f"{tl.rng.randint(1, 999)}/{at.year % 100:02d}",
                    "fir_date": at.astimezone(PKT).date().isoformat(),
                    "offences": offences,
                },
            )

    def _victim(self, tl: _Timeline, sex: str, offences: list[str]) -> None:
        self._fir(tl, offences)
        if tl.maybe(0.9):
            tl.add("guardian_informed", tl.late(1, 2, 0.9), {"how": "in_person"})
        tl.add("victim_informed_of_rights", tl.rng.uniform(2, 30)) if tl.maybe(0.7) else None
        if self.by_category and offences and tl.maybe(0.85):
            tl.add(
                "medical_exam",
                tl.late(20, 24, 0.8),
                {
                    "examiner_sex": "female" if sex == "female" and tl.maybe(0.92) else "male",
                    "consent": tl.maybe(0.95),
                },
            )
        female_present = sex == "female" and tl.maybe(0.8)
        tl.add(
            "statement_recorded",
            tl.rng.uniform(2, 48),
            {
                "by_sex": "female" if female_present else "male",
                "where": _pick(tl.rng, [("police_station", 60), ("child_desk", 25), ("home", 15)]),
                "present": sorted({"guardian"} | ({"female_officer"} if female_present else set())),
            },
        )
        if tl.maybe(0.5):
            tl.add("lawyer_contacted", tl.late(24, 24, 0.6), {"lawyer_kind": "legal_aid"})
        if offences and tl.maybe(0.6):
            tl.add("anti_rape_cell_informed", tl.rng.uniform(1, 48))
        if tl.maybe(0.35):
            tl.add("case_closed", tl.rng.uniform(24 * 20, 24 * 120), {"outcome": "challan"})

    def _missing(self, tl: _Timeline, sex: str) -> None:
        if tl.maybe(0.15):  # reported through the Zainab Alert app: the reporter is called back
            tl.add("complaint_received", 0.02, {"source": "zainab_alert_app"})
            if tl.maybe(0.85):
                tl.add("reporter_contacted", tl.late(24, 24, 0.8))
        if tl.maybe(0.9):
            tl.add("zarra_notified", tl.late(2, 2, 0.75), {})
        self._fir(tl, [], p=0.8)
        if tl.maybe(0.75):
            found_h = tl.rng.uniform(6, 24 * 14)
            if tl.add("child_recovered", found_h):
                if tl.maybe(0.55):  # the return interview: why the child left, any harm
                    female = sex == "female" and tl.maybe(0.7)
                    tl.add(
                        "statement_recorded",
                        found_h + tl.rng.uniform(0.5, 6),
                        {
                            "by_sex": "female" if female else "male",
                            "where": _pick(
                                tl.rng, [("home", 40), ("child_desk", 40), ("police_station", 20)]
                            ),
                            "present": ["guardian"],
                        },
                    )
                tl.add("released", found_h + tl.rng.uniform(1, 12))
                if tl.maybe(0.6):
                    tl.add("case_closed", found_h + 24, {"outcome": "recovered"})

    def _conflict(self, tl: _Timeline) -> None:
        tl.add("arrested", 0.05)
        if tl.maybe(0.85):
            tl.add("guardian_informed", tl.late(2, 2, 0.8), {"how": "phone"})
        if tl.maybe(0.6):
            tl.add("probation_informed", tl.rng.uniform(1, 30))
        where = _pick(tl.rng, [("observation_home", 80), ("police_lockup", 15), ("home", 5)])
        tl.add("custody_changed", tl.rng.uniform(0.2, 4), {"location": where})
        if tl.maybe(0.7):  # the child's statement: JJSA s.7 wants an SI or above, with probation
            tl.add(
                "statement_recorded",
                tl.rng.uniform(2, 20),
                {
                    "by_sex": "male" if tl.maybe(0.9) else "female",
                    "by_rank": _pick(tl.rng, [("SI", 50), ("ASI", 35), ("Inspector", 15)]),
                    "where": _pick(tl.rng, [("police_station", 70), ("child_desk", 30)]),
                    "present": ["guardian", "probation_officer"] if tl.maybe(0.5) else ["guardian"],
                },
            )
        if tl.maybe(0.7):
            tl.add("lawyer_contacted", tl.late(20, 24, 0.75), {"lawyer_kind": "legal_aid"})
        tl.add("court_production", tl.late(20, 24, 0.85), {"court": "juvenile"})
        if tl.maybe(0.55):
            tl.add("bail", tl.rng.uniform(24, 96), {"outcome": "granted"})
        if tl.maybe(0.2):
            tl.add("diversion_referral", tl.rng.uniform(24, 240))
        if tl.maybe(0.3):
            tl.add(
                "case_closed",
                tl.rng.uniform(24 * 30, 24 * 200),
                {"outcome": _pick(tl.rng, [("challan", 60), ("diverted", 30), ("cancelled", 10)])},
            )

    def _found(self, tl: _Timeline) -> None:
        if tl.maybe(0.8):
            tl.add("cp_referral", tl.rng.uniform(1, 24), {"to": "cpwb"})
        if tl.maybe(0.5):
            tl.add("guardian_informed", tl.rng.uniform(2, 72), {"how": "phone"})
            tl.add("released", tl.rng.uniform(72, 120))

    def _at_risk(self, tl: _Timeline) -> None:
        if tl.maybe(0.8):
            tl.add("cp_referral", tl.rng.uniform(1, 48), {"to": "cpwb"})
        self._fir(tl, [], p=0.4)


def generate(
    *,
    n: int,
    names: dict[str, Any],
    stations: Sequence[StationRef],
    offences: Sequence[OffenceRef],
    seed: int,
    now: dt.datetime,
    station_weights: Sequence[float] | None = None,
) -> Iterator[dict[str, Any]]:
    gen = Generator(
        names=names,
        stations=stations,
        offences=offences,
        seed=seed,
        now=now,
        station_weights=station_weights,
    )
    for _ in range(n):
        yield gen.record()
