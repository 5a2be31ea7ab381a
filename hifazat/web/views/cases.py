"""Case register pages: list and search, the three-screen registration, the case page."""

from __future__ import annotations

import base64
import re
from typing import Any, TypeVar

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hifazat.accounts import access
from hifazat.accounts.access import current_user, permission_required
from hifazat.accounts.models import OrgUnit, User
from hifazat.cases import identity as vault
from hifazat.cases import selectors, services
from hifazat.cases.models import Case, Event
from hifazat.cases.timeline import KINDS
from hifazat.safeguards.selectors import case_safeguards
from hifazat.web.case_forms import (
    IDENTITY_FIELDS,
    CaseFactsForm,
    CaseFilterForm,
    CaseSearchForm,
    ChildStepForm,
    ConfirmStepForm,
    ContactForm,
    ContactStepForm,
    IdentityForm,
    PersonForm,
    RevealForm,
    event_form_class,
)
from hifazat.web.helpers import apply_service_errors, two_factor_verified

CODE_RE = re.compile(r"^[A-Za-z]{3}(-\d{0,4}(-\d{0,5})?)?$")


def _stations(user: User) -> Any:
    return access.units_in_scope(user).filter(kind=OrgUnit.Kind.STATION).order_by("code")


# List and search -------------------------------------------------------------------------------


@permission_required("case.view")
def case_list(request: HttpRequest) -> HttpResponse:
    """GET: the filtered list. POST: search by case code or (for permitted roles) by name."""
    user = current_user(request)
    stations = _stations(user)
    form = CaseFilterForm(request.GET or None, stations=stations)
    search = CaseSearchForm(request.POST or None)
    filters = selectors.CaseFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters.kind = data["kind"]
        filters.status = data["status"]
        filters.station_id = data["station"].pk if data["station"] else None
        filters.date_from, filters.date_to = data["date_from"], data["date_to"]
    searching = request.method == "POST"
    if searching and search.is_valid():
        query = search.cleaned_data["q"].strip()
        if CODE_RE.match(query):
            filters.code = query
        elif not access.can(user, "identity.search"):
            search.add_error(
                "q",
                _("Your role cannot search by name. Search by case code (e.g. KSR-2026-00012)."),
            )
            filters.ids = []
        else:
            filters.ids = selectors.children_matching_name(
                query, districts=selectors.districts_searchable_by(user)
            )
    elif searching:
        filters.ids = []
    try:
        page = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page = 1
    rows, has_next = selectors.case_list(user, filters, page=1 if searching else page)
    if searching and filters.ids is not None and search.is_valid() and not search.errors:
        services.record_name_search(actor=user, results=len(rows))
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "form": form,
        "search": search,
        "rows": rows,
        "page": page,
        "has_next": has_next and not searching,
        "searching": searching,
        "query_string": params.urlencode(),
        "can_create": access.can(user, "case.create"),
    }
    return render(request, "web/cases/list.html", context, status=400 if search.errors else 200)


F = TypeVar("F", bound=Form)


def _kept_after_conflict(
    form_class: type[F],
    request: HttpRequest,
    version: int,
    conflict: services.ConflictError,
    message: str,
) -> F:
    """The officer's own input, bound to the record's new version, with who changed it and when:
    nothing typed is lost, and saving again is a deliberate choice."""
    bound = request.POST.copy()
    bound["version"] = str(version)
    form = form_class(bound)
    form.is_valid()
    when = timezone.localtime(conflict.at).strftime("%H:%M") if conflict.at else ""
    form.add_error(None, message % {"who": conflict.by or _("Another officer"), "when": when})
    return form


# Registration ----------------------------------------------------------------------------------


@permission_required("case.create")
def case_register(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    stations = _stations(user)
    if request.method != "POST":
        form1 = ContactStepForm(prefix="s1", stations=stations)
        return render(request, "web/cases/register.html", {"step": 1, "form1": form1})
    step = request.POST.get("step", "1")
    back = "back" in request.POST
    form1 = ContactStepForm(request.POST, prefix="s1", stations=stations)
    form2 = ChildStepForm(request.POST if step in {"2", "3"} else None, prefix="s2")
    form3 = ConfirmStepForm(request.POST, request.FILES, prefix="s3")
    ctx: dict[str, Any] = {"form1": form1, "form2": form2, "form3": form3}
    if step == "1" or (back and step == "2"):
        if back or not form1.is_valid():
            return render(
                request, "web/cases/register.html", {**ctx, "step": 1}, status=200 if back else 400
            )
        return render(request, "web/cases/register.html", {**ctx, "step": 2})
    if not form1.is_valid():
        return render(request, "web/cases/register.html", {**ctx, "step": 1}, status=400)
    if step == "2" or back:
        if back or not form2.is_valid():
            return render(
                request, "web/cases/register.html", {**ctx, "step": 2}, status=200 if back else 400
            )
        return render(
            request, "web/cases/register.html", {**ctx, "step": 3, "review": _review(form1, form2)}
        )
    if not form2.is_valid():
        return render(request, "web/cases/register.html", {**ctx, "step": 2}, status=400)
    if not form3.is_valid():
        return render(request, "web/cases/register.html", {**ctx, "step": 3}, status=400)
    photo = form3.cleaned_data.get("photo")
    if photo is not None and photo.size > services.MAX_PHOTO_BYTES:
        form3.add_error("photo", _("The photo is larger than 2 MB."))
        return render(request, "web/cases/register.html", {**ctx, "step": 3}, status=400)
    registration = _registration(
        form1.cleaned_data, form2.cleaned_data, photo.read() if photo else None
    )
    try:
        case = services.register_contact(actor=user, registration=registration)
    except ValidationError as exc:
        apply_service_errors([form1, form2, form3], exc)
        step_with_error = 1 if form1.errors else 2 if form2.errors else 3
        return render(
            request, "web/cases/register.html", {**ctx, "step": step_with_error}, status=400
        )
    messages.success(request, _("Case %(code)s registered.") % {"code": case.code})
    return redirect("web:case", case_id=case.pk)


def _review(form1: ContactStepForm, form2: ChildStepForm) -> list[tuple[str, str]]:
    """What the officer entered, in words, for the check-and-save screen."""
    s1, s2 = form1.cleaned_data, form2.cleaned_data

    def label(form: Form, name: str) -> str:
        return str(dict(form.fields[name].choices).get(form.cleaned_data.get(name), ""))  # type: ignore[attr-defined]

    name = " ".join(
        p for p in (s2.get("given_name"), s2.get("family_name"), s2.get("name_ur")) if p
    )
    age = s2.get("age_years")
    rows = [
        (_("Kind of case"), label(form1, "case_kind")),
        (
            _("This contact"),
            f"{label(form1, 'contact_kind')} · "
            f"{timezone.localtime(s1['at']).strftime('%Y-%m-%d %H:%M')}",
        ),
        (_("Where"), label(form1, "location")),
        (_("Police station"), str(s1["station"])),
        (_("Child"), f"{name} — {label(form2, 'sex')}, {age if age is not None else '?'}"),
    ]
    if s1.get("offences"):
        rows.append((_("Offences"), ", ".join(f"{o.law} {o.section}" for o in s1["offences"])))
    return rows


def _registration(
    s1: dict[str, Any], s2: dict[str, Any], photo: bytes | None
) -> services.Registration:
    dob = s2.get("date_of_birth")
    return services.Registration(
        case_kind=s1["case_kind"],
        contact_kind=s1["contact_kind"],
        at=s1["at"],
        location=s1["location"],
        station=s1["station"],
        present=list(s1.get("present") or []),
        offences=list(s1.get("offences") or []),
        occurred_on=s1.get("occurred_on"),
        place=s1.get("place") or "unknown",
        urban=s1.get("urban"),
        facts=services.ChildFacts(
            sex=s2["sex"],
            age_years=s2.get("age_years"),
            age_basis=s2["age_basis"],
            age_pending=bool(s2.get("age_pending")),
            disability=s2.get("disability") or "none",
            languages=s2.get("languages") or "",
        ),
        identity=vault.ChildIdentity(
            given_name=s2.get("given_name") or "",
            family_name=s2.get("family_name") or "",
            name_ur=s2.get("name_ur") or "",
            father_name=s2.get("father_name") or "",
            mother_name=s2.get("mother_name") or "",
            guardian_name=s2.get("guardian_name") or "",
            guardian_relation=s2.get("guardian_relation") or "",
            address=s2.get("address") or "",
            phone=s2.get("phone") or "",
            id_number=s2.get("id_number") or "",
            school=s2.get("school") or "",
            school_class=s2.get("school_class") or "",
            date_of_birth=dob.isoformat() if dob else "",
        ),
        photo=photo,
    )


# Case page -------------------------------------------------------------------------------------


def _case_context(request: HttpRequest, case: Case, **extra: Any) -> dict[str, Any]:
    user = current_user(request)
    grant = services.active_reveal(user, case)
    ident = photo = None
    if grant is not None:
        ident = vault.open_child(case.child.identity_enc, ref=case.child.ref)
        if case.child.photo_enc:
            photo = base64.b64encode(
                vault.open_photo(case.child.photo_enc, ref=case.child.ref)
            ).decode("ascii")
    can_reveal = access.can(user, "identity.view_sealed" if case.sealed else "identity.reveal")
    page = selectors.case_page(case)
    context: dict[str, Any] = {
        "case": case,
        "child": case.child,
        **page,
        "safeguards": case_safeguards(user, case, page=page),
        "grant": grant,
        "identity": ident,
        "photo": photo,
        "can_reveal": can_reveal,
        "two_factor": two_factor_verified(request),
        "can_edit": access.can(user, "case.edit") and case.status == "open" and not case.sealed,
        "reveals": selectors.reveals_for(case)
        if access.can(user, "identity.view_reveals")
        else None,
        "event_kinds": [(k.code, _(k.label)) for k in KINDS.values() if not k.opens_case],
        "reveal_form": extra.pop("reveal_form", None) or RevealForm(),
        "facts_form": extra.pop("facts_form", None)
        or CaseFactsForm(
            initial={
                "version": case.version,
                "occurred_on": case.occurred_on,
                "place": case.place,
                "urban": {True: "urban", False: "rural"}.get(case.urban, ""),  # type: ignore[arg-type]
                "offences": case.offences.all(),
            }
        ),
    }
    context.update(extra)
    return context


def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    case = selectors.get_case_for(current_user(request), case_id)
    return render(request, "web/cases/detail.html", _case_context(request, case))


@require_POST
def case_reveal(request: HttpRequest, case_id: int) -> HttpResponse:
    user = current_user(request)
    case = selectors.get_case_for(user, case_id)
    form = RevealForm(request.POST)
    if form.is_valid():
        try:
            services.reveal_identity(
                actor=user,
                case=case,
                reason=form.cleaned_data["reason"],
                two_factor_verified=two_factor_verified(request),
            )
        except ValidationError as exc:
            apply_service_errors([form], exc)
        else:
            return redirect("web:case", case_id=case.pk)
    return render(
        request, "web/cases/detail.html", _case_context(request, case, reveal_form=form), status=400
    )


def case_event(request: HttpRequest, case_id: int) -> HttpResponse:
    user = current_user(request)
    case = selectors.get_case_for(user, case_id, write=True)
    kind = request.GET.get("kind") or request.POST.get("kind", "")
    if kind not in KINDS or KINDS[kind].opens_case:
        messages.error(request, _("Choose what happened from the list."))
        return redirect("web:case", case_id=case.pk)
    form_class = event_form_class(kind)
    correct_id = request.GET.get("corrects") or request.POST.get("corrects")
    corrects = Event.objects.filter(case=case, pk=correct_id).first() if correct_id else None
    # A correction keeps the original time unless the officer changes it: moving an event by
    # accident could invent a missed deadline.
    initial: dict[str, Any] = {"at": timezone.localtime().replace(second=0, microsecond=0)}
    if corrects is not None:
        initial = {"at": timezone.localtime(corrects.at), **(corrects.details or {})}
    form = form_class(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        details = {k: v for k, v in form.cleaned_data.items() if k != "at"}
        details = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in details.items()}
        try:
            services.add_event(
                actor=user,
                case=case,
                kind="correction" if corrects else kind,
                at=form.cleaned_data["at"],
                details=details,
                corrects=corrects,
            )
        except ValidationError as exc:
            apply_service_errors([form], exc)
        else:
            messages.success(request, _("Recorded: %(what)s.") % {"what": _(KINDS[kind].label)})
            return redirect("web:case", case_id=case.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "web/cases/event_form.html",
        {
            "case": case,
            "form": form,
            "kind": kind,
            "label": _(KINDS[kind].label),
            "corrects": corrects,
        },
        status=status,
    )


def case_contact(request: HttpRequest, case_id: int) -> HttpResponse:
    user = current_user(request)
    case = selectors.get_case_for(user, case_id, write=True)
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_contact(actor=user, case=case, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors([form], exc)
        else:
            messages.success(request, _("Contact recorded."))
            return redirect("web:case", case_id=case.pk)
    return render(
        request,
        "web/cases/simple_form.html",
        {"case": case, "form": form, "title": _("Record a contact")},
        status=400 if request.method == "POST" else 200,
    )


def case_person(request: HttpRequest, case_id: int) -> HttpResponse:
    user = current_user(request)
    case = selectors.get_case_for(user, case_id, write=True)
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.add_person(
                actor=user,
                case=case,
                role=d["role"],
                relation=d["relation"],
                sex=d["sex"],
                is_juvenile=d["is_juvenile"],
                identity=vault.PersonIdentity(
                    name=d["name"], phone=d["phone"], id_number=d["id_number"], address=d["address"]
                ),
            )
        except ValidationError as exc:
            apply_service_errors([form], exc)
        else:
            messages.success(request, _("Person added."))
            return redirect("web:case", case_id=case.pk)
    return render(
        request,
        "web/cases/simple_form.html",
        {"case": case, "form": form, "title": _("Add a person")},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def case_facts(request: HttpRequest, case_id: int) -> HttpResponse:
    user = current_user(request)
    case = selectors.get_case_for(user, case_id, write=True)
    form = CaseFactsForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.update_case_facts(
                actor=user,
                case=case,
                expected_version=d["version"],
                place=d["place"],
                occurred_on=d["occurred_on"],
                urban=d["urban"],
                offences=list(d["offences"]),
            )
        except services.ConflictError as conflict:
            case.refresh_from_db()
            form = _kept_after_conflict(
                CaseFactsForm,
                request,
                case.version,
                conflict,
                _(
                    "%(who)s changed this case at %(when)s while you were editing. Your changes "
                    "are below and were NOT saved. Check them against the case and save again."
                ),
            )
            return render(
                request,
                "web/cases/detail.html",
                _case_context(request, case, facts_form=form, conflict=True),
                status=409,
            )
        except ValidationError as exc:
            apply_service_errors([form], exc)
        else:
            messages.success(request, _("Case details saved."))
            return redirect("web:case", case_id=case.pk)
    return render(
        request, "web/cases/detail.html", _case_context(request, case, facts_form=form), status=400
    )


def case_identity(request: HttpRequest, case_id: int) -> HttpResponse:
    """Correct the child's identity. Only while it is revealed to this officer."""
    user = current_user(request)
    case = selectors.get_case_for(user, case_id, write=True)
    if services.active_reveal(user, case) is None:
        messages.error(request, _("Reveal the identity first (with your reason) to correct it."))
        return redirect("web:case", case_id=case.pk)
    current = services.read_identity(actor=user, case=case)
    initial = {name: getattr(current, name) for name in IDENTITY_FIELDS}
    initial["version"] = case.child.version
    form = IdentityForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            d = form.cleaned_data
            dob = d.get("date_of_birth")
            data = vault.ChildIdentity(
                **{
                    name: (d.get(name) or "") for name in IDENTITY_FIELDS if name != "date_of_birth"
                },
                date_of_birth=dob.isoformat() if dob else "",
            )
            try:
                services.update_child_identity(
                    actor=user, case=case, expected_version=d["version"], identity=data
                )
            except services.ConflictError as conflict:
                case.child.refresh_from_db()
                form = _kept_after_conflict(
                    IdentityForm,
                    request,
                    case.child.version,
                    conflict,
                    _(
                        "%(who)s changed this child's details at %(when)s while you were editing. "
                        "Your changes are below and were NOT saved. Check them and save again."
                    ),
                )
                status = 409
            except ValidationError as exc:
                apply_service_errors([form], exc)
            else:
                messages.success(request, _("The child's details were saved."))
                return redirect("web:case", case_id=case.pk)
    return render(
        request,
        "web/cases/simple_form.html",
        {"case": case, "form": form, "title": _("Correct the child's details")},
        status=status,
    )
