"""The one place that answers "may this user do this?". Views, services and the API ask here.

What a role may do is data (``Role.permissions``, loaded from ``data/roles.json``); this module only
reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from hifazat.accounts.models import OrgUnit, Permission, User

_CACHE_ATTR = "_hifazat_permissions"


def permissions_of(user: Any) -> frozenset[str]:
    """The permission codes the user's role grants; empty for anonymous or inactive users."""
    if not getattr(user, "is_authenticated", False) or not user.is_active or user.role_id is None:
        return frozenset()
    cached: frozenset[str] | None = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        cached = frozenset(user.role.permissions.values_list("code", flat=True))
        setattr(user, _CACHE_ATTR, cached)
    return cached


def forget_permissions(user: User) -> None:
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def can(user: Any, permission: str) -> bool:
    return permission in permissions_of(user)


def require(user: Any, permission: str) -> None:
    if not can(user, permission):
        raise PermissionDenied(permission)


def sensitive_permission_codes() -> frozenset[str]:
    return frozenset(Permission.objects.filter(sensitive=True).values_list("code", flat=True))


def requires_two_factor(user: User) -> bool:
    """Administrators and every role that can reveal identity must use two-factor."""
    if user.is_superuser:
        return True
    if user.role is None:
        return False
    return user.role.permissions.filter(sensitive=True).exists()


def units_in_scope(user: User) -> QuerySet[OrgUnit]:
    """The user's own org unit and everything below it."""
    if user.org_unit is None:
        return OrgUnit.objects.none()
    return OrgUnit.objects.filter(path__startswith=user.org_unit.path)


def in_scope(user: User, unit: OrgUnit) -> bool:
    return user.org_unit is not None and unit.path.startswith(user.org_unit.path)


def current_user(request: HttpRequest) -> User:
    """The signed-in officer. Every page but sign-in is behind LoginRequiredMiddleware."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied("not signed in")
    return user


V = TypeVar("V", bound=Callable[..., HttpResponse])


def permission_required(permission: str) -> Callable[[V], V]:
    """View decorator: 403 unless the signed-in user's role grants ``permission``."""

    def decorator(view: V) -> V:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            require(request.user, permission)
            return view(request, *args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator
