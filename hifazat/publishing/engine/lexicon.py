"""Gazetteers (names, castes, places), the places that stay (districts, provinces), common words.

Names and castes come from ``hifazat/cases/data/names.json`` (openly licensed lists; provenance
is recorded in that file); districts and provinces from ``hifazat/accounts/data/pakistan.json``.

**Held-out names.** A deterministic part of the name material is never put in the gazetteers
and never shown to the model, so the evaluation can measure how the guard does on names it has
not seen. The unit held out is a name *token's phonetic key* (``hifazat.cases.names``), so every
spelling and both scripts of a held-out name are out together, and no held-out name can be
matched through a phonetic cousin either: a key is held out when
``sha256("hifazat-guard-holdout:" + key)`` falls in the lowest ``HOLDOUT_PERCENT`` percent. An
entry is *training* material when none of its keys is held out, *test* material when all are,
and unused otherwise. Place entries (mohallas, villages, school names) are held out by their
English spelling the same way.

Common words: ``wordfreq``'s small English and Urdu lists (words with Zipf frequency >= 3, i.e. at
least once per million words; data CC BY-SA 4.0, installed from PyPI, not redistributed here).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from hifazat.cases.names import name_tokens, phonetic_key

from . import words
from .text import normalise, tokens

HOLDOUT_PERCENT = 25
_SALT = "hifazat-guard-holdout:"
NAME_LISTS = ("given_male", "given_female", "family", "castes")
PLACE_LISTS = ("mohalla_names", "village_names", "school_names", "madrassa_names")


def is_held_out(key: str) -> bool:
    digest = hashlib.sha256((_SALT + key).encode()).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HOLDOUT_PERCENT


def _json(package: str, name: str) -> Any:
    return json.loads(resources.files(package).joinpath("data", name).read_text("utf-8"))


@cache
def names_data() -> dict[str, Any]:
    data: dict[str, Any] = _json("hifazat.cases", "names.json")
    return data


@cache
def pakistan_data() -> dict[str, Any]:
    data: dict[str, Any] = _json("hifazat.accounts", "pakistan.json")
    return data


def entry_forms(entry: dict[str, Any]) -> list[str]:
    return [entry["en"], entry["ur"], *entry.get("variants", [])]


def _fold(text: str) -> str:
    """Matching form of a word or phrase: normalised, lower case, single spaces."""
    return " ".join(t.low for t in tokens(normalise(text).text))


def _token_keys(entry: dict[str, Any]) -> set[str]:
    keys: set[str] = set()
    for form in entry_forms(entry):
        for tok in name_tokens(form):
            keys.add(phonetic_key(tok))
    return keys


def split_of(entry: dict[str, Any]) -> str:
    """ "train", "test" or "unused" (see the module docstring)."""
    keys = _token_keys(entry)
    held = [is_held_out(k) for k in keys]
    if not any(held):
        return "train"
    return "test" if all(held) else "unused"


def place_split(entry: dict[str, Any]) -> str:
    return "test" if is_held_out("place:" + entry["en"].lower()) else "train"


@cache
def name_entries(split: str) -> dict[str, list[dict[str, Any]]]:
    """The name and caste entries of one split ("train" or "test"), by list."""
    data = names_data()
    return {lst: [e for e in data[lst] if split_of(e) == split] for lst in NAME_LISTS}


@cache
def place_entries(split: str) -> dict[str, list[dict[str, Any]]]:
    places = names_data()["places"]
    return {lst: [e for e in places[lst] if place_split(e) == split] for lst in PLACE_LISTS}


@dataclass
class Gazetteer:
    """Known words, all in matching form (``_fold``)."""

    given: set[str] = field(default_factory=set)
    family: set[str] = field(default_factory=set)
    caste: set[str] = field(default_factory=set)
    name_keys: set[str] = field(default_factory=set)  # phonetic keys of given + family names
    places: dict[str, str] = field(default_factory=dict)  # phrase -> "locality" | "village"
    place_first: set[str] = field(default_factory=set)  # first words of those phrases
    school_names: set[str] = field(default_factory=set)
    kept_places: set[str] = field(default_factory=set)  # district/province phrases (stay)
    kept_first: set[str] = field(default_factory=set)


def _add_name_forms(target: set[str], keys: set[str], entry: dict[str, Any]) -> None:
    for form in entry_forms(entry):
        for tok in tokens(normalise(form).text):
            # "Salah-ud-Din" also gives "din": held out when its own key is
            if len(tok.low) > 1 and not is_held_out(phonetic_key(tok.low)):
                target.add(tok.low)
        for name_tok in name_tokens(form):
            keys.add(phonetic_key(name_tok))


@cache
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    entries = name_entries("train")
    for e in entries["given_male"] + entries["given_female"]:
        _add_name_forms(g.given, g.name_keys, e)
    for e in entries["family"]:
        _add_name_forms(g.family, g.name_keys, e)
    for e in entries["castes"]:
        _add_name_forms(g.caste, set(), e)
    places = place_entries("train")
    for lst, kind in (("mohalla_names", "locality"), ("village_names", "village")):
        for e in places[lst]:
            for form in (e["en"], e["ur"]):
                phrase = _fold(form)
                if phrase:
                    g.places[phrase] = kind
                    g.place_first.add(phrase.split()[0])
    for lst in ("school_names", "madrassa_names"):
        for e in places[lst]:
            for form in (e["en"], e["ur"]):
                g.school_names.add(_fold(form))
    for prov in pakistan_data()["provinces"]:
        for name in (prov["name_en"], prov["name_ur"]):
            _add_kept(g, name)
        for d in prov["districts"]:
            for name in (d["name_en"], d["name_ur"]):
                _add_kept(g, name)
    for city in _CITIES_NOT_DISTRICTS:
        _add_kept(g, city)
    return g


# Cities that stay although no district has their name (Karachi is seven districts).
_CITIES_NOT_DISTRICTS = ("Karachi", "کراچی")


_PARENS = re.compile(r"\s*\(.*?\)")


def _add_kept(g: Gazetteer, name: str) -> None:
    for part in re.split(r"\s*[/,]\s*|\s+or\s+", _PARENS.sub("", name)):
        phrase = _fold(part)
        if phrase:
            g.kept_places.add(phrase)
            g.kept_first.add(phrase.split()[0])
            # "Dera Ghazi Khan" is also written "D.G. Khan" and "DG Khan"
            parts = phrase.split()
            if len(parts) == 3:
                short = parts[0][0] + parts[1][0] + " " + parts[2]
                g.kept_places.add(short)
                g.kept_first.add(short.split()[0])


@cache
def village_prefixes() -> frozenset[str]:
    """Words that begin a village's name (Kot, Basti, Dhok, Goth, Killi, گڑھی ...), both scripts."""
    out: set[str] = set()
    for p in names_data()["places"]["village_prefixes"]:
        for form in (p["en"], p["ur"]):
            out.update(t.low for t in tokens(normalise(form).text))
    return frozenset(out)


@cache
def common_english() -> frozenset[str]:
    """English words seen at least once per million words (wordfreq "small" list, Zipf >= 3)."""
    from wordfreq import get_frequency_dict

    return frozenset(get_frequency_dict("en", "small"))


# English word endings that no Pakistani name has ("-ed" after e/m/v/h/y/l is left out: Saeed,
# Ahmed, Javed, Shahed, Syed, Khaled).
_ENGLISH_ENDINGS = re.compile(
    r"(?:(?<![emvhyl])ed|ing|ings|tion|tions|sion|sions|ly|ment|ments|ness|ity|ities|ous|ive|"
    r"ives|ful|less|able|ible|ance|ence|ism|ist|ists|ize|ized|ise|ised|ship|hood|ward|wards|ies|"
    r"ers|ors)$"
)


@cache
def common_english_strong() -> frozenset[str]:
    """Where capitals say nothing (ALL CAPS, all small letters): the English words that are
    surely not names. Many Pakistani names sit just above Zipf 3 in English text (Tariq 3.06,
    Iqbal 3.01, Imran 3.16, Fatima 3.13), so a word counts here only from Zipf 3.6 up, or from
    Zipf 2.5 up when it has an English ending ("abducted", "enticed", "accomplices")."""
    from wordfreq import get_frequency_dict

    out = set()
    for w, f in get_frequency_dict("en", "small").items():
        zipf = math.log10(f) + 9
        if zipf >= 3.6 or (zipf >= 2.5 and _ENGLISH_ENDINGS.search(w)):
            out.add(w)
    return frozenset(out)


@cache
def very_common_english() -> frozenset[str]:
    """Zipf >= 4.5: words like "police", "girl", "house" that are never names on their own."""
    from wordfreq import get_frequency_dict

    return frozenset(
        w for w, f in get_frequency_dict("en", "small").items() if math.log10(f) + 9 >= 4.5
    )


@cache
def known_urdu() -> frozenset[str]:
    """Urdu-script words seen at least once per million words (wordfreq "small" Urdu list), in
    the guard's normal form. Urdu names are frequent words too (جنت، تسلیم، طارق), so being
    here says nothing; *not* being here does: a word no Urdu corpus has seen that often is far
    more likely a name (شانزہ، مشوانی) or a misspelt one than an ordinary word."""
    from wordfreq import get_frequency_dict

    out: set[str] = set()
    for w in get_frequency_dict("ur", "small"):
        out.update(t.low for t in tokens(normalise(w).text) if t.arabic)
    return frozenset(out)


def _word_lists(wanted: Callable[[str], bool], arabic_only: bool = False) -> frozenset[str]:
    """The words of the lists in ``data/`` whose file names ``wanted`` accepts, in the guard's
    normal form, less every word a name gazetteer knows and the place and school words the
    place detectors read."""
    out: set[str] = set()
    folder = resources.files("hifazat.publishing").joinpath("data")
    for f in sorted(folder.iterdir(), key=lambda f: f.name):
        if not (f.name.endswith(".txt") and wanted(f.name)):
            continue
        for line in f.read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                out.update(
                    t.low for t in tokens(normalise(line).text) if t.arabic or not arabic_only
                )
    g = gazetteer()
    return frozenset(out) - g.given - g.family - g.caste - words.PLACE_WORDS - village_prefixes()


@cache
def ordinary_words() -> frozenset[str]:
    """Ordinary Roman Urdu and Urdu-script words that are not names (``data/*urdu_words*.txt``,
    written for Hifazat): stop words."""
    return _word_lists(lambda name: "urdu_words" in name)


@cache
def urdu_vocabulary() -> frozenset[str]:
    """More ordinary Urdu-script words (``data/urdu_vocab_*.txt``: verb forms, nouns and
    adjectives, loanwords, the formal register; written for Hifazat).

    Unlike ``ordinary_words`` these are not stop words: the rules that walk names do not stop
    at them. They only keep the widest Urdu default-deny (any word outside every list) from
    flagging ordinary words, so a name among them costs no more than before they were written.
    """
    return _word_lists(lambda name: name.startswith("urdu_vocab_"), arabic_only=True)


_TITLES = frozenset(
    {"mst", "mussammat", "musammat", "mussamat", "mr", "mrs", "miss", "ms", "master", "late"}
)


@cache
def stop_words() -> frozenset[str]:
    """Words that are never part of a name: function words, cue words, ranks, months."""
    return (
        words.ENGLISH_FUNCTION
        | words.ROMAN_URDU
        | words.URDU_FUNCTION
        | words.URDU_COMMON
        | words.URDU_GENERAL
        | words.URDU_NEWS
        | words.ROMAN_COMMON
        | words.ENGLISH_POLICE
        | words.CHILD_CUES
        | frozenset(words.RELATIVE_CUES)
        | words.PERSON_CUES
        | words.PERSON_AFTER
        | frozenset(words.PARENTAGE)
        | words.RESIDENCE_CUES
        | frozenset(words.PLACE_HEADS)
        | words.CASTE_CUES
        | words.MEDIA_WORDS
        | words.RANKS
        | words.INSTITUTIONS
        | words.MONTHS_DAYS
        | words.CLASS_WORDS
        | frozenset(words.NUMBER_WORDS)
        | words.MEDIA_ATTACHED
        | words.CHILD_CUES_OBLIQUE
        | words.RESIDENCE_AFTER
        | words.AFTER_NAME_CUES
        | words.ALIAS
        | _TITLES
        | ordinary_words()
    ) - {"malik", "rana", "mian", "syed", "chaudhry", "ملک", "رانا", "میاں", "سید", "چوہدری"}
