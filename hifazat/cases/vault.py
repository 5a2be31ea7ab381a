"""Field encryption (AES-256-GCM under a key ring) and a keyed blind index. Pure Python, no Django.

Tokens look like ``v1.<key id>.<base64url(12-byte nonce + ciphertext + 16-byte tag)>`` (ASCII, no
padding). The caller's ``context`` (e.g. ``"child:CH-2025-0042"``) is authenticated with the value,
so a token copied into another field or record does not open. "" stays "" (absent, not secret).

The key ring comes from one setting: either ``"k2:<base64url 32 bytes>,k1:<...>"`` (first = the key
that encrypts; the others still decrypt, during a rotation) or one opaque secret without ":" (the
demo's ``secrets.token_urlsafe(32)``), from which key "k1" is derived with HKDF-SHA256.

Blind index: each key has an index key, HKDF-SHA256(key, info="hifazat blind index"). A token is
HMAC-SHA256(index key, field + "\\x1f" + value), hex, first 24 characters (96 bits). Names index
their phonetic keys (:mod:`hifazat.cases.names`); phones and CNICs their canonical digits. Store
with the current key; search with ``all_keys=True`` while a rotation is under way. A field that
uses ``blind_tokens`` should not also use ``blind_exact`` (both hash ``field + value``).

Error messages never contain plaintext, tokens' contents or key material.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hifazat.cases.names import name_keys, normalise

__all__ = [
    "KeyRing",
    "VaultError",
    "normalise_cnic",
    "normalise_phone",
]

VERSION = "v1"
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
BLIND_HEX_CHARS = 24
MIN_SECRET_CHARS = 16

_KEY_ID = re.compile(r"[A-Za-z0-9_-]{1,16}")
_B64URL = re.compile(r"[A-Za-z0-9_-]*")
_INDEX_INFO = b"hifazat blind index"
_BAD_ID = "a key id must be 1-16 characters of A-Z, a-z, 0-9, _ or -"


class VaultError(Exception):
    """A key ring or token problem. The message never holds plaintext or key material."""


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes | None:
    """Strict, canonical base64url (padding optional); None when it is not."""
    text = text.rstrip("=")
    if not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        return None
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        return None
    # Reject non-zero spare bits, so that every value has exactly one token.
    return data if _b64encode(data) == text else None


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(secret)


def _parse_entry(entry: str, position: int) -> tuple[str, bytes]:
    key_id, sep, encoded = entry.strip().partition(":")
    key_id = key_id.strip()
    if not sep:
        raise VaultError(f"key entry {position} must look like 'id:base64key'")
    if not _KEY_ID.fullmatch(key_id):
        raise VaultError(f"key entry {position}: {_BAD_ID}")
    key = _b64decode(encoded.strip())
    if key is None or len(key) != KEY_BYTES:
        raise VaultError(f"key {key_id!r} is not {KEY_BYTES} bytes of base64")
    return key_id, key


@dataclass(frozen=True)
class KeyRing:
    """Keys by id; ``current`` encrypts, every key decrypts. The repr shows ids only."""

    keys: Mapping[str, bytes] = field(repr=False)
    current: str
    _aead: dict[str, AESGCM] = field(init=False, repr=False, compare=False)
    _index_keys: dict[str, bytes] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.keys:
            raise VaultError("the key ring is empty")
        for key_id, key in self.keys.items():
            if not _KEY_ID.fullmatch(key_id):
                raise VaultError(_BAD_ID)
            if len(key) != KEY_BYTES:
                raise VaultError(f"key {key_id!r} is not {KEY_BYTES} bytes")
        if self.current not in self.keys:
            raise VaultError(f"the current key {self.current!r} is not in the ring")
        ordered = {self.current: bytes(self.keys[self.current])}
        ordered.update((k, bytes(v)) for k, v in self.keys.items() if k != self.current)
        object.__setattr__(self, "keys", MappingProxyType(ordered))
        object.__setattr__(self, "_aead", {k: AESGCM(v) for k, v in ordered.items()})
        object.__setattr__(
            self, "_index_keys", {k: _hkdf(v, _INDEX_INFO) for k, v in ordered.items()}
        )

    def __repr__(self) -> str:
        return f"KeyRing(current={self.current!r}, ids={list(self.keys)!r})"

    def __hash__(self) -> int:
        return hash((self.current, tuple(self.keys.items())))

    # --- configuration -----------------------------------------------------------------------

    @classmethod
    def parse(cls, config: str) -> KeyRing:
        """Read the key setting: ``"k2:<b64>,k1:<b64>"`` (first is current) or one secret."""
        config = (config or "").strip()
        if not config:
            raise VaultError("the encryption key setting is empty")
        if ":" not in config:
            if "," in config:
                raise VaultError("key list entries must look like 'id:base64key'")
            if any(ch.isspace() for ch in config):
                raise VaultError("the encryption secret must not contain spaces")
            if len(config) < MIN_SECRET_CHARS:
                raise VaultError(
                    f"the encryption secret is too short (at least {MIN_SECRET_CHARS} characters)"
                )
            key = _hkdf(config.encode("utf-8"), b"hifazat vault key k1")
            return cls(keys={"k1": key}, current="k1")
        keys: dict[str, bytes] = {}
        for position, entry in enumerate(config.split(","), start=1):
            key_id, key = _parse_entry(entry, position)
            if key_id in keys:
                raise VaultError(f"key id {key_id!r} appears twice")
            keys[key_id] = key
        return cls(keys=keys, current=next(iter(keys)))

    @staticmethod
    def new_key_entry(key_id: str) -> str:
        """``"id:<base64url>"`` holding a fresh random key, for a rotation."""
        if not _KEY_ID.fullmatch(key_id):
            raise VaultError(_BAD_ID)
        return f"{key_id}:{_b64encode(os.urandom(KEY_BYTES))}"

    def with_new_current(self, entry: str) -> KeyRing:
        """This ring with ``entry`` (``"id:<b64>"``) added as the key that encrypts."""
        key_id, key = _parse_entry(entry, 1)
        if key_id in self.keys:
            raise VaultError(f"key id {key_id!r} is already in the ring")
        return KeyRing(keys={key_id: key, **self.keys}, current=key_id)

    def to_config(self) -> str:
        """The setting's text for this ring, current key first. Holds key material."""
        return ",".join(f"{k}:{_b64encode(v)}" for k, v in self.keys.items())

    # --- encryption --------------------------------------------------------------------------

    def encrypt(self, plaintext: str, *, context: str) -> str:
        """Seal ``plaintext`` under the current key, bound to ``context``. "" stays ""."""
        if plaintext == "":
            return ""
        data = _utf8(plaintext, "the value")
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead_for(self.current).encrypt(nonce, data, _aad(context))
        return f"{VERSION}.{self.current}.{_b64encode(nonce + sealed)}"

    def decrypt(self, token: str, *, context: str) -> str:
        """Open a token made by ``encrypt`` with the same ``context``. "" stays ""."""
        if token == "":
            return ""
        key_id, blob = _split_token(token)
        if key_id not in self.keys:
            raise VaultError(
                f"cannot decrypt a value sealed with key {key_id!r}: key not in the ring"
            )
        try:
            data = self._aead_for(key_id).decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], _aad(context)
            )
        except InvalidTag:
            raise VaultError("value failed authentication (tampered, or wrong field)") from None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise VaultError("value is not UTF-8 text") from None

    @staticmethod
    def key_id_of(token: str) -> str | None:
        """The id of the key that sealed ``token``; None for "" or a malformed token."""
        try:
            return _split_token(token)[0]
        except VaultError:
            return None

    def needs_rotation(self, token: str) -> bool:
        """True for a non-empty token not sealed with the current key (malformed ones too)."""
        return token != "" and self.key_id_of(token) != self.current

    # --- blind index -------------------------------------------------------------------------

    def blind_index_keys(self) -> list[bytes]:
        """One HMAC key per key in the ring, current first."""
        return list(self._index_keys.values())

    def blind_tokens(self, text: str, *, field: str, all_keys: bool = False) -> list[str]:
        """Index tokens for the phonetic keys of the name ``text`` (see ``names.name_keys``)."""
        return self._blind(name_keys(text), field=field, all_keys=all_keys)

    def blind_exact(self, value: str, *, field: str, all_keys: bool = False) -> list[str]:
        """Index tokens for an exact value: a phone or CNIC by its digits, else normalised text."""
        canonical = _canonical_exact(value)
        return self._blind([canonical] if canonical else [], field=field, all_keys=all_keys)

    # --- internals ---------------------------------------------------------------------------

    def _aead_for(self, key_id: str) -> AESGCM:
        return self._aead[key_id]

    def _blind(self, values: list[str], *, field: str, all_keys: bool) -> list[str]:
        if not field or "\x1f" in field:
            raise VaultError("a blind-index field name must be non-empty text without \\x1f")
        index_keys = self.blind_index_keys()
        if not all_keys:
            index_keys = index_keys[:1]
        return list(dict.fromkeys(_hmac_tokens(index_keys, field, values)))


def _hmac_tokens(index_keys: list[bytes], field: str, values: list[str]) -> Iterator[str]:
    for index_key in index_keys:
        for value in values:
            message = f"{field}\x1f{value}".encode()
            digest = hmac.new(index_key, message, hashlib.sha256).hexdigest()
            yield digest[:BLIND_HEX_CHARS]


def _utf8(text: str, what: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise VaultError(f"{what} is not valid Unicode text") from None


def _aad(context: str) -> bytes:
    if not context:
        raise VaultError("an encryption context is required")
    return f"hifazat {VERSION}\x1f".encode() + _utf8(context, "the context")


def _split_token(token: str) -> tuple[str, bytes]:
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].startswith("v"):
        raise VaultError("not a vault token")
    version, key_id, encoded = parts
    if version != VERSION:
        raise VaultError("unsupported vault token version")
    if not _KEY_ID.fullmatch(key_id):
        raise VaultError("malformed vault token (bad key id)")
    blob = _b64decode(encoded)
    if blob is None or len(blob) < NONCE_BYTES + TAG_BYTES + 1:
        raise VaultError("malformed vault token")
    return key_id, blob


# --- phones and CNICs ------------------------------------------------------------------------

_PHONE_CHARS = re.compile(r"\+?[0-9 ()./-]+")
_CNIC_CHARS = re.compile(r"[0-9 -]+")
_NUMBER_CHARS = re.compile(r"\+?[0-9 ()./-]*[0-9][0-9 ()./-]*")
_MOBILE = re.compile(r"3[0-9]{9}")


def normalise_phone(s: str) -> str | None:
    """A Pakistani mobile number as its 10 national digits ``3XXXXXXXXX``; None if it is not one.

    Accepts 03XX-XXXXXXX, 3XXXXXXXXX, +92 3XX XXXXXXX, 0092..., 92..., "+92 (0)3XX...", with
    spaces, dashes, dots, slashes or brackets, and Urdu or Arabic-Indic digits. Landlines
    (042-..., 051-...), foreign numbers and anything with letters are refused.
    """
    text = normalise(s)
    if not _PHONE_CHARS.fullmatch(text):
        return None
    international = text.startswith("+")
    digits = re.sub(r"[^0-9]", "", text)
    if digits.startswith("0092"):
        digits = digits[4:]
    elif digits.startswith("92"):
        digits = digits[2:]
    elif international:
        return None  # another country
    if digits.startswith("0"):
        digits = digits[1:]
    return digits if _MOBILE.fullmatch(digits) else None


def normalise_cnic(s: str) -> str | None:
    """A CNIC or B-form number as its 13 digits; None if it is not one.

    Accepts ``35202-1234567-1`` or ``3520212345671`` (spaces too; Urdu digits too). The first
    digit is a region code, never 0.
    """
    text = normalise(s)
    if not _CNIC_CHARS.fullmatch(text):
        return None
    digits = re.sub(r"[^0-9]", "", text)
    if len(digits) != 13 or digits[0] == "0":
        return None
    return digits


def _canonical_exact(value: str) -> str:
    phone = normalise_phone(value)
    if phone is not None:
        return phone
    cnic = normalise_cnic(value)
    if cnic is not None:
        return cnic
    text = normalise(value)
    if _NUMBER_CHARS.fullmatch(text):
        return re.sub(r"[^0-9]", "", text)
    return text
