"""Forms for releases and the "check a text" page. They collect input; the services decide."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from hifazat.accounts.models import OrgUnit
from hifazat.publishing.models import Release
from hifazat.publishing.services import MAX_TEXT, MAX_TITLE, MIN_REASON


class UnitField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.display_name(get_language() or 'en')} ({obj.get_kind_display()}, {obj.code})"


class ReleaseForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=MAX_TITLE,
        help_text=_("For the list of releases only; it is not published. Do not put a name in it."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
    )
    text = forms.CharField(
        label=_("Text of the release"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 12, "dir": "auto", "spellcheck": "true"}),
    )
    unit = UnitField(label=_("Issued for"), queryset=OrgUnit.objects.none())
    language = forms.ChoiceField(
        label=_("Language of the text"),
        choices=Release.Language.choices,
        initial=Release.Language.AUTO,
        help_text=_("Decides the language of the words that replace what the guard removes."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, units: QuerySet[OrgUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]


class AttachmentForm(forms.Form):
    image = forms.FileField(
        label=_("Add a photo (JPEG or PNG, up to 5 MB)"),
        help_text=_(
            "Location and camera details are removed. Every photo blocks the release until a "
            "supervisor has looked at it."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )


class DecisionForm(forms.Form):
    """Approve or publish exactly the check the officer was looking at."""

    check_run = forms.IntegerField(widget=forms.HiddenInput)


class OverrideForm(forms.Form):
    check_run = forms.IntegerField(widget=forms.HiddenInput)
    # "finding:<id>", "photo:<id>" or "text"
    target = forms.RegexField(regex=r"^(finding:\d+|photo:\d+|text)$", widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Reason (recorded)"),
        min_length=MIN_REASON,
        max_length=1000,
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
    )


class CheckTextForm(forms.Form):
    """Sent by POST only: the text may name a child and must never be in a URL or a log."""

    text = forms.CharField(
        label=_("Text to check"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto", "spellcheck": "false"}),
        help_text=_("The text is not stored. The check is recorded in the audit trail."),
    )
    lang = forms.ChoiceField(
        label=_("Language of the text"),
        choices=Release.Language.choices,
        initial=Release.Language.AUTO,
    )
