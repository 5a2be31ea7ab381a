"""Home, language switch and error pages."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hifazat.accounts import access
from hifazat.accounts.access import current_user
from hifazat.accounts.models import Permission


def home(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    lang = get_language() or "en"
    unit = user.org_unit
    chain = []
    node = unit
    while node is not None:
        chain.append(node.display_name(lang))
        node = node.parent
    context = {
        "unit": unit.display_name(lang) if unit else "",
        "unit_kind": unit.get_kind_display() if unit else "",
        "unit_chain": list(reversed(chain)),
        "role": user.role.display_name(lang) if user.role else "",
        "permissions": [
            p.display_description(lang)
            for p in Permission.objects.filter(code__in=access.permissions_of(user))
        ],
        "two_factor": getattr(user, "is_verified", lambda: False)(),
    }
    return render(request, "web/home.html", context)


@login_not_required
@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    code = request.POST.get("language", "")
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("web:home")
    available = dict(settings.LANGUAGES)
    response = HttpResponseRedirect(target)
    if code not in available:
        messages.error(
            request,
            _("Unknown language %(code)r. Choose English or اردو (Urdu).") % {"code": code[:12]},
        )
        return response
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response


@login_not_required
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "web/error.html",
        {"status": 403, "message": _("Your role does not allow this page.")},
        status=403,
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "web/error.html",
        {"status": 404, "message": _("There is nothing at this address.")},
        status=404,
    )


def server_error(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "web/error.html",
        {
            "status": 500,
            "message": _(
                "Something went wrong on our side. Nothing you entered was lost; "
                "try again, and tell your administrator if it happens again."
            ),
        },
        status=500,
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(
        request,
        "web/error.html",
        {
            "status": 403,
            "message": _("This form had expired. Go back, reload the page and submit it again."),
        },
        status=403,
    )
