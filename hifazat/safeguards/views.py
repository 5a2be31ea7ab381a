"""Safeguards pages: the station board, an officer's notices, the rule book, and the one-click
recording of a checklist step. Thin views over the services and selectors."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hifazat.accounts import access
from hifazat.accounts.access import current_user, permission_required
from hifazat.cases import selectors as case_selectors
from hifazat.cases import services as case_services
from hifazat.cases.timeline import KINDS
from hifazat.safeguards import rulebook, selectors, services
from hifazat.safeguards.forms import AcknowledgeForm, BoardForm, RecordStepForm, RuleFilterForm


def _case_url(case_id: int) -> str:
    return reverse("web:case", args=[case_id]) + "#safeguards"


@require_POST
def record_step(request: HttpRequest, case_id: int) -> HttpResponse:
    """One click on the case page's checklist: "Guardian informed at [time]" -> the timeline."""
    user = current_user(request)
    case = case_selectors.get_case_for(user, case_id, write=True)
    form = RecordStepForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect(_case_url(case.pk))
    kind = form.cleaned_data["kind"]
    try:
        case_services.add_event(actor=user, case=case, kind=kind, at=form.cleaned_data["at"])
    except ValidationError as exc:
        for error in exc.messages:
            messages.error(request, error)
    else:
        when = timezone.localtime(form.cleaned_data["at"]).strftime("%Y-%m-%d %H:%M")
        messages.success(
            request,
            _("Recorded: %(what)s at %(when)s.") % {"what": _(KINDS[kind].label), "when": when},
        )
    return redirect(_case_url(case.pk))


def _board_context(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    user = current_user(request)
    form = BoardForm(request.GET or None)
    hours = 24
    if form.is_valid() and form.cleaned_data.get("hours"):
        hours = form.cleaned_data["hours"]
    return {
        "board": selectors.board(user, hours=hours),
        "form": form,
        "can_acknowledge": access.can(user, "safeguards.acknowledge"),
        "ack_forms": extra.pop("ack_forms", {}),
        **extra,
    }


@permission_required("safeguards.board")
def board(request: HttpRequest) -> HttpResponse:
    return render(request, "safeguards/board.html", _board_context(request))


@require_POST
@permission_required("safeguards.acknowledge")
def acknowledge(request: HttpRequest, breach_id: int) -> HttpResponse:
    user = current_user(request)
    breach = selectors.breach_for(user, breach_id)
    if breach is None:
        raise Http404("no such breach in your area")
    form = AcknowledgeForm(request.POST)
    if form.is_valid():
        try:
            services.acknowledge_breach(
                actor=user, breach=breach, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            for name, errors in exc.message_dict.items():
                form.add_error(name if name in form.fields else None, errors)
        else:
            messages.success(
                request,
                _("Breach acknowledged on case %(code)s. It stays on record.")
                % {"code": breach.case.code},
            )
            return redirect("safeguards:board")
    return render(
        request,
        "safeguards/board.html",
        _board_context(request, ack_forms={breach.pk: form}),
        status=400,
    )


def notices(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    rows = selectors.notices_for(user)
    return render(
        request,
        "safeguards/notices.html",
        {"notices": rows, "unread": sum(1 for n in rows if n.read_at is None)},
    )


@require_POST
def notice_read(request: HttpRequest, notice_id: int) -> HttpResponse:
    user = current_user(request)
    if not services.mark_notices_read(actor=user, notice_ids=[notice_id]):
        # Someone else's notice, or one already read: say nothing about which.
        messages.info(request, _("Nothing to mark."))
    return redirect("safeguards:notices")


@require_POST
def notices_read_all(request: HttpRequest) -> HttpResponse:
    count = services.mark_notices_read(actor=current_user(request))
    messages.success(request, _("%(n)d notices marked as read.") % {"n": count})
    return redirect("safeguards:notices")


@permission_required("rules.view")
def rule_book(request: HttpRequest) -> HttpResponse:
    form = RuleFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    rows = selectors.rule_rows(
        province=data.get("province", ""),
        contact=data.get("contact", ""),
        case_kind=data.get("case_kind", ""),
    )
    book = rulebook.rule_book()
    return render(
        request,
        "safeguards/rules.html",
        {
            "form": form,
            "rows": rows,
            "total": len(book.rules),
            "pending": book.pending,
        },
        status=200 if form.is_valid() or not request.GET else 400,
    )
