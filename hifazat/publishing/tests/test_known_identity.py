"""The case register's known identities, through the engine's lookup interface.

The lookup here is a real in-memory register keyed the way the blind index is
(``hifazat.cases.names.name_keys``); the Django layer passes one that HMACs the same keys.
"""

from __future__ import annotations

from collections.abc import Sequence

from hifazat.cases.names import name_keys
from hifazat.publishing.engine import (
    Category,
    KnownIdentity,
    NameCandidate,
    ScanContext,
    guard,
    scan,
)

REGISTER = {"child": [name_keys("Zoya Pervaiz")], "guardian": [name_keys("Tanveer Akhtar")]}


def lookup(candidates: Sequence[NameCandidate]) -> list[KnownIdentity]:
    out = []
    for c in candidates:
        for role, people in REGISTER.items():
            for keys in people:
                if c.keys and set(c.keys) <= set(keys):
                    out.append(KnownIdentity(c.index, role))  # type: ignore[arg-type]
                    break
    return out


def test_a_registered_childs_name_is_found_even_in_plain_words() -> None:
    text = "the parcel for zoya was left at the gate"
    ctx = ScanContext(known_identity=lookup, child_case=False)
    findings = scan(text, ctx)
    assert [(text[f.start : f.end], f.category) for f in findings] == [
        ("zoya", Category.CHILD_NAME)
    ]


def test_spelling_and_script_variants_match_through_the_keys() -> None:
    ctx = ScanContext(known_identity=lookup, child_case=False)
    for text, name in [("Zoia came home", "Zoia"), ("زویا گھر آئی", "زویا")]:
        start = text.index(name)
        hits = [f for f in scan(text, ctx) if f.start <= start and f.end >= start + len(name)]
        assert hits and "known_identity" in hits[0].detector


def test_a_guardian_is_a_relative() -> None:
    r = guard("Tanvir Akhtar spoke to the press.", ScanContext(known_identity=lookup))
    assert r.text.startswith("[relative's name]")


def test_the_lookup_gets_normalised_tokens_and_keys_never_needs_more() -> None:
    seen: list[NameCandidate] = []

    def spy(candidates: Sequence[NameCandidate]) -> list[KnownIdentity]:
        seen.extend(candidates)
        return []

    scan("Mohd Bilal s/o Aslam", ScanContext(known_identity=spy))
    by_text = {c.text: c for c in seen}
    assert by_text["Mohd Bilal"].tokens == ("muhammad", "bilal")
    assert by_text["Mohd Bilal"].keys == tuple(name_keys("Muhammad Bilal"))
