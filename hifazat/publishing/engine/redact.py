"""``redact``: replace findings with readable placeholders and decide the verdict."""

from __future__ import annotations

from collections.abc import Sequence

from .text import is_arabic
from .types import (
    BLOCKING_CATEGORIES,
    Category,
    Finding,
    Policy,
    Redaction,
    Verdict,
    sort_findings,
)

# (English, Urdu) placeholder by category and role.
_PLACEHOLDERS: dict[tuple[Category, str], tuple[str, str]] = {
    (Category.CHILD_NAME, ""): ("[child's name]", "[بچے کا نام]"),
    (Category.RELATIVE_NAME, "father"): ("[father's name]", "[والد کا نام]"),
    (Category.RELATIVE_NAME, "mother"): ("[mother's name]", "[والدہ کا نام]"),
    (Category.RELATIVE_NAME, "husband"): ("[husband's name]", "[شوہر کا نام]"),
    (Category.RELATIVE_NAME, ""): ("[relative's name]", "[رشتہ دار کا نام]"),
    (Category.PERSON_NAME, ""): ("[name]", "[نام]"),
    (Category.FINE_LOCATION, "village"): ("[village]", "[گاؤں]"),
    (Category.FINE_LOCATION, "locality"): ("[locality]", "[محلہ]"),
    (Category.FINE_LOCATION, "street"): ("[street]", "[گلی]"),
    (Category.FINE_LOCATION, "house"): ("[house]", "[مکان]"),
    (Category.FINE_LOCATION, "tehsil"): ("[tehsil]", "[تحصیل]"),
    (Category.FINE_LOCATION, ""): ("[address]", "[پتہ]"),
    (Category.SCHOOL, ""): ("[school]", "[اسکول]"),
    (Category.AGE_OR_DOB, "dob"): ("[date of birth]", "[تاریخ پیدائش]"),
    (Category.AGE_OR_DOB, ""): ("[age]", "[عمر]"),
    (Category.ID_NUMBER, ""): ("[ID number]", "[شناختی نمبر]"),
    (Category.PHONE, ""): ("[phone]", "[فون نمبر]"),
    (Category.CASTE_TRIBE, ""): ("[caste]", "[قوم]"),
}


def placeholder(finding: Finding, text: str, language: str = "auto") -> str:
    role = finding.role
    key = (finding.category, role)
    if key not in _PLACEHOLDERS:
        key = (finding.category, "")
    if key not in _PLACEHOLDERS:
        key = (Category.PERSON_NAME, "")
    en, ur = _PLACEHOLDERS[key]
    if language == "ur":
        return ur
    if language == "en":
        return en
    return ur if is_arabic(text[finding.start : finding.end]) else en


def _applies(finding: Finding, policy: Policy) -> bool:
    """Whether a finding is replaced in the text (a kept age or a blocking cue is not)."""
    if finding.category in BLOCKING_CATEGORIES:
        return False
    if finding.category is Category.AGE_OR_DOB and finding.role != "dob" and policy.keep_age:
        return False
    return policy.default_deny or finding.confidence >= policy.review_below


def redact(
    text: str,
    findings: Sequence[Finding],
    policy: Policy | None = None,
    *,
    attachments: int = 0,
) -> Redaction:
    """The text with findings replaced, and whether it may go out (a person decides "blocked").

    ``attachments``: photos or videos that go with the text; in a child case each blocks.
    """
    pol = policy or Policy()
    ordered = sort_findings(findings)
    applied: list[Finding] = []
    parts: list[str] = []
    pos = 0
    for f in ordered:
        if not _applies(f, pol) or f.start < pos:
            continue
        parts.append(text[pos : f.start])
        parts.append(placeholder(f, text, pol.language))
        pos = f.end
        applied.append(f)
    parts.append(text[pos:])

    reasons: list[str] = []
    for f in ordered:
        if f.category in BLOCKING_CATEGORIES:
            reasons.append(f"{f.category}: {f.reason}")
    if attachments and pol.default_deny:
        reasons.append(f"{attachments} photo(s)/video(s) attached: a person must check them")
    uncertain = [f for f in applied if f.confidence < pol.review_below]
    if pol.default_deny and len(uncertain) > pol.max_uncertain:
        reasons.append(
            f"{len(uncertain)} uncertain findings (more than {pol.max_uncertain}): "
            "a person must check the redaction"
        )
    if reasons:
        verdict = Verdict.BLOCKED
    elif applied:
        verdict = Verdict.REDACTED
    else:
        verdict = Verdict.CLEAN
    return Redaction("".join(parts), verdict, tuple(ordered), tuple(reasons))
