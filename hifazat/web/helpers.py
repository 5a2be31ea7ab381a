"""Small helpers shared by the views of every app."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest


def apply_service_errors(forms: Form | list[Form], exc: ValidationError) -> None:
    """Put a service's field errors on whichever form has that field (the first form otherwise),
    so the user sees each message next to the field it is about."""
    forms = forms if isinstance(forms, list) else [forms]
    if not hasattr(exc, "error_dict"):
        forms[0].add_error(None, exc.messages)
        return
    for name, errors in exc.message_dict.items():
        target = next((f for f in forms if name in f.fields), forms[0])
        target.add_error(name if name in target.fields else None, errors)


def two_factor_verified(request: HttpRequest) -> bool:
    """Whether this session passed the second factor (django-otp)."""
    is_verified = getattr(request.user, "is_verified", None)
    return bool(is_verified and is_verified())
