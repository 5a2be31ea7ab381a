"""The rule book the app runs on: loaded once per process, validated by a system check at start-up.

``load_rules`` compiles nothing until first use and ``evaluate`` caches per kind of case on the
book, so every caller shares this one instance.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.core import checks

from hifazat.safeguards.engine import RuleBook, RuleError, load_rules


@cache
def rule_book() -> RuleBook:
    return load_rules()


def check_rule_book(**_kwargs: Any) -> list[checks.CheckMessage]:
    """``hifazat check`` / ``runserver`` / ``migrate``: refuse to start on a broken rule file, with
    every problem named by file and rule (``hifazat rules list`` prints the same)."""
    try:
        rule_book()
    except RuleError as exc:
        return [checks.Error(str(exc), id="safeguards.E001")]
    return []
