"""Hashing of audit rows. Pure (no Django import), so verification is easy to test and reuse."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any


def canonical_time(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def row_hash(
    *,
    seq: int,
    at: datetime,
    actor_id: int | None,
    actor_label: str,
    action: str,
    subject_type: str,
    subject_id: str,
    org_unit_id: int | None,
    reason: str,
    details: Any,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [
            seq,
            canonical_time(at),
            actor_id,
            actor_label,
            action,
            subject_type,
            subject_id,
            org_unit_id,
            reason,
            details,
            prev_hash,
        ],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
