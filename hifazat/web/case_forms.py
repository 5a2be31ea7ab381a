"""Forms for the case register. They collect and check input; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from hifazat.accounts.models import OrgUnit
from hifazat.cases.models import (
    AgeBasis,
    CaseKind,
    Contact,
    ContactKind,
    Disability,
    Offence,
    Person,
    Place,
    Sex,
)
from hifazat.cases.timeline import KINDS, PRESENT, DetailField

URBAN_CHOICES = [("", _("Not known")), ("urban", _("Urban")), ("rural", _("Rural"))]


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class StationField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.display_name(get_language() or 'en')} ({obj.code})"


class OffenceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.law} {obj.section} — {obj.display_title(get_language() or 'en')}"


def present_choices() -> list[tuple[str, str]]:
    return [(code, gettext(label)) for code, label in PRESENT]


class ContactStepForm(forms.Form):
    """Screen 1: what happened, when and where."""

    case_kind = forms.ChoiceField(
        label=_("Kind of case"), choices=CaseKind.choices, widget=forms.RadioSelect
    )
    contact_kind = forms.ChoiceField(label=_("This contact"), choices=ContactKind.choices)
    at = forms.DateTimeField(
        label=_("When"),
        widget=DateTimeLocalInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    location = forms.ChoiceField(label=_("Where"), choices=Contact.Location.choices)
    station = StationField(label=_("Police station"), queryset=OrgUnit.objects.none())
    present = forms.MultipleChoiceField(
        label=_("Who else was present"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(),
    )
    occurred_on = forms.DateField(
        label=_("Date of the incident (if known)"), required=False, widget=DateInput()
    )
    place = forms.ChoiceField(
        label=_("Place of occurrence"), choices=Place.choices, initial="unknown"
    )
    urban = forms.ChoiceField(label=_("Urban or rural"), choices=URBAN_CHOICES, required=False)
    offences = OffenceField(
        label=_("Offences (if any)"),
        queryset=Offence.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )

    def __init__(self, *args: Any, stations: QuerySet[OrgUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["station"].queryset = stations  # type: ignore[attr-defined]
        self.fields["present"].choices = present_choices()  # type: ignore[attr-defined]
        if not self.is_bound:
            self.fields["at"].initial = timezone.localtime().replace(second=0, microsecond=0)
            if stations.count() == 1:
                self.fields["station"].initial = stations.first()

    def clean_urban(self) -> bool | None:
        value = self.cleaned_data.get("urban")
        return {"urban": True, "rural": False}.get(value or "")


class ChildStepForm(forms.Form):
    """Screen 2: the child. Identity fields are sealed in the vault when saved."""

    given_name = forms.CharField(
        label=_("Given name (English letters)"), max_length=120, required=False
    )
    family_name = forms.CharField(label=_("Family name"), max_length=120, required=False)
    name_ur = forms.CharField(
        label=_("Name in Urdu"),
        max_length=120,
        required=False,
        widget=forms.TextInput(attrs={"lang": "ur", "dir": "rtl"}),
    )
    sex = forms.ChoiceField(label=_("Sex"), choices=Sex.choices, widget=forms.RadioSelect)
    age_years = forms.IntegerField(
        label=_("Age (years)"), required=False, min_value=0, max_value=99
    )
    age_basis = forms.ChoiceField(label=_("How the age was established"), choices=AgeBasis.choices)
    age_pending = forms.BooleanField(
        label=_("Appears under 18; age determination pending (JJSA s.8)"), required=False
    )
    date_of_birth = forms.DateField(
        label=_("Date of birth (if known)"), required=False, widget=DateInput()
    )
    father_name = forms.CharField(label=_("Father's name"), max_length=120, required=False)
    mother_name = forms.CharField(label=_("Mother's name"), max_length=120, required=False)
    guardian_name = forms.CharField(
        label=_("Guardian's name (if not a parent)"), max_length=120, required=False
    )
    guardian_relation = forms.CharField(
        label=_("Guardian's relation to the child"), max_length=60, required=False
    )
    phone = forms.CharField(
        label=_("Family's phone"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel"}),
    )
    id_number = forms.CharField(
        label=_("B-form / CNIC number"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    address = forms.CharField(
        label=_("Address"), max_length=300, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    school = forms.CharField(label=_("School"), max_length=120, required=False)
    school_class = forms.CharField(label=_("Class"), max_length=20, required=False)
    disability = forms.ChoiceField(
        label=_("Disability"), choices=Disability.choices, initial="none"
    )
    languages = forms.CharField(
        label=_("Languages the child speaks"), max_length=120, required=False
    )


IDENTITY_FIELDS = (
    "given_name",
    "family_name",
    "name_ur",
    "father_name",
    "mother_name",
    "guardian_name",
    "guardian_relation",
    "phone",
    "id_number",
    "address",
    "school",
    "school_class",
    "date_of_birth",
)


class IdentityForm(forms.Form):
    """Correcting a child's identity while it is revealed to the officer."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in IDENTITY_FIELDS:
            self.fields[name] = ChildStepForm.base_fields[name]


class ConfirmStepForm(forms.Form):
    photo = forms.FileField(
        label=_("Photo (optional; JPEG or PNG, up to 2 MB)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )


class CaseSearchForm(forms.Form):
    """Sent by POST, so a child's name never appears in a URL, a browser history or a log."""

    q = forms.CharField(label=_("Case code or name"), max_length=80)


class CaseFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *CaseKind.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Open and closed")), ("open", _("Open")), ("closed", _("Closed"))],
    )
    station = StationField(
        label=_("Station"),
        required=False,
        queryset=OrgUnit.objects.none(),
        empty_label=_("All stations"),
    )
    date_from = forms.DateField(label=_("Reported from"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("to"), required=False, widget=DateInput())

    def __init__(self, *args: Any, stations: QuerySet[OrgUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["station"].queryset = stations  # type: ignore[attr-defined]


class RevealForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you need to see this child's identity?"),
        max_length=500,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class ContactForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of contact"), choices=ContactKind.choices)
    at = forms.DateTimeField(
        label=_("When"),
        widget=DateTimeLocalInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    location = forms.ChoiceField(label=_("Where"), choices=Contact.Location.choices)
    present = forms.MultipleChoiceField(
        label=_("Who else was present"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=(),
    )
    notes = forms.CharField(
        label=_("Notes (kept encrypted)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = present_choices()  # type: ignore[attr-defined]
        if not self.is_bound:
            self.fields["at"].initial = timezone.localtime().replace(second=0, microsecond=0)


class PersonForm(forms.Form):
    role = forms.ChoiceField(label=_("Role in the case"), choices=Person.Role.choices)
    relation = forms.ChoiceField(
        label=_("Relation to the child"), choices=Person.Relation.choices, initial="unknown"
    )
    sex = forms.ChoiceField(label=_("Sex"), choices=Sex.choices, initial="unknown")
    is_juvenile = forms.BooleanField(label=_("Under 18"), required=False)
    name = forms.CharField(label=_("Name"), max_length=120, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
    id_number = forms.CharField(label=_("CNIC"), max_length=20, required=False)
    address = forms.CharField(label=_("Address"), max_length=300, required=False)


class CaseFactsForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    occurred_on = forms.DateField(
        label=_("Date of the incident"), required=False, widget=DateInput()
    )
    place = forms.ChoiceField(label=_("Place of occurrence"), choices=Place.choices)
    urban = forms.ChoiceField(label=_("Urban or rural"), choices=URBAN_CHOICES, required=False)
    offences = OffenceField(
        label=_("Offences"),
        queryset=Offence.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )

    def clean_urban(self) -> bool | None:
        value = self.cleaned_data.get("urban")
        return {"urban": True, "rural": False}.get(value or "")


def event_form_class(kind: str) -> type[forms.Form]:
    """A form for one event kind, built from the typed details in ``cases.timeline``."""
    spec = KINDS[kind]
    attrs: dict[str, Any] = {
        "at": forms.DateTimeField(
            label=_("When"),
            widget=DateTimeLocalInput(),
            input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        ),
    }
    for f in spec.fields:
        attrs[f.name] = _detail_field(f)
    return type(f"{kind.title()}EventForm", (forms.Form,), attrs)


def _detail_field(f: DetailField) -> forms.Field:
    label = gettext(f.label)
    choices = [(c, gettext(lbl)) for c, lbl in f.choices]
    if f.type == "date":
        return forms.DateField(label=label, required=f.required, widget=DateInput())
    if f.type == "bool":
        return forms.BooleanField(label=label, required=False)
    if f.type == "choice":
        return forms.ChoiceField(label=label, required=f.required, choices=[("", "—"), *choices])
    if f.type == "choices":
        return forms.MultipleChoiceField(
            label=label, required=f.required, choices=choices, widget=forms.CheckboxSelectMultiple
        )
    if f.type == "offences":
        return forms.MultipleChoiceField(
            label=label,
            required=f.required,
            choices=[
                (o.code, f"{o.law} {o.section} — {o.title_en}") for o in Offence.objects.all()
            ],
            widget=forms.SelectMultiple(attrs={"size": 6}),
        )
    return forms.CharField(label=label, required=f.required, max_length=f.max_length)
