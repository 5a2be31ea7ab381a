"""Writes of the statistics app: the audit records of exports."""

from __future__ import annotations

from hifazat.accounts.models import User
from hifazat.audit.services import record_event
from hifazat.stats.tables import Report

SYSTEM_LABEL = "system (hifazat report)"


def record_export(*, actor: User | None, report: Report, fmt: str) -> None:
    """Audit an export of tables. The details name the unit, period, grade, format and tables:
    never a number, never anything about a child."""
    record_event(
        actor=actor,
        action="stats.exported",
        subject_type="stats.report",
        subject_id=report.unit.code,
        org_unit=report.unit if report.unit.pk else None,
        actor_label=None if actor is not None else SYSTEM_LABEL,
        details={
            "unit": report.unit.code,
            "period": [report.period.start.isoformat(), report.period.end.isoformat()],
            "grade": report.grade,
            "format": fmt,
            "language": report.language,
            "tables": [t.key for t in report.tables],
        },
    )


def record_scorecard_export(*, actor: User, unit_code: str, start: str, end: str) -> None:
    """Audit a scorecard download: which area and period, never a number or a case."""
    record_event(
        actor=actor,
        action="stats.scorecard_exported",
        subject_type="stats.scorecard",
        subject_id=unit_code,
        org_unit=actor.org_unit,
        details={"unit": unit_code, "period": [start, end], "format": "csv"},
    )
