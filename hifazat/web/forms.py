from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from hifazat.accounts.models import OrgUnit, Permission, Role, User


class UnitChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        indent = "· " * max(obj.path.count("/") - 2, 0)
        return f"{indent}{obj.name_en} ({obj.get_kind_display()}, {obj.code})"


class UserCreateForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=64)
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    rank = forms.CharField(label=_("Rank"), max_length=48, required=False)
    sex = forms.ChoiceField(label=_("Sex"), choices=[("", "—"), *User.Sex.choices], required=False)
    role = forms.ModelChoiceField(label=_("Role"), queryset=Role.objects.all())
    org_unit = UnitChoiceField(label=_("Unit"), queryset=OrgUnit.objects.none())
    password = forms.CharField(
        label=_("First password"),
        widget=forms.PasswordInput(render_value=False),
        help_text=_("At least 10 characters; the officer sets up two-factor at first sign-in."),
    )

    def __init__(self, *args: Any, units: QuerySet[OrgUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["org_unit"].queryset = units  # type: ignore[attr-defined]


class UserChangeForm(forms.Form):
    role = forms.ModelChoiceField(label=_("Role"), queryset=Role.objects.all())
    org_unit = UnitChoiceField(label=_("Unit"), queryset=OrgUnit.objects.none())
    is_active = forms.BooleanField(label=_("Account active"), required=False)
    reason = forms.CharField(
        label=_("Reason for the change"), max_length=500, widget=forms.TextInput
    )

    def __init__(self, *args: Any, units: QuerySet[OrgUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["org_unit"].queryset = units  # type: ignore[attr-defined]


class StationForm(forms.Form):
    district = UnitChoiceField(label=_("District"), queryset=OrgUnit.objects.none())
    code = forms.CharField(
        label=_("Station code"), max_length=20, help_text=_("For example KSR-07")
    )
    name_en = forms.CharField(label=_("Name (English)"), max_length=120)
    name_ur = forms.CharField(label=_("Name (Urdu)"), max_length=120, required=False)

    def __init__(self, *args: Any, districts: QuerySet[OrgUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = districts  # type: ignore[attr-defined]


class RolePermissionsForm(forms.Form):
    permissions = forms.ModelMultipleChoiceField(
        label=_("What this role may do"),
        queryset=Permission.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    reason = forms.CharField(label=_("Reason for the change"), max_length=500)
