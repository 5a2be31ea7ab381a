"""The identity vault: AES-GCM tokens, key rings and rotation, the blind index, phones and CNICs."""

from __future__ import annotations

import base64
import secrets

import pytest

from hifazat.cases.vault import KeyRing, VaultError, normalise_cnic, normalise_phone

KEY1 = base64.urlsafe_b64encode(bytes(range(32))).decode().rstrip("=")
KEY2 = base64.urlsafe_b64encode(bytes(range(100, 132))).decode()  # with padding
RING1 = f"k1:{KEY1}"
RING21 = f"k2:{KEY2},k1:{KEY1}"


@pytest.fixture
def ring() -> KeyRing:
    return KeyRing.parse(RING1)


def _blob(token: str) -> bytes:
    encoded = token.split(".")[2]
    return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))


@pytest.mark.parametrize(
    "plaintext",
    [
        "Muhammad Ali",
        "رخسانہ بی بی",
        "Fatima 🙂 فاطمہ",
        "x",
        "house 12, street 4, Kasur\n0300-1234567",
        "a" * 10_000,
    ],
)
def test_round_trip(ring: KeyRing, plaintext: str) -> None:
    token = ring.encrypt(plaintext, context="child:42")
    assert token.isascii()
    assert token.startswith("v1.k1.")
    assert ring.decrypt(token, context="child:42") == plaintext


@pytest.mark.parametrize("plaintext", ["Muhammad Ali", "رخسانہ بی بی", "🙂🙂🙂🙂"])
def test_ciphertext_is_fresh_and_hides_the_plaintext(ring: KeyRing, plaintext: str) -> None:
    tokens = {ring.encrypt(plaintext, context="child.name") for _ in range(20)}
    assert len(tokens) == 20
    for token in tokens:
        assert plaintext not in token
        assert plaintext.encode() not in _blob(token)
        assert "Muhammad" not in token


def test_empty_string_means_absent(ring: KeyRing) -> None:
    assert ring.encrypt("", context="child:1") == ""
    assert ring.decrypt("", context="child:1") == ""
    assert KeyRing.key_id_of("") is None
    assert not ring.needs_rotation("")


def test_an_empty_context_is_refused(ring: KeyRing) -> None:
    with pytest.raises(VaultError, match="context"):
        ring.encrypt("Ali", context="")


def test_wrong_context_fails(ring: KeyRing) -> None:
    token = ring.encrypt("Zainab", context="child:1")
    for context in ("child:2", "guardian:1", "child:1 ", "child.name"):
        with pytest.raises(VaultError, match="failed authentication") as err:
            ring.decrypt(token, context=context)
        assert "Zainab" not in str(err.value)


def test_tampering_with_any_character_fails(ring: KeyRing) -> None:
    token = ring.encrypt("Zainab Bibi", context="child:1")
    for i, ch in enumerate(token):
        flipped = "B" if ch != "B" else "C"
        tampered = token[:i] + flipped + token[i + 1 :]
        with pytest.raises(VaultError) as err:
            ring.decrypt(tampered, context="child:1")
        assert "Zainab" not in str(err.value)


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        "v1.k1",
        "v1.k1.!!!!",
        "v1.k1.AAAA",
        "v2.k1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1..AA",
    ],
)
def test_malformed_tokens_fail(ring: KeyRing, token: str) -> None:
    with pytest.raises(VaultError):
        ring.decrypt(token, context="child:1")
    if not token.startswith("v1.k1."):
        assert KeyRing.key_id_of(token) is None


def test_truncated_or_extended_token_fails(ring: KeyRing) -> None:
    token = ring.encrypt("Zainab", context="child:1")
    for bad in (token[:-1], token[:-4], token + "A", token + "AAAA"):
        with pytest.raises(VaultError):
            ring.decrypt(bad, context="child:1")


def test_unknown_key_id_fails_without_the_plaintext() -> None:
    other = KeyRing.parse(KeyRing.new_key_entry("k9"))
    token = other.encrypt("Rukhsana Bibi", context="child:1")
    ring = KeyRing.parse(RING21)
    with pytest.raises(VaultError, match="'k9': key not in the ring") as err:
        ring.decrypt(token, context="child:1")
    assert "Rukhsana" not in str(err.value)


def test_a_different_key_with_the_same_id_fails() -> None:
    a = KeyRing.parse(KeyRing.new_key_entry("k1"))
    b = KeyRing.parse(KeyRing.new_key_entry("k1"))
    with pytest.raises(VaultError, match="failed authentication"):
        b.decrypt(a.encrypt("Ali", context="c"), context="c")


# --- parse ---------------------------------------------------------------------------------


def test_parse_a_key_list() -> None:
    ring = KeyRing.parse(f"  k2:{KEY2} , k1:{KEY1}  ")
    assert ring.current == "k2"
    assert list(ring.keys) == ["k2", "k1"]
    assert ring.keys["k1"] == bytes(range(32))
    assert ring.keys["k2"] == bytes(range(100, 132))


def test_parse_a_single_secret_derives_k1() -> None:
    secret = secrets.token_urlsafe(32)
    ring = KeyRing.parse(secret)
    assert ring.current == "k1"
    assert list(ring.keys) == ["k1"]
    assert len(ring.keys["k1"]) == 32
    assert ring.keys["k1"] != secret.encode()[:32]
    assert KeyRing.parse(secret) == ring  # deterministic
    assert KeyRing.parse(secrets.token_urlsafe(32)) != ring
    again = KeyRing.parse(ring.to_config())
    assert again.decrypt(ring.encrypt("Ali", context="c"), context="c") == "Ali"


def test_to_config_round_trips_current_first() -> None:
    ring = KeyRing.parse(RING21)
    assert ring.to_config().split(",")[0].startswith("k2:")
    assert KeyRing.parse(ring.to_config()) == ring
    assert KeyRing.parse(f"k1:{KEY1},k2:{KEY2}") != ring


def test_the_repr_holds_no_key_material() -> None:
    ring = KeyRing.parse(RING21)
    text = repr(ring) + str(ring)
    assert KEY1 not in text
    assert KEY2.rstrip("=") not in text
    assert "k2" in text


SHORT_KEY = base64.urlsafe_b64encode(b"s" * 31).decode()
LONG_KEY = base64.urlsafe_b64encode(b"L" * 33).decode()


@pytest.mark.parametrize(
    ("config", "message", "secret_part"),
    [
        ("", "empty", ""),
        ("   ", "empty", ""),
        ("tooshort", "too short", "tooshort"),
        (f"bad id!:{KEY1}", "key id must be", KEY1),
        (f"k2:{KEY2},{'x' * 17}:{KEY1}", "key entry 2", KEY1),
        (f"k1:{SHORT_KEY}", "key 'k1' is not 32 bytes of base64", SHORT_KEY),
        (f"k1:{LONG_KEY}", "key 'k1' is not 32 bytes of base64", LONG_KEY),
        ("k1:not*base64*at*all*not*base64*at*all*!!!!!", "key 'k1' is not 32", "not*base64"),
        (f"k1:{KEY1},k1:{KEY2}", "appears twice", KEY2),
        (f"k1:{KEY1},,k2:{KEY2}", "key entry 2", KEY2),
        (f"k1:{KEY1},{KEY2}", "key entry 2", KEY2),
        ("secretsecret,secretsecret", "id:base64key", "secretsecret"),
        ("a secret with spaces in it", "spaces", "secret with"),
    ],
)
def test_parse_refuses_bad_configs(config: str, message: str, secret_part: str) -> None:
    with pytest.raises(VaultError, match=message) as err:
        KeyRing.parse(config)
    if secret_part:
        assert secret_part not in str(err.value)


def test_a_ring_cannot_lack_its_current_key() -> None:
    with pytest.raises(VaultError, match="not in the ring"):
        KeyRing(keys={"k1": bytes(32)}, current="k2")
    with pytest.raises(VaultError, match="not 32 bytes"):
        KeyRing(keys={"k1": bytes(16)}, current="k1")


def test_new_key_entry() -> None:
    entry = KeyRing.new_key_entry("k3")
    assert entry.startswith("k3:")
    assert entry != KeyRing.new_key_entry("k3")
    assert len(KeyRing.parse(entry).keys["k3"]) == 32
    with pytest.raises(VaultError):
        KeyRing.new_key_entry("no good")


# --- rotation -------------------------------------------------------------------------------


def test_rotation() -> None:
    old = KeyRing.parse(RING1)
    token = old.encrypt("Ayesha", context="child:7")
    assert KeyRing.key_id_of(token) == "k1"
    assert not old.needs_rotation(token)

    new = KeyRing.parse(RING21)
    assert new.needs_rotation(token)
    plaintext = new.decrypt(token, context="child:7")
    assert plaintext == "Ayesha"
    resealed = new.encrypt(plaintext, context="child:7")
    assert KeyRing.key_id_of(resealed) == "k2"
    assert not new.needs_rotation(resealed)
    with pytest.raises(VaultError, match="'k2': key not in the ring"):
        old.decrypt(resealed, context="child:7")


def test_with_new_current() -> None:
    old = KeyRing.parse(RING1)
    entry = KeyRing.new_key_entry("k2")
    new = old.with_new_current(entry)
    assert new.current == "k2"
    assert list(new.keys) == ["k2", "k1"]
    assert new.to_config().startswith("k2:")
    assert new.to_config().endswith(old.to_config())
    token = old.encrypt("Ali", context="c")
    assert new.decrypt(token, context="c") == "Ali"
    assert old.current == "k1"  # unchanged
    with pytest.raises(VaultError, match="already in the ring"):
        new.with_new_current(KeyRing.new_key_entry("k1"))


def test_needs_rotation_for_malformed_tokens() -> None:
    assert KeyRing.parse(RING1).needs_rotation("not a token")


# --- blind index ----------------------------------------------------------------------------


def test_blind_index_keys() -> None:
    ring = KeyRing.parse(RING21)
    index_keys = ring.blind_index_keys()
    assert len(index_keys) == 2
    assert all(len(k) == 32 for k in index_keys)
    assert index_keys[0] not in (ring.keys["k2"], ring.keys["k1"])
    assert index_keys[1] == KeyRing.parse(RING1).blind_index_keys()[0]


def test_blind_tokens_match_across_spellings_and_scripts(ring: KeyRing) -> None:
    latin = ring.blind_tokens("Muhammad", field="child.name")
    assert latin == ring.blind_tokens("محمد", field="child.name")
    assert latin == ring.blind_tokens("Mohd.", field="child.name")
    assert len(latin) == 1
    assert len(latin[0]) == 24
    int(latin[0], 16)
    both = ring.blind_tokens("Muhammad Ali", field="child.name")
    assert both == ring.blind_tokens("محمد علی", field="child.name")
    assert len(both) == 2
    assert ring.blind_tokens("", field="child.name") == []


def test_blind_tokens_differ_across_fields_and_rings(ring: KeyRing) -> None:
    child = ring.blind_tokens("Muhammad", field="child.name")
    guardian = ring.blind_tokens("Muhammad", field="guardian.name")
    assert set(child).isdisjoint(guardian)
    other = KeyRing.parse(secrets.token_urlsafe(32))
    assert set(child).isdisjoint(other.blind_tokens("Muhammad", field="child.name"))
    assert set(child).isdisjoint(ring.blind_tokens("Ahmad", field="child.name"))


def test_blind_tokens_hide_the_name(ring: KeyRing) -> None:
    for token in ring.blind_tokens("Muhammad Ali", field="child.name"):
        assert len(token) == 24
        assert set(token) <= set("0123456789abcdef")


def test_blind_tokens_under_all_keys() -> None:
    old = KeyRing.parse(RING1)
    new = KeyRing.parse(RING21)
    stored_before = old.blind_tokens("Zainab", field="child.name")
    current_only = new.blind_tokens("Zainab", field="child.name")
    every = new.blind_tokens("Zainab", field="child.name", all_keys=True)
    assert len(every) == 2
    assert every[0] == current_only[0]
    assert every[1] == stored_before[0]
    assert current_only != stored_before
    two_names = new.blind_tokens("Zainab Bibi", field="child.name", all_keys=True)
    assert len(two_names) == 4
    assert len(set(two_names)) == 4


def test_blind_tokens_are_deduplicated(ring: KeyRing) -> None:
    assert len(ring.blind_tokens("Muhammad Mohammed محمد", field="child.name")) == 1


def test_blind_field_must_be_named(ring: KeyRing) -> None:
    with pytest.raises(VaultError):
        ring.blind_tokens("Ali", field="")
    with pytest.raises(VaultError):
        ring.blind_exact("Ali", field="a\x1fb")


def test_blind_exact_phone_and_cnic(ring: KeyRing) -> None:
    phone = ring.blind_exact("+92 300-1234567", field="phone")
    assert len(phone) == 1
    for same in ("03001234567", "0300-1234567", "923001234567", "0092 300 1234567", "۰۳۰۰۱۲۳۴۵۶۷"):
        assert ring.blind_exact(same, field="phone") == phone
    assert ring.blind_exact("03001234568", field="phone") != phone
    cnic = ring.blind_exact("35202-1234567-1", field="id_number")
    assert ring.blind_exact("3520212345671", field="id_number") == cnic
    assert ring.blind_exact("35202 1234567 1", field="id_number") == cnic
    assert ring.blind_exact("35202-1234567-2", field="id_number") != cnic
    assert ring.blind_exact("3520212345671", field="phone") != cnic  # the field is hashed too


def test_blind_exact_other_values(ring: KeyRing) -> None:
    assert ring.blind_exact("", field="x") == []
    assert ring.blind_exact("Govt. School  No 2", field="school") == ring.blind_exact(
        "GOVT. SCHOOL NO 2", field="school"
    )
    assert ring.blind_exact("042-35761234", field="landline") == ring.blind_exact(
        "04235761234", field="landline"
    )
    new = KeyRing.parse(RING21)
    assert len(new.blind_exact("03001234567", field="phone", all_keys=True)) == 2
    assert (
        new.blind_exact("03001234567", field="phone", all_keys=True)[1]
        == ring.blind_exact("03001234567", field="phone")[0]
    )


# --- phones and CNICs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03001234567", "3001234567"),
        ("0300-1234567", "3001234567"),
        ("0300 1234567", "3001234567"),
        ("+92 300 1234567", "3001234567"),
        ("+92-300-1234567", "3001234567"),
        ("+923451234567", "3451234567"),
        ("923211234567", "3211234567"),
        ("0092 333 1234567", "3331234567"),
        ("+92 (0)300 1234567", "3001234567"),
        ("(0300) 1234567", "3001234567"),
        ("3001234567", "3001234567"),
        ("  0312.1234567 ", "3121234567"),
        ("۰۳۰۰۱۲۳۴۵۶۷", "3001234567"),
        ("٠٣٠٠١٢٣٤٥٦٧", "3001234567"),
        ("042-35761234", None),  # Lahore landline
        ("051-2345678", None),  # Islamabad landline
        ("+92 42 35761234", None),  # landline, international form
        ("0300123456", None),  # too short
        ("030012345678", None),  # too long
        ("03OO1234567", None),  # letters O for zeros
        ("0300-CALL-ME", None),
        ("+1 300 1234567", None),  # another country
        ("+44 3001234567", None),
        ("0300+1234567", None),
        ("", None),
        ("   ", None),
        ("3520212345671", None),  # a CNIC is not a phone
    ],
)
def test_normalise_phone(raw: str, expected: str | None) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("35202-1234567-1", "3520212345671"),
        ("3520212345671", "3520212345671"),
        ("35202 1234567 1", "3520212345671"),
        (" 61101-7654321-9 ", "6110176543219"),
        ("۳۵۲۰۲-۱۲۳۴۵۶۷-۱", "3520212345671"),
        ("35202-1234567", None),  # 12 digits
        ("352021234567", None),  # 12 digits
        ("35202123456712", None),  # 14 digits
        ("35202-1234567-X", None),  # a letter
        ("3520A1234567-1", None),
        ("0520212345671", None),  # no region 0
        ("03001234567", None),  # a phone is not a CNIC
        ("35202/1234567/1", None),
        ("", None),
    ],
)
def test_normalise_cnic(raw: str, expected: str | None) -> None:
    assert normalise_cnic(raw) == expected
