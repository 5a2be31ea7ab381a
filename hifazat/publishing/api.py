"""``POST /api/v1/guard/check``: the guard over any text, for other systems (a social-media
desk, a document tool). The answer has the shape of ``hifazat guard --json``; the text is never
stored, and the call is audited with counts only."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router, Schema

from hifazat.accounts import access
from hifazat.accounts.models import User
from hifazat.publishing import services


class GuardIn(Schema):
    text: str
    lang: Literal["auto", "en", "ur"] = "auto"


class GuardFindingOut(Schema):
    start: int
    end: int
    category: str
    detector: str
    confidence: float
    reason: str


class GuardOut(Schema):
    verdict: Literal["clean", "redacted", "blocked"]
    findings: list[GuardFindingOut]
    redacted: str


class GuardErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = {}


router = Router(tags=["guard"])


@router.post("/check", response={200: GuardOut, 422: GuardErrorOut})
def check(request: HttpRequest, body: GuardIn) -> dict[str, Any]:
    """Find and redact what could identify a child. Offsets are Python string offsets (code
    points) into ``text`` as sent. Known identities come from the case register of the caller's
    district(s)."""
    user = request.auth  # type: ignore[attr-defined]
    assert isinstance(user, User)
    access.require(user, "release.draft")
    done = services.check_text(actor=user, text=body.text, lang=body.lang, via="api")
    return done.result.as_dict()
