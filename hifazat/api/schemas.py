"""API shapes. Outputs are masked: no identity field ever leaves through the API."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema


class CaseOut(Schema):
    id: int
    code: str
    kind: str
    status: str
    sex: str
    age_band: str
    age_pending: bool
    district: str
    station: str
    reported_at: dt.datetime
    sealed: bool


class EventOut(Schema):
    id: int
    kind: str
    at: dt.datetime
    details: dict[str, object]
    corrects: int | None
    recorded_at: dt.datetime
    recorded_by: str


class ContactOut(Schema):
    id: int
    kind: str
    at: dt.datetime
    location: str
    officer: str
    present: list[str]


class PersonOut(Schema):
    id: int
    role: str
    relation: str
    sex: str
    is_juvenile: bool


class CaseDetailOut(CaseOut):
    offences: list[str]
    place: str
    urban: bool | None
    occurred_on: dt.date | None
    version: int
    events: list[EventOut]
    contacts: list[ContactOut]
    people: list[PersonOut]


class ChildIn(Schema):
    sex: str
    age_years: int | None = None
    age_basis: str
    age_pending: bool = False
    disability: str = "none"
    languages: str = ""
    given_name: str = ""
    family_name: str = ""
    name_ur: str = ""
    father_name: str = ""
    mother_name: str = ""
    guardian_name: str = ""
    guardian_relation: str = ""
    address: str = ""
    phone: str = ""
    id_number: str = ""
    school: str = ""
    school_class: str = ""
    date_of_birth: str = ""


class RegistrationIn(Schema):
    case_kind: str
    contact_kind: str
    at: dt.datetime
    location: str
    station: str = Field(description="station code, e.g. KSR-01")
    present: list[str] = []
    offences: list[str] = Field(default=[], description="offence codes, e.g. PPC-376")
    occurred_on: dt.date | None = None
    place: str = "unknown"
    urban: bool | None = None
    child: ChildIn


class EventIn(Schema):
    kind: str
    at: dt.datetime
    details: dict[str, object] = {}
    corrects: int | None = None


class ContactIn(Schema):
    kind: str
    at: dt.datetime
    location: str
    present: list[str] = []
    notes: str = ""


class PersonIn(Schema):
    role: str
    relation: str = "unknown"
    sex: str = "unknown"
    is_juvenile: bool = False
    name: str = ""
    phone: str = ""
    id_number: str = ""
    address: str = ""


class CaseQuery(Schema):
    kind: str = ""
    status: str = ""
    station: str = ""
    code: str = ""
    page: int = 1


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = {}
