"""Writes to the case register. Each is one transaction with one audit event, and never logs or
echoes a child's identity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, User
from hifazat.audit.services import record_event
from hifazat.cases import identity as vault
from hifazat.cases.images import clean_image
from hifazat.cases.models import (
    Case,
    CaseKind,
    CaseSequence,
    Child,
    Contact,
    ContactKind,
    Event,
    IdentityReveal,
    IdentityToken,
    Offence,
    Person,
)
from hifazat.cases.timeline import KINDS, validate_details
from hifazat.cases.vault import normalise_cnic, normalise_phone

# Clock skew we tolerate between an officer's phone and the server.
FUTURE_GRACE = dt.timedelta(minutes=5)
REVEAL_MINUTES = 10
MAX_PHOTO_BYTES = 2 * 1024 * 1024
MIN_REASON = 10


class ConflictError(Exception):
    """Someone else changed the record since the user loaded it."""

    def __init__(self, record: str, by: str, at: dt.datetime | None) -> None:
        self.record, self.by, self.at = record, by, at
        super().__init__(f"{record} changed by another user")


DETAIL_MESSAGES = {
    "unknown_kind": lambda: _("This kind of event is not known."),
    "unknown_field": lambda: _("This detail does not belong to this kind of event."),
    "required": lambda: _("This field is required."),
    "too_long": lambda: _("This is too long."),
    "bad_date": lambda: _("Enter a date as YYYY-MM-DD."),
    "bad_choice": lambda: _("Choose one of the options offered."),
    "bad_bool": lambda: _("Answer yes or no."),
    "unknown_offence": lambda: _("Unknown offence section. Choose from the offence list."),
}


@dataclass
class ChildFacts:
    sex: str
    age_years: int | None
    age_basis: str
    age_pending: bool = False
    disability: str = "none"
    languages: str = ""


@dataclass
class Registration:
    """Everything the three registration screens collect."""

    case_kind: str
    contact_kind: str
    at: dt.datetime
    location: str
    station: OrgUnit
    facts: ChildFacts
    identity: vault.ChildIdentity
    present: list[str] = field(default_factory=list)
    offences: list[Offence] = field(default_factory=list)
    occurred_on: dt.date | None = None
    place: str = "unknown"
    urban: bool | None = None
    photo: bytes | None = None
    # A new case for a child already in the register (then facts and identity are not used).
    existing_child: Child | None = None


# Validation -----------------------------------------------------------------------------------


def _check_when(at: dt.datetime, name: str = "at") -> None:
    if timezone.is_naive(at):
        raise ValidationError({name: _("Give a date and time with a time zone.")})
    if at > timezone.now() + FUTURE_GRACE:
        raise ValidationError({name: _("This time is in the future.")})


def validate_identity(data: vault.ChildIdentity) -> vault.ChildIdentity:
    errors: dict[str, str] = {}
    if not (data.given_name.strip() or data.name_ur.strip()):
        errors["given_name"] = _("Give the child's name (in English letters or Urdu).")
    if data.phone:
        phone = normalise_phone(data.phone)
        if phone is None:
            errors["phone"] = _(
                "Not a Pakistani mobile number. Use 03XX-XXXXXXX or +92 3XX XXXXXXX."
            )
        else:
            data.phone = "0" + phone
    if data.id_number:
        cnic = normalise_cnic(data.id_number)
        if cnic is None:
            errors["id_number"] = _("A CNIC or B-form number has 13 digits: XXXXX-XXXXXXX-X.")
        else:
            data.id_number = f"{cnic[:5]}-{cnic[5:12]}-{cnic[12]}"
    if data.date_of_birth:
        try:
            born = dt.date.fromisoformat(data.date_of_birth)
        except ValueError:
            errors["date_of_birth"] = _("Enter the date of birth as YYYY-MM-DD.")
        else:
            if born > timezone.localdate():
                errors["date_of_birth"] = _("The date of birth is in the future.")
    for name in (
        "given_name",
        "family_name",
        "name_ur",
        "father_name",
        "mother_name",
        "guardian_name",
        "school",
        "school_class",
        "guardian_relation",
    ):
        if len(getattr(data, name)) > 120:
            errors[name] = _("This is too long.")
    if len(data.address) > 300:
        errors["address"] = _("This is too long.")
    if errors:
        raise ValidationError(errors)
    return data


def validate_facts(facts: ChildFacts) -> None:
    from hifazat.cases.models import AgeBasis, Disability, Sex

    errors: dict[str, str] = {}
    if facts.sex not in Sex.values:
        errors["sex"] = _("Choose the child's sex.")
    if facts.age_basis not in AgeBasis.values:
        errors["age_basis"] = _("Say how the age was established.")
    if facts.disability not in Disability.values:
        errors["disability"] = _("Choose one of the options offered.")
    if facts.age_years is None and not facts.age_pending:
        errors["age_years"] = _("Give the child's age, or mark it as pending determination.")
    elif facts.age_years is not None and not 0 <= facts.age_years <= 17:
        if facts.age_years >= 18 and facts.age_pending:
            pass  # appears under 18 though a document says otherwise: treated as a child (s.8)
        else:
            errors["age_years"] = _(
                "Hifazat is for children (0–17). If the person appears to be under 18 but the "
                "age is in doubt, tick 'age determination pending' (JJSA 2018 s.8)."
            )
    if errors:
        raise ValidationError(errors)


def _clean_photo(photo: bytes | None) -> bytes | None:
    """The photo re-encoded without metadata (EXIF/GPS), or a field error."""
    if not photo:
        return None
    if len(photo) > MAX_PHOTO_BYTES:
        raise ValidationError({"photo": _("The photo is larger than 2 MB.")})
    try:
        return clean_image(photo)
    except ValueError:
        raise ValidationError({"photo": _("This file is not a JPEG or PNG image.")}) from None


# Case codes -----------------------------------------------------------------------------------


def _next_case_code(district: OrgUnit, year: int) -> str:
    for _attempt in range(3):
        try:
            with transaction.atomic():
                seq, _created = CaseSequence.objects.select_for_update().get_or_create(
                    district=district, year=year
                )
        except IntegrityError:  # a parallel writer created this year's row first
            continue
        CaseSequence.objects.filter(pk=seq.pk).update(last=F("last") + 1)
        seq.refresh_from_db(fields=["last"])
        return f"{district.code}-{year}-{seq.last:05d}"
    raise RuntimeError("could not allocate a case number")


# Writes ---------------------------------------------------------------------------------------


def _store_child_tokens(child: Child, data: vault.ChildIdentity) -> None:
    IdentityToken.objects.filter(child=child, person__isnull=True).delete()
    IdentityToken.objects.bulk_create(
        IdentityToken(child=child, district_id=child.district_id, field=f, token=t)
        for f, t in vault.child_tokens(data)
    )


def _opening_event(case_kind: str, contact_kind: str) -> str:
    if case_kind == CaseKind.FOUND or contact_kind == ContactKind.RECOVERY:
        return "child_found"
    return "complaint_received"


def _new_child(actor: User, r: Registration, district: OrgUnit) -> Child:
    validate_facts(r.facts)
    validate_identity(r.identity)
    photo = _clean_photo(r.photo)
    child = Child(
        sex=r.facts.sex,
        age_years=r.facts.age_years,
        age_basis=r.facts.age_basis,
        age_pending=r.facts.age_pending,
        district=district,
        disability=r.facts.disability,
        languages=r.facts.languages.strip()[:120],
        created_by=actor,
    )
    child.identity_enc, child.key_id = vault.seal(r.identity, kind="child", ref=child.ref)
    if photo:
        child.photo_enc = vault.seal_photo(photo, ref=child.ref)
    child.save()
    _store_child_tokens(child, r.identity)
    return child


@transaction.atomic
def register_contact(*, actor: User, registration: Registration) -> Case:
    """Register a child, open a case and record the first contact (the three-screen flow)."""
    r = registration
    access.require(actor, "case.create")
    if r.station.kind != OrgUnit.Kind.STATION or not access.in_scope(actor, r.station):
        raise ValidationError({"station": _("Choose a police station in your area.")})
    if r.case_kind not in CaseKind.values:
        raise ValidationError({"case_kind": _("Choose what kind of case this is.")})
    if r.contact_kind not in ContactKind.values:
        raise ValidationError({"contact_kind": _("Choose what kind of contact this is.")})
    if r.location not in Contact.Location.values:
        raise ValidationError({"location": _("Choose where the contact took place.")})
    _check_when(r.at)
    if r.occurred_on and r.occurred_on > timezone.localdate(r.at):
        raise ValidationError({"occurred_on": _("The incident cannot be after the report.")})
    district = r.station.parent
    assert district is not None
    child = r.existing_child or _new_child(actor, r, district)

    year = timezone.localdate(r.at).year
    case = Case.objects.create(
        code=_next_case_code(district, year),
        child=child,
        kind=r.case_kind,
        station=r.station,
        district=district,
        unit_path=r.station.path,
        occurred_on=r.occurred_on,
        place=r.place,
        urban=r.urban,
        reported_at=r.at,
        created_by=actor,
    )
    if r.offences:
        case.offences.set(r.offences)
    contact = Contact.objects.create(
        case=case,
        kind=r.contact_kind,
        at=r.at,
        location=r.location,
        officer=actor,
        officer_rank=actor.rank,
        officer_sex=actor.sex,
        present=sorted(set(r.present)),
        recorded_by=actor,
    )
    Event.objects.create(
        case=case,
        contact=contact,
        kind=_opening_event(r.case_kind, r.contact_kind),
        at=r.at,
        recorded_at=timezone.now(),
        recorded_by=actor,
    )
    record_event(
        actor=actor,
        action="case.registered",
        subject=case,
        org_unit=r.station,
        details={"code": case.code, "kind": case.kind, "contact": contact.kind},
    )
    _refresh_safeguards(case, actor)
    return case


@transaction.atomic
def add_event(
    *,
    actor: User,
    case: Case,
    kind: str,
    at: dt.datetime,
    details: dict[str, Any] | None = None,
    contact: Contact | None = None,
    corrects: Event | None = None,
) -> Event:
    """Append one event to a case's timeline. Corrections point at the event they replace."""
    access.require(actor, "case.edit")
    spec = KINDS.get(kind)
    if spec is None and kind != "correction":
        raise ValidationError({"kind": _("This kind of event is not known.")})
    _check_when(at)
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status == Case.Status.CLOSED:
        raise ValidationError({"kind": _("This case is closed; nothing more can be recorded.")})
    if at < case.reported_at and corrects is None:
        raise ValidationError(
            {
                "at": _("This is before the case was opened (%(when)s). Check the date.")
                % {"when": timezone.localtime(case.reported_at).strftime("%Y-%m-%d %H:%M")}
            }
        )
    if kind == "correction":
        if corrects is None or corrects.case_id != case.pk:
            raise ValidationError({"corrects": _("Choose the event being corrected.")})
        target_kind = corrects.kind
    else:
        target_kind = kind
    known = frozenset(Offence.objects.values_list("code", flat=True))
    clean, errors = validate_details(target_kind, details or {}, known_offences=known)
    if errors:
        raise ValidationError({f: DETAIL_MESSAGES[code]() for f, code in errors.by_field.items()})
    if target_kind == "fir_registered":
        fir_date = dt.date.fromisoformat(clean["fir_date"])
        if fir_date > timezone.localdate():
            raise ValidationError({"fir_date": _("The FIR date is in the future.")})
        if clean.get("offences"):
            case.offences.add(*Offence.objects.filter(code__in=clean["offences"]))
    if target_kind == "age_determined" and clean.get("age_years"):
        if not clean["age_years"].isdigit():
            raise ValidationError({"age_years": _("Give the age in whole years.")})
        Child.objects.filter(pk=case.child_id).update(
            age_years=int(clean["age_years"]),
            age_pending=False,
            age_basis=("b_form" if clean["method"] == "document" else clean["method"]),
            version=F("version") + 1,
        )
    event = Event.objects.create(
        case=case,
        contact=contact,
        kind=kind,
        at=at,
        details=clean if kind != "correction" else {"kind": target_kind, **clean},
        corrects=corrects,
        recorded_at=timezone.now(),
        recorded_by=actor,
    )
    if kind == "case_closed":
        _close(case)
    record_event(
        actor=actor,
        action="case.event_added",
        subject=case,
        org_unit=case.station,
        details={"event": event.pk, "kind": kind, "late": (timezone.now() - at).days >= 1},
    )
    _refresh_safeguards(case, actor)
    return event


def _refresh_safeguards(case: Case, actor: User) -> None:
    """Obligations, breaches and escalations follow every change to a case, in its transaction
    (issue 4). Imported here: safeguards reads the register's models."""
    from hifazat.safeguards.services import refresh_case

    refresh_case(case, actor=actor)


def _close(case: Case) -> None:
    case.status = Case.Status.CLOSED
    case.closed_at = timezone.now()
    # JJSA: records of a child in conflict with the law are sealed when the case closes.
    case.sealed = case.kind == CaseKind.CONFLICT
    case.version += 1
    case.save(update_fields=["status", "closed_at", "sealed", "version"])


@transaction.atomic
def record_contact(
    *,
    actor: User,
    case: Case,
    kind: str,
    at: dt.datetime,
    location: str,
    present: list[str],
    notes: str = "",
) -> Contact:
    access.require(actor, "case.edit")
    if kind not in ContactKind.values:
        raise ValidationError({"kind": _("Choose what kind of contact this is.")})
    if location not in Contact.Location.values:
        raise ValidationError({"location": _("Choose where the contact took place.")})
    _check_when(at)
    if case.status == Case.Status.CLOSED:
        raise ValidationError({"kind": _("This case is closed; nothing more can be recorded.")})
    if at < case.reported_at:
        raise ValidationError({"at": _("This is before the case was opened. Check the date.")})
    contact = Contact(
        case=case,
        kind=kind,
        at=at,
        location=location,
        officer=actor,
        officer_rank=actor.rank,
        officer_sex=actor.sex,
        present=sorted(set(present)),
        recorded_by=actor,
    )
    if notes.strip():
        contact.notes_enc = vault.keyring().encrypt(notes.strip(), context=f"contact:{contact.ref}")
    contact.save()
    record_event(
        actor=actor,
        action="case.contact_added",
        subject=case,
        org_unit=case.station,
        details={"contact": contact.pk, "kind": kind},
    )
    _refresh_safeguards(case, actor)
    return contact


@transaction.atomic
def add_person(
    *,
    actor: User,
    case: Case,
    role: str,
    relation: str,
    sex: str,
    is_juvenile: bool,
    identity: vault.PersonIdentity,
) -> Person:
    access.require(actor, "case.edit")
    if role not in Person.Role.values:
        raise ValidationError({"role": _("Choose the person's role in the case.")})
    if relation not in Person.Relation.values:
        raise ValidationError({"relation": _("Choose the relation to the child.")})
    if identity.phone and normalise_phone(identity.phone) is None:
        raise ValidationError({"phone": _("Not a Pakistani mobile number.")})
    if identity.id_number and normalise_cnic(identity.id_number) is None:
        raise ValidationError({"id_number": _("A CNIC has 13 digits: XXXXX-XXXXXXX-X.")})
    person = Person(
        case=case, role=role, relation=relation, sex=sex, is_juvenile=is_juvenile, recorded_by=actor
    )
    if any((identity.name, identity.phone, identity.id_number, identity.address)):
        person.identity_enc, person.key_id = vault.seal(identity, kind="person", ref=person.ref)
    person.save()
    IdentityToken.objects.bulk_create(
        IdentityToken(
            child_id=case.child_id, person=person, district_id=case.district_id, field=f, token=t
        )
        for f, t in vault.person_tokens(identity)
    )
    record_event(
        actor=actor,
        action="case.person_added",
        subject=case,
        org_unit=case.station,
        details={"person": person.pk, "role": role},
    )
    if role == Person.Role.ACCUSED:  # who the accused is decides some rules (PDNCA s.24)
        _refresh_safeguards(case, actor)
    return person


@transaction.atomic
def update_case_facts(
    *,
    actor: User,
    case: Case,
    expected_version: int,
    place: str,
    occurred_on: dt.date | None,
    urban: bool | None,
    offences: list[Offence],
) -> Case:
    """Edit a case's facts; refuses (ConflictError) if someone changed it since it was loaded."""
    access.require(actor, "case.edit")
    if occurred_on and occurred_on > timezone.localdate(case.reported_at):
        raise ValidationError({"occurred_on": _("The incident cannot be after the report.")})
    updated = Case.objects.filter(
        pk=case.pk, version=expected_version, status=Case.Status.OPEN
    ).update(place=place, occurred_on=occurred_on, urban=urban, version=F("version") + 1)
    if not updated:
        _raise_conflict(case)
    case.refresh_from_db()
    case.offences.set(offences)
    record_event(
        actor=actor,
        action="case.facts_changed",
        subject=case,
        org_unit=case.station,
        details={"version": case.version},
    )
    _refresh_safeguards(case, actor)
    return case


@transaction.atomic
def update_child_identity(
    *, actor: User, case: Case, expected_version: int, identity: vault.ChildIdentity
) -> Child:
    access.require(actor, "case.edit")
    if active_reveal(actor, case) is None:
        raise PermissionDenied("identity not revealed")
    validate_identity(identity)
    child = case.child
    token, key_id = vault.seal(identity, kind="child", ref=child.ref)
    updated = Child.objects.filter(pk=child.pk, version=expected_version).update(
        identity_enc=token, key_id=key_id, version=F("version") + 1
    )
    if not updated:
        _raise_conflict(case, record="child")
    child.refresh_from_db()
    _store_child_tokens(child, identity)
    record_event(
        actor=actor,
        action="identity.changed",
        subject=case,
        org_unit=case.station,
        details={"child": child.pk},
    )
    return child


def _raise_conflict(case: Case, record: str = "case") -> None:
    from hifazat.audit.models import AuditEvent

    last = (
        AuditEvent.objects.filter(subject_type="cases.case", subject_id=str(case.pk))
        .order_by("-seq")
        .values_list("actor_label", "at")
        .first()
    )
    by, at = last if last else ("", None)
    raise ConflictError(record, by, at)


# Identity reveal ------------------------------------------------------------------------------


def active_reveal(user: User, case: Case) -> IdentityReveal | None:
    return (
        IdentityReveal.objects.filter(
            user=user, child_id=case.child_id, expires_at__gt=timezone.now()
        )
        .order_by("-expires_at")
        .first()
    )


@transaction.atomic
def reveal_identity(
    *, actor: User, case: Case, reason: str, two_factor_verified: bool
) -> IdentityReveal:
    """Let ``actor`` see the child's identity for a few minutes, for a reason an auditor reads."""
    permission = "identity.view_sealed" if case.sealed else "identity.reveal"
    access.require(actor, permission)
    if not two_factor_verified:
        raise PermissionDenied("two-factor needed")
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise ValidationError(
            {
                "reason": _("Say why you need to see the identity (at least %(n)d characters).")
                % {"n": MIN_REASON}
            }
        )
    now = timezone.now()
    grant = IdentityReveal.objects.create(
        child_id=case.child_id,
        case=case,
        user=actor,
        reason=reason[:500],
        at=now,
        expires_at=now + dt.timedelta(minutes=REVEAL_MINUTES),
    )
    record_event(
        actor=actor,
        action="identity.revealed",
        subject=case,
        org_unit=case.station,
        reason=reason[:500],
        details={"child": case.child_id, "sealed": case.sealed, "minutes": REVEAL_MINUTES},
    )
    return grant


def read_identity(*, actor: User, case: Case) -> vault.ChildIdentity:
    if active_reveal(actor, case) is None:
        raise PermissionDenied("identity not revealed")
    return vault.open_child(case.child.identity_enc, ref=case.child.ref)


def record_name_search(*, actor: User, results: int) -> None:
    """The search itself is audited; the name searched for is never stored."""
    record_event(actor=actor, action="identity.searched", details={"results": results})
