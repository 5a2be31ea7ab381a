"""ISO-8601 durations as rule files write them ("PT2H", "PT24H", "P30D", "P1DT12H").

Months and years are refused: their length varies, and a statutory clock must be exact ("one
month" in JJSA s.10 is written as P30D, with a note saying so).
"""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(
    r"^P(?!$)(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?$"
)


def parse_duration(text: str) -> timedelta:
    """``"PT2H"`` -> 2 hours. Raises ValueError with a message a rule author can act on."""
    if not isinstance(text, str):
        raise ValueError(f"a duration must be a string such as 'PT2H', not {text!r}")
    value = text.strip().upper()
    if re.match(r"^P(\d+Y|\d+M)", value):
        raise ValueError(
            f"{text!r}: months and years vary in length; write days instead (e.g. 'P30D')"
        )
    match = _DURATION.match(value)
    if not match or value.endswith("T"):
        raise ValueError(
            f"{text!r} is not an ISO-8601 duration; write e.g. 'PT2H' (2 hours), "
            "'PT24H' (24 hours), 'P30D' (30 days) or 'PT90M' (90 minutes)"
        )
    parts = {name: int(num) for name, num in match.groupdict().items() if num is not None}
    return timedelta(**parts)


def format_duration(delta: timedelta) -> str:
    """2 h, 24 h, 30 days, 1 h 30 min: the words officers see in reasons."""
    total = int(delta.total_seconds())
    if total < 0:
        return "-" + format_duration(-delta)
    if total == 0:
        return "0 min"
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    # Up to two days reads better in hours ("48 h"), the way the statutes write them.
    if days and days <= 2 and not minutes and not seconds:
        hours += days * 24
        days = 0
    parts = []
    if days:
        parts.append(f"{days} day" + ("s" if days != 1 else ""))
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if seconds:
        parts.append(f"{seconds} s")
    return " ".join(parts)
