"""Sign-in (password, then TOTP or first-time enrolment), lockout and sign-out."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import quote

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, logout, user_login_failed
from django.contrib.auth import login as auth_login
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from hifazat.accounts import access
from hifazat.accounts.demo import base32_secret
from hifazat.accounts.models import User
from hifazat.accounts.services import (
    confirm_totp_enrolment,
    record_failed_sign_in,
    record_sign_in,
    record_sign_out,
    start_totp_enrolment,
)

_PENDING = "hifazat_pending_user"
_PENDING_AT = "hifazat_pending_at"
_NEXT = "hifazat_next"
_PENDING_SECONDS = 300
_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _safe_next(request: HttpRequest, candidate: str | None) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse(settings.LOGIN_REDIRECT_URL)


def _pending_user(request: HttpRequest) -> User | None:
    pk = request.session.get(_PENDING)
    started = request.session.get(_PENDING_AT, 0)
    if pk is None or time.time() - float(started) > _PENDING_SECONDS:
        return None
    return User.objects.filter(pk=pk, is_active=True).select_related("role", "org_unit").first()


def _finish(request: HttpRequest, user: User, device: TOTPDevice | None) -> HttpResponse:
    target = _safe_next(request, request.session.get(_NEXT))
    for key in (_PENDING, _PENDING_AT, _NEXT):
        request.session.pop(key, None)
    auth_login(request, user, backend=_BACKEND)
    if device is not None:
        otp_login(request, device)
    record_sign_in(user=user, method="password+totp" if device else "password")
    return HttpResponseRedirect(target)


def _count_failure(request: HttpRequest, username: str) -> None:
    # Feeds django-axes, so wrong codes lock the account just like wrong passwords.
    user_login_failed.send(sender=__name__, credentials={"username": username}, request=request)


def locked_out(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    minutes = round(float(settings.AXES_COOLOFF_TIME) * 60)
    context = {"minutes": minutes, "limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "web/auth/locked.html", context, status=429)


@login_not_required
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    errors: dict[str, str] = {}
    username = ""
    if request.method == "POST":
        username = request.POST.get("username", "").strip().lower()
        password = request.POST.get("password", "")
        if not username:
            errors["username"] = _("Enter your username.")
        if not password:
            errors["password"] = _("Enter your password.")
        if not errors:
            user = authenticate(request, username=username, password=password)
            if getattr(request, "axes_locked_out", False):
                record_failed_sign_in(username=username, stage="locked")
                return locked_out(request)
            if user is None:
                record_failed_sign_in(username=username, stage="password")
                errors["form"] = _(
                    "That username and password do not match. Check both and try again."
                )
            elif not isinstance(user, User) or user.org_unit_id is None or user.role_id is None:
                record_failed_sign_in(username=username, stage="no_unit", user=user)
                errors["form"] = _(
                    "Your account is not attached to a police station or office, or has no "
                    "role. Ask your administrator to complete it before you sign in."
                )
            else:
                request.session.cycle_key()
                request.session[_PENDING] = user.pk
                request.session[_PENDING_AT] = time.time()
                request.session[_NEXT] = request.POST.get("next") or request.GET.get("next", "")
                device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
                if device is not None:
                    return redirect("web:login_otp")
                if access.requires_two_factor(user):
                    return redirect("web:enrol_otp")
                return _finish(request, user, None)
    return render(
        request,
        "web/auth/login.html",
        {"errors": errors, "username": username, "next": request.GET.get("next", "")},
        status=400 if errors else 200,
    )


def _expired(request: HttpRequest) -> HttpResponse:
    messages.warning(request, _("Your sign-in took too long. Please start again."))
    return redirect("web:login")


@login_not_required
@require_http_methods(["GET", "POST"])
def login_otp_view(request: HttpRequest) -> HttpResponse:
    user = _pending_user(request)
    if user is None:
        return _expired(request)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        return redirect("web:enrol_otp")
    error = ""
    if request.method == "POST":
        if AxesProxyHandler.is_locked(request, {"username": user.username}):
            record_failed_sign_in(username=user.username, stage="locked", user=user)
            return locked_out(request)
        allowed, _info = device.verify_is_allowed()
        token = request.POST.get("code", "").replace(" ", "")
        if not allowed:
            error = _("Too many wrong codes. Wait a few seconds, then enter the newest code.")
        elif not (token.isdigit() and len(token) == 6):
            error = _("The code is the 6 digits shown in your authenticator app.")
        elif device.verify_token(token):
            return _finish(request, user, device)
        else:
            record_failed_sign_in(username=user.username, stage="totp", user=user)
            _count_failure(request, user.username)
            if AxesProxyHandler.is_locked(request, {"username": user.username}):
                return locked_out(request)
            error = _(
                "That code is wrong or has expired. Enter the code your authenticator app "
                "shows now."
            )
    return render(request, "web/auth/otp.html", {"error": error}, status=400 if error else 200)


@login_not_required
@require_http_methods(["GET", "POST"])
def enrol_otp_view(request: HttpRequest) -> HttpResponse:
    user = _pending_user(request)
    if user is None:
        return _expired(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect("web:login_otp")
    error = ""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if request.method == "POST" and device is not None:
        token = request.POST.get("code", "").replace(" ", "")
        if confirm_totp_enrolment(user=user, device=device, token=token):
            device.refresh_from_db()
            return _finish(request, user, device)
        record_failed_sign_in(username=user.username, stage="totp_enrol", user=user)
        _count_failure(request, user.username)
        error = _("That code does not match. Check the time on your phone and try the newest code.")
    if device is None:
        device = start_totp_enrolment(user=user)
    secret = base32_secret(device)
    uri = (
        f"otpauth://totp/Hifazat:{quote(user.username)}?secret={secret}&issuer=Hifazat"
        f"&digits={device.digits}&period={device.step}"
    )
    context = {"secret": secret, "uri": uri, "error": error}
    return render(request, "web/auth/enrol.html", context, status=400 if error else 200)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        record_sign_out(user=access.current_user(request))
    logout(request)
    messages.info(request, _("You have signed out."))
    return redirect("web:login")
