"""The identity vault inside the register: sealing and opening identity, and blind-index tokens.

Plain data (``ChildIdentity``) exists only in memory, for the length of a request that is allowed
to see it; the database holds vault tokens and HMAC tokens only.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, fields
from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from hifazat.cases.vault import KeyRing


@lru_cache(maxsize=1)
def keyring() -> KeyRing:
    return KeyRing.parse(settings.HIFAZAT_ENCRYPTION_KEY)


@receiver(setting_changed)
def _forget_keyring(*, setting: str, **kwargs: object) -> None:
    if setting == "HIFAZAT_ENCRYPTION_KEY":
        keyring.cache_clear()


@dataclass
class ChildIdentity:
    given_name: str = ""
    family_name: str = ""
    name_ur: str = ""
    father_name: str = ""
    mother_name: str = ""
    guardian_name: str = ""
    guardian_relation: str = ""
    address: str = ""
    phone: str = ""
    id_number: str = ""  # CNIC or B-form (13 digits)
    school: str = ""
    school_class: str = ""
    date_of_birth: str = ""  # ISO date, when known

    def display_name(self) -> str:
        latin = " ".join(p for p in (self.given_name, self.family_name) if p)
        return " / ".join(p for p in (latin, self.name_ur) if p)

    def child_names(self) -> str:
        return " ".join((self.given_name, self.family_name, self.name_ur))

    def guardian_names(self) -> str:
        return " ".join((self.father_name, self.mother_name, self.guardian_name))


CHILD_IDENTITY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ChildIdentity))


@dataclass
class PersonIdentity:
    name: str = ""
    phone: str = ""
    id_number: str = ""
    address: str = ""


def _context(kind: str, ref: object) -> str:
    return f"{kind}:{ref}"


def seal(data: ChildIdentity | PersonIdentity, *, kind: str, ref: object) -> tuple[str, str]:
    """Encrypt identity; returns (token, key id)."""
    payload = json.dumps(asdict(data), ensure_ascii=False, sort_keys=True)
    ring = keyring()
    return ring.encrypt(payload, context=_context(kind, ref)), ring.current


def open_child(token: str, *, ref: object) -> ChildIdentity:
    raw = json.loads(keyring().decrypt(token, context=_context("child", ref)) or "{}")
    known = {f.name for f in fields(ChildIdentity)}
    return ChildIdentity(**{k: v for k, v in raw.items() if k in known})


def open_person(token: str, *, ref: object) -> PersonIdentity:
    raw = json.loads(keyring().decrypt(token, context=_context("person", ref)) or "{}")
    known = {f.name for f in fields(PersonIdentity)}
    return PersonIdentity(**{k: v for k, v in raw.items() if k in known})


def seal_photo(data: bytes, *, ref: object) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return keyring().encrypt(encoded, context=_context("photo", ref))


def open_photo(token: str, *, ref: object) -> bytes:
    return base64.b64decode(keyring().decrypt(token, context=_context("photo", ref)))


def child_tokens(data: ChildIdentity) -> list[tuple[str, str]]:
    """(field, token) pairs to store for a child, under the current index key."""
    ring = keyring()
    pairs = [("child.name", t) for t in ring.blind_tokens(data.child_names(), field="child.name")]
    pairs += [
        ("guardian.name", t)
        for t in ring.blind_tokens(data.guardian_names(), field="guardian.name")
    ]
    if data.phone:
        pairs += [("phone", t) for t in ring.blind_exact(data.phone, field="phone")]
    if data.id_number:
        pairs += [("id_number", t) for t in ring.blind_exact(data.id_number, field="id_number")]
    return pairs


def person_tokens(data: PersonIdentity) -> list[tuple[str, str]]:
    ring = keyring()
    pairs = [("person.name", t) for t in ring.blind_tokens(data.name, field="person.name")]
    if data.phone:
        pairs += [("phone", t) for t in ring.blind_exact(data.phone, field="phone")]
    if data.id_number:
        pairs += [("id_number", t) for t in ring.blind_exact(data.id_number, field="id_number")]
    return pairs
