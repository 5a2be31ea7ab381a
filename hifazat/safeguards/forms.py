"""Forms of the safeguards pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from hifazat.cases.timeline import KINDS
from hifazat.safeguards.selectors import BOARD_HOURS, filter_choices, one_click_kinds

TIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]


def _choices(form: forms.Form, name: str, choices: list[tuple[Any, str]]) -> None:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    field.choices = choices


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class RecordStepForm(forms.Form):
    """One click on the checklist: "Guardian informed at [now, editable]"."""

    kind = forms.ChoiceField(choices=())
    at = forms.DateTimeField(
        label=_("When"), widget=DateTimeLocalInput(), input_formats=TIME_FORMATS
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "kind", [(code, KINDS[code].label) for code in one_click_kinds()])


class AcknowledgeForm(forms.Form):
    reason = forms.CharField(
        label=_("What was done about it, or why it happened"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
    )


class BoardForm(forms.Form):
    hours = forms.TypedChoiceField(
        label=_("Falling due within"), coerce=int, choices=(), initial=24, required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "hours", [(h, gettext("%(n)d hours") % {"n": h}) for h in BOARD_HOURS])


class RuleFilterForm(forms.Form):
    province = forms.ChoiceField(label=_("Province or territory"), required=False)
    contact = forms.ChoiceField(label=_("Checklist or kind of contact"), required=False)
    case_kind = forms.ChoiceField(label=_("Kind of case"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, choices in filter_choices().items():
            _choices(self, name, [("", gettext("All")), *choices])
