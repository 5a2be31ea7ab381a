"""Administration: officers' accounts and police stations. Thin shells over accounts services."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from hifazat.accounts import selectors, services
from hifazat.accounts.access import current_user, permission_required
from hifazat.accounts.models import Permission, Role
from hifazat.web.forms import RolePermissionsForm, StationForm, UserChangeForm, UserCreateForm
from hifazat.web.helpers import apply_service_errors


@permission_required("users.manage")
def users(request: HttpRequest) -> HttpResponse:
    actor = current_user(request)
    page = Paginator(selectors.users_visible_to(actor), 50).get_page(request.GET.get("page"))
    return render(request, "web/admin/users.html", {"page": page})


@permission_required("users.manage")
def user_create(request: HttpRequest) -> HttpResponse:
    actor = current_user(request)
    units = selectors.units_for_assignment(actor)
    form = UserCreateForm(request.POST or None, units=units)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.create_user(actor=actor, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Account %(u)s created.") % {"u": user.username})
            return redirect("web:users")
    status = 400 if request.method == "POST" else 200
    return render(
        request, "web/admin/user_form.html", {"form": form, "creating": True}, status=status
    )


@permission_required("users.manage")
def user_edit(request: HttpRequest, user_id: int) -> HttpResponse:
    actor = current_user(request)
    target = get_object_or_404(selectors.users_visible_to(actor), pk=user_id)
    units = selectors.units_for_assignment(actor)
    initial = {"role": target.role, "org_unit": target.org_unit, "is_active": target.is_active}
    form = UserChangeForm(request.POST or None, units=units, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.change_user(actor=actor, user=target, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Account %(u)s updated.") % {"u": target.username})
            return redirect("web:users")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "web/admin/user_form.html",
        {"form": form, "creating": False, "target": target},
        status=status,
    )


@permission_required("orgunits.manage")
def stations(request: HttpRequest) -> HttpResponse:
    actor = current_user(request)
    form = StationForm(request.POST or None, districts=selectors.districts_in_scope(actor))
    if request.method == "POST" and form.is_valid():
        try:
            station = services.add_station(actor=actor, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Police station %(s)s added.") % {"s": station.name_en})
            return redirect("web:stations")
    page = Paginator(selectors.stations_in_scope(actor), 50).get_page(request.GET.get("page"))
    status = 400 if request.method == "POST" else 200
    return render(request, "web/admin/stations.html", {"form": form, "page": page}, status=status)


@permission_required("users.manage")
def roles(request: HttpRequest) -> HttpResponse:
    """Every role against every permission: what each may do, at a glance."""
    all_roles = list(selectors.all_roles())
    permissions = list(Permission.objects.all())
    grid = [(p, [p in set(r.permissions.all()) for r in all_roles]) for p in permissions]
    return render(request, "web/admin/roles.html", {"roles": all_roles, "grid": grid})


@permission_required("users.manage")
def role_edit(request: HttpRequest, code: str) -> HttpResponse:
    actor = current_user(request)
    role = get_object_or_404(Role, code=code)
    form = RolePermissionsForm(
        request.POST or None, initial={"permissions": role.permissions.all()}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.set_role_permissions(
                actor=actor,
                role=role,
                permissions=list(form.cleaned_data["permissions"]),
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Permissions of %(r)s saved.") % {"r": role.name_en})
            return redirect("web:roles")
    return render(
        request,
        "web/admin/role_form.html",
        {"form": form, "role": role},
        status=400 if request.method == "POST" else 200,
    )
