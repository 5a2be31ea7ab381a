"""Template filters that turn stored codes into words in the user's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from hifazat.cases.timeline import KINDS, PRESENT

register = template.Library()

_PRESENT = dict(PRESENT)


@register.filter
def event_label(event: Any) -> str:
    kind = event.kind
    if kind == "correction":
        target = (event.details or {}).get("kind", "")
        spec = KINDS.get(target)
        return _("Correction: %(what)s") % {"what": _(spec.label) if spec else target}
    spec = KINDS.get(kind)
    return _(spec.label) if spec else kind


@register.filter
def event_details(event: Any) -> str:
    """Details as "label: value" pairs, with choice codes turned into their labels."""
    details = dict(event.details or {})
    kind = details.pop("kind", event.kind) if event.kind == "correction" else event.kind
    spec = KINDS.get(kind)
    if spec is None:
        return ""
    parts = []
    for f in spec.fields:
        if f.name not in details:
            continue
        value = details[f.name]
        choices = dict(f.choices)
        if isinstance(value, list):
            shown = ", ".join(_(choices[v]) if v in choices else str(v) for v in value)
        elif isinstance(value, bool):
            shown = _("yes") if value else _("no")
        else:
            shown = _(choices[value]) if value in choices else str(value)
        parts.append(f"{_(f.label)}: {shown}")
    return "; ".join(parts)


@register.filter
def recorded_late(event: Any) -> bool:
    """True when the event was written down well after it happened (a backdated entry)."""
    return bool(event.recorded_at - event.at > dt.timedelta(minutes=15))


@register.filter
def present_labels(codes: list[str]) -> str:
    return ", ".join(_(_PRESENT[c]) if c in _PRESENT else c for c in codes)


@register.filter
def unit_name(unit: Any) -> str:
    """An org unit's name in the page's language (Urdu where the unit has one)."""
    if unit is None:
        return ""
    return str(unit.display_name(get_language() or "en"))
