"""Writes to accounts and organisation. Each is one transaction with one audit event."""

from __future__ import annotations

import re

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, Permission, Role, User
from hifazat.audit.services import record_event

_USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
_STATION_CODE_RE = re.compile(r"^[A-Z0-9-]{2,20}$")


def _check_role_fits_unit(role: Role, unit: OrgUnit) -> None:
    if unit.kind not in role.allowed_unit_kinds():
        kinds = ", ".join(str(OrgUnit.Kind(k).label) for k in role.allowed_unit_kinds())
        raise ValidationError(
            {
                "org_unit": _("A %(role)s must be attached to one of: %(kinds)s.")
                % {"role": role.name_en, "kinds": kinds}
            }
        )


def _check_actor_scope(actor: User, unit: OrgUnit) -> None:
    access.require(actor, "users.manage")
    if not access.in_scope(actor, unit):
        raise ValidationError({"org_unit": _("That unit is outside the area you administer.")})


@transaction.atomic
def create_user(
    *,
    actor: User | None,
    username: str,
    password: str,
    full_name: str,
    role: Role,
    org_unit: OrgUnit,
    rank: str = "",
    sex: str = "",
    email: str = "",
) -> User:
    """Create an officer's account. ``actor`` is None only for set-up commands run on the server."""
    username = username.strip().lower()
    if not _USERNAME_RE.match(username):
        raise ValidationError(
            {"username": _("Use 3–64 lower-case letters, digits, dots, dashes or underscores.")}
        )
    if User.objects.filter(username=username).exists():
        raise ValidationError({"username": _("This username is already taken.")})
    if actor is not None:
        _check_actor_scope(actor, org_unit)
    _check_role_fits_unit(role, org_unit)
    user = User(
        username=username,
        full_name=full_name.strip(),
        role=role,
        org_unit=org_unit,
        rank=rank.strip(),
        sex=sex,
        email=email.strip(),
    )
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({"password": exc.messages}) from None
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    record_event(
        actor=actor,
        action="user.created",
        subject=user,
        org_unit=org_unit,
        details={"role": role.code, "org_unit": org_unit.code},
        actor_label=None if actor else "system",
    )
    return user


@transaction.atomic
def change_user(
    *,
    actor: User,
    user: User,
    role: Role,
    org_unit: OrgUnit,
    is_active: bool,
    reason: str,
) -> User:
    """Change an account's role, unit or active state. A reason is required and audited."""
    _check_actor_scope(actor, org_unit)
    if user.org_unit is not None:
        _check_actor_scope(actor, user.org_unit)
    if not reason.strip():
        raise ValidationError({"reason": _("Give a reason for this change.")})
    if user.pk == actor.pk and (not is_active or role.pk != actor.role_id):
        raise ValidationError(
            {"role": _("You cannot change your own role or deactivate yourself.")}
        )
    _check_role_fits_unit(role, org_unit)
    changes: dict[str, list[str | bool | None]] = {}
    if user.role_id != role.pk:
        changes["role"] = [user.role.code if user.role else None, role.code]
    if user.org_unit_id != org_unit.pk:
        changes["org_unit"] = [user.org_unit.code if user.org_unit else None, org_unit.code]
    if user.is_active != is_active:
        changes["is_active"] = [user.is_active, is_active]
    if not changes:
        return user
    user.role = role
    user.org_unit = org_unit
    user.is_active = is_active
    user.save(update_fields=["role", "org_unit", "is_active"])
    access.forget_permissions(user)
    record_event(
        actor=actor,
        action="user.changed",
        subject=user,
        org_unit=org_unit,
        reason=reason.strip(),
        details={"changes": changes},
    )
    return user


@transaction.atomic
def set_role_permissions(
    *, actor: User, role: Role, permissions: list[Permission], reason: str
) -> Role:
    access.require(actor, "users.manage")
    if not reason.strip():
        raise ValidationError({"reason": _("Give a reason for this change.")})
    before = set(role.permissions.values_list("code", flat=True))
    after = {p.code for p in permissions}
    role.permissions.set(permissions)
    record_event(
        actor=actor,
        action="role.permissions_changed",
        subject=role,
        reason=reason.strip(),
        details={"added": sorted(after - before), "removed": sorted(before - after)},
    )
    return role


@transaction.atomic
def add_station(
    *, actor: User, district: OrgUnit, code: str, name_en: str, name_ur: str = ""
) -> OrgUnit:
    access.require(actor, "orgunits.manage")
    if district.kind != OrgUnit.Kind.DISTRICT:
        raise ValidationError({"district": _("A police station belongs to a district.")})
    if not access.in_scope(actor, district):
        raise ValidationError({"district": _("That district is outside the area you administer.")})
    code = code.strip().upper()
    if not _STATION_CODE_RE.match(code):
        raise ValidationError(
            {"code": _("Use 2–20 capital letters, digits or dashes, for example KSR-07.")}
        )
    if OrgUnit.objects.filter(code=code).exists():
        raise ValidationError({"code": _("Another unit already uses this code.")})
    if not name_en.strip():
        raise ValidationError({"name_en": _("Give the station's name.")})
    station = OrgUnit.objects.create(
        kind=OrgUnit.Kind.STATION,
        code=code,
        name_en=name_en.strip(),
        name_ur=name_ur.strip(),
        parent=district,
        path=f"{district.path}{code}/",
    )
    record_event(actor=actor, action="orgunit.station_added", subject=station, org_unit=station)
    return station


# Two-factor ----------------------------------------------------------------------------------


def start_totp_enrolment(*, user: User) -> TOTPDevice:
    """An unconfirmed device for the user to add to an authenticator app (not yet usable)."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator", confirmed=False)


@transaction.atomic
def confirm_totp_enrolment(*, user: User, device: TOTPDevice, token: str) -> bool:
    if device.user_id != user.pk or device.confirmed:
        return False
    if not device.verify_token(token.strip()):
        return False
    TOTPDevice.objects.filter(user=user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    record_event(actor=user, action="auth.2fa_enrolled", subject=user)
    return True


def record_sign_in(*, user: User, method: str) -> None:
    record_event(actor=user, action="auth.sign_in", subject=user, details={"method": method})


def record_failed_sign_in(*, username: str, stage: str, user: User | None = None) -> None:
    """A failed attempt; the attempted username is an officer's login name, never a child's data."""
    record_event(
        actor=None,
        actor_label=username[:150],
        action="auth.sign_in_failed",
        subject=user,
        details={"stage": stage},
    )


def record_sign_out(*, user: User, why: str = "user") -> None:
    record_event(actor=user, action="auth.sign_out", subject=user, details={"why": why})
