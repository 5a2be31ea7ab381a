"""Statistics pages: the dashboard and exports. Thin: reports come from ``reports.make_report``.

Who sees what: ``stats.aggregate`` opens the dashboard with public-grade numbers (withheld small
counts, rounded); ``stats.internal`` sees exact numbers, police stations and drill-down to the
masked case list; ``stats.publish`` exports public tables. Every export is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from hifazat.accounts import access
from hifazat.accounts.access import current_user, permission_required
from hifazat.accounts.models import OrgUnit, User
from hifazat.stats import export
from hifazat.stats.reports import PeriodError, make_report, period_for
from hifazat.stats.selectors import Period
from hifazat.stats.services import record_export
from hifazat.stats.tables import INTERNAL, PUBLIC, Linker


@dataclass(frozen=True)
class Section:
    """An extra part of the dashboard (the station scorecards will be one)."""

    template: str
    context: dict[str, Any]


# Later features append builders here: (request, user, unit, period, grade) -> Section | None.
SectionBuilder = Callable[[HttpRequest, User, OrgUnit, Period, str], Section | None]
SECTIONS: list[SectionBuilder] = []


@dataclass(frozen=True)
class Choice:
    user: User
    unit: OrgUnit
    year: int
    grade: str
    period: Period


def _choose(request: HttpRequest, *, grade: str | None = None) -> Choice:
    """Unit, year and grade from the query string, checked against the user's scope."""
    user = current_user(request)
    if user.org_unit is None:
        raise PermissionDenied("no unit")
    code = request.GET.get("unit", "").strip().upper() or user.org_unit.code
    unit = OrgUnit.objects.filter(code=code).first()
    if unit is None or not access.in_scope(user, unit):
        raise Http404("no such unit in your area")
    if grade is None:
        wants_public = request.GET.get("grade") == PUBLIC
        grade = INTERNAL if access.can(user, "stats.internal") and not wants_public else PUBLIC
    today = timezone.localdate()
    try:
        year = int(request.GET.get("year", "") or today.year)
    except ValueError:
        year = today.year
    try:
        period = period_for(year, grade, today)
    except PeriodError:
        year = today.year - 1 if year >= today.year else today.year
        period = period_for(year, grade, today)
    return Choice(user, unit, year, grade, period)


def _linker(choice: Choice) -> Linker | None:
    """Drill-down to the masked case list, where its filters can say exactly the same thing."""
    user, unit, period = choice.user, choice.unit, choice.period
    if not access.can(user, "case.view") or user.org_unit is None:
        return None
    last = period.end - dt.timedelta(days=1)

    def link(
        *,
        kind: str | None = None,
        station: int | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> str | None:
        if station is None and unit.kind == OrgUnit.Kind.STATION:
            station = unit.pk
        if station is None and unit.pk != user.org_unit_id:
            return None  # the case list cannot filter by district or province
        query: dict[str, str] = {
            "date_from": (date_from or period.start).isoformat(),
            "date_to": (date_to or last).isoformat(),
        }
        if kind:
            query["kind"] = kind
        if station:
            query["station"] = str(station)
        return f"{reverse('web:cases')}?{urlencode(query)}"

    return link


def _units_menu(user: User, unit: OrgUnit, grade: str) -> list[OrgUnit]:
    """The units one can switch to: the user's own, the path down to this one, its children."""
    assert user.org_unit is not None
    chain: list[OrgUnit] = []
    node: OrgUnit | None = unit
    while node is not None and node.path.startswith(user.org_unit.path):
        chain.append(node)
        node = node.parent
    kids = OrgUnit.objects.filter(parent=unit, active=True).order_by("name_en")
    if grade == PUBLIC:
        kids = kids.exclude(kind=OrgUnit.Kind.STATION)
    return [*reversed(chain), *kids]


@permission_required("stats.aggregate")
def dashboard(request: HttpRequest) -> HttpResponse:
    choice = _choose(request)
    user, unit = choice.user, choice.unit
    if choice.grade == PUBLIC and unit.kind == OrgUnit.Kind.STATION:
        return render(
            request,
            "stats/dashboard.html",
            {
                "problem": _("Public tables go no finer than a district. Choose a district."),
                "choice": choice,
            },
            status=400,
        )
    lang = (get_language() or "en")[:2]
    report = make_report(
        unit=unit,
        period=choice.period,
        grade=choice.grade,
        language=lang,
        linker=_linker(choice) if choice.grade == INTERNAL else None,
        cached=True,
    )
    geography = next((t for t in report.tables if t.key == "geography"), None)
    if geography is not None:
        children = OrgUnit.objects.in_bulk([r.code for r in geography.rows], field_name="code")
        for i, row in enumerate(geography.rows):
            child = children.get(row.code) if not row.total else None
            if child is not None and not (
                choice.grade == PUBLIC and child.kind == OrgUnit.Kind.STATION
            ):
                query = {"unit": child.code, "year": choice.year}
                if request.GET.get("grade") == PUBLIC:
                    query["grade"] = PUBLIC
                geography.row_links[i] = f"?{urlencode(query)}"
    sections = [s for b in SECTIONS if (s := b(request, user, unit, choice.period, choice.grade))]
    today = timezone.localdate()
    context = {
        **export.report_context(report),
        "choice": choice,
        "units": [(u.code, u.display_name(lang)) for u in _units_menu(user, unit, choice.grade)],
        "years": list(range(today.year, today.year - 6, -1)),
        "can_internal": access.can(user, "stats.internal"),
        "can_publish": access.can(user, "stats.publish"),
        "sections": sections,
        "export_query": urlencode({"unit": unit.code, "year": choice.year}),
    }
    return render(request, "stats/dashboard.html", context)


def _export(request: HttpRequest, grade: str) -> HttpResponse:
    fmt = request.GET.get("format", "csv")
    if fmt not in export.FORMATS:
        return HttpResponse(
            _("Unknown format. Choose one of: %(formats)s.")
            % {"formats": ", ".join(export.FORMATS)},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    choice = _choose(request, grade=grade)
    if grade == PUBLIC and choice.unit.kind == OrgUnit.Kind.STATION:
        return HttpResponse(
            _("Public tables go no finer than a district."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    lang = request.GET.get("lang") or (get_language() or "en")[:2]
    lang = lang if lang in {"en", "ur"} else "en"
    report = make_report(unit=choice.unit, period=choice.period, grade=grade, language=lang)
    body = export.render(report, fmt)
    record_export(actor=choice.user, report=report, fmt=fmt)
    response = HttpResponse(body, content_type=export.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{export.filename(report, fmt)}"'
    return response


@permission_required("stats.publish")
def export_public(request: HttpRequest) -> HttpResponse:
    return _export(request, PUBLIC)


@permission_required("stats.internal")
def export_internal(request: HttpRequest) -> HttpResponse:
    return _export(request, INTERNAL)
