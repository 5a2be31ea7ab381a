"""Reading the audit trail, and verifying its chain."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from hifazat.audit.chain import row_hash
from hifazat.audit.models import GENESIS_HASH, AuditEvent


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    problem: str = ""


_FIELDS = (
    "seq",
    "at",
    "actor_id",
    "actor_label",
    "action",
    "subject_type",
    "subject_id",
    "org_unit_id",
    "reason",
    "details",
    "prev_hash",
    "hash",
)


def verify_chain(*, chunk_size: int = 5000) -> ChainReport:
    """Walk the whole chain in order and name the first row that does not hold."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    rows = AuditEvent.objects.order_by("seq").values_list(*_FIELDS).iterator(chunk_size=chunk_size)
    for row in rows:
        (
            seq,
            at,
            actor_id,
            actor_label,
            action,
            s_type,
            s_id,
            unit_id,
            reason,
            details,
            prev,
            stored,
        ) = row
        if seq != expected_seq:
            problem = f"row {expected_seq} is missing (next row is {seq})"
            return ChainReport(False, checked, expected_seq, problem)
        if prev != expected_prev:
            return ChainReport(False, checked, seq, f"row {seq} does not follow row {seq - 1}")
        computed = row_hash(
            seq=seq,
            at=at,
            actor_id=actor_id,
            actor_label=actor_label,
            action=action,
            subject_type=s_type,
            subject_id=s_id,
            org_unit_id=unit_id,
            reason=reason,
            details=details,
            prev_hash=prev,
        )
        if computed != stored:
            return ChainReport(False, checked, seq, f"row {seq} was altered after it was written")
        expected_prev = stored
        expected_seq += 1
        checked += 1
    return ChainReport(True, checked)


def events_for_subject(subject_type: str, subject_id: str | int) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(subject_type=subject_type, subject_id=str(subject_id))


def recent_events(limit: int = 100) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.select_related("actor", "org_unit").order_by("-seq")[:limit]
