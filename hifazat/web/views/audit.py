from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from hifazat.accounts.access import can, current_user, permission_required
from hifazat.audit.selectors import recent_events, verify_chain
from hifazat.audit.services import record_event


@permission_required("audit.view")
def audit_log(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "web/audit.html",
        {
            "events": recent_events(200),
            "report": None,
            "can_verify": can(request.user, "audit.verify"),
        },
    )


@require_POST
@permission_required("audit.verify")
def audit_verify(request: HttpRequest) -> HttpResponse:
    report = verify_chain()
    record_event(
        actor=current_user(request),
        action="audit.verified",
        details={"ok": report.ok, "checked": report.checked},
    )
    return render(
        request,
        "web/audit.html",
        {"events": recent_events(200), "report": report, "can_verify": True},
    )
