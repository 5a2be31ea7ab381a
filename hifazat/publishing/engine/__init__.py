"""The publication guard's engine. Pure Python: no Django, no database, no network.

    from hifazat.publishing.engine import ScanContext, scan, redact, guard
    findings = scan(text, ScanContext(child_case=True))
    result = redact(text, findings)          # result.text, result.verdict
    result = guard(text)                     # both at once

Detectors (a union): cue patterns (s/o, d/o, r/o, walad, ولد, ساکن, "aged 12" ...), places below
district (mohalla, village, chak, house and street numbers), schools, ID and phone formats,
gazetteers of names and castes in both scripts, a small spaCy NER model trained in this
repository, the case register's known identities (through ``ScanContext.known_identity``), and,
in a child case, default-deny for unexplained name-like words.
"""

from __future__ import annotations

from .redact import placeholder, redact
from .scan import scan
from .types import (
    Category,
    Finding,
    KnownIdentity,
    KnownIdentityLookup,
    NameCandidate,
    Policy,
    Redaction,
    ScanContext,
    Verdict,
)

__all__ = [
    "Category",
    "Finding",
    "KnownIdentity",
    "KnownIdentityLookup",
    "NameCandidate",
    "Policy",
    "Redaction",
    "ScanContext",
    "Verdict",
    "guard",
    "placeholder",
    "redact",
    "scan",
]


def guard(text: str, context: ScanContext | None = None, policy: Policy | None = None) -> Redaction:
    """Scan and redact in one call, with the policy following the context (child case or not)."""
    ctx = context or ScanContext()
    pol = policy or Policy(default_deny=ctx.child_case, language=ctx.language)
    return redact(text, scan(text, ctx), pol, attachments=ctx.attachments)
