"""Running the engine inside the system: the register's known identities, which findings were
replaced and by what, the text that would go out after a supervisor's overrides, and the
pieces a page needs to show highlights."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from hifazat.publishing.engine import (
    Category,
    Policy,
    Redaction,
    ScanContext,
    guard,
    placeholder,
    redact,
)
from hifazat.publishing.engine.types import BLOCKING_CATEGORIES, Language
from hifazat.publishing.lookup import known_identity_lookup

CATEGORY_LABELS: dict[str, Promise] = {
    Category.CHILD_NAME: _("Child's name"),
    Category.RELATIVE_NAME: _("Relative's name"),
    Category.PERSON_NAME: _("Name"),
    Category.FINE_LOCATION: _("Place below district"),
    Category.SCHOOL: _("School"),
    Category.AGE_OR_DOB: _("Age or date of birth"),
    Category.ID_NUMBER: _("ID number"),
    Category.PHONE: _("Phone number"),
    Category.CASTE_TRIBE: _("Caste or tribe"),
    Category.PHOTO_VIDEO: _("Photo or video"),
    Category.SINGLING_OUT: _("Singles the child out"),
}


def category_label(category: str) -> str:
    label = CATEGORY_LABELS.get(category)
    return str(label) if label is not None else category


@lru_cache(maxsize=1)
def engine_version() -> str:
    """Package version, model version and a digest of the engine's code and word lists, so a
    stored result says exactly which guard produced it."""
    try:
        package = importlib.metadata.version("hifazat")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - run from a checkout
        package = "0"
    root = resources.files("hifazat.publishing")
    meta = json.loads(root.joinpath("model", "meta.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256()
    engine = root.joinpath("engine")
    for name in sorted(p.name for p in engine.iterdir() if p.name.endswith(".py")):
        digest.update(name.encode() + b"\0" + engine.joinpath(name).read_bytes())
    names = resources.files("hifazat.cases").joinpath("data", "names.json")
    digest.update(names.read_bytes())
    return f"{package}+model{meta.get('version', '?')}+{digest.hexdigest()[:12]}"


def language_of(lang: str) -> Language:
    return "en" if lang == "en" else "ur" if lang == "ur" else "auto"


def policy_for(lang: str) -> Policy:
    """Releases are about child cases: default-deny, always."""
    return Policy(default_deny=True, language=language_of(lang))


def run_guard(
    text: str, *, district_ids: Sequence[int], lang: str = "auto", attachments: int = 0
) -> Redaction:
    """The engine over ``text``, with the register of ``district_ids`` as known identities."""
    language = language_of(lang)
    ctx = ScanContext(
        language=language,
        child_case=True,
        known_identity=known_identity_lookup(district_ids),
        attachments=attachments,
    )
    return guard(text, ctx, policy_for(lang))


@dataclass(frozen=True)
class Span:
    """One finding as the pages and the published text need it."""

    number: int
    start: int
    end: int
    category: str
    detector: str
    confidence: float
    reason: str
    role: str
    applied: bool  # replaced in the redacted text
    placeholder: str
    blocking: bool
    key: object = None  # the stored Finding's id, when there is one

    @property
    def label(self) -> str:
        return category_label(self.category)


def annotate(text: str, result: Redaction, policy: Policy) -> list[Span]:
    """Each finding of ``result`` with whether the engine replaced it and by what.

    The engine decides; this asks it one finding at a time rather than copying its rules.
    """
    spans = []
    for number, f in enumerate(result.findings, start=1):
        ph = placeholder(f, text, policy.language)
        alone = redact(text, [f], policy).text
        applied = alone == text[: f.start] + ph + text[f.end :] and alone != text
        spans.append(
            Span(
                number=number,
                start=f.start,
                end=f.end,
                category=str(f.category),
                detector=f.detector,
                confidence=f.confidence,
                reason=f.reason,
                role=f.role,
                applied=applied,
                placeholder=ph if applied else "",
                blocking=f.category in BLOCKING_CATEGORIES,
            )
        )
    if compose(text, spans) != result.text:
        # Fail closed: never publish a text built differently from the engine's own redaction.
        raise RuntimeError("the redacted text could not be rebuilt from the findings")
    return spans


def compose(text: str, spans: Iterable[Span], keep: Collection[object] = ()) -> str:
    """``text`` with every applied span replaced, except those a supervisor chose to keep."""
    parts: list[str] = []
    pos = 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not s.applied or s.start < pos or (s.key is not None and s.key in keep):
            continue
        parts.append(text[pos : s.start])
        parts.append(s.placeholder)
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


@dataclass(frozen=True)
class Segment:
    text: str
    span: Span | None = None
    kept: bool = False  # a supervisor kept these words (shown in the redacted column)
    replaced: bool = False  # a placeholder (shown in the redacted column)


def original_segments(text: str, spans: Sequence[Span]) -> list[Segment]:
    """The text cut into plain runs and highlighted findings."""
    out: list[Segment] = []
    pos = 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.start < pos:
            continue
        if s.start > pos:
            out.append(Segment(text[pos : s.start]))
        out.append(Segment(text[s.start : s.end], s))
        pos = s.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def redacted_segments(
    text: str, spans: Sequence[Span], keep: Collection[object] = ()
) -> list[Segment]:
    """The text that would go out, with placeholders and kept words marked."""
    out: list[Segment] = []
    pos = 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not s.applied or s.start < pos:
            continue
        if s.start > pos:
            out.append(Segment(text[pos : s.start]))
        if s.key is not None and s.key in keep:
            out.append(Segment(text[s.start : s.end], s, kept=True))
        else:
            out.append(Segment(s.placeholder, s, replaced=True))
        pos = s.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out
