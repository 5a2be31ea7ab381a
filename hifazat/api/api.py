"""REST API (django-ninja): thin adapters over the case services and selectors.

Same guards, masking and audit as the web. Identity can be written but never read through the
API: revealing identity needs a person, two-factor and a reason, on the web.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query, Router, Status
from ninja.security import HttpBearer

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, User
from hifazat.api import schemas as s
from hifazat.api.services import user_for_token
from hifazat.cases import identity as vault
from hifazat.cases import selectors, services
from hifazat.cases.models import Case, Contact, Event, Offence, Person


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


api = NinjaAPI(
    title="Hifazat API",
    version="1",
    description=__doc__ or "",
    urls_namespace="api",
    docs_url=None,  # the interactive docs page loads scripts from a CDN; the schema is enough
    openapi_url="/openapi.json",
    auth=TokenAuth(),
)


def _user(request: HttpRequest) -> User:
    user = request.auth  # type: ignore[attr-defined]
    assert isinstance(user, User)
    return user


@api.exception_handler(ValidationError)
def _validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return api.create_response(
        request, {"detail": _("Some fields need correcting."), "errors": errors}, status=422
    )


@api.exception_handler(PermissionDenied)
def _denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": _("Your role does not allow this.")}, status=403)


@api.exception_handler(Http404)
def _missing(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": _("No such case in your area.")}, status=404)


@api.exception_handler(services.ConflictError)
def _conflict(request: HttpRequest, exc: services.ConflictError) -> HttpResponse:
    return api.create_response(
        request, {"detail": _("Changed by another user; reload.")}, status=409
    )


router = Router(tags=["cases"])


def _case_out(c: Case) -> dict[str, Any]:
    return {
        "id": c.pk,
        "code": c.code,
        "kind": c.kind,
        "status": c.status,
        "sex": c.child.sex,
        "age_band": c.child.age_band,
        "age_pending": c.child.age_pending,
        "district": c.district.code,
        "station": c.station.code,
        "reported_at": c.reported_at,
        "sealed": c.sealed,
    }


def _event_out(e: Event) -> dict[str, Any]:
    return {
        "id": e.pk,
        "kind": e.kind,
        "at": e.at,
        "details": e.details,
        "corrects": e.corrects_id,
        "recorded_at": e.recorded_at,
        "recorded_by": e.recorded_by.username,
    }


def _contact_out(c: Contact) -> dict[str, Any]:
    return {
        "id": c.pk,
        "kind": c.kind,
        "at": c.at,
        "location": c.location,
        "officer": c.officer.username,
        "present": c.present,
    }


def _person_out(p: Person) -> dict[str, Any]:
    return {
        "id": p.pk,
        "role": p.role,
        "relation": p.relation,
        "sex": p.sex,
        "is_juvenile": p.is_juvenile,
    }


@router.get("/cases", response=list[s.CaseOut])
def list_cases(request: HttpRequest, q: Query[s.CaseQuery]) -> list[dict[str, Any]]:
    user = _user(request)
    access.require(user, "case.view")
    station_id = None
    if q.station:
        station = access.units_in_scope(user).filter(code=q.station).first()
        station_id = station.pk if station else -1
    rows, _more = selectors.case_list(
        user,
        selectors.CaseFilters(kind=q.kind, status=q.status, station_id=station_id, code=q.code),
        page=q.page,
    )
    return [_case_out(c) for c in rows]


@router.post("/cases", response={201: s.CaseOut, 422: s.ErrorOut})
def register_case(request: HttpRequest, body: s.RegistrationIn) -> Status[dict[str, Any]]:
    user = _user(request)
    station = (
        access.units_in_scope(user).filter(code=body.station, kind=OrgUnit.Kind.STATION).first()
    )
    if station is None:
        raise ValidationError({"station": _("Choose a police station in your area.")})
    offences = list(Offence.objects.filter(code__in=body.offences))
    unknown = set(body.offences) - {o.code for o in offences}
    if unknown:
        raise ValidationError(
            {"offences": _("Unknown offence section. Choose from the offence list.")}
        )
    child = body.child
    identity = vault.ChildIdentity(**{k: getattr(child, k) for k in vault.CHILD_IDENTITY_FIELDS})
    case = services.register_contact(
        actor=user,
        registration=services.Registration(
            case_kind=body.case_kind,
            contact_kind=body.contact_kind,
            at=body.at,
            location=body.location,
            station=station,
            present=body.present,
            offences=offences,
            occurred_on=body.occurred_on,
            place=body.place,
            urban=body.urban,
            facts=services.ChildFacts(
                sex=child.sex,
                age_years=child.age_years,
                age_basis=child.age_basis,
                age_pending=child.age_pending,
                disability=child.disability,
                languages=child.languages,
            ),
            identity=identity,
        ),
    )
    case = selectors.get_case_for(user, case.pk)
    return Status(201, _case_out(case))


@router.get("/cases/{case_id}", response=s.CaseDetailOut)
def get_case(request: HttpRequest, case_id: int) -> dict[str, Any]:
    case = selectors.get_case_for(_user(request), case_id)
    page = selectors.case_page(case)
    events: list[Event] = page["events"]  # type: ignore[assignment]
    contacts: list[Contact] = page["contacts"]  # type: ignore[assignment]
    people: list[Person] = page["people"]  # type: ignore[assignment]
    return {
        **_case_out(case),
        "offences": [o.code for o in page["offences"]],  # type: ignore[attr-defined]
        "place": case.place,
        "urban": case.urban,
        "occurred_on": case.occurred_on,
        "version": case.version,
        "events": [_event_out(e) for e in events],
        "contacts": [_contact_out(c) for c in contacts],
        "people": [_person_out(p) for p in people],
    }


@router.post("/cases/{case_id}/events", response={201: s.EventOut, 422: s.ErrorOut})
def add_event(request: HttpRequest, case_id: int, body: s.EventIn) -> Status[dict[str, Any]]:
    user = _user(request)
    case = selectors.get_case_for(user, case_id, write=True)
    corrects = None
    if body.corrects is not None:
        corrects = Event.objects.filter(case=case, pk=body.corrects).first()
        if corrects is None:
            raise ValidationError({"corrects": _("Choose the event being corrected.")})
    e = services.add_event(
        actor=user,
        case=case,
        kind=body.kind,
        at=body.at,
        details=dict(body.details),
        corrects=corrects,
    )
    return Status(201, _event_out(e))


@router.post("/cases/{case_id}/contacts", response={201: s.ContactOut, 422: s.ErrorOut})
def add_contact(request: HttpRequest, case_id: int, body: s.ContactIn) -> Status[dict[str, Any]]:
    user = _user(request)
    case = selectors.get_case_for(user, case_id, write=True)
    c = services.record_contact(
        actor=user,
        case=case,
        kind=body.kind,
        at=body.at,
        location=body.location,
        present=body.present,
        notes=body.notes,
    )
    return Status(201, _contact_out(c))


@router.post("/cases/{case_id}/people", response={201: s.PersonOut, 422: s.ErrorOut})
def add_person(request: HttpRequest, case_id: int, body: s.PersonIn) -> Status[dict[str, Any]]:
    user = _user(request)
    case = selectors.get_case_for(user, case_id, write=True)
    p = services.add_person(
        actor=user,
        case=case,
        role=body.role,
        relation=body.relation,
        sex=body.sex,
        is_juvenile=body.is_juvenile,
        identity=vault.PersonIdentity(
            name=body.name, phone=body.phone, id_number=body.id_number, address=body.address
        ),
    )
    return Status(201, _person_out(p))


api.add_router("/", router)
api.add_router("/guard", "hifazat.publishing.api.router")
