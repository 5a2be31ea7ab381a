"""Reads from the case register. Lists start from ``cases_visible_to``; single cases come through
``get_case_for``. Neither ever decrypts identity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, User
from hifazat.cases import identity as vault
from hifazat.cases.models import Case, Contact, Event, IdentityReveal, IdentityToken, Person
from hifazat.cases.names import name_keys


def unit_scope(unit: OrgUnit, prefix: str = "") -> Q:
    """The cases of a unit, as a filter (``prefix`` "case__" from a case's events, obligations…).
    Equality on the station or district uses the "recent cases" indexes; wider scopes use the
    unit path prefix."""
    if unit.kind == OrgUnit.Kind.STATION:
        return Q(**{f"{prefix}station_id": unit.pk})
    if unit.kind == OrgUnit.Kind.DISTRICT:
        return Q(**{f"{prefix}district_id": unit.pk})
    return Q(**{f"{prefix}unit_path__startswith": unit.path})


def cases_visible_to(user: User) -> QuerySet[Case]:
    """Cases under the user's org unit. Analysts (no ``case.view``) see none; sealed records of
    children in conflict with the law only by those who may open sealed records."""
    unit = user.org_unit
    if not access.can(user, "case.view") or unit is None:
        return Case.objects.none()
    qs = Case.objects.filter(unit_scope(unit))
    if not access.can(user, "identity.view_sealed"):
        qs = qs.filter(sealed=False)
    return qs


def get_case_for(user: User, case_id: int, *, write: bool = False) -> Case:
    access.require(user, "case.edit" if write else "case.view")
    case = (
        cases_visible_to(user)
        .select_related("child", "station", "district", "child__district")
        .filter(pk=case_id)
        .first()
    )
    if case is None:
        raise Http404("no such case in your area")
    if write and case.sealed:
        raise PermissionDenied("sealed")
    return case


@dataclass
class CaseFilters:
    kind: str = ""
    status: str = ""
    station_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    code: str = ""
    ids: list[int] | None = field(default=None)


PAGE_SIZE = 25


def case_list(user: User, filters: CaseFilters, *, page: int = 1) -> tuple[list[Case], bool]:
    """One page of cases, newest first, and whether there is a next page (no COUNT(*))."""
    qs = cases_visible_to(user)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.station_id:
        qs = qs.filter(station_id=filters.station_id)
    # Whole days in Pakistan time, as a range on the indexed column (not a per-row date cast).
    if filters.date_from:
        qs = qs.filter(reported_at__gte=_day_start(filters.date_from))
    if filters.date_to:
        qs = qs.filter(reported_at__lt=_day_start(filters.date_to + dt.timedelta(days=1)))
    if filters.code:
        qs = qs.filter(code__startswith=filters.code.strip().upper())
    if filters.ids is not None:
        qs = qs.filter(child_id__in=filters.ids)
    start = (max(page, 1) - 1) * PAGE_SIZE
    rows = list(
        qs.select_related("child", "station", "district")
        .only(
            "id",
            "code",
            "kind",
            "status",
            "reported_at",
            "sealed",
            "child__sex",
            "child__age_years",
            "child__age_pending",
            "station__name_en",
            "station__code",
            "district__name_en",
            "district__name_ur",
            "district__code",
        )
        .order_by("-reported_at", "-id")[start : start + PAGE_SIZE + 1]
    )
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def districts_searchable_by(user: User) -> list[int] | None:
    """District ids a name search covers for ``user`` (None: every district)."""
    unit = user.org_unit
    if unit is None:
        return []
    if unit.kind == OrgUnit.Kind.STATION:
        return [unit.parent_id] if unit.parent_id else []
    if unit.kind == OrgUnit.Kind.DISTRICT:
        return [unit.pk]
    if unit.kind == OrgUnit.Kind.PROVINCE:
        return list(OrgUnit.objects.filter(parent=unit).values_list("pk", flat=True))
    return None


def children_matching_name(
    query: str, *, districts: list[int] | None = None, limit: int = 500
) -> list[int]:
    """Child ids whose name tokens include every name in ``query`` (blind index; no plaintext).

    ``districts`` limits the search to the searcher's area (the index is keyed by district).
    """
    ring = vault.keyring()
    keys = name_keys(query)
    if not keys:
        return []
    tokens = ring.blind_tokens(query, field="child.name", all_keys=True)
    base = IdentityToken.objects.filter(field="child.name", token__in=tokens, person__isnull=True)
    if districts is not None:
        base = base.filter(district_id__in=districts)
    rows = (
        base.values("child_id")
        .annotate(n=Count("token", distinct=True))
        .filter(n__gte=len(keys))
        .values_list("child_id", flat=True)[:limit]
    )
    return list(rows)


def case_page(case: Case) -> dict[str, object]:
    """Everything a case page shows, in a fixed number of queries."""
    events = list(
        Event.objects.filter(case=case)
        .select_related("recorded_by", "corrects")
        .order_by("at", "id")
    )
    contacts = list(Contact.objects.filter(case=case).select_related("officer").order_by("at"))
    people = list(Person.objects.filter(case=case).order_by("role", "id"))
    offences = list(case.offences.all())
    return {"events": events, "contacts": contacts, "people": people, "offences": offences}


def reveals_for(case: Case, *, limit: int = 50) -> QuerySet[IdentityReveal]:
    return (
        IdentityReveal.objects.filter(child_id=case.child_id)
        .select_related("user", "case")
        .order_by("-at")[:limit]
    )
