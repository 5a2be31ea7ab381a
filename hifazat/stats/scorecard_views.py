"""Station compliance scorecards: the page, its CSV, the drill-down to masked cases, and the
dashboard's pointer to it. The numbers come from ``scorecards`` (reads) and ``scoring`` (pure
arithmetic); the area, year and grade are chosen as on the dashboard (``views._choose``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from hifazat.accounts import access
from hifazat.accounts.access import permission_required
from hifazat.accounts.models import OrgUnit, User
from hifazat.cases.selectors import cases_visible_to
from hifazat.safeguards.selectors import title_for
from hifazat.stats import charts, scorecards, scoring
from hifazat.stats.scorecards import Scorecard
from hifazat.stats.scoring import Indicator, Score
from hifazat.stats.selectors import Period
from hifazat.stats.services import record_scorecard_export
from hifazat.stats.tables import INTERNAL, PUBLIC
from hifazat.stats.views import SECTIONS, Choice, Section, _choose, _units_menu

# Below this many decided cases a public scorecard shows no share (as the tables withhold 1-9).
PUBLIC_MIN_CASES = 10


def _rounded(n: int) -> int:
    return 5 * round(n / 5)


def _value_text(ind: Indicator, s: Score, *, public: bool, short: bool = False) -> str:
    """An indicator's value as a person reads it; "–" when there is nothing (or too little) to
    show. Public numbers: shares only over 10 or more cases, counts of 1-9 withheld, rounded."""
    if not ind.ready:
        return _("not recorded")
    if s.value is None:
        return "–"
    if ind.source == scoring.RELEASES:
        if public and s.published < PUBLIC_MIN_CASES:
            return "–"
        return f"{s.value:.0f}%"
    if ind.measure == scoring.COUNT:
        n = int(s.value)
        if public and 0 < n < PUBLIC_MIN_CASES:
            return "–"
        n = _rounded(n) if public else n
        if short:
            return str(n)
        return ngettext("%(n)s child", "%(n)s children", n) % {"n": n}
    if public and s.decided < PUBLIC_MIN_CASES and ind.measure != scoring.MEDIAN:
        return "–"
    if ind.measure == scoring.MEDIAN:
        return f"{s.value:g}" if short else _("median %(n)s") % {"n": f"{s.value:g}"}
    if ind.measure == scoring.MEDIAN_MINUTES:
        return _("%(n)s min") % {"n": f"{s.value:.0f}"}
    return f"{s.value:.0f}%"


def _detail_text(ind: Indicator, s: Score, *, public: bool) -> str:
    if not ind.ready:
        lang = (get_language() or "en")[:2]
        return _("Hifazat does not record this yet: %(needs)s.") % {"needs": ind.missing(lang)}
    if ind.source == scoring.RELEASES:
        if public:
            return ""
        return _("%(n)s published; %(k)s with words kept against the guard.") % {
            "n": s.published,
            "k": s.kept,
        }
    parts = []
    if ind.measure == scoring.MEDIAN_MINUTES and s.within is not None:
        parts.append(_("%(p)s%% notified within 2 hours") % {"p": f"{s.within:.0f}"})
        if s.fir_median is not None:
            parts.append(_("FIR after %(n)s min (median)") % {"n": f"{s.fir_median:.0f}"})
    if not public and ind.measure != scoring.COUNT and s.decided:
        parts.append(_("%(met)s of %(n)s cases") % {"met": s.met, "n": s.decided})
    if not public and s.pending and ind.measure != scoring.COUNT:
        parts.append(
            ngettext("%(n)s still within time", "%(n)s still within time", s.pending)
            % {"n": s.pending}
        )
    return "; ".join(parts)


def _status(ind: Indicator, s: Score, text: str) -> str:
    if not ind.ready:
        return "none"
    if s.on_target is None or text == "–":
        return "unknown"
    return "on" if s.on_target else "off"


def _scorecard_rows(
    card: Scorecard, choice: Choice, *, public: bool, drill: bool, rtl: bool
) -> list[dict[str, Any]]:
    lang = (get_language() or "en")[:2]
    rows = []
    for ind in scorecards.indicators():
        s = card.score(ind)
        before = card.previous_score(ind)
        text = _value_text(ind, s, public=public)
        months = []
        spark_items: list[tuple[str, float | None, bool | None]] = []
        for mon, ms in card.month_scores(ind):
            mtext = _value_text(ind, ms, public=public, short=True)
            link = None
            if drill and ind.source == "obligations" and ms.decided - ms.met > 0:
                link = _drill_url(choice, ind, "missed", month=mon)
            status = _status(ind, ms, mtext)
            months.append({"month": mon, "text": mtext, "status": status, "link": link})
            shown = ms.value is not None and status != "none" and mtext != "–"
            value = float(round(ms.value)) if shown and ms.value is not None else None
            spark_items.append((mon, value, ms.on_target))
        share_like = ind.measure not in {scoring.COUNT, scoring.MEDIAN, scoring.MEDIAN_MINUTES}
        target = ind.target if isinstance(ind.target, float) else None
        missed = s.decided - s.met if ind.measure != scoring.COUNT else int(s.value or 0)
        rows.append(
            {
                "ind": ind,
                "name": ind.name(lang),
                "target": _target_text(ind),
                "value": text,
                "detail": _detail_text(ind, s, public=public),
                "status": _status(ind, s, text),
                "previous": _value_text(ind, before, public=public),
                "months": months,
                "spark": charts.sparkline(
                    spark_items,
                    title=_("%(name)s, month by month") % {"name": ind.name(lang)},
                    peak=100.0 if share_like else None,
                    target=target if share_like or ind.measure == scoring.MEDIAN_MINUTES else None,
                    rtl=rtl,
                )
                if ind.ready
                else "",
                "missed": missed if drill and ind.source == "obligations" else None,
                "missed_link": _drill_url(choice, ind, "missed") if drill and missed else None,
                "pending_link": _drill_url(choice, ind, "pending")
                if drill and s.pending and ind.measure != scoring.COUNT
                else None,
                "pending": s.pending,
            }
        )
    return rows


def _on_target(rows: list[dict[str, Any]]) -> tuple[int, int]:
    """How many indicators are on target, of those that can be judged."""
    judged = [r for r in rows if r["status"] in {"on", "off"}]
    return sum(1 for r in judged if r["status"] == "on"), len(judged)


def _target_text(ind: Indicator) -> str:
    """The target as §5 writes it, in the page's language."""
    words = {
        "rising": _("rising"),
        "falling": _("falling"),
        "children": _("children"),
        "interviews": _("interviews"),
        "minutes": _("minutes"),
    }
    if ind.op == "trend":
        return words.get(str(ind.target), str(ind.target))
    sign = {">=": "≥ ", "<=": "≤ ", "==": ""}[ind.op]
    number = f"{ind.target:g}" if isinstance(ind.target, float) else str(ind.target)
    unit = "%" if ind.unit == "%" else f" {words.get(ind.unit, ind.unit)}"
    return f"{sign}{number}{unit}"


def _drill_url(choice: Choice, ind: Indicator, outcome: str, *, month: str | None = None) -> str:
    query = {"unit": choice.unit.code, "year": choice.year, "indicator": ind.id, "outcome": outcome}
    if month:
        query["month"] = month
    return f"{reverse('stats:scorecard_cases')}?{urlencode(query)}"


def _ranking_rows(
    card: Scorecard, units: dict[str, OrgUnit], choice: Choice, *, public: bool, lang: str
) -> list[dict[str, Any]]:
    shown = [i for i in scorecards.indicators() if i.ready]
    rows = []
    for r in card.ranking():
        unit = units.get(r.key)
        if unit is None or (public and unit.kind == OrgUnit.Kind.STATION):
            continue
        cells = []
        for ind in shown:
            s = card.child_score(r.key, ind)
            text = _value_text(ind, s, public=public, short=True)
            cells.append({"text": text, "status": _status(ind, s, text)})
        query = {"unit": unit.code, "year": choice.year}
        if public and choice.grade == INTERNAL:
            query["grade"] = PUBLIC
        small = public and r.decided < PUBLIC_MIN_CASES
        rows.append(
            {
                "rank": r.rank,
                "unit": unit.display_name(lang),
                "link": f"?{urlencode(query)}",
                "compliance": "–" if r.compliance is None or small else f"{r.compliance:.0f}%",
                "decided": None if public else r.decided,
                "on_target": r.on_target,
                "judged": r.judged,
                "cells": cells,
            }
        )
    return rows


@permission_required("stats.aggregate")
def scorecard(request: HttpRequest) -> HttpResponse:
    """Station compliance scorecards: an area's indicators for a year, month by month, against
    their targets, with its stations or districts ranked; exact for ``stats.internal``."""
    choice = _choose(request)
    user, unit = choice.user, choice.unit
    public = choice.grade == PUBLIC
    lang = (get_language() or "en")[:2]
    rtl = lang == "ur"
    context: dict[str, Any] = {
        "choice": choice,
        "public": public,
        "can_internal": access.can(user, "stats.internal"),
        "unit_name": unit.display_name(lang),
        "units": [(u.code, u.display_name(lang)) for u in _units_menu(user, unit, choice.grade)],
        "years": list(range(timezone.localdate().year, timezone.localdate().year - 6, -1)),
    }
    if public and unit.kind == OrgUnit.Kind.STATION:
        context["problem"] = _(
            "Public scorecards go no finer than a district. Choose a district, or ask for exact "
            "numbers if your role allows them."
        )
        return render(request, "stats/scorecard.html", context, status=400)
    card = scorecards.build_scorecard(unit, choice.period, cached=True)
    if request.GET.get("format") == "csv":
        if public:
            raise PermissionDenied("exact scorecards only")
        return _scorecard_csv(card, choice, lang)
    drill = not public and access.can(user, "case.view")
    rows = _scorecard_rows(card, choice, public=public, drill=drill, rtl=rtl)
    units = {u.code: u for u in OrgUnit.objects.filter(parent=unit)}
    standing = None
    if unit.kind == OrgUnit.Kind.STATION and unit.parent is not None:
        parent = scorecards.build_scorecard(unit.parent, choice.period, cached=True)
        ranking = parent.ranking()
        mine = next((r for r in ranking if r.key == unit.code), None)
        standing = {
            "rank": mine.rank if mine else None,
            "of": sum(1 for r in ranking if r.rank is not None),
            "parent": unit.parent.display_name(lang),
        }
    on, judged = _on_target(rows)
    context.update(
        {
            "card": card,
            "rows": rows,
            "ranked": [i for i in scorecards.indicators() if i.ready],
            "ranking": _ranking_rows(card, units, choice, public=public, lang=lang),
            "standing": standing,
            "on_target": on,
            "judged": judged,
            "last_day": choice.period.end - dt.timedelta(days=1),
            "min_to_rank": scoring.MIN_TO_RANK,
        }
    )
    return render(request, "stats/scorecard.html", context)


def _scorecard_csv(card: Scorecard, choice: Choice, lang: str) -> HttpResponse:
    """The exact scorecard as CSV: one row per area (the unit and its children), indicator and
    month, plus the whole period ("all"). Audited."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "area",
            "indicator",
            "code",
            "name",
            "month",
            "value",
            "met",
            "decided",
            "pending",
            "on_target",
        ]
    )
    areas: list[tuple[str, Callable[[Indicator], Score], Callable[[Indicator], list[Any]]]] = [
        (choice.unit.code, card.score, card.month_scores)
    ]
    for code in sorted(card.by_child):
        areas.append((code, partial(card.child_score, code), lambda _i: []))
    for area, total, monthly in areas:
        for ind in scorecards.indicators():
            for month, s in [("all", total(ind)), *monthly(ind)]:
                writer.writerow(
                    [
                        area,
                        ind.id,
                        ind.code,
                        ind.name(lang),
                        month,
                        "" if s.value is None else round(s.value, 1),
                        s.met,
                        s.decided,
                        s.pending,
                        "" if s.on_target is None else int(s.on_target),
                    ]
                )
    record_scorecard_export(
        actor=choice.user,
        unit_code=choice.unit.code,
        start=choice.period.start.isoformat(),
        end=choice.period.end.isoformat(),
    )
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    name = f"hifazat-scorecard-{choice.unit.code}-{choice.year}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@permission_required("stats.internal")
def scorecard_cases(request: HttpRequest) -> HttpResponse:
    """The cases behind a scorecard number (masked: codes, kinds, dates; never a name)."""
    choice = _choose(request, grade=INTERNAL)
    lang = (get_language() or "en")[:2]
    try:
        ind = scorecards.indicator(int(request.GET.get("indicator", "")))
    except ValueError:
        ind = None
    if ind is None or ind.source != "obligations":
        raise Http404("no such indicator")
    outcome = request.GET.get("outcome", "missed")
    if outcome not in {"missed", "pending", "met"}:
        outcome = "missed"
    month = request.GET.get("month") or None
    if month is not None and month not in scorecards.months_of(choice.period):
        raise Http404("no such month in the period")
    visible = cases_visible_to(choice.user)
    qs = scorecards.cases_behind(
        visible, choice.unit, choice.period, ind, outcome=outcome, month=month
    )
    total = qs.count()
    shown = list(qs.select_related("station", "child").order_by("-reported_at", "-id")[:200])
    obligations = scorecards.obligations_of([c.pk for c in shown], ind)
    cases = [
        {
            "case": c,
            "obligations": [
                {
                    "title": title_for(o.rule),
                    "status": o.get_status_display(),
                    "code": o.status,
                    "due_at": o.due_at,
                    "done_at": o.done_at,
                }
                for o in obligations.get(c.pk, [])
            ],
        }
        for c in shown
    ]
    back = {"unit": choice.unit.code, "year": choice.year}
    context = {
        "choice": choice,
        "ind": ind,
        "name": ind.name(lang),
        "unit_name": choice.unit.display_name(lang),
        "outcome": outcome,
        "month": month,
        "cases": cases,
        "total": total,
        "back": f"{reverse('stats:scorecard')}?{urlencode(back)}",
    }
    return render(request, "stats/scorecard_cases.html", context)


def _scorecard_section(
    request: HttpRequest, user: User, unit: OrgUnit, period: Period, grade: str
) -> Section | None:
    """The dashboard's pointer to the scorecard: how many indicators are on target."""
    if grade == PUBLIC and unit.kind == OrgUnit.Kind.STATION:
        return None
    query = {"unit": unit.code, "year": period.start.year}
    if request.GET.get("grade") == PUBLIC:
        query["grade"] = PUBLIC
    context: dict[str, Any] = {"url": f"{reverse('stats:scorecard')}?{urlencode(query)}"}
    # Only a scorecard already counted (recently, or by the refresh): the dashboard does not
    # wait for one; the link counts it.
    card = scorecards.cached_scorecard(unit, period)
    if card is not None:
        public = grade == PUBLIC
        statuses = [
            {"status": _status(i, s, _value_text(i, s, public=public))}
            for i in scorecards.indicators()
            for s in [card.score(i)]
        ]
        on, judged = _on_target(statuses)
        context.update({"on": on, "judged": judged})
    return Section("stats/_scorecard_section.html", context)


SECTIONS.append(_scorecard_section)
