"""Template filters of the safeguards pages: times in Pakistan time, whatever the server's zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from django import template
from django.utils import timezone

from hifazat.safeguards.engine import Rule
from hifazat.safeguards.rulebook import rule_book
from hifazat.safeguards.selectors import title_for

register = template.Library()

PKT = ZoneInfo("Asia/Karachi")


@register.filter
def pkt(value: dt.datetime | None) -> str:
    """ "2026-03-02 14:30 PKT": deadlines are read in Pakistan time (UTC+5, no daylight saving)."""
    if value is None:
        return ""
    return timezone.localtime(value, PKT).strftime("%Y-%m-%d %H:%M") + " PKT"


@register.filter
def pkt_input(value: dt.datetime | None) -> str:
    """The value of a datetime-local input, in Pakistan time."""
    if value is None:
        return ""
    return timezone.localtime(value, PKT).strftime("%Y-%m-%dT%H:%M")


@register.filter
def get_item(mapping: Mapping[Any, Any] | None, key: Any) -> Any:
    return mapping.get(key) if mapping else None


@register.filter
def rule_of(rule_id: str) -> Rule | None:
    """The rule of the rule book with this id (None if it has since been removed)."""
    try:
        return rule_book()[rule_id]
    except KeyError:
        return None


@register.filter
def rule_title(rule_id: str) -> str:
    """A rule's title in the page's language."""
    return title_for(rule_id)
