"""Writing the audit trail: every service calls ``record_event`` inside its own transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import connection, transaction
from django.utils import timezone

from hifazat.audit.chain import row_hash
from hifazat.audit.models import GENESIS_HASH, AuditEvent

if TYPE_CHECKING:
    from hifazat.accounts.models import OrgUnit, User

# Any fixed 64-bit number; every writer of the chain takes this transaction-scoped lock.
_CHAIN_LOCK_KEY = 0x48_69_66_61_7A_61_74  # "Hifazat"


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])
    # SQLite: the settings open every transaction with BEGIN IMMEDIATE, which already holds the
    # database's single write lock until commit.


def record_event(
    *,
    actor: User | None,
    action: str,
    subject: Any = None,
    subject_type: str = "",
    subject_id: str | int = "",
    org_unit: OrgUnit | None = None,
    reason: str = "",
    details: dict[str, Any] | None = None,
    actor_label: str | None = None,
) -> AuditEvent:
    """Append one event to the chain, inside the caller's transaction (or a new one).

    ``details`` must never hold a child's identifying data: only codes, ids and field names.
    """
    if subject is not None:
        subject_type = subject_type or subject._meta.label_lower
        subject_id = str(subject.pk)
    if org_unit is None and actor is not None:
        org_unit = getattr(actor, "org_unit", None)
    label = actor_label if actor_label is not None else (actor.get_username() if actor else "")
    with transaction.atomic():
        _lock_chain()
        last = AuditEvent.objects.order_by("-seq").values_list("seq", "hash").first()
        seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
        at = timezone.now()
        payload = details or {}
        event = AuditEvent(
            seq=seq,
            at=at,
            actor=actor,
            actor_label=label,
            action=action,
            subject_type=subject_type,
            subject_id=str(subject_id),
            org_unit=org_unit,
            reason=reason,
            details=payload,
            prev_hash=prev_hash,
        )
        event.hash = row_hash(
            seq=seq,
            at=at,
            actor_id=actor.pk if actor else None,
            actor_label=label,
            action=action,
            subject_type=subject_type,
            subject_id=str(subject_id),
            org_unit_id=org_unit.pk if org_unit else None,
            reason=reason,
            details=payload,
            prev_hash=prev_hash,
        )
        event.save(force_insert=True)
    return event
