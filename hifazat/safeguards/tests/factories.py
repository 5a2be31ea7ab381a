"""Safeguards rows for tests that need one without recording the events that would cause it."""

from __future__ import annotations

from django.utils import timezone

from hifazat.accounts.models import User
from hifazat.cases.models import Case
from hifazat.safeguards.models import Breach, Notice
from hifazat.safeguards.rulebook import rule_book


def breach(case: Case, rule_id: str = "jjsa.s5-1.no-lockup", **extra: object) -> Breach:
    rule = rule_book()[rule_id]
    now = timezone.now()
    fields: dict[str, object] = {
        "case": case,
        "rule": rule.id,
        "citation": rule.citation,
        "title_en": rule.title_en,
        "title_ur": rule.title_ur,
        "rule_kind": rule.kind,
        "confidence": rule.confidence,
        "reason": "test breach",
        "occurred_at": now,
        "recorded_at": now,
        **extra,
    }
    return Breach.objects.create(**fields)


def matrix_breach(case: Case, recipient: User) -> tuple[Breach, Notice]:
    """A breach on ``case`` and a notice of it to ``recipient``: the permission matrix's rows."""
    found = breach(case)
    notice = Notice.objects.create(
        recipient=recipient,
        case=case,
        rule=found.rule,
        kind=Notice.Kind.BREACH,
        breach=found,
        created_at=timezone.now(),
    )
    return found, notice
