from __future__ import annotations

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from hifazat.accounts.models import User
from hifazat.api.models import ApiToken
from hifazat.audit.services import record_event


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", errors="replace")).hexdigest()


@transaction.atomic
def create_token(*, actor: User | None, user: User, name: str) -> tuple[ApiToken, str]:
    """Returns the stored record and the token itself, which is shown once and never again."""
    prefix = secrets.token_hex(4)
    token = f"hz_{prefix}_{secrets.token_urlsafe(32)}"
    record = ApiToken.objects.create(
        user=user, name=name.strip()[:80] or "integration", prefix=prefix, token_hash=_hash(token)
    )
    record_event(
        actor=actor,
        action="api.token_created",
        subject=user,
        details={"token": record.pk, "prefix": prefix},
        actor_label=None if actor else "system",
    )
    return record, token


@transaction.atomic
def revoke_token(*, actor: User | None, record: ApiToken) -> None:
    record.revoked = True
    record.save(update_fields=["revoked"])
    record_event(
        actor=actor,
        action="api.token_revoked",
        subject=record.user,
        details={"token": record.pk},
        actor_label=None if actor else "system",
    )


def user_for_token(token: str) -> User | None:
    if not token.startswith("hz_"):
        return None
    record = (
        ApiToken.objects.select_related("user", "user__role", "user__org_unit")
        .filter(token_hash=_hash(token), revoked=False)
        .first()
    )
    if record is None or not record.user.is_active or record.user.org_unit_id is None:
        return None
    now = timezone.now()
    if record.last_used_at is None or (now - record.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=record.pk).update(last_used_at=now)
    return record.user
