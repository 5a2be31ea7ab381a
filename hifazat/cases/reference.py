"""Offences as data: ``data/offences.json`` (sections, Sahil category, JJSA tier, confidence)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from django.db import transaction

from hifazat.cases.models import Offence


def read_data(name: str) -> Any:
    text = resources.files("hifazat.cases").joinpath("data", name).read_text(encoding="utf-8")
    return json.loads(text)


@transaction.atomic
def load_offences() -> int:
    data = read_data("offences.json")
    current = [o for o in data["offences"] if o.get("in_force", True)]
    for o in current:
        Offence.objects.update_or_create(
            code=o["code"],
            defaults={
                "law": o["law"],
                "section": o["section"],
                "title_en": o["title_en"],
                "title_ur": o.get("title_ur", ""),
                "sahil_category": o["sahil_category"],
                "sexual": bool(o.get("sexual")),
                "tier": o["tier"],
                "investigated_by": o.get("investigated_by", "police"),
                "confidence": o.get("confidence", "verified"),
            },
        )
    return len(current)
