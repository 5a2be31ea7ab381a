"""Reads for accounts and organisation."""

from __future__ import annotations

from django.db.models import QuerySet

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, Role, User


def users_visible_to(user: User) -> QuerySet[User]:
    units = access.units_in_scope(user)
    return (
        User.objects.filter(org_unit__in=units)
        .select_related("role", "org_unit")
        .order_by("org_unit__path", "username")
    )


def districts_in_scope(user: User) -> QuerySet[OrgUnit]:
    return access.units_in_scope(user).filter(kind=OrgUnit.Kind.DISTRICT)


def stations_in_scope(user: User) -> QuerySet[OrgUnit]:
    return access.units_in_scope(user).filter(kind=OrgUnit.Kind.STATION).select_related("parent")


def units_for_assignment(user: User) -> QuerySet[OrgUnit]:
    return access.units_in_scope(user).exclude(kind=OrgUnit.Kind.NATIONAL).select_related("parent")


def all_roles() -> QuerySet[Role]:
    return Role.objects.prefetch_related("permissions")
