"""Normalisation that remembers where every character came from, and a fast word tokenizer.

Detectors work on the normalised text; findings are mapped back to the original through
``Normalised.span``. The folding follows ``hifazat.cases.names.normalise`` (Arabic code points to
Urdu ones, Urdu and Arabic-Indic digits to ASCII, harakat, tatweel, zero-width and bidi marks
dropped, NFKC), except that case is kept: capital letters are evidence (and ALL CAPS is detected
per text and handled by the detectors).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_CHAR_MAP: dict[int, str] = {
    0x0643: "\u06a9",  # ARABIC KAF → KEHEH
    0x064A: "\u06cc",  # ARABIC YEH → FARSI YEH
    0x0649: "\u06cc",  # ALEF MAKSURA → FARSI YEH
    0x0647: "\u06c1",  # ARABIC HEH → HEH GOAL
    0x0629: "\u06c1",  # TEH MARBUTA → HEH GOAL
    0x06C3: "\u06c1",  # TEH MARBUTA GOAL → HEH GOAL
    0x06C2: "\u06c1",  # HEH GOAL WITH HAMZA → HEH GOAL
    0x06D3: "\u06d2",  # YEH BARREE WITH HAMZA → YEH BARREE
    0x0623: "\u0627",  # ALEF WITH HAMZA ABOVE → ALEF
    0x0625: "\u0627",  # ALEF WITH HAMZA BELOW → ALEF
    0x0671: "\u0627",  # ALEF WASLA → ALEF
    0x066B: ".",  # ARABIC DECIMAL SEPARATOR
    0x066C: ",",  # ARABIC THOUSANDS SEPARATOR
    0x2010: "-",  # hyphens and dashes, so number formats match one pattern
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2212: "-",
    0x00A0: " ",
}
_CHAR_MAP.update({0x0660 + i: str(i) for i in range(10)})  # Arabic-Indic digits
_CHAR_MAP.update({0x06F0 + i: str(i) for i in range(10)})  # Urdu (extended) digits
_DROP = [
    *range(0x064B, 0x0660),  # harakat
    0x0670,  # superscript alef
    *range(0x06D6, 0x06EE),  # Quranic marks
    0x0640,  # tatweel
    0x00AD,  # soft hyphen
    *range(0x200B, 0x2010),  # zero-width space/non-joiner/joiner, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2060, 0x2065),  # word joiner, invisible operators
    *range(0x2066, 0x206A),  # bidi isolates
    0xFEFF,  # byte-order mark
]
_CHAR_MAP.update(dict.fromkeys(_DROP, ""))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ord(ch))
    if mapped is not None:
        return mapped
    out = unicodedata.normalize("NFKC", ch)
    if out != ch:
        out = out.translate(_CHAR_MAP)
    return out


@dataclass(frozen=True, slots=True)
class Normalised:
    """``text`` is the normalised text; ``origin[i]`` is where its character i came from.

    ``origin`` has one extra entry, the length of the original, so an end offset maps too.
    ``None`` means the identity map (the text was already normal, e.g. plain ASCII).
    """

    original: str
    text: str
    origin: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of normalised ``[start, end)``."""
        if self.origin is None:
            return start, end
        if end <= start:
            o = self.origin[start]
            return o, o
        return self.origin[start], self.origin[end - 1] + 1


# Characters that change but keep the length (digits, Arabic letters, dashes): str.translate.
_SAME_LENGTH = {k: v for k, v in _CHAR_MAP.items() if len(v) == 1}
# Characters that are dropped, or that NFKC may rewrite (presentation forms, ligatures, full
# width, compatibility characters): handled one at a time, with the offset map.
_SPECIAL = re.compile(
    "[\u00a8-\u00be\u0132-\u0133\u013f-\u0140\u0149\u017f\u01c4-\u01cc\u02b0-\u02ff"
    "\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u200b-\u200f\u202a-\u202e"
    "\u2000-\u200a\u2024-\u2026\u2033-\u2037\u2060-\u2069\u2070-\u209f\u2100-\u218f"
    "\u2460-\u24ff\ufb00-\ufdff\ufe10-\ufe6f\ufe70-\ufeff\uff00-\uffef]"
)


def normalise(text: str) -> Normalised:
    if text.isascii():
        return Normalised(text, text, None)
    folded = text.translate(_SAME_LENGTH)
    if not _SPECIAL.search(folded):
        return Normalised(text, folded, None)
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(folded):
        i = m.start()
        if i > pos:
            out.append(folded[pos:i])
            origin.extend(range(pos, i))
        repl = _fold_char(folded[i])
        if repl:
            out.append(repl)
            origin.extend([i] * len(repl))
        pos = i + 1
    out.append(folded[pos:])
    origin.extend(range(pos, len(folded)))
    origin.append(len(text))
    return Normalised(text, "".join(out), tuple(origin))


# --- tokens ----------------------------------------------------------------------------------

ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06ee-\u06ff"
# A word: Latin letters (with inner apostrophes/dots of abbreviations handled by patterns), or
# Arabic-script letters, or digits. Punctuation is not a token.
_WORD = re.compile(rf"[A-Za-z\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*|[{ARABIC_LETTER}]+|[0-9]+")
_ARABIC = re.compile(f"[{ARABIC_LETTER}]")
_LATIN = re.compile(r"[A-Za-z]")


class Token:
    """One word of the normalised text. ``low`` is its lower-case form, without a possessive
    "'s" ("Ayesha's" is looked up as "ayesha"). A plain class with slots: a text has many."""

    __slots__ = ("arabic", "digit", "end", "low", "start", "text", "upper")

    def __init__(self, start: int, end: int, text: str, low: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        c = text[0]
        self.arabic = c >= "\u0600"
        self.digit = c <= "9"  # tokens are letters or ASCII digits (digits are folded first)
        self.upper = c.isupper()  # capitalised

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    for m in _WORD.finditer(text):
        t = m.group()
        low = t.lower()
        if low[-2:] in _POSSESSIVE:
            low = low[:-2]  # "Ayesha's" is looked up as "ayesha"
        append(Token(m.start(), m.end(), t, low))
    return out


_POSSESSIVE = frozenset({"'s", "\u2019s"})


@dataclass(frozen=True, slots=True)
class Profile:
    """What kind of text this is: script, case and (for Latin) English or Roman Urdu."""

    urdu_script: bool  # mostly Arabic-script letters
    mixed_script: bool
    all_caps: bool  # Latin letters nearly all capitals
    no_caps: bool  # Latin letters nearly all small (social-media style)
    roman_urdu: bool


def profile(
    text: str,
    toks: list[Token],
    roman_words: frozenset[str],
    stop: frozenset[str] = frozenset(),
) -> Profile:
    """``stop``: words that are never names. The script with more of them is the text's own
    (code-mixed text names people in the other script, so plain counts can mislead)."""
    arabic = latin = upper = lower = long_latin = roman = arabic_stop = latin_stop = 0
    for t in toks:
        if t.arabic:
            arabic += 1
            if t.low in stop:
                arabic_stop += 1
        elif not t.digit:
            if t.low in stop:
                latin_stop += 1
            latin += 1
            s = t.text
            if len(s) > 1:
                long_latin += 1
                if s.isupper():
                    upper += 1
            if s.islower():
                lower += 1
            if t.low in roman_words:
                roman += 1
    long_latin = long_latin or 1
    urdu = arabic_stop > latin_stop if arabic_stop != latin_stop else arabic > latin
    return Profile(
        urdu_script=urdu,
        mixed_script=min(arabic, latin) >= 3,
        all_caps=latin > 0 and upper / long_latin > 0.6,
        no_caps=latin > 0 and lower / max(latin, 1) > 0.97,
        roman_urdu=latin > 0 and roman / latin > 0.12,
    )


def is_arabic(s: str) -> bool:
    return bool(_ARABIC.search(s))


def is_latin(s: str) -> bool:
    return bool(_LATIN.search(s))
