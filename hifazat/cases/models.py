"""The case register: children (identity sealed in the vault), cases, contacts, timeline, people.

Identity never sits in a column in plaintext: it is one AES-256-GCM token per record
(``identity_enc``), bound to the record's ``ref`` so a token copied elsewhere will not open, and
searchable only through keyed blind-index tokens (``IdentityToken``).
"""

from __future__ import annotations

import uuid
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hifazat.accounts.models import OrgUnit


class Sex(models.TextChoices):
    FEMALE = "female", _("Girl")
    MALE = "male", _("Boy")
    TRANSGENDER = "transgender", _("Transgender")
    UNKNOWN = "unknown", _("Not known")


class AgeBasis(models.TextChoices):
    B_FORM = "b_form", _("B-form / birth certificate")
    SCHOOL = "school", _("School record")
    MEDICAL = "medical", _("Medical (ossification) test")
    STATED = "stated", _("Stated by child or family")
    APPEARANCE = "appearance", _("Officer's estimate from appearance")


class Disability(models.TextChoices):
    NONE = "none", _("None known")
    PHYSICAL = "physical", _("Physical")
    HEARING = "hearing", _("Hearing")
    VISUAL = "visual", _("Visual")
    INTELLECTUAL = "intellectual", _("Intellectual or learning")
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial")
    OTHER = "other", _("Other")


class Offence(models.Model):
    """An offence section as data (``data/offences.json``), with Sahil's category and JJSA tier."""

    class Tier(models.TextChoices):
        MINOR = "minor", _("Minor (up to 3 years)")
        MAJOR = "major", _("Major (3 to 7 years)")
        HEINOUS = "heinous", _("Heinous (over 7 years, life or death)")

    code = models.CharField(max_length=32, unique=True)
    law = models.CharField(max_length=24)
    section = models.CharField(max_length=24)
    title_en = models.CharField(max_length=200)
    title_ur = models.CharField(max_length=200, blank=True)
    sahil_category = models.CharField(max_length=32)
    sexual = models.BooleanField(default=False)
    tier = models.CharField(max_length=8, choices=Tier.choices)
    investigated_by = models.CharField(max_length=16, default="police")
    confidence = models.CharField(max_length=12, default="verified")

    class Meta:
        ordering: ClassVar = ["law", "code"]

    def __str__(self) -> str:
        return f"{self.law} {self.section}"

    def display_title(self, language: str = "en") -> str:
        return self.title_ur if language == "ur" and self.title_ur else self.title_en


class Child(models.Model):
    ref = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Non-identifying facts, safe to show and count.
    sex = models.CharField(max_length=12, choices=Sex.choices)
    age_years = models.PositiveSmallIntegerField(null=True, blank=True)
    age_basis = models.CharField(max_length=12, choices=AgeBasis.choices)
    # JJSA s.8: someone who appears to be under 18 is treated as a child until age is determined.
    age_pending = models.BooleanField(default=False)
    district = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    disability = models.CharField(max_length=16, choices=Disability.choices, default="none")
    languages = models.CharField(max_length=120, blank=True)
    # Identity: one vault token of a JSON object (names, guardians, address, phone, CNIC/B-form,
    # school, date of birth); the photo separately.
    identity_enc = models.TextField()
    photo_enc = models.TextField(blank=True)
    key_id = models.CharField(max_length=16, db_index=True)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name_plural = "children"

    def __str__(self) -> str:
        return f"child {self.pk}"

    @property
    def age_band(self) -> str:
        return age_band(self.age_years)


def age_band(age: int | None) -> str:
    """Bands used on screens and in public tables (identity-protection practice: 0-4, 5-9, ...)."""
    if age is None:
        return "?"
    for low, high in ((0, 4), (5, 9), (10, 13), (14, 17)):
        if low <= age <= high:
            return f"{low}–{high}"
    return "18+"


class CaseKind(models.TextChoices):
    VICTIM = "victim", _("Child victim")
    WITNESS = "witness", _("Child witness")
    CONFLICT = "conflict", _("Child in conflict with the law")
    MISSING = "missing", _("Missing child")
    FOUND = "found", _("Child found / destitute")
    AT_RISK_MARRIAGE = "risk_marriage", _("At risk: child marriage")
    AT_RISK_LABOUR = "risk_labour", _("At risk: child labour")
    AT_RISK_DOMESTIC = "risk_domestic", _("At risk: domestic work")


class Place(models.TextChoices):
    """Sahil's places of occurrence."""

    VICTIM_HOME = "victim_home", _("Child's home")
    ABUSER_PLACE = "abuser_place", _("Abuser's place")
    STREET = "street", _("Street or open place")
    FIELD = "field", _("Field or farm")
    SCHOOL = "school", _("School or madrasa")
    WORSHIP = "worship", _("Place of worship")
    WORKPLACE = "workplace", _("Workplace")
    ONLINE = "online", _("Online")
    OTHER = "other", _("Other")
    UNKNOWN = "unknown", _("Not known")


class Case(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    code = models.CharField(max_length=24, unique=True)
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="cases")
    kind = models.CharField(max_length=16, choices=CaseKind.choices)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    station = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    district = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    # Copied from the station so scope filters are one indexed prefix match.
    unit_path = models.CharField(max_length=200, db_index=True)
    offences = models.ManyToManyField(Offence, blank=True, related_name="cases")
    occurred_on = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=16, choices=Place.choices, default=Place.UNKNOWN)
    urban = models.BooleanField(null=True)
    reported_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    sealed = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        # Lists are "newest first within my station / district": one ordered index each, so a
        # page is read straight off the index whatever the filters (bench/register.py).
        indexes: ClassVar = [
            models.Index(fields=["station", "-reported_at", "-id"], name="case_station_recent"),
            models.Index(fields=["district", "-reported_at", "-id"], name="case_district_recent"),
            # The kind filter is the one officers use most; keep it in the key too.
            models.Index(
                fields=["station", "kind", "-reported_at", "-id"], name="case_station_kind_recent"
            ),
            models.Index(
                fields=["district", "kind", "-reported_at", "-id"], name="case_district_kind_recent"
            ),
            models.Index(fields=["kind", "-reported_at"]),
            models.Index(fields=["status", "-reported_at"]),
            models.Index(fields=["-reported_at", "id"]),
        ]

    def __str__(self) -> str:
        return self.code


class CaseSequence(models.Model):
    """The last case number issued per district and year (codes like KSR-2026-00412)."""

    district = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["district", "year"], name="one_sequence_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.district_id}/{self.year}: {self.last}"


class ContactKind(models.TextChoices):
    REPORT = "report", _("Report taken")
    INTERVIEW = "interview", _("Interview / statement")
    ARREST = "arrest", _("Arrest")
    CUSTODY = "custody", _("Custody placement")
    MEDICAL = "medical", _("Medical examination")
    COURT = "court", _("Court production")
    HOME_VISIT = "home_visit", _("Home visit")
    REFERRAL = "referral", _("Referral")
    RELEASE = "release", _("Release")
    RECOVERY = "recovery", _("Recovery / found")


class Contact(models.Model):
    """One time police dealt with the child."""

    class Location(models.TextChoices):
        STATION = "station", _("Police station")
        CHILD_DESK = "child_desk", _("Child protection desk")
        HOME = "home", _("Child's home")
        HOSPITAL = "hospital", _("Hospital")
        COURT = "court", _("Court")
        OBSERVATION_HOME = "observation_home", _("Observation home")
        SHELTER = "shelter", _("Shelter / child protection institution")
        SCHOOL = "school", _("School")
        PUBLIC = "public", _("Public place")
        OTHER = "other", _("Other")

    ref = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="contacts")
    kind = models.CharField(max_length=16, choices=ContactKind.choices)
    at = models.DateTimeField()
    location = models.CharField(max_length=20, choices=Location.choices)
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    officer_rank = models.CharField(max_length=48, blank=True)
    officer_sex = models.CharField(max_length=8, blank=True)
    # Who else was there: codes such as guardian, lawyer, probation_officer, female_officer.
    present = models.JSONField(default=list, blank=True)
    notes_enc = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"


class Event(models.Model):
    """A timeline entry. Append-only: a mistake is put right by a later ``correction`` event."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="events")
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    kind = models.CharField(max_length=32)
    at = models.DateTimeField()
    details = models.JSONField(default=dict, blank=True)
    corrects = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="corrections"
    )
    recorded_at = models.DateTimeField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering: ClassVar = ["at", "id"]
        indexes: ClassVar = [
            models.Index(fields=["case", "at"]),
            # "Was an FIR registered?" for every case of a report: a small index of just the
            # FIR events, instead of reading every event (bench/stats.py).
            models.Index(
                fields=["case"], name="event_fir", condition=models.Q(kind="fir_registered")
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"


class Person(models.Model):
    """Someone around the case: guardian, complainant, accused, witness."""

    class Role(models.TextChoices):
        GUARDIAN = "guardian", _("Guardian / parent")
        COMPLAINANT = "complainant", _("Complainant")
        ACCUSED = "accused", _("Accused")
        WITNESS = "witness", _("Witness")

    class Relation(models.TextChoices):
        """Sahil's categories for the accused's relation to the child."""

        FAMILY = "family_member", _("Family member")
        RELATIVE = "relative", _("Relative")
        ACQUAINTANCE = "acquaintance", _("Acquaintance")
        NEIGHBOUR = "neighbour", _("Neighbour")
        STRANGER = "stranger", _("Stranger")
        SERVICE_PROVIDER = "service_provider", _("Service provider (teacher, cleric, employer…)")
        POLICE = "police", _("Police officer")
        OTHER = "other", _("Other")
        UNKNOWN = "unknown", _("Not known")

    ref = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="people")
    role = models.CharField(max_length=12, choices=Role.choices)
    relation = models.CharField(max_length=20, choices=Relation.choices, default="unknown")
    sex = models.CharField(max_length=12, choices=Sex.choices, default="unknown")
    is_juvenile = models.BooleanField(default=False)
    identity_enc = models.TextField(blank=True)
    key_id = models.CharField(max_length=16, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.role} ({self.relation})"


class IdentityToken(models.Model):
    """Blind-index token: a keyed HMAC of one phonetic name key, a phone or an ID number.

    Lets the register and the publication guard find a child by name without any plaintext.
    """

    class Field(models.TextChoices):
        CHILD_NAME = "child.name"
        GUARDIAN_NAME = "guardian.name"
        PERSON_NAME = "person.name"
        PHONE = "phone"
        ID_NUMBER = "id_number"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="tokens")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="tokens"
    )
    district = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    field = models.CharField(max_length=16, choices=Field.choices)
    token = models.CharField(max_length=32)

    class Meta:
        indexes: ClassVar = [
            models.Index(fields=["token", "field"]),
            models.Index(fields=["district", "token"]),
        ]

    def __str__(self) -> str:
        return f"{self.field} token"


class IdentityReveal(models.Model):
    """Who saw a child's identity, when, and why. Also the short-lived grant to see it."""

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="reveals")
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="reveals")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField()
    at = models.DateTimeField()
    expires_at = models.DateTimeField()

    class Meta:
        ordering: ClassVar = ["-at"]
        indexes: ClassVar = [models.Index(fields=["user", "child", "-expires_at"])]

    def __str__(self) -> str:
        return f"reveal by {self.user_id} at {self.at:%Y-%m-%d %H:%M}"
