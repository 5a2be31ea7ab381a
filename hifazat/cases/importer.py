"""Bulk import of paper registers: JSON lines, one registration per line (see docs/import.md).

Every line is validated by the same services the web uses, each in its own savepoint. With any
error the whole file is rolled back (unless ``skip_errors``), so a file is imported whole or not
at all. Error reports name the line and field, never the value.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.dateparse import parse_date, parse_datetime

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, User
from hifazat.cases import identity as vault
from hifazat.cases import services
from hifazat.cases.models import Offence

IDENTITY_FIELDS = vault.CHILD_IDENTITY_FIELDS
FACT_FIELDS = ("sex", "age_years", "age_basis", "age_pending", "disability", "languages")


@dataclass
class ImportReport:
    lines: int = 0
    imported: int = 0
    errors: list[tuple[int, str, str]] = field(default_factory=list)  # line, field, message
    committed: bool = False
    codes: list[str] = field(default_factory=list)


class _Abort(Exception):
    pass


def _when(value: Any, name: str) -> dt.datetime:
    parsed = parse_datetime(str(value)) if value else None
    if parsed is None:
        raise ValidationError({name: "Give an ISO date and time, e.g. 2026-03-01T14:30:00+05:00."})
    return parsed


def registration_from_dict(data: dict[str, Any], actor: User) -> services.Registration:
    if not isinstance(data, dict):
        raise ValidationError({"__all__": "Each line must be a JSON object."})
    child = data.get("child")
    if not isinstance(child, dict):
        raise ValidationError({"child": "Missing the child object."})
    station = (
        access.units_in_scope(actor)
        .filter(code=str(data.get("station", "")), kind=OrgUnit.Kind.STATION)
        .first()
    )
    if station is None:
        raise ValidationError({"station": "Unknown station code, or outside your area."})
    codes = data.get("offences") or []
    offences = list(Offence.objects.filter(code__in=codes))
    if len(offences) != len(set(codes)):
        raise ValidationError({"offences": "Unknown offence code."})
    unknown = set(child) - set(IDENTITY_FIELDS) - set(FACT_FIELDS)
    if unknown:
        raise ValidationError({f"child.{sorted(unknown)[0]}": "Unknown field."})
    age = child.get("age_years")
    if age is not None and not isinstance(age, int):
        raise ValidationError({"child.age_years": "Give the age as a whole number."})
    occurred = data.get("occurred_on")
    occurred_on = parse_date(str(occurred)) if occurred else None
    if occurred and occurred_on is None:
        raise ValidationError({"occurred_on": "Give a date as YYYY-MM-DD."})
    return services.Registration(
        case_kind=str(data.get("case_kind", "")),
        contact_kind=str(data.get("contact_kind", "")),
        at=_when(data.get("at"), "at"),
        location=str(data.get("location", "")),
        station=station,
        present=list(data.get("present") or []),
        offences=offences,
        occurred_on=occurred_on,
        place=str(data.get("place") or "unknown"),
        urban=data.get("urban"),
        facts=services.ChildFacts(
            sex=str(child.get("sex", "")),
            age_years=age,
            age_basis=str(child.get("age_basis", "")),
            age_pending=bool(child.get("age_pending", False)),
            disability=str(child.get("disability") or "none"),
            languages=str(child.get("languages") or ""),
        ),
        identity=vault.ChildIdentity(**{k: str(child.get(k) or "") for k in IDENTITY_FIELDS}),
    )


def _import_one(data: dict[str, Any], actor: User) -> str:
    case = services.register_contact(actor=actor, registration=registration_from_dict(data, actor))
    for i, ev in enumerate(data.get("events") or []):
        try:
            services.add_event(
                actor=actor,
                case=case,
                kind=str(ev.get("kind", "")),
                at=_when(ev.get("at"), "at"),
                details=ev.get("details") or {},
            )
        except ValidationError as exc:
            raise ValidationError(
                {f"events[{i}].{k}": v for k, v in exc.message_dict.items()}
            ) from None
    for i, p in enumerate(data.get("people") or []):
        try:
            services.add_person(
                actor=actor,
                case=case,
                role=str(p.get("role", "")),
                relation=str(p.get("relation") or "unknown"),
                sex=str(p.get("sex") or "unknown"),
                is_juvenile=bool(p.get("is_juvenile")),
                identity=vault.PersonIdentity(
                    name=str(p.get("name") or ""),
                    phone=str(p.get("phone") or ""),
                    id_number=str(p.get("id_number") or ""),
                    address=str(p.get("address") or ""),
                ),
            )
        except ValidationError as exc:
            raise ValidationError(
                {f"people[{i}].{k}": v for k, v in exc.message_dict.items()}
            ) from None
    return case.code


def import_lines(
    lines: Iterable[str],
    *,
    actor: User,
    skip_errors: bool = False,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    access.require(actor, "case.create")
    report = ImportReport()
    try:
        with transaction.atomic():
            for number, line in enumerate(lines, start=1):
                report.lines = number
                if progress and number % 500 == 0:
                    progress(number)
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    report.errors.append((number, "", f"not valid JSON (column {exc.colno})"))
                    continue
                try:
                    with transaction.atomic():
                        report.codes.append(_import_one(data, actor))
                        report.imported += 1
                except ValidationError as exc:
                    errs = exc.message_dict if hasattr(exc, "error_dict") else {"": exc.messages}
                    for name, messages in errs.items():
                        for message in messages:
                            report.errors.append(
                                (number, "" if name == "__all__" else name, message)
                            )
                except PermissionDenied:
                    report.errors.append((number, "", "not allowed for this user"))
            if dry_run or (report.errors and not skip_errors):
                raise _Abort
            report.committed = True
    except _Abort:
        report.committed = False
        report.codes = []
        if not skip_errors or dry_run:
            report.imported = 0 if not dry_run else report.imported
    return report
