"""Which category a case is counted in, and the bands and groups of the tables.

Pure: the rules are data (``data/classification.json``, Sahil's names from
``cases/data/sahil.json``). The database hands over, per case, its kind and the *rank* of its
gravest offence (the position of the offence's Sahil category in ``precedence``, 1 = gravest,
0 = no offence); ``category_of`` turns the pair into a category.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def _read(package: str, name: str) -> Any:
    return json.loads(resources.files(package).joinpath("data", name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Group:
    code: str
    categories: tuple[str, ...]
    sahil: bool


@dataclass(frozen=True)
class AgeBand:
    code: str
    low: int
    high: int


@dataclass(frozen=True)
class Classification:
    precedence: tuple[str, ...]
    by_kind: dict[str, str]
    kind_default: dict[str, str]
    groups: tuple[Group, ...]
    age_bands: tuple[AgeBand, ...]
    names: dict[str, dict[str, str]]

    def category_of(self, kind: str, rank: int) -> str:
        if kind in self.by_kind:
            return self.by_kind[kind]
        if 1 <= rank <= len(self.precedence):
            return self.precedence[rank - 1]
        return self.kind_default.get(kind, "other")

    @property
    def group_of(self) -> dict[str, str]:
        return {c: g.code for g in self.groups for c in g.categories}

    def group_codes(self) -> list[str]:
        return [g.code for g in self.groups]

    def name(self, code: str, lang: str, *, group: str = "") -> str:
        """A category's or group's name. A category named like its group ("sexual_abuse" inside
        "sexual_abuse") is its group's remainder and has its own name."""
        key = f"{group}/{code}" if group and group == code and self._is_multi(group) else code
        entry = self.names.get(key) or self.names.get(code) or {}
        return entry.get(lang) or entry.get("en") or code.replace("_", " ")

    def _is_multi(self, group: str) -> bool:
        return any(g.code == group and len(g.categories) > 1 for g in self.groups)

    def age_band(self, age: int | None) -> str:
        if age is None:
            return "unknown"
        for band in self.age_bands:
            if band.low <= age <= band.high:
                return band.code
        return "unknown"

    def age_band_codes(self) -> list[str]:
        return [b.code for b in self.age_bands] + ["unknown"]


@cache
def classification() -> Classification:
    data = _read("hifazat.stats", "classification.json")
    sahil = _read("hifazat.cases", "sahil.json")
    names: dict[str, dict[str, str]] = {
        c["code"]: {"en": c["name_en"], "ur": c["name_ur"]} for c in sahil["categories"]
    }
    names.update(data["names"])
    return Classification(
        precedence=tuple(data["precedence"]),
        by_kind=dict(data["by_kind"]),
        kind_default=dict(data["kind_default"]),
        groups=tuple(
            Group(g["code"], tuple(g["categories"]), bool(g["sahil"])) for g in data["groups"]
        ),
        age_bands=tuple(AgeBand(b["code"], b["low"], b["high"]) for b in data["age_bands"]),
        names=names,
    )


@cache
def sahil_data() -> dict[str, Any]:
    data: dict[str, Any] = _read("hifazat.cases", "sahil.json")
    return data
