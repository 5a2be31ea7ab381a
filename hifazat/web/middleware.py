"""Cross-cutting HTTP concerns: idle-session expiry and security headers."""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from hifazat.accounts.models import User
from hifazat.accounts.services import record_sign_out

_LAST_SEEN = "hifazat_last_seen"


class IdleTimeoutMiddleware:
    """Sign a user out after ``HIFAZAT_IDLE_MINUTES`` without a request (shared station PCs)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if isinstance(user, User):
            now = time.time()
            last = request.session.get(_LAST_SEEN)
            limit = settings.HIFAZAT_IDLE_MINUTES * 60
            if last is not None and now - float(last) > limit:
                record_sign_out(user=user, why="idle")
                logout(request)
                messages.warning(
                    request,
                    _(
                        "Your session ended after %(minutes)d minutes without activity. "
                        "Please sign in again."
                    )
                    % {"minutes": settings.HIFAZAT_IDLE_MINUTES},
                )
                query = urlencode({"next": request.get_full_path()})
                return HttpResponseRedirect(f"{reverse('web:login')}?{query}")
            request.session[_LAST_SEEN] = now
        return self.get_response(request)


class SecureHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        if not request.path.startswith(settings.STATIC_URL):
            # Pages may show case data: never keep them in a shared computer's cache.
            response.headers["Cache-Control"] = "no-store"
        return response
