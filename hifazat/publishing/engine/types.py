"""The guard's plain data: what a scan is given and what it returns."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Language = Literal["auto", "en", "ur"]


class Category(StrEnum):
    """What kind of identifying detail a finding is."""

    CHILD_NAME = "child_name"
    RELATIVE_NAME = "relative_name"
    PERSON_NAME = "person_name"  # a private person whose role the text does not make clear
    FINE_LOCATION = "fine_location"  # anything below district: mohalla, village, street, house
    SCHOOL = "school"
    AGE_OR_DOB = "age_or_dob"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    CASTE_TRIBE = "caste_tribe"
    PHOTO_VIDEO = "photo_video"  # a photo or video of the child goes with the text
    SINGLING_OUT = "singling_out"  # "the only girl in class 5 at ..." : cannot be redacted


NAME_CATEGORIES = frozenset({Category.CHILD_NAME, Category.RELATIVE_NAME, Category.PERSON_NAME})
# Details that cannot be made safe by replacing words: a person must decide.
BLOCKING_CATEGORIES = frozenset({Category.PHOTO_VIDEO, Category.SINGLING_OUT})


class Verdict(StrEnum):
    CLEAN = "clean"
    REDACTED = "redacted"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class Finding:
    """A span of the original text (Python str offsets, end exclusive) that could identify."""

    start: int
    end: int
    category: Category
    detector: str  # "cue", "format", "gazetteer", "model", "known_identity", "default_deny"; "+"
    confidence: float  # 0..1; below the policy's ``review_below`` it counts as uncertain
    reason: str
    role: str = ""  # finer label for the placeholder: "father", "mother", "village", "dob" ...

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "category": str(self.category),
            "detector": self.detector,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A stretch of the text that may be a person's name, offered to the known-identity lookup.

    ``tokens`` and ``keys`` are ``hifazat.cases.names.name_tokens`` / ``name_keys`` of ``text``:
    what the case register's blind index is built from, so the lookup can HMAC them and compare
    tokens without ever decrypting a record.
    """

    index: int
    text: str
    tokens: tuple[str, ...]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KnownIdentity:
    """The lookup's answer: candidate ``index`` matches a child or a guardian on the register."""

    index: int
    role: Literal["child", "guardian", "other"] = "child"


# Given all candidates of one text at once (one database query), return the known ones. A multi-
# token candidate should match only when all its keys belong to one registered person; a single
# token when its key is one of a registered person's name keys.
KnownIdentityLookup = Callable[[Sequence[NameCandidate]], Iterable[KnownIdentity]]


@dataclass(frozen=True)
class ScanContext:
    """What the caller knows about the text.

    ``child_case``: the text is about a case with a child in it: default-deny, so uncertain
    findings are redacted too. ``allow``: extra words that never identify (a station's own name).
    ``attachments``: photos or videos going out with the text (each blocks in a child case).
    """

    language: Language = "auto"
    child_case: bool = True
    known_identity: KnownIdentityLookup | None = None
    allow: frozenset[str] = field(default_factory=frozenset)
    attachments: int = 0


@dataclass(frozen=True)
class Policy:
    """How findings become a redacted text and a verdict.

    ``review_below``: findings under this confidence are uncertain. In a child case
    (``default_deny``) they are redacted all the same; when there are more than
    ``max_uncertain`` of them the text is blocked for a person to look at. ``keep_age``: an age
    in years stays ("a 12-year-old girl"); a date of birth never does.
    """

    default_deny: bool = True
    review_below: float = 0.5
    max_uncertain: int = 8
    keep_age: bool = True
    language: Language = "auto"  # of the placeholders; auto = the script of each redacted span


@dataclass(frozen=True)
class Redaction:
    text: str
    verdict: Verdict
    findings: tuple[Finding, ...]  # those applied, in order
    reasons: tuple[str, ...]  # why blocked (empty unless blocked)

    def as_dict(self) -> dict[str, object]:
        return {
            "verdict": str(self.verdict),
            "findings": [f.as_dict() for f in self.findings],
            "redacted": self.text,
        }


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.start, -f.end, f.category))
