"""The guard's known-identity detector, answered from the case register's blind index.

The engine hands over every candidate name with its phonetic keys (``NameCandidate.keys``, the
same keys ``hifazat.cases.names.name_keys`` gives the index). Here each key is HMAC'd for every
name field under every key in the ring, exactly as the register stores it, and one query asks
which of those tokens belong to children, guardians or other people of the district(s). No
record is decrypted and no plaintext name is sent to the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

from hifazat.accounts.models import OrgUnit
from hifazat.cases import identity as vault
from hifazat.cases.models import IdentityToken, Person
from hifazat.cases.names import name_tokens, phonetic_key
from hifazat.publishing.engine import KnownIdentity, KnownIdentityLookup, NameCandidate

Role = Literal["child", "guardian", "other"]

_FIELDS = (
    IdentityToken.Field.CHILD_NAME,
    IdentityToken.Field.GUARDIAN_NAME,
    IdentityToken.Field.PERSON_NAME,
)
# Tokens per query: a long text has thousands of candidate keys, and SQLite limits parameters.
_BATCH = 2000
# Honorifics and forms of address that follow or precede many names ("Rukhsana Bibi", "Begum
# Akhtar", "Aslam Sahib"). ``name_tokens`` keeps them, because the register stores them as part
# of a name; on its own such a word identifies no one, so it never makes a match and is not
# needed for one ("Rukhsana Begum" is still the registered "Rukhsana Bibi").
_HONORIFIC_WORDS = (
    "bibi",
    "bi",
    "bibbi",
    "begum",
    "begam",
    "khatoon",
    "khatun",
    "khanum",
    "sahib",
    "sahab",
    "sahiba",
    "mai",
    "mian",
    "miyan",
    "بی",
    "بیبی",
    "بیگم",
    "خاتون",
    "خانم",
    "صاحب",
    "صاحبہ",
    "مائی",
    "میاں",
)
_HONORIFICS = frozenset(t for word in _HONORIFIC_WORDS for t in name_tokens(word))
# When a name matches several people, the most protective reading wins.
_RANK: dict[Role, int] = {"child": 0, "guardian": 1, "other": 2}


def districts_for(unit: OrgUnit) -> list[int]:
    """The districts whose register a text written at ``unit`` is checked against: a station's
    district, a district itself, or every district under a province (or the country)."""
    if unit.kind == OrgUnit.Kind.STATION:
        return [unit.parent_id] if unit.parent_id is not None else []
    if unit.kind == OrgUnit.Kind.DISTRICT:
        return [unit.pk]
    return list(
        OrgUnit.objects.filter(kind=OrgUnit.Kind.DISTRICT, path__startswith=unit.path).values_list(
            "pk", flat=True
        )
    )


def _role(field: str, person_role: str | None, juvenile: bool | None) -> Role:
    if field == IdentityToken.Field.CHILD_NAME:
        return "child"
    if field == IdentityToken.Field.GUARDIAN_NAME:
        return "guardian"
    if juvenile:
        return "child"
    return "guardian" if person_role == Person.Role.GUARDIAN else "other"


def known_identity_lookup(district_ids: Sequence[int]) -> KnownIdentityLookup:
    """A ``ScanContext.known_identity`` callback over the register of ``district_ids``."""
    districts = list(district_ids)

    def lookup(candidates: Sequence[NameCandidate]) -> Iterable[KnownIdentity]:
        if not districts:
            return []
        ring = vault.keyring()
        # token -> (field, phonetic key): one HMAC per key, field and key in the ring.
        wanted: dict[str, tuple[str, str]] = {}
        for key in {k for c in candidates for k in _identifying_keys(c)}:
            for name_field in _FIELDS:
                for token in ring._blind([key], field=name_field, all_keys=True):
                    wanted[token] = (name_field, key)
        if not wanted:
            return []
        tokens = list(wanted)
        rows = [
            row
            for i in range(0, len(tokens), _BATCH)
            for row in IdentityToken.objects.filter(
                district_id__in=districts, token__in=tokens[i : i + _BATCH]
            ).values_list(
                "child_id", "person_id", "field", "token", "person__role", "person__is_juvenile"
            )
        ]
        # Who (registered person and name field) holds each phonetic key.
        holders: dict[str, set[tuple[int, int | None, str]]] = defaultdict(set)
        roles: dict[tuple[int, int | None, str], Role] = {}
        for child_id, person_id, field, token, person_role, juvenile in rows:
            want = wanted.get(token)
            if want is None or want[0] != field:
                continue
            who = (child_id, person_id, field)
            holders[want[1]].add(who)
            roles[who] = _role(field, person_role, juvenile)
        found = []
        for c in candidates:
            keys = _identifying_keys(c)
            if not keys:
                continue
            # A multi-word name matches only when one person holds every one of its keys.
            common = set.intersection(*(holders.get(k, set()) for k in keys))
            if common:
                role = min((roles[who] for who in common), key=_RANK.__getitem__)
                found.append(KnownIdentity(c.index, role))
        return found

    return lookup


def _identifying_keys(candidate: NameCandidate) -> set[str]:
    """The candidate's keys less those of honorifics; empty when nothing else is left."""
    if not any(t in _HONORIFICS for t in candidate.tokens):
        return set(candidate.keys)
    return {phonetic_key(t) for t in candidate.tokens if t not in _HONORIFICS} & set(candidate.keys)
