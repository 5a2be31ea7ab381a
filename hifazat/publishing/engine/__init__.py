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

import hashlib
import json
import os
import sys
from pathlib import Path

# The hot modules compiled with mypyc (``scripts/build_engine.py``, run by ``make`` setup) sit in
# ``native/`` with a stamp of the sources they were built from. They are used only while every
# source still matches its stamp, so an edited module is never shadowed by a stale build;
# ``HIFAZAT_PURE_ENGINE=1`` forces the pure-Python modules (the findings are the same).
COMPILED = ("text", "detect", "scan")
NATIVE_DIR = Path(__file__).resolve().parent / "native"


def native_build_matches(native_dir: Path, source_dir: Path) -> bool:
    """The compiled modules in ``native_dir`` were built, for this Python, from the sources in
    ``source_dir`` as they are now."""
    try:
        stamp = json.loads((native_dir / "stamp.json").read_text())
        return stamp.get("python") == sys.implementation.cache_tag and all(
            stamp["sources"].get(m)
            == hashlib.sha256((source_dir / f"{m}.py").read_bytes()).hexdigest()
            for m in COMPILED
        )
    except (OSError, ValueError, KeyError, AttributeError):
        return False


NATIVE = not os.environ.get("HIFAZAT_PURE_ENGINE") and native_build_matches(
    NATIVE_DIR, NATIVE_DIR.parent
)
if NATIVE:
    __path__.insert(0, str(NATIVE_DIR))

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
    "COMPILED",
    "NATIVE",
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
