"""The rule detectors: cue patterns, formats, gazetteers and default-deny, over normalised text.

Each detector returns ``Hit``s in normalised-text offsets; ``scan`` merges them and maps them to
the original text. Confidence is a rank, not a probability: >= 0.9 a format or an explicit cue,
0.6-0.8 a gazetteer or a place/school shape, < 0.5 "looks like a name and nothing says it is not"
(redacted anyway in a child case: default-deny).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import compress
from typing import NamedTuple

from . import lexicon, words
from .text import Normalised, Profile, Token, profile, tokens
from .types import NAME_CATEGORIES, Category


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


@cache
def _resources() -> tuple[
    lexicon.Gazetteer,
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    dict[str, int],
    dict[int, int],
    frozenset[str],
    frozenset[str],
]:
    """What every ``Doc`` reads, fetched once: gazetteers, word lists, the trigger table."""
    stop = lexicon.stop_words()
    table, bits = _trigger_table()
    return (
        lexicon.gazetteer(),
        stop,
        stop - words.RANKS,
        lexicon.common_english(),
        lexicon.very_common_english(),
        lexicon.common_english_strong(),
        lexicon.village_prefixes(),
        table,
        bits,
        lexicon.known_urdu(),
        lexicon.urdu_vocabulary() - stop,
    )


_CHILD = Category.CHILD_NAME
_REL = Category.RELATIVE_NAME
_PERSON = Category.PERSON_NAME
_LOC = Category.FINE_LOCATION


class Hit(NamedTuple):
    """A detector's finding in normalised-text offsets (a tuple: made by the thousand)."""

    start: int
    end: int
    category: Category
    detector: str
    confidence: float
    reason: str
    role: str = ""


# Joins inside one name or place: spaces, and the hyphen/apostrophe/dot of "Zia-ul-Haq",
# "Mst. Shazia", "Taleem-ul-Quran".
_RANK_TITLES = frozenset(
    {
        "ig",
        "igp",
        "dig",
        "rpo",
        "cpo",
        "dpo",
        "ssp",
        "sp",
        "asp",
        "dsp",
        "sdpo",
        "sho",
        "asi",
        "si",
        "inspector",
        "sub-inspector",
        "constable",
        "moharrir",
        "io",
        "pro",
        "dc",
        "ac",
        "magistrate",
        "judge",
        "justice",
        "او",
        "آئی",
        "پی",
        "انسپکٹر",
        "کانسٹیبل",
        "محرر",
    }
)
_INNER_GAP = re.compile(r"[ \t]*[-'\u2019]?[ \t]*")
_DOT_GAP = re.compile(r"[ \t]*\.[ \t]*")
_SPACE_GAP = re.compile(r"[ \t]+")
# Words after which a dot does not end the sentence: "Mst. Shazia", "H. No. 12", "Govt. Girls".
_ABBREVIATIONS = _w(
    """mst mr mrs ms dr st no h ch md mohd muhd govt distt dist vill moh teh ps sr jr prof
    maj capt col gen lt sgt insp const hc asi si fc pvt ltd co nr opp"""
)
# The gap between two tokens: 0 spaces only, 1 inside a word or name (hyphen, apostrophe, a dot
# after an abbreviation, nothing at all), 2 anything else (punctuation, a line break).
_GAP_SPACE, _GAP_INNER, _GAP_OTHER = 0, 1, 2


_KEPT_WORDS = words.RANKS | words.INSTITUTIONS | words.MONTHS_DAYS
_DAY_OR_NAME = _w("پیر جمعہ منگل")
# what follows a day, not a name: "پیر کو", "پیر کے روز", "جمعہ کی نماز", "پیر، 12 مئی"
_DAY_AFTER = _w("کو کے کی کا سے تک اور یا روز دن رات صبح شام نماز مبارک")
_STATION_WORDS = frozenset({"ps", "thana", "thane", "تھانہ", "تھانے", "station"})
_SENTENCE_END = re.compile('[.!?\n:;\u06d4\u061f"“”(]')
_NOT_NAMEY, _NAMEY, _NAMEY_STRICT = 0, 1, 2
_ROMAN_GRAMMAR = _w("ne ko ki ka ke se mein hai tha thi aur nahi kay")


class Doc:
    """The normalised text, its tokens and per-token facts that the detectors share.

    Detectors look only where their trigger words are: ``where(words)`` gives the positions of
    the tokens in a set of words. Each distinct word of the text is looked up once in a table
    of all the detectors' trigger sets (a bit per set), so a detector costs little on text that
    has nothing for it.
    """

    __slots__ = (
        "_bits",
        "_is_english",
        "_namey",
        "allow",
        "anchors",
        "by_low",
        "caseless",
        "common",
        "common_strong",
        "digits",
        "gaps",
        "gaz",
        "hot",
        "hot_bits",
        "kept",
        "known_urdu",
        "lows",
        "norm",
        "profile",
        "starts",
        "stop",
        "stop_plain",
        "text",
        "toks",
        "urdu_vocab",
        "very_common",
        "village_prefixes",
    )

    def __init__(self, norm: Normalised, allow: frozenset[str]) -> None:
        (
            self.gaz,
            self.stop,
            self.stop_plain,
            self.common,
            self.very_common,
            self.common_strong,
            self.village_prefixes,
            table,
            self._bits,
            self.known_urdu,
            self.urdu_vocab,
        ) = _resources()
        self.norm = norm
        self.text = norm.text
        toks = self.toks = tokens(self.text)
        self.starts = [t.start for t in toks]
        self.lows = lows = [t.low for t in toks]
        by_low: dict[str, list[int]] = {}
        for i, low in enumerate(lows):
            at = by_low.get(low)
            if at is None:
                by_low[low] = [i]
            else:
                at.append(i)
        self.by_low = by_low
        self.hot = hot = {w: m for w in by_low if (m := table.get(w, 0))}
        any_bits = 0
        for m in hot.values():
            any_bits |= m
        self.hot_bits = any_bits  # which trigger sets have any word in this text
        self.gaps = self._gaps()
        self.profile: Profile = profile(self.text, toks, words.ROMAN_URDU, self.stop)
        p = self.profile
        self.caseless = p.all_caps or p.no_caps  # capitals say nothing (Urdu has none either)
        self.allow = frozenset(a.lower() for a in allow) if allow else allow
        self.kept = self._kept()
        self._namey: list[int] = [-1] * len(toks)
        self._is_english: bool | None = None
        self.digits = [i for i, t in enumerate(toks) if t.digit]
        self.anchors: dict[frozenset[str] | str, list[int]] = {}  # see ``_anchored``

    def where(self, vocabulary: frozenset[str] | set[str]) -> list[int]:
        """Positions of the tokens whose lower-case form is in ``vocabulary``, in text order."""
        bit = self._bits.get(id(vocabulary))
        if bit is not None and not self.hot_bits & bit:
            return []  # most trigger sets have nothing in a given text
        found = self.vocab_in(vocabulary)
        if not found:
            return []
        by_low = self.by_low
        if len(found) == 1:
            return list(by_low[found[0]])
        out: list[int] = []
        for w in found:
            out += by_low[w]
        out.sort()
        return out

    def vocab_in(self, vocabulary: frozenset[str] | set[str]) -> list[str]:
        """The words of this text (lower case) that are in ``vocabulary``."""
        bit = self._bits.get(id(vocabulary))
        if bit is not None:  # a trigger set: looked up once per word, in ``__init__``
            if not self.hot_bits & bit:
                return []
            return [w for w, m in self.hot.items() if m & bit]
        by_low = self.by_low
        if len(vocabulary) < len(by_low):
            return [w for w in vocabulary if w in by_low]
        return [w for w in by_low if w in vocabulary]

    # --- per-token facts ---------------------------------------------------------------------

    def _gaps(self) -> list[int]:
        toks = self.toks
        text = self.text
        out = [_GAP_OTHER] * len(toks)
        for k in range(len(toks) - 1):
            a = toks[k].end
            b = toks[k + 1].start
            if b - a == 1:
                c = text[a]
                if c == " " or c == "\t":
                    out[k] = _GAP_SPACE
                elif c in "-'\u2019" or (
                    c == "." and (len(toks[k].text) == 1 or toks[k].low in _ABBREVIATIONS)
                ):
                    out[k] = _GAP_INNER
                continue
            gap = text[a:b]
            if _SPACE_GAP.fullmatch(gap):
                out[k] = _GAP_SPACE
            elif _INNER_GAP.fullmatch(gap) or (
                _DOT_GAP.fullmatch(gap)
                and (len(toks[k].text) == 1 or toks[k].low in _ABBREVIATIONS)
            ):
                out[k] = _GAP_INNER
        return out

    def _kept(self) -> list[bool]:
        """Tokens that never identify: districts, provinces, ranks, institutions, allow-list,
        and the name of a police station ("Police Station Saddar", "PS City", "تھانہ صدر")."""
        toks = self.toks
        lows = self.lows
        n_toks = len(toks)
        kept = [False] * n_toks
        g = self.gaz
        for i in self.where(_KEPT_WORDS):
            # "پیر" is Monday and a title ("پیر بخش"), "جمعہ" Friday and a name ("جمعہ خان"):
            # a day's name stays unless a name-like word follows it
            if (
                lows[i] in _DAY_OR_NAME
                and i + 1 < n_toks
                and self.gaps[i] == _GAP_SPACE
                and not toks[i + 1].digit
                and lows[i + 1] not in _DAY_AFTER
            ):
                continue
            if self._inside_a_village(i):
                continue  # "Mohalla Islamabad", "Basti Punjab": a locality, not the capital
            kept[i] = True
        for i in self.where(g.kept_first | self.allow if self.allow else g.kept_first):
            for n in (4, 3, 2, 1):
                if i + n > n_toks:
                    continue
                phrase = " ".join(lows[i : i + n]) if n > 1 else lows[i]
                if (
                    (phrase in g.kept_places or phrase in self.allow)
                    and self.joined(i, i + n - 1)
                    and not self._names_a_village(i, i + n)
                    and not self._inside_a_village(i)
                ):
                    for j in range(i, i + n):
                        kept[j] = True
                    break
        # An officer's name after a rank ("DPO Kasur Muhammad Asad", "ایس ایچ او محمد بلال")
        # is public, not the child's: kept.
        for i in self.where(_RANK_TITLES):
            if i + 1 < n_toks and lows[i + 1] in _RANK_TITLES:
                continue
            j = i + 1
            while j < n_toks and kept[j] and j - i < 4 and lows[j] not in _RANK_TITLES:
                j += 1  # the district: "DPO Kasur"
            n = 0
            while j < n_toks and n < 3 and self.gaps[j - 1] != _GAP_OTHER:
                tj = toks[j]
                if tj.digit or tj.low in self.stop_plain or kept[j]:
                    break
                if not (tj.arabic or self.profile.all_caps or tj.upper):
                    break
                if self.profile.all_caps and tj.low in self.very_common:
                    break  # "MAGISTRATE AWARAN SENT ANEEB ...": a verb ends the officer's name
                kept[j] = True
                j += 1
                n += 1
        # "Malir Colony", "مری آباد": a district's name before a locality's tail names the
        # locality; "سنت نگر": a tail that is also a district's name (Nagar), after a word;
        # "Mirpur Mathelo": a district's name before a word no list knows begins a town's
        for i in list(compress(range(n_toks), kept)):
            if toks[i].digit:
                continue
            if (
                i + 1 < n_toks
                and self.gaps[i] == _GAP_SPACE
                and not kept[i + 1]
                and (lows[i + 1] in words.PLACE_TAILS or self._unlisted(i + 1))
            ):
                kept[i] = False
                continue
            if (
                lows[i] in words.PLACE_TAILS
                and i > 0
                and self.gaps[i - 1] == _GAP_SPACE
                and not kept[i - 1]
                and not toks[i - 1].digit
                and lows[i - 1] not in _ADMIN_WORDS
                and lows[i - 1] not in _GRAMMAR_WORDS
                and lows[i - 1] not in words.ENGLISH_FUNCTION
            ):
                kept[i] = False
        for i in self.where(_STATION_WORDS):
            if lows[i] == "station" and not (i > 0 and lows[i - 1] == "police"):
                continue
            for j in range(i + 1, min(i + 3, n_toks)):
                if lows[j] in self.stop or self.gaps[j - 1] == _GAP_OTHER:
                    break
                if self.profile.urdu_script or toks[j].upper:
                    kept[j] = True
        return kept

    def _unlisted(self, i: int) -> bool:
        """Token i is a word no list knows: not ordinary, not a known name, not a rank."""
        t = self.toks[i]
        low = t.low
        g = self.gaz
        if len(low) < 3 or t.digit or low in self.stop or low in _RANK_TITLES:
            return False
        if low in g.given or low in g.family or low in g.caste:
            return False
        if t.arabic:
            return low not in self.known_urdu
        return (t.upper or self.caseless) and low not in self.common

    def _inside_a_village(self, i: int) -> bool:
        """ "کوٹ کرم خان", "Basti Kurram": a district's name after a village prefix."""
        if i == 0 or self.gaps[i - 1] == _GAP_OTHER:
            return False
        before = self.lows[i - 1]
        return before in self.village_prefixes or words.PLACE_HEADS.get(before) in {
            "village",
            "locality",
        }

    def _names_a_village(self, i: int, nxt: int) -> bool:
        """ "Thatta Kharal", "Dera Rahim Bakhsh": a district's name that begins a village's."""
        toks = self.toks
        if nxt >= len(toks) or not self.joined(nxt - 1, nxt) or nxt - i > 1:
            return False
        if i > 0 and toks[i - 1].low in _RANK_TITLES:
            return False
        t = toks[nxt]
        if toks[i].low not in self.village_prefixes:
            # "Bagh Jinnah Colony": a district's name inside a locality's
            ahead = toks[nxt + 1] if nxt + 1 < len(toks) else None
            if ahead is None or ahead.low not in words.PLACE_TAILS or not self.joined(nxt, nxt + 1):
                return False
        return (
            not t.digit
            and (t.low not in self.stop or t.low in words.AMBIGUOUS)
            and (t.arabic or self.caseless or t.upper)
        )

    def at_or_after(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos`` (len(toks) if none)."""
        return bisect_left(self.starts, pos)

    def before(self, pos: int) -> int | None:
        """Index of the last token ending at or before ``pos``."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0 and self.toks[i].end > pos:
            i -= 1
        return i if i >= 0 else None

    def inside(self, start: int, end: int) -> range:
        """Indexes of the tokens wholly inside ``[start, end)``."""
        a = bisect_left(self.starts, start)
        b = a
        toks = self.toks
        n = len(toks)
        while b < n and toks[b].end <= end:
            b += 1
        return range(a, b)

    def joined(self, i: int, j: int) -> bool:
        """Tokens i..j are one phrase: only spaces (or a hyphen, an apostrophe, the dot of an
        abbreviation) between them."""
        if j == i + 1:
            return self.gaps[i] != _GAP_OTHER
        return _GAP_OTHER not in self.gaps[i:j]

    def spaced(self, i: int) -> bool:
        """Only spaces between token i and token i + 1."""
        return 0 <= i < len(self.toks) - 1 and self.gaps[i] == _GAP_SPACE

    def capitalised(self, t: Token) -> bool:
        return t.upper

    def gaz_kind(self, t: Token) -> str:
        low = t.low
        g = self.gaz
        if low in g.given:
            return "given"
        if low in g.family:
            return "family"
        if low in g.caste:
            return "caste"
        return ""

    def namey(self, i: int, strict: bool = False) -> bool:
        """Token i could be part of a personal or place name.

        Not a stop word, not kept (district, rank ...), not a number. In mixed-case Latin text
        it must be capitalised; without capitals it must not be a common English word, unless a
        gazetteer knows it. ``strict`` also refuses common English words in mixed case.
        """
        v = self._namey[i]
        if v < 0:
            v = self._namey[i] = self._compute_namey(i)
        return v == _NAMEY_STRICT if strict else v != _NOT_NAMEY

    def _compute_namey(self, i: int) -> int:
        t = self.toks[i]
        low = t.low
        if t.digit or self.kept[i] or len(low) < 2 or low in _AGE_WORDS:
            return _NOT_NAMEY  # "AGE - 8 YRS": an age's word is never a name
        if low in self.stop:
            if (
                not t.arabic
                and t.upper
                and not self.caseless
                and self._english()
                and low not in self.common
                and not self.kept[i]
                and not self.sentence_start(i)
            ):
                # English text: a capitalised Roman Urdu word mid-sentence ("his khalu,
                # Mehfooz,", "confined by Wali Paul") is a name, not Urdu written in English
                return _NAMEY
            if low not in words.AMBIGUOUS:
                return _NOT_NAMEY
            if i + 1 < len(self.toks) and self.toks[i + 1].digit:
                return _NOT_NAMEY  # "umar 12 saal", "عمر 12 سال": the age, not the name
            ok = t.arabic or self.caseless or (t.upper and not self.sentence_start(i))
            return _NAMEY if ok else _NOT_NAMEY  # never strictly
        if t.arabic:
            return _NAMEY_STRICT
        g = self.gaz
        if low in g.given or low in g.family or low in g.caste:
            if low in self.very_common and (self.caseless or not t.upper):
                return _NOT_NAMEY  # "SAID", "will": names, but far more often English words
            return _NAMEY_STRICT
        if self.caseless:
            if low in self.very_common:
                return _NOT_NAMEY
            return _NAMEY if low in self.common_strong else _NAMEY_STRICT
        if not t.upper or low in self.very_common:
            return _NOT_NAMEY
        return _NAMEY if low in self.common else _NAMEY_STRICT

    def _english(self) -> bool:
        """The Latin text is English (its grammar words are), not Roman Urdu."""
        if self._is_english is None:
            by_low = self.by_low
            eng = sum(len(by_low[w]) for w in by_low if w in words.ENGLISH_FUNCTION)
            rom = sum(len(by_low[w]) for w in by_low if w in _ROMAN_GRAMMAR)
            self._is_english = eng >= 2 and eng >= 2 * rom
        return self._is_english

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        if self.gaps[i - 1] == _GAP_SPACE:
            return False
        return bool(_SENTENCE_END.search(self.text, self.toks[i - 1].end, self.toks[i].start))


# --- name spans ------------------------------------------------------------------------------


def _run_after(doc: Doc, i: int, limit: int = 4) -> tuple[int, int] | None:
    """Name-like tokens starting at token i (joined by spaces/hyphens): (first, last)."""
    toks = doc.toks
    j = i
    while j < len(toks) and j - i < limit + 1:
        if j > i and not doc.joined(j - 1, j):
            break
        if doc.namey(j):
            j += 1
            continue
        if (
            j > i
            and toks[j].low in words.NAME_PARTICLES
            and j + 1 < len(toks)
            and doc.joined(j, j + 1)
            and doc.namey(j + 1)
        ):
            j += 2
            continue
        break
    return (i, j - 1) if j > i else None


_GRAMMAR_WORDS = _w(
    """ہے تھا تھی تھے ہیں ہو اور یا بھی تو جو کہ نے کو سے پر میں تک کا کی کے hai tha thi the
    hain ho aur ya bhi to jo ke keh ne ko se par pe mein tak ka ki"""
)


def _run_after_cue(doc: Doc, i: int, limit: int = 4) -> tuple[int, int] | None:
    """The name after a cue that says a name follows ("s/o", "ولد", "Mst.", "مسماۃ"): as
    ``_run_after``, but its first word may also be an ordinary word, for names are ordinary
    words too ("s/o Nazar Muhammad", "ولد نظر محمد", "S/O SAID KHAN"); grammar words, cue
    words, numbers and kept words (districts, ranks) still end it."""
    run = _bridged_run(doc, i, limit)
    if (
        run is not None
        or i >= len(doc.toks)
        or _never_in_a_name(doc, i)
        or doc.toks[i].low in words.NUMBER_WORDS
    ):
        return run
    end = i
    n = len(doc.toks)
    # the rest of the name: name-like words, or ordinary ones that can be part of a name
    # ("ولد لال چند قوم ..."), up to the next grammar or cue word
    while end + 1 < n and end - i < limit - 1 and doc.spaced(end):
        if doc.namey(end + 1) or _name_word(doc, end + 1):
            end += 1
        else:
            break
    return (i, end)


_AGE_NEXT = _w("بعمر عمر aged age umar umr")


def _word_before_age(doc: Doc, j: int) -> tuple[int, int] | None:
    """One ordinary word that is the name, when an age or a case marker follows it: "میرا پوتا
    آزاد بعمر 11 سال", "ہمسایہ انصاف نے", "shanza, 6 saal"."""
    toks = doc.toks
    if j + 1 >= len(toks) or not _name_word(doc, j):
        return None
    nxt = toks[j + 1]
    gap = doc.text[toks[j].end : nxt.start]
    if doc.spaced(j) and (nxt.low in _AGE_NEXT or nxt.low in _CASE_MARKERS):
        return (j, j)
    if gap.strip() in {",", "،"} and nxt.digit:
        return (j, j)
    return None


def _bridged_run(doc: Doc, i: int, limit: int = 4) -> tuple[int, int] | None:
    """``_run_after``, or a name whose first words are ordinary words leading to a name-like
    one: "پیر بخش چٹھہ", "Hidayat Ali" (at most two ordinary words, and a name-like word must
    follow them: "والد پولیس اسٹیشن گئے" has none)."""
    run = _run_after(doc, i, limit)
    if run is not None:
        return run
    n = len(doc.toks)
    j = i
    while j < n and j - i < 2 and _name_word(doc, j) and not doc.namey(j):
        if j + 1 >= n or not doc.spaced(j):
            return None
        j += 1
    if j == i or j >= n:
        return None
    rest = _run_after(doc, j, limit - (j - i))
    return (i, rest[1]) if rest else None


def _run_before(doc: Doc, i: int, limit: int = 4) -> tuple[int, int] | None:
    """Name-like tokens ending at token i, walking backwards."""
    j = i
    while j >= 0 and i - j < limit + 1:
        if j < i and not doc.joined(j, j + 1):
            break
        if doc.namey(j):
            j -= 1
            continue
        if (
            j < i
            and doc.toks[j].low in words.NAME_PARTICLES
            and j > 0
            and doc.joined(j - 1, j)
            and doc.namey(j - 1)
        ):
            j -= 2
            continue
        break
    return (j + 1, i) if j < i else None


# Words a place's name may not contain even where capitals say nothing.
_NOT_IN_PLACE = (
    words.GRAMMAR
    | words.CHILD_CUES
    | frozenset(words.RELATIVE_CUES)
    | words.PERSON_CUES
    | frozenset(words.PLACE_HEADS)
    | words.RESIDENCE_CUES
    | words.RESIDENCE_AFTER
    | words.SCHOOL_HEADS
    | words.CASTE_CUES
    | words.MEDIA_WORDS
    | words.CLASS_WORDS
    | words.PLACE_FILLERS
)
# Tails that make a place of ordinary words before them ("Garden Town", "Labour Colony").
_OPEN_TAILS = words.OPEN_TAILS


def _open_word(doc: Doc, k: int) -> bool:
    """Token k may be part of a place's name although it is an ordinary word: capitalised in
    mixed-case Latin, anything but grammar, cue words and numbers where capitals say nothing."""
    t = doc.toks[k]
    if t.digit or doc.kept[k] or t.low in _NOT_IN_PLACE or (len(t.low) < 2 and not t.arabic):
        return False
    return t.arabic or doc.caseless or t.text[:1].isupper()


def _open_run_after(doc: Doc, i: int, limit: int = 3) -> tuple[int, int] | None:
    j = i
    while j < len(doc.toks) and j - i < limit and (j == i or doc.joined(j - 1, j)):
        if not _open_word(doc, j):
            break
        j += 1
    return (i, j - 1) if j > i else None


def _open_run_before(doc: Doc, i: int, limit: int = 3) -> tuple[int, int] | None:
    j = i
    while j >= 0 and i - j < limit and (j == i or doc.joined(j, j + 1)):
        if not _open_word(doc, j):
            break
        j -= 1
    return (j + 1, i) if j < i else None


def _place_phrase(doc: Doc, j: int) -> int | None:
    """The last token of a place's name that starts at token j, if one does: a name
    ("Islampura"), ordinary words before a place tail ("Labour Colony", "canal view colony"),
    or a village prefix and its name ("Basti Nau", "Dhok Syedan")."""
    toks = doc.toks
    if j >= len(toks) or doc.kept[j]:
        return None
    low = toks[j].low
    head = low in doc.village_prefixes or words.PLACE_HEADS.get(low) in {"village", "locality"}
    if head and j + 1 < len(toks) and doc.joined(j, j + 1):
        run = _run_after(doc, j + 1, limit=3) or _open_run_after(doc, j + 1)
        if run:
            return run[1]
    wide = _open_run_after(doc, j, limit=4)
    if wide:
        for k in range(wide[1], wide[0], -1):
            if toks[k].low in _OPEN_TAILS or toks[k].low in words.PLACE_TAILS:
                return k
    run = _run_after(doc, j, limit=3)
    return run[1] if run else None


def _skip_titles(doc: Doc, i: int) -> int:
    """Step over titles and punctuation-free fillers after a cue: "Mst.", "Mussammat", "named"."""
    toks = doc.toks
    while i < len(toks) and toks[i].low in {
        "mst",
        "mussammat",
        "musammat",
        "mussamat",
        "mr",
        "mrs",
        "miss",
        "ms",
        "master",
        "named",
        "namely",
        "called",
        "مسماہ",
        "مسمات",
        "مسمی",
        "the",
        "late",
        "marhoom",
        "مرحوم",
        "زاد",  # "چچا زاد X": a cousin
        "zad",
        "علم",  # "طالب علم X": a student
        "ilm",
        "صرف",  # "اپنا نام صرف X بتاتا ہے"
        "sirf",
        "only",
    }:
        i += 1
    return i


def _hit(
    doc: Doc, a: int, b: int, cat: Category, conf: float, why: str, role: str = "", det: str = "cue"
) -> Hit:
    return Hit(doc.toks[a].start, doc.toks[b].end, cat, det, conf, why, role)


_SLASH_CUE = re.compile(
    r"(?<![A-Za-z])([sdwr])\s*/\s*o(?![A-Za-z])|(?<![A-Za-z])([sdwr])\.\s?o\.", re.I
)
_OF_CUE = re.compile(
    r"\b(son|daughter|wife|widow|resident|residents|native|hailing|belonging)\s+(?:from|of|to)\b",
    re.I,
)
_SLASH_LETTERS = frozenset("sdwr")
_OF_WORDS = _w("son daughter wife widow resident residents native hailing belonging")
_SLASH_ROLE = {"s": "father", "d": "father", "w": "husband", "r": "residence"}


def cue_names(doc: Doc) -> list[Hit]:
    """Names next to a kinship, role or title cue, in all three language forms."""
    hits: list[Hit] = []
    toks = doc.toks
    after_pos = doc.at_or_after
    roman = doc.profile.roman_urdu

    def parentage(cue_start: int, cue_end: int, role: str, label: str) -> None:
        # the person on the left (the child, in a child case) and the parent on the right
        left = doc.before(cue_start)
        if left is not None and re.fullmatch(r"[\s,]*", doc.text[toks[left].end : cue_start]):
            run = _run_before(doc, left)
            if run:
                hits.append(_hit(doc, *run, _CHILD, 0.9, f"name before '{label}'"))
        j = _skip_titles(doc, after_pos(cue_end))
        run = _run_after_cue(doc, j)
        if run:
            hits.append(_hit(doc, *run, _REL, 0.95, f"name after '{label}'", role))

    for m in _anchored(doc, _SLASH_CUE, _SLASH_LETTERS):
        letter = (m.group(1) or m.group(2)).lower()
        role = _SLASH_ROLE[letter]
        if role != "residence":
            parentage(m.start(), m.end(), role, m.group())
    for m in _anchored(doc, _OF_CUE, _OF_WORDS):
        word = m.group(1).lower()
        if word in {"son", "daughter"}:
            parentage(m.start(), m.end(), "father", m.group())
        elif word in {"wife", "widow"}:
            parentage(m.start(), m.end(), "husband", m.group())

    for i in doc.where(_CUE_TRIGGERS):
        t = toks[i]
        low = t.low
        if (
            low in _KIN_AFTER_NAME
            or low in _HIS
            or low in _HIS_OWN
            or low in _WHO
            or low in _STATE_AFTER
            or low in _NAME_WORDS
            or low in _JO
            or low in _MISSING
            or low in _MINE
        ):
            hits.extend(_person_before_marker(doc, i))
        if low in _JUSTICE and i + 2 < len(toks) and toks[i + 1].low in _JUSTICE_FOR:
            # "Justice for Zainab", "insaaf for X": a campaign named after the victim
            # "#JusticeFor_X", "#جسٹس_فار_X": joined by an underscore in a hashtag
            glued = doc.text[toks[i + 1].end : toks[i + 2].start] == "_"
            run = _run_after_cue(doc, i + 2, limit=3) if doc.spaced(i + 1) or glued else None
            if run:
                hits.append(
                    _hit(doc, *run, _CHILD, 0.9, f"name after '{t.text} {toks[i + 1].text}'")
                )
        if low in words.PARENTAGE and low not in {"son", "daughter", "wife", "s/o", "d/o", "w/o"}:
            parentage(t.start, t.end, words.PARENTAGE[low], t.text)
            continue
        if low in words.RELATIVE_CUES:
            role = words.RELATIVE_CUES[low]
            j = _skip_titles(doc, i + 1)
            # "her father, Muhammad Aslam," / "father Muhammad Aslam" / "والد محمد اسلم"
            if j < len(toks) and _COMMA_GAP.fullmatch(doc.text, toks[j - 1].end, toks[j].start):
                run = _bridged_run(doc, j) or _word_before_age(doc, j)
                if run:
                    conf = 0.85 if doc.namey(run[0]) else 0.9
                    hits.append(_hit(doc, *run, _REL, conf, f"name after '{t.text}'", role))
            # Roman Urdu / Urdu: "Aslam ki beti", "اسلم کی بیٹی" : the parent stands before
            continue
        if (
            low in words.CHILD_CUES
            or (low in words.CHILD_CUES_OBLIQUE and i > 0 and toks[i - 1].low in words.GENITIVE)
            or (low == "علم" and i > 0 and toks[i - 1].low == "طالب")  # "طالب علم X"
        ):
            j = _skip_titles(doc, i + 1)
            if j < len(toks) and _COMMA_GAP.fullmatch(doc.text, toks[j - 1].end, toks[j].start):
                run = _bridged_run(doc, j, limit=3) or _word_before_age(doc, j)
                if run:
                    conf = 0.8 if doc.namey(run[0]) else 0.9
                    hits.append(_hit(doc, *run, _CHILD, conf, f"name after '{t.text}'"))
            continue
        if low in words.AFTER_NAME_CUES and i > 0 and doc.spaced(i - 1):
            # "اکرم نامی شخص", "Akram naami shakhs": the name stands before
            run = _run_before(doc, i - 1)
            if run:
                hits.append(_hit(doc, *run, _PERSON, 0.85, f"name before '{t.text}'"))
            continue
        if low in words.ALIAS:
            # "Aslam alias Chhota", "اسلم عرف چھوٹا": names on both sides, one person
            left = _run_before(doc, i - 1) if i > 0 and doc.spaced(i - 1) else None
            right = _run_after(doc, i + 1) if doc.spaced(i) else None
            for run in (left, right):
                if run:
                    hits.append(_hit(doc, *run, _PERSON, 0.85, f"name next to '{t.text}'"))
            continue
        if low == "دار" and i > 0 and toks[i - 1].low in _NEIGHBOUR_FIRST and doc.spaced(i):
            # "محلے دار X", "ہمسایہ دار X": a neighbour
            run = _bridged_run(doc, i + 1, limit=3) or _word_before_age(doc, i + 1)
            if run:
                hits.append(_hit(doc, *run, _PERSON, 0.85, "name after 'محلے دار'"))
        if low in words.PERSON_CUES or low in _TITLE_CUES:
            j = _skip_titles(doc, i + 1)
            field_of = low in _NAME_FIELD and j + 1 < len(toks) and toks[j].low in _OF
            if field_of:
                # "NAME OF MINOR – ZARA", "Name of the child: ...": a form's field
                for k in (j + 2, j + 3):
                    if k < len(toks) and _FIELD_GAP.fullmatch(
                        doc.text, toks[k - 1].end, toks[k].start
                    ):
                        j = k
                        break
                else:
                    field_of = False
            if field_of or (
                j < len(toks) and _COMMA_DOT_GAP.fullmatch(doc.text, toks[j - 1].end, toks[j].start)
            ):
                gap = doc.text[t.end : toks[j].start]
                strong = (
                    field_of
                    or low in _TITLE_CUES
                    or low in _STRONG_TITLES
                    or (low in _NAME_FIELD and (":" in gap or "-" in gap))  # a form's field
                )
                run = (_run_after_cue if strong else _bridged_run)(doc, j) or _word_before_age(
                    doc, j
                )
                if run:
                    cat = (
                        _CHILD
                        if low
                        in {
                            "mst",
                            "mussammat",
                            "musammat",
                            "mussamat",
                            "master",
                            "miss",
                            "مسماہ",
                            "مسمات",
                        }
                        else _PERSON
                    )
                    conf = 0.9 if strong or not doc.namey(run[0]) else 0.85
                    hits.append(_hit(doc, *run, cat, conf, f"name after '{t.text}'"))
        # "ye Salman hai", "یہ عفان ہے", "this is Ali": introducing a person
        if low in words.DEMONSTRATIVES and i + 1 < len(toks):
            j = i + 2 if low == "this" and toks[i + 1].low == "is" else i + 1
            run = _run_after(doc, j, limit=3) if j < len(toks) else None
            if (
                run
                and run[1] + 1 < len(toks)
                and (
                    toks[run[1] + 1].low in words.COPULAS
                    or ((low == "this" and run[1] + 1 == len(toks)) or low == "this")
                )
            ):
                hits.append(_hit(doc, *run, _PERSON, 0.6, f"introduced by '{t.text}'"))
        if low in _POSTPOSITIONS and 0 < i < len(toks) - 1 and doc.spaced(i - 1):
            hits.extend(_before_postposition(doc, i))
        if low in _AND_HIS and i > 0 and doc.spaced(i - 1):
            hits.extend(_before_and_his(doc, i))
        if (
            roman
            and low in _ROMAN_THAT
            and 0 < i < len(toks) - 1
            and toks[i - 1].low in _SAY_VERBS
            and doc.spaced(i)
        ):
            # "bataya ke Ali ab theek hai": as after "کہ", the clause begins with its subject
            run = _run_after(doc, i + 1, limit=3)
            if run:
                hits.append(_hit(doc, *run, _PERSON, 0.4, f"a person: subject after '{t.text}'"))
        if low == "کہ" and i + 1 < len(toks) and doc.spaced(i):
            # "... نے بتایا کہ X ...": a clause after "کہ" begins with its subject; "سوال کیا
            # کہ کیا X ..." (whether X ...) after the question word
            j = (
                i + 2
                if toks[i + 1].low == "کیا" and i + 2 < len(toks) and doc.spaced(i + 1)
                else i + 1
            )
            run = _run_after(doc, j, limit=3)
            if run and toks[run[0]].arabic:
                hits.append(_hit(doc, *run, _PERSON, 0.4, "a person: subject after 'کہ'"))
        if low in _SUBJECT_BEFORE and i > 0 and doc.spaced(i - 1) and (t.arabic or roman):
            hits.extend(_before_subject_marker(doc, i))
    return hits


# Urdu grammar says who does something even without the ergative "نے": the word before a
# reflexive ("X اپنے گھر لے گیا", "X apni behan ke sath") or an object pronoun ("کہ X اسے تنگ
# کرتا ہے", "X use dhamkata tha") is the subject, and "X اور اس کے ساتھی" / "X aur uske
# dost" pairs a person with his own people.
_SUBJECT_BEFORE = _w(
    """اپنے اپنی اپنا اسے انہیں مجھے ہمیں apne apni apna apnay usay unhein unhen mujhe
    humein"""
)
_AND_HIS = _w("اور aur")
_HIS = _w("اس ان us un")
_HIS_OWN = _w("uske uski uska unke unki unka uskay")


def _before_subject_marker(doc: Doc, i: int) -> list[Hit]:
    run = _run_before(doc, i - 1, limit=3)
    if run is None:
        return []
    return [_hit(doc, *run, _PERSON, 0.45, f"a person: name before '{doc.toks[i].text}'")]


def _before_and_his(doc: Doc, i: int) -> list[Hit]:
    """ "X اور اس کے ساتھی", "X aur uske dost": X is a person."""
    toks = doc.toks
    n = len(toks)
    j = i + 1
    if j >= n or not doc.spaced(i):
        return []
    nxt = toks[j].low
    if nxt in _HIS:
        if j + 1 >= n or toks[j + 1].low not in words.GENITIVE:
            return []
    elif nxt not in _HIS_OWN:
        return []
    if not toks[i].arabic and not doc.profile.roman_urdu:
        return []
    run = _run_before(doc, i - 1, limit=3)
    if run is None:
        return []
    return [_hit(doc, *run, _PERSON, 0.5, f"a person: name before '{toks[i].text} {nxt}'")]


# A kin word or a form of address right after a name, followed by a postposition: "Aslam bhai
# ke bete", "Rukhsana aunty ka bura haal", "اکرم صاحب نے" (Roman Urdu and Urdu only).
_KIN_AFTER_NAME = _w(
    """bhai bhaijan bhaiya uncle aunty anti baji apa sahab sahib chacha mamoo mamu khalu
    بھائی بھائیجان انکل آنٹی باجی آپا صاحب صاحبہ ماموں چچا خالو تایا"""
)
_WHO = _w("who whose")
_JUSTICE = _w("justice insaf insaaf inssaf جسٹس انصاف")
_ROMAN_THAT = _w("ke keh kay k")
_SAY_VERBS = _w("""bataya btaya batya kaha kahaa kehna kiya diya likha suna pata bataaya batana""")
# "Ali jo ke ...", "علی جو کہ ...": a relative clause after a name (as ", who" in English)
_JO = _w("jo جو")
# "X میرے کزن کا بیٹا ہے", "X meri khala hai": my kin after the name
_MINE = _w("میرے میری میرا ہمارے ہماری ہمارا mere meri mera hamare hamari hamara")
_JUSTICE_FOR = _w("for 4 fr فار برائے")
# What happened to someone, right after the name: "X لاپتہ ہے", "X mil gaya", "X زخمی ہو گیا".
_STATE_AFTER = _w("لاپتہ لاپتا غائب گمشدہ زخمی مل lapata lapta laapata ghayab gayab zakhmi mil")
_FOUND = _w("گیا گئی گئے gaya gayi gai gaye gya")
# "ALI IS MISSING", "Sana has been missing", "Ali went missing": a copula or two before it
_MISSING = _w("missing")
_MISSING_LINKS = _w("is was has have been went had gone remains remained")
# "X نام کا شخص", "X naam ka banda": named so.
_NAME_WORDS = _w("نام naam")
_PERSON_NOUNS = _w(
    """شخص آدمی لڑکا لڑکی بچہ بچی بندہ نوجوان ملزم shakhs shakhas aadmi admi larka larki
    bacha bachi banda naujawan nojawan mulzim"""
)
_COMMA_ONLY = re.compile(r"[ \t]*,[ \t]*")
_THIS = _w("یہ وہ ye yeh woh wo")
_COMMA_ANY = re.compile(r"[ \t]*[,،][ \t]*")


def _person_before_marker(doc: Doc, i: int) -> list[Hit]:
    """A name before a word that says the name is a person's:
    - "Aslam bhai ke bete", "اکرم صاحب نے" (a form of address, then a postposition);
    - "میں X اس کا ماموں ہوں", "X uska chacha hai" (his/her kin after the name);
    - "Ali, who was kidnapped", "Ali jo ke ...", "علی جو کہ ..." (a relative clause);
    - "ALI IS MISSING", "X لاپتہ ہے", "X mil gaya" (what happened to someone);
    - "X نام کا شخص", "X naam ka banda" (named so)."""
    toks = doc.toks
    n = len(toks)
    t = toks[i]
    low = t.low
    if i == 0:
        return []
    roman = doc.profile.roman_urdu
    if low in _WHO:
        if (
            t.arabic
            or doc.caseless
            or not _COMMA_ONLY.fullmatch(doc.text, toks[i - 1].end, t.start)
        ):
            return []
        run = _run_before(doc, i - 1, limit=3)
        if run is None:
            return []
        return [_hit(doc, *run, _PERSON, 0.5, f"a person: name before ', {t.text}'")]
    if low in _MISSING:
        k = i - 1
        while k > 0 and i - k <= 2 and toks[k].low in _MISSING_LINKS and doc.spaced(k - 1):
            k -= 1
        if k == i - 1:
            return []
        run = _run_before(doc, k, limit=3)
        if run is None:
            return []
        return [_hit(doc, *run, _PERSON, 0.45, f"a person: name before '{t.text}'")]
    comma = low in _HIS and _COMMA_ANY.fullmatch(doc.text, toks[i - 1].end, t.start)
    if not (doc.spaced(i - 1) or comma) or not (t.arabic or roman) or i + 1 >= n:
        return []  # "X اس کا چچا", and "X، اس کا چچا زاد"
    conf = 0.5
    if low in _KIN_AFTER_NAME:
        vocative = doc.text[t.end : toks[i + 1].start].strip() in {",", "،", "!"}
        nxt = toks[i + 1].low
        if not vocative and (
            (nxt not in _POSTPOSITIONS and nxt not in _SUBJECT_BEFORE) or not doc.spaced(i)
        ):
            return []  # "Aslam bhai ke bete", and "ازلان بھائی، آپ ..." (addressed)
        why, cat = f"a person: name before '{t.text}'", _PERSON
    elif low in _STATE_AFTER:
        if low in {"مل", "mil"} and toks[i + 1].low not in _FOUND:
            return []
        why, cat, conf = f"a person: name before '{t.text}'", _PERSON, 0.45
    elif low in _JO:
        if toks[i + 1].low not in {"ke", "keh", "kay", "کہ"}:
            return []
        why, cat = f"a person: name before '{t.text} {toks[i + 1].text}'", _PERSON
    elif low in _NAME_WORDS:
        k = i + 2
        if k + 1 < n and toks[k].low in _THIS:  # "X نام کا یہ شخص"
            k += 1
        if k >= n or toks[i + 1].low not in words.GENITIVE or toks[k].low not in _PERSON_NOUNS:
            return []
        why, cat = f"a person: name before '{t.text} {toks[i + 1].text}'", _PERSON
    else:
        j = i + 1
        if low in _HIS:
            if toks[j].low not in words.GENITIVE or j + 1 >= n:
                return []
            j += 1
        kin = toks[j].low
        if kin not in words.RELATIVE_CUES and kin not in words.CHILD_CUES:
            return []
        why, cat = f"a relative: name before '{t.text} {toks[j].text}'", _REL
    run = _run_before(doc, i - 1, limit=3)
    if run is None:
        return []
    return [_hit(doc, *run, cat, conf, why)]


# "X کی عمر", "X ki umar": whose age it is (the name Umar is written the same, so not a cue word)
_AGE_NOUNS = _w("عمر umar umer umr")
_POSTPOSITIONS = words.GENITIVE | _w("ko کو se سے ne نے par پر samet سمیت کیس")
# The case markers a noun phrase ends with: "X کی", "X کو", "X نے", "X سے", "X پر", "X ki" ...
_CASE_MARKERS = words.GENITIVE | _w("کو نے سے پر ko ne se par")
_NAMES_IN_ON = _w("ہمایوں")  # names that end like an oblique plural
_CASE_CRIMES = _w("قتل زیادتی اغوا اغواء تشدد qatl qatal ziadti zyadti agwa")
_TITLE_CUES = _w("mst mussammat musammat mussamat mr mrs miss master")
_STRONG_TITLES = _w("مسماہ مسمات مسمی")
_NEIGHBOUR_FIRST = _w("محلے محلہ")
_NAME_FIELD = _w("name naam نام")  # "Name: ...", "نام: ..."
_OF = _w("of ka ki کا کی")
_FIELD_GAP = re.compile(r"[ \t]*[:\-\u2013\u2014][ \t]*")
_CUE_TRIGGERS = (
    frozenset(words.PARENTAGE)
    | frozenset(words.RELATIVE_CUES)
    | words.CHILD_CUES
    | words.CHILD_CUES_OBLIQUE
    | words.AFTER_NAME_CUES
    | words.ALIAS
    | words.PERSON_CUES
    | _TITLE_CUES
    | words.DEMONSTRATIVES
    | _POSTPOSITIONS
    | _SUBJECT_BEFORE
    | _AND_HIS
    | {"کہ", "علم", "دار"}
    | _KIN_AFTER_NAME
    | _HIS
    | _HIS_OWN
    | _WHO
    | _STATE_AFTER
    | _NAME_WORDS
    | _JUSTICE
    | _ROMAN_THAT
    | _JO
    | _MISSING
    | _MINE
)
_COMMA_GAP = re.compile(r"[\s,:]*")
_COMMA_DOT_GAP = re.compile(r"[\s,:.]*")
_YEAR_WORDS = _w("years year yrs yr months month mahine maheene ماہ مہینے")
_AGE_UNITS = _w("سالہ سال برس کی کا کے saal sal sala saala baras ki ka ke")
_WITH = _w("ساتھ sath saath")
_AND = _w("اور aur or")


def _before_postposition(doc: Doc, i: int) -> list[Hit]:
    """Urdu and Roman Urdu put the postposition after the noun, so what follows it says who the
    name before it is: "Aslam ki beti" / "اسلم کے 7 سالہ بیٹے" (a parent), "Ayesha ke walid" /
    "عائشہ کی والدہ" (a child), "ازلان کے اغوا", "X ko giraftar", "X کے ساتھ زیادتی" (a person),
    and at the start of a clause "X نے", "X اور Y کو" (a person, in child cases a guess)."""
    toks = doc.toks
    n = len(toks)
    low = toks[i].low
    j = i + 1
    if toks[j].digit:  # an age between: "کے 7 سالہ بیٹے", "ki 9 saal ki beti"
        j += 1
        while j < n and j - i < 5 and toks[j].low in _AGE_UNITS:
            j += 1
    nxt = toks[j].low if j < n else ""
    with_ = nxt in _WITH
    if with_ and j + 1 < n:
        j += 1
        nxt = toks[j].low
    genitive = low in words.GENITIVE
    if low in {"samet", "سمیت"}:
        cat, conf, role, why = _PERSON, 0.6, "", "a person (with 'including')"
    elif low == "کیس":
        # "عالیہ قتل کیس", "زینب کیس": a case named after its victim
        k = i - 1
        while k >= 0 and i - k <= 2 and toks[k].low in _CASE_CRIMES and doc.spaced(k):
            k -= 1
        run = _run_before(doc, k) if k >= 0 and (k == i - 1 or doc.spaced(k)) else None
        if run is None or not toks[run[0]].arabic:
            return []
        return [_hit(doc, *run, _CHILD, 0.6, "a case named after its victim")]
    elif genitive and (nxt in words.CHILD_CUES or nxt in words.CHILD_CUES_OBLIQUE):
        cat, conf, role, why = _REL, 0.8, "relative", "a parent"
    elif genitive and nxt in words.RELATIVE_CUES:
        cat, conf, role, why = _CHILD, 0.75, "", "a child"
    elif nxt in words.PERSON_AFTER or (genitive and nxt in _AGE_NOUNS):
        cat, conf, role, why = _PERSON, 0.6, "", "a person"
    elif genitive and with_:
        cat, conf, role, why = _PERSON, 0.5, "", "a person (with)"
    elif low in {"ne", "نے", "ko", "کو"} and toks[i - 1].arabic == toks[i].arabic:
        cat, conf, role, why = _PERSON, 0.45, "", "a person (agent or object)"
    else:
        return []
    run = _run_before(doc, i - 1)
    if run is None:
        # a name that is also an ordinary word, before a kinship word ("ہدایت کے والد",
        # "محفوظ کی والدہ"): the kinship says it is a name
        kin = cat in (_REL, _CHILD) and conf >= 0.75
        counted = i > 1 and toks[i - 2].digit  # "10 saal ki bachi", "7 years ki": an age
        if not (kin and doc.spaced(i - 1) and _name_word(doc, i - 1)) or counted:
            return []
        run, conf = (i - 1, i - 1), 0.9
    out = [_hit(doc, *run, cat, conf, f"{why}: name before '{toks[i].text} {nxt}'", role)]
    a = run[0]
    if conf < 0.5 and toks[run[1]].low.endswith("وں") and toks[run[1]].low not in _NAMES_IN_ON:
        return []  # "لوگوں نے", "شہریوں نے": plural nouns, not names
    # "X اور Y کو", "X aur Y ka": the other name of a pair
    if a > 1 and toks[a - 1].low in _AND and doc.spaced(a - 2) and doc.spaced(a - 1):
        other = _run_before(doc, a - 2)
        if other:
            out.append(_hit(doc, *other, cat, conf, f"{why}: name paired with a name", role))
    return out


# --- places ----------------------------------------------------------------------------------


@cache
def _chak() -> re.Pattern[str]:
    """ "Chak No. 45 GB", "Chak 12/9-L", "چک نمبر 45 گ ب", "چک نمبر 569 ایم ایل"."""
    urdu = sorted(
        {s["ur"] for s in lexicon.names_data()["places"]["chak_suffixes"]} | {"ایل"},
        key=len,
        reverse=True,
    )
    letters = "|".join(re.escape(s) for s in urdu)
    return re.compile(
        r"\b(?:chak|چک)\s*(?:no\.?|number|nambar|#|نمبر)?\s*\d{1,4}(?:\s*[-/]\s*\d{1,3})?"
        rf"(?:\s*[-/]?\s*(?:[a-z]{{1,2}}\b|(?:{letters})(?!\w)"
        r"|(?:[\u0600-\u06ff]\s){0,1}[\u0600-\u06ff](?=\s|$|[،,.۔])))?",
        re.I,
    )


_NUMBERED = re.compile(
    r"(?:\b(?:house|h|plot|flat|street|st|gali|lane|block|sector|ward)\b\.?|مکان|گلی|پلاٹ|کوچہ)"
    r"\s*(?:no\.?|number|nambar|#|نمبر)?\s*[#:]?\s*\d{1,4}(?:\s*[-/]\s*[0-9a-z]{1,3}\b)?"
    r"(?:\s*[a-z]\b)?",
    re.I,
)


_PLACE_ENDINGS = ("pura", "pur", "abad", "nagar", "garh", "kot", "wala", "wali")


@cache
def _place_triggers() -> frozenset[str]:
    return (
        frozenset(words.PLACE_HEADS)
        | lexicon.village_prefixes()
        | words.PLACE_TAILS
        | words.RESIDENCE_AFTER
        | frozenset(lexicon.gazetteer().place_first)
    )


_CHAK_WORDS = frozenset({"chak", "چک"})
_NUMBERED_WORDS = _w("house h plot flat street st gali lane block sector ward مکان گلی پلاٹ کوچہ")
_RES_WORDS = _w("""r resident residents native hailing belonging living lives sakin sakna rehaishi
    rahaishi ساکن سکنہ ساکنہ رہائشی مقیم""")
_SAKIN = re.compile("sa+kin")


def places(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.toks
    g = doc.gaz
    for m in _anchored(doc, _chak(), _CHAK_WORDS):
        hits.append(
            Hit(m.start(), m.end(), _LOC, "cue", 0.95, "numbered village (chak)", "village")
        )
    for m in _anchored(doc, _NUMBERED, _NUMBERED_WORDS):
        word = m.group().split()[0].lower()
        role = "house" if word in {"house", "h", "plot", "flat", "مکان", "پلاٹ"} else "street"
        hits.append(Hit(m.start(), m.end(), _LOC, "cue", 0.9, "house or street number", role))

    endings = [
        w
        for w in doc.by_low
        if len(w) > 5 and w.endswith(_PLACE_ENDINGS) and w[0] < "\u0600" and w not in doc.common
    ]
    triggers = _place_triggers()
    where = doc.where(triggers)
    if endings:
        where = sorted(set(where).union(doc.where(frozenset(endings))))
    for i in where:
        t = toks[i]
        low = t.low
        if low in words.PLACE_HEADS and not doc.kept[i]:
            role = words.PLACE_HEADS[low]
            j = i + 1
            while j < len(toks) and toks[j].low in words.PLACE_FILLERS:
                j += 1
            run = _run_after(doc, j) if j < len(toks) and doc.joined(i, j) else None
            if run is None and role in {"village", "locality"} and j < len(toks):
                # "Basti Nau", "موضع کرم خان": a name made of ordinary words
                run = _open_run_after(doc, j) if doc.joined(i, j) else None
            if run:
                # the place name after the head, with the head: "Mohalla Islampura", "گاؤں ..."
                hits.append(_hit(doc, i, run[1], _LOC, 0.9, f"place name after '{t.text}'", role))
            else:
                back = _run_before(doc, i - 1, limit=3) if i > 0 and doc.spaced(i - 1) else None
                if back:
                    hits.append(
                        _hit(doc, back[0], i, _LOC, 0.8, f"place name before '{t.text}'", role)
                    )
        elif (
            low in doc.village_prefixes
            and not doc.kept[i]
            and i + 1 < len(toks)
            and doc.joined(i, i + 1)
        ):
            run = _run_after(doc, i + 1, limit=3)
            if run is None and (t.arabic or doc.caseless or doc.capitalised(t)):
                run = _open_run_after(doc, i + 1)  # "Basti Nau", "کوٹ کرم خان"
            if run:
                hits.append(
                    _hit(doc, i, run[1], _LOC, 0.7, f"village name after '{t.text}'", "village")
                )
        elif low in words.PLACE_TAILS and i > 0 and not doc.kept[i]:
            back = _run_before(doc, i - 1, limit=3) if doc.joined(i - 1, i) else None
            if low in _OPEN_TAILS and (t.arabic or doc.caseless or doc.capitalised(t)):
                # "Garden Town", "Christian Colony", "LABOUR COLONY": ordinary words + a tail
                wide = _open_run_before(doc, i - 1)
                if wide and (back is None or wide[0] < back[0]):
                    back = wide
            if back and not (
                doc.caseless and toks[back[0]].low in doc.very_common and low not in _OPEN_TAILS
            ):
                hits.append(
                    _hit(
                        doc, back[0], i, _LOC, 0.75, f"place name ending in '{t.text}'", "locality"
                    )
                )
        if low in words.RESIDENCE_AFTER and i > 1 and toks[i - 1].low in words.GENITIVE:
            k = i - 2
            end = k
            while (
                k >= 0
                and i - k <= 6
                and (
                    doc.namey(k)
                    or toks[k].low in words.PLACE_HEADS
                    or toks[k].low in words.PLACE_TAILS
                    or toks[k].low in words.PLACE_FILLERS
                    or toks[k].digit
                )
                and not doc.kept[k]
                and (
                    k == end
                    or doc.joined(k, k + 1)
                    or doc.text[toks[k].end : toks[k + 1].start].strip() in {",", "،", "/", "-"}
                )
            ):
                k -= 1
            if k < end:
                hits.append(
                    _hit(
                        doc,
                        k + 1,
                        end,
                        _LOC,
                        0.8,
                        f"place before '{toks[i - 1].text} {t.text}'",
                        "village",
                    )
                )
        if low in g.place_first:
            for n in (4, 3, 2, 1):
                seg = toks[i : i + n]
                if (
                    len(seg) == n
                    and " ".join(x.low for x in seg) in g.places
                    and doc.joined(i, i + n - 1)
                ):
                    role = g.places[" ".join(x.low for x in seg)]
                    hits.append(_hit(doc, i, i + n - 1, _LOC, 0.85, "known place name", role))
                    break
        if (
            not t.arabic
            and not t.digit
            and len(low) > 5
            and low.endswith(_PLACE_ENDINGS)
            and doc.namey(i)
            and low not in doc.common
        ):
            hits.append(_hit(doc, i, i, _LOC, 0.6, "place-name ending", "locality"))
    hits.extend(_residence(doc))
    return hits


_RES_CUE = re.compile(
    r"(?<![A-Za-z])r\s*/\s*o(?![A-Za-z])|(?<![A-Za-z])r\.\s?o\.|\bresidents?\s+of\b|\bresident\b|"
    r"\bnative\s+of\b|\bhailing\s+from\b|\bbelonging\s+to\b|\bliving\s+in\b|\blives\s+in\b|"
    r"\bsa+kin\b|\bsakna\b|\brehaishi\b|\brahaishi\b|ساکن|سکنہ|ساکنہ|رہائشی|مقیم",
    re.I,
)


def _residence(doc: Doc) -> list[Hit]:
    """After "r/o", "resident of", "ساکن", "سکنہ": everything up to the district is the address."""
    hits: list[Hit] = []
    toks = doc.toks
    cues = _RES_WORDS
    sakin = [w for w in doc.by_low if w.startswith("sa") and _SAKIN.fullmatch(w)]
    if sakin:
        cues = cues | frozenset(sakin)
    for m in _anchored(doc, _RES_CUE, cues):
        b = doc.before(m.start())
        if (
            b is not None
            and m.group()[:1].lower() in {"r", "s", "س"}
            and re.fullmatch(r"[ \t,،]*", doc.text[toks[b].end : m.start()])
        ):
            # "Aslam r/o Basti X", "پرویز سکنہ چک ...": the name before the address is a person's
            run = _run_before(doc, b, limit=3)
            if run:
                hits.append(_hit(doc, *run, _PERSON, 0.6, f"a person: name before '{m.group()}'"))
        i = doc.at_or_after(m.end())
        if i >= len(toks):
            continue
        first, last = i, None
        k = i
        if toks[i].digit and not (i + 1 < len(toks) and toks[i + 1].low in words.PLACE_FILLERS):
            continue
        while k < len(toks) and k - i < 10:
            t = toks[k]
            if doc.kept[k]:
                break
            if last is not None:
                gap = doc.text[toks[k - 1].end : t.start]
                if not re.fullmatch(r"[\s\-/.,#:،]*", gap) or "\n" in gap:
                    break
            low = t.low
            if (
                low in words.PLACE_HEADS
                or low in words.PLACE_FILLERS
                or low in words.PLACE_TAILS
                or t.digit
                or doc.namey(k)
                or (len(low) <= 2 and not t.arabic and last is not None)
            ):
                last = k
                k += 1
                continue
            break  # anything else (a district, "tehsil", a word) ends the address
        if last is not None:
            hits.append(
                _hit(doc, first, last, _LOC, 0.85, f"address after '{m.group()}'", "address")
            )
    return hits


# --- schools ---------------------------------------------------------------------------------


_SCHOOL_TRIGGERS = words.SCHOOL_ABBREVIATIONS | words.SCHOOL_HEADS


def schools(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.toks
    for i in doc.where(_SCHOOL_TRIGGERS):
        t = toks[i]
        low = t.low
        if low in words.SCHOOL_ABBREVIATIONS:
            end = i
            j = i + 1
            while (
                j < len(toks)
                and (toks[j].low in words.PLACE_FILLERS or toks[j].digit)
                and j - i < 3
            ):
                end = j
                j += 1
            run = (
                _run_after(doc, end + 1, limit=3)
                if end + 1 < len(toks) and doc.joined(end, end + 1)
                else None
            )
            hits.append(
                _hit(
                    doc,
                    i,
                    run[1] if run else end,
                    Category.SCHOOL,
                    0.85,
                    "school abbreviation",
                    "school",
                )
            )
            continue
        if low not in words.SCHOOL_HEADS:
            continue
        start = i
        distinct = False
        k = i - 1
        while k >= 0 and i - k <= 6 and doc.joined(k, k + 1):
            if toks[k].low in words.SCHOOL_WORDS:
                start = k
            elif (
                doc.namey(k)
                or toks[k].low in doc.gaz.school_names
                or (
                    _open_word(doc, k)
                    and not doc.caseless
                    and not (toks[k].arabic and toks[k].low in doc.stop)
                )
            ):
                start = k  # "Al-Noor School", "Star Public School" (capitalised, however common)
                distinct = True
            elif (
                toks[k].low in words.NAME_PARTICLES
                and k > 0
                and doc.joined(k - 1, k)
                and doc.namey(k - 1)
            ):
                start = k  # "Quaid-e-Azam Model School"
            else:
                break
            k -= 1
        end = i
        j = i + 1
        while j < len(toks) and j - i <= 6 and doc.joined(j - 1, j):
            low_j = toks[j].low
            if low_j in words.PLACE_FILLERS or toks[j].digit:
                distinct = distinct or toks[j].digit
                end = j
            elif doc.kept[j] and not toks[j].digit and low_j not in _RANK_TITLES:
                # "Government High School Malir", "گورنمنٹ ہائی اسکول سوراب": a school named after
                # its town is that school, though the town is a district too
                end = j
                distinct = True
                while end + 1 < len(toks) and doc.kept[end + 1] and doc.joined(end, end + 1):
                    end += 1
                break
            elif (
                low_j in words.SCHOOL_WORDS
                or doc.namey(j)
                or (not doc.caseless and not toks[j].arabic and toks[j].text[:1].isupper())
                or (toks[j].arabic and low_j not in doc.stop)
                or low_j in words.PLACE_HEADS
                or low_j in words.PLACE_TAILS
                or low_j in doc.village_prefixes
            ):
                distinct = True
                end = j
            else:
                place = _place_phrase(doc, j)  # "School Christian Colony"
                if place is None:
                    break
                distinct = True
                end = j = place
            j += 1
        # "..., Islampura", "..., Labour Colony" after the school's name
        if end + 1 < len(toks) and re.fullmatch(
            r"\s*[,،]\s*", doc.text[toks[end].end : toks[end + 1].start]
        ):
            place = _place_phrase(doc, end + 1)
            if place is None and toks[end].digit:
                place = _school_town(doc, end + 1)  # "اسکول نمبر 7، شاہ صدر دین"
            if place is not None and distinct:
                end = place
        if distinct:
            hits.append(_hit(doc, start, end, Category.SCHOOL, 0.85, f"named '{t.text}'", "school"))
    return hits


def _school_town(doc: Doc, j: int) -> int | None:
    """After a numbered school and a comma ("School No. 1, Malir"), the place it stands in, up
    to three words, ordinary or a district's name, ended by a mark, a case marker or a grammar
    word; not a district written as such ("..., Kasur district")."""
    toks = doc.toks
    n = len(toks)
    end = j - 1
    while end + 1 < n and end + 1 - j < 3 and (end < j or doc.spaced(end)):
        t = toks[end + 1]
        if t.digit or len(t.low) < 2 or t.low in _GRAMMAR_WORDS or t.low in _CASE_MARKERS:
            break
        if t.low in words.ENGLISH_FUNCTION or t.low in _ADMIN_WORDS:
            break
        end += 1
    if end < j:
        return None
    if end + 1 < n and doc.spaced(end) and toks[end + 1].low in _ADMIN_WORDS:
        return None
    return end


# --- ages, formats ---------------------------------------------------------------------------

_NUMW = "|".join(sorted((re.escape(w) for w in words.NUMBER_WORDS), key=len, reverse=True))
_N = rf"(?:\d{{1,2}}|{_NUMW})"
# Patterns tried at every number run only when the text has what they need, a character or
# one of a few words: most texts have neither, and a failed match still costs a call.
_AGE_NEEDS: dict[int, tuple[str, frozenset[str]]] = {}


def _gated(pattern: re.Pattern[str], char: str = "", some: str = "") -> re.Pattern[str]:
    _AGE_NEEDS[id(pattern)] = (char, _w(some))
    return pattern


def _needs_met(doc: Doc, p: re.Pattern[str]) -> bool:
    need = _AGE_NEEDS.get(id(p))
    if need is None:
        return True
    char, some = need
    return bool((char and char in doc.text) or (some and doc.vocab_in(some)))


_AGE_PATTERNS = [
    # "#9YearOldGirl": a hashtag glues the age to its words
    _gated(re.compile(r"(?<=#)\d{1,2}(?=(?:years?|yrs?|yr)[-_]?old)", re.I), "#"),
    re.compile(rf"\b{_N}\s*[-\s]?\s*(?:years?|yrs?|yr)\.?\s*[-\s]?\s*old\b", re.I),
    re.compile(
        rf"\b(?:aged?|age:|age\s*[-\u2013\u2014,]|umar|umr)\s*(?:about|around|approx\.?|taqreeban|of|stated|given|"
        rf"recorded|reported|estimated|shown|mentioned|claimed|declared|written|noted|likhi|darj)?\s*(?:as\s+)?:?\s*{_N}\b(?:\s*(?:years?|yrs?|saal|sal|baras)\b)?",
        re.I,
    ),
    re.compile(
        rf"\b{_N}\s*[-\s]?\s*(?:saal|sal|saala|sala|saalah|salah|baras|barsa)\b(?:\s+(?:ki|ka|ke)\s+(?:umar|umr))?",
        re.I,
    ),
    re.compile(rf"(?:عمر|عمری)\s*(?:تقریبا|قریب)?\s*{_N}\s*(?:سال|برس)?"),
    re.compile(rf"(?<![\w]){_N}\s*(?:سالہ|سال|برس)(?:\s*(?:کی|کا|کے)\s*عمر)?"),
    # "Ayesha (12)", and after a date of birth's year: "06.07.2011 (14)"
    re.compile(r"(?:(?<=[A-Za-z\u0600-\u06ff])|(?<=[./-]\d{4}))\s*\(\s*\d{1,2}\s*\)"),
    re.compile(
        r"\b(?:he|she)\s+(?:is|was)\s+(?:only\s+|just\s+|about\s+|around\s+)?(?P<n>\d{1,2})\b(?!\s*(?:am|pm|%|:|km|kg|rs|minutes|hours|days|times))",
        re.I,
    ),
    re.compile(
        rf"\b{_N}\s*[-\s]?\s*(?:months?|mahine|maheene|ماہ|مہینے)\s*[-\s]?\s*(?:old|ki|ka|کی|کا|کے)?",
        re.I,
    ),
]
_gated(_AGE_PATTERNS[1], some="old")  # "12 years old"
_gated(_AGE_PATTERNS[3], some="saal sal saala sala saalah salah baras barsa")
_gated(_AGE_PATTERNS[5], some="سالہ سال برس")
_gated(_AGE_PATTERNS[8], some="month months mahine maheene ماہ مہینے")
# A small number that is an age although no age word says so: "Laila, 12, was", "was only 9",
# "who is 12", "sirf 9 ka", "صرف 9". What may not follow: units, counts of people or things.
_NOT_AN_AGE_AFTER = (
    r"(?!\s*(?:[%:/]|[.,]\d|-\d))"
    r"(?!\s*(?:am|pm|a\.m|p\.m|km|kg|rs|feet|ft|inch(?:es)?|meters?|metres?|miles?|minutes?|"
    r"hours?|days?|weeks?|times|percent|lakh|thousand|million|crore|o'clock|people|persons|"
    r"men|women|children|kids|girls|boys|accused|suspects|cases|members|policemen|officials|"
    r"others|din|ghante|ghantay|minat|hafte|mahine|log|afrad|rupay|rupees|hazar|"
    r"روپے|منٹ|گھنٹے|دن|افراد|لوگ|ہزار|لاکھ|بجے|فیصد|ملزمان|بچوں|بچے)\b)"
)
_BARE_AGE_PATTERNS = [
    # "Laila, 12, was last seen", "WAJIHA, 7, WAS", "the girl, 9."
    re.compile(
        r"(?<=[A-Za-z\u0600-\u06ff'])(?:\s*[,،]|\s+[-\u2013\u2014])\s*(?:(?:approx|approximately|about|around|almost|"
        r"nearly|taqreeban|takriban|تقریبا|تقریباً)\.?\s*)?(?P<n>\d{1,2})\s*"
        r"(?=[,،;)!]|[.۔](?!\d)|$|\s+[-\u2013\u2014]\s|\s+(?:and|who|was|is|has|had|from|of|said|told|went|a|an|the|today|now|"
        r"jo|ko|ne|se|نے|کو|جو|سے|کی|کا|کے)\b)",
        re.I,
    ),
    # "was only 9 when", "who is 12", "she turned 10", "since she was 7.", "Sana, now 13,"
    re.compile(
        r"\b(?:is|was|turned|turns|turning|be|being|now|then)\s+(?:only\s+|even\s+|just\s+|barely\s+|merely\s+|about\s+|"
        r"around\s+|almost\s+|nearly\s+|hardly\s+)?(?P<n>\d{1,2})\b" + _NOT_AN_AGE_AFTER,
        re.I,
    ),
    # "only 9", "barely 7", "sirf 9 ka", "صرف 9"
    re.compile(
        r"(?:\b(?:only|just|barely|merely|hardly|even|mere|not\s+yet|sirf|faqat|mehaz|mahaz)|صرف|محض|فقط)\s+"
        r"(?P<n>\d{1,2})(?![\w])" + _NOT_AN_AGE_AFTER,
        re.I,
    ),
    # "9 years and three months old", "9 years of age", "at the age of 9", "9 yrs."
    re.compile(
        r"\b(?P<n>\d{1,2}\s*[-\s]?\s*(?:years?|yrs?|yr)\b\.?)"
        r"(?=\s+(?:and\s+\w+\s+months?|of\s+age|old)|\s*[;,)]|\s*\.\s|\s*\.?$)",
        re.I,
    ),
    re.compile(r"\bage\s+of\s+(?P<n>\d{1,2})\b", re.I),
    # "The girl, Jannat 13, told police", "ALIYA 9, WHO": a name, a small number, a comma, a verb
    re.compile(
        r"(?<=[A-Za-z\u0600-\u06ff][ \t])(?P<n>\d{1,2})[ \t]*[,،][ \t]*"
        r"(?=(?:told|said|says|was|is|who|had|has|went|stated|alleged|narrated|disclosed)\b)",
        re.I,
    ),
    # code-mixed Roman Urdu: "7 years ki bachi", "12 years ka larka"
    re.compile(
        r"\b(?P<n>\d{1,2}\s*[-\s]?\s*(?:years?|yrs?|yr))\s+(?:ki|ka|ke|kay)\b"
        r"(?!\s+(?:saza|sazaa|qaid|qed|jail|umar\s*qaid))",
        re.I,
    ),
]
_HEDGES = _w(
    """approximately approx about around perhaps probably almost nearly roughly maybe
    taqreeban takriban lagbhag تقریبا تقریباً"""
)
# Short forms of an age in forms and posts: "12 Y/O", "6yo", "a 16y girl", "15/F", "(F/15)",
# "(16M)", "her 16th birthday", "in her 17th year"
_SHORT_AGE = re.compile(
    r"(?:(?<![\w/])[MF]\s*/\s*)?(?P<n>\d{1,2})"
    r"(?:[-\s]*(?:y/o|y\.o\.?|yo|yrs?|y)\b(?!\s*[-/]?\s*\d)"
    r"|\s*/\s*[MF]\b|[MF]\b(?=\s*\))"
    r"|(?:st|nd|rd|th)\s+(?:birthday|year)\b)"
    r"|(?<![\w/])[MF]\s*/\s*(?P<m>\d{1,2})\b",
    re.I,
)
_HEDGED_AGE = re.compile(
    r"(?:approximately|approx\.?|about|around|perhaps|probably|almost|nearly|roughly|maybe|"
    r"taqreeban|takriban|lagbhag|تقریبا|تقریباً)\s+(?P<n>\d{1,2})(?![\w])" + _NOT_AN_AGE_AFTER,
    re.I,
)
_BARE_AGE_PATTERNS.append(_HEDGED_AGE)
_BARE_AGE_PATTERNS.append(_SHORT_AGE)
# "age (in years): 6", "age on date of occurrence: 13 years", "estimated her age at 12 years"
_BARE_AGE_PATTERNS.append(
    re.compile(
        r"age\b(?:\s*\([^)\n]{0,20}\))?[^\d\n.;]{0,40}?(?P<n>\d{1,2})\s*"
        r"(?:years?|yrs?|saal|sal)\b|age\s*\([^)\n]{0,20}\)\s*:?\s*(?P<m>\d{1,2})\b",
        re.I,
    )
)  # "(approximately 16)", "about 5 years", "perhaps 13"
_BARE_AGE_PATTERNS.append(
    # "HUMZA / 7 / MALE": a form line
    re.compile(
        r"/\s*(?P<n>\d{1,2})\s*/\s*(?:male|female|m|f|boy|girl|larka|larki|لڑکا|لڑکی)\b", re.I
    )
)
_BARE_AGE_PATTERNS.append(
    # "He's 11, answers to ...", "she’s 9"
    re.compile(r"(?:he|she)['\u2019]s\s+(?P<n>\d{1,2})(?![\w])" + _NOT_AN_AGE_AFTER, re.I)
)
_CHILD_OF_AGE = _w("girl boy child kid minor daughter son student pupil juvenile victim")
_BARE_AGE_PATTERNS.append(
    # "a girl of 11", "the victim, a boy of 9"
    re.compile(
        r"(?:girl|boy|child|kid|minor|daughter|son|student|pupil|juvenile|victim)s?\s+of\s+"
        r"(?P<n>\d{1,2})(?![\w])" + _NOT_AN_AGE_AFTER,
        re.I,
    )
)
_SEX_CELL = r"(?:f|m|female|male|girl|boy|larka|larki|لڑکا|لڑکی)"
# "| F | 12 |", "| 12 | larka |": a table's age column next to its sex column
_BARE_AGE_PATTERNS.append(
    _gated(re.compile(rf"{_SEX_CELL}[ \t]*\|[ \t]*(?P<n>\d{{1,2}})[ \t]*\|", re.I), "|")
)
_BARE_AGE_PATTERNS.append(
    _gated(re.compile(rf"(?P<n>\d{{1,2}})[ \t]*\|[ \t]*{_SEX_CELL}[ \t]*\|", re.I), "|")
)
# "in class 6 at 13", "making him 14 on the date of occurrence", "her 15wi salgirah"
_BARE_AGE_PATTERNS.append(
    re.compile(
        r"(?:class|grade|jamat|jamaat)\s+\d{1,2}\s+at\s+(?P<n>\d{1,2})(?![\w])" + _NOT_AN_AGE_AFTER,
        re.I,
    )
)
_BARE_AGE_PATTERNS.append(
    re.compile(
        r"(?:making|makes|made)\s+(?:him|her|the\s+(?:child|girl|boy|victim|minor))\s+"
        r"(?:only\s+|just\s+|barely\s+|about\s+)?(?P<n>\d{1,2})(?![\w])" + _NOT_AN_AGE_AFTER,
        re.I,
    )
)
_BARE_AGE_PATTERNS.append(
    _gated(
        re.compile(
            r"(?P<n>\d{1,2})\s*(?:wi|wein|ween|vi|veen|vin|win|th|st|nd|rd|واں|ویں)\s+"
            r"(?:salgirah|saalgirah|salgira|saalgira|birthday|سالگرہ)",
            re.I,
        ),
        some="salgirah saalgirah salgira saalgira birthday سالگرہ",
    )
)
_DURATION_BEFORE = _w("to for after last past within in over than since next before till until")
_DATE = (
    r"(?:\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}"
    r"|\d{1,2}\s+[A-Za-z\u0600-\u06ff]{3,9},?\s+\d{4}|[A-Za-z]{3,9}\s+\d{1,2},?\s+\d{4})"
)
_DOB = re.compile(
    rf"(?:\bd\.?\s?o\.?\s?b\.?|(?<=\()b\.|\bdate\s+of\s+birth(?:\s*/\s*age)?|\bbirth|\bb[-\s]?form|\bborn(?:\s+on)?|\bpaidaish|\bpedaish|تاریخ\s+پیدائش|پیدائش|ولادت)\s*[:\-,]?\s*[(]?\s*(?P<gap>(?:[^\W\d]+[\s:,\-()]+){{0,6}}?)(?P<date>{_DATE})",
    re.I,
)


# Each regular expression is tried only where it can start: anchored (``match``) at the tokens
# that begin it, so that the cost follows the number of cue words, not the length of the text.
_NUMBERS = frozenset(words.NUMBER_WORDS)
_AGE_ANCHORS: list[frozenset[str] | str] = [
    "digits",
    "numbers",
    frozenset({"age", "aged", "umar", "umr"}),
    "numbers",
    frozenset({"عمر", "عمری"}),
    "numbers",
    "paren",
    frozenset({"he", "she"}),
    "numbers",
]
_BARE_AGE_ANCHORS: list[frozenset[str] | str] = [
    "comma",
    frozenset({"is", "was", "turned", "turns", "turning", "be", "being", "now", "then"}),
    _w("only just barely merely hardly even mere not sirf faqat mehaz mahaz صرف محض فقط"),
    "digits",
    frozenset({"age"}),
    "digits",
    "digits",
]
_BARE_AGE_ANCHORS.append(_HEDGES)
_BARE_AGE_ANCHORS.append("short")
_BARE_AGE_ANCHORS.append(frozenset({"age"}))
_BARE_AGE_ANCHORS.append("slash")
_BARE_AGE_ANCHORS.append(frozenset({"he", "she"}))
_BARE_AGE_ANCHORS.append(_CHILD_OF_AGE)
_BARE_AGE_ANCHORS.append(_w("f m female male girl boy larka larki لڑکا لڑکی"))
_BARE_AGE_ANCHORS.append("digits")
_BARE_AGE_ANCHORS.append(_w("class grade jamat jamaat"))
_BARE_AGE_ANCHORS.append(_w("making makes made"))
_BARE_AGE_ANCHORS.append("digits")
# "a 6 year boy", "10 years boy of ...", "11+ years", "under-14", "A/8" (an FIR's "age: 8"),
# "puts him at 3-plus", "whose age police put at 3", "his age was given as 11"
_BARE_AGE_PATTERNS.append(
    _gated(
        re.compile(
            r"(?P<n>\d{1,2})\+?[-\s]*(?:years?|yrs?)[-\s]+(?:old\s+)?"
            r"(?=(?:boy|girl|child|kid|baby|daughter|son|female|male|minor|student)s?\b)",
            re.I,
        ),
        some="year years yr yrs",
    )
)
_BARE_AGE_ANCHORS.append("digits")
_BARE_AGE_PATTERNS.append(
    _gated(re.compile(r"(?P<n>\d{1,2})\s*\+\s*(?:years?|yrs?|saal)\b", re.I), "+")
)
_BARE_AGE_ANCHORS.append("digits")
_BARE_AGE_PATTERNS.append(
    re.compile(r"under[-\s]?(?P<n>\d{1,2})\b(?![-/.]\d)" + _NOT_AN_AGE_AFTER, re.I)
)
_BARE_AGE_ANCHORS.append(_w("under"))
_BARE_AGE_PATTERNS.append(
    _gated(
        re.compile(r"a\s*/\s*(?P<n>\d{1,2})(?=\s*(?:,|;|r/o|s/o|d/o|years?\b|yrs?\b|$))", re.I), "/"
    )
)
_BARE_AGE_ANCHORS.append(_w("a"))
_BARE_AGE_PATTERNS.append(
    re.compile(
        r"(?:puts?|placed|places|estimated|estimates|fixed|assessed)\s+"
        r"(?:him|her|his\s+age|her\s+age|the\s+age|the\s+child|it)?\s*at\s+"
        r"(?P<n>\d{1,2})(?![\w])(?!\s*(?:am|pm|a\.m|p\.m|o'clock|hours|hrs)\b)",
        re.I,
    )
)
_BARE_AGE_ANCHORS.append(_w("put puts placed places estimated estimates fixed assessed"))
_BARE_AGE_PATTERNS.append(
    re.compile(
        r"age\b[^\d\n.;]{0,30}?\b(?:as|at|is|was|of|be)\s+(?P<n>\d{1,2})(?![\w])"
        + _NOT_AN_AGE_AFTER,
        re.I,
    )
)
_BARE_AGE_ANCHORS.append(_w("age"))
# "Age as per record: 11", "Age | 5": an age field; "8 plus", "11+ years"; ", at 9," (context)
_BARE_AGE_PATTERNS.append(
    re.compile(r"age\b[^\d\n.;|:]{0,25}[:|]\s*(?P<n>\d{1,2})(?![\w])" + _NOT_AN_AGE_AFTER, re.I)
)
_BARE_AGE_ANCHORS.append(_w("age"))
_BARE_AGE_PATTERNS.append(
    _gated(
        re.compile(
            r"(?P<n>\d{1,2})\s*(?:\+|plus)(?=\s*[,;.)]|\s+(?:years?|yrs?|saal|a|an|the)\b)", re.I
        ),
        "+",
        "plus",
    )
)
_BARE_AGE_ANCHORS.append("digits")
_BARE_AGE_PATTERNS.append(re.compile(r"(?:(?<=,\s)|(?<=,))at\s+(?P<n>\d{1,2})\s*,(?!\s*\d)", re.I))
_BARE_AGE_ANCHORS.append(_w("at"))
# "7-12-2010 ko paida hone wali", "7-12-2010 کو پیدا ہونے والی"
_BORN_ON = re.compile(
    rf"(?P<date>{_DATE})\s*(?:ko|kou|کو|میں|mein)\s+(?:paida|peda|paidaa|پیدا)", re.I
)
_DOB_WORDS = frozenset(
    {"b", "d", "dob", "date", "birth", "born", "paidaish", "pedaish", "تاریخ", "پیدائش", "ولادت"}
)


def _anchored(
    doc: Doc, pattern: re.Pattern[str], anchor: frozenset[str] | str
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that start where ``anchor`` says, without overlaps (as
    ``finditer`` would give them)."""
    starts = doc.anchors.get(anchor)
    if starts is None:
        if isinstance(anchor, frozenset):
            bit = doc._bits.get(id(anchor))
            if bit is not None and not doc.hot_bits & bit:
                return []  # none of its words in this text
        elif not doc.digits and anchor != "numbers":
            return []  # the other anchors are all numbers
        starts = doc.anchors[anchor] = _anchor_starts(doc, anchor)
    if not starts:
        return []
    text = doc.text
    out: list[re.Match[str]] = []
    last = -1
    for s in starts:
        if s < last:
            continue
        m = pattern.match(text, s)
        if m is not None:
            out.append(m)
            last = max(m.end(), s + 1)
    return out


_SHORT_BEFORE = frozenset({"m", "f"})
_SHORT_AFTER = _w("y yo yr yrs o m f st nd rd th")


def _anchor_starts(doc: Doc, anchor: frozenset[str] | str) -> list[int]:
    text = doc.text
    toks = doc.toks
    starts: list[int]
    if isinstance(anchor, frozenset):
        starts = [toks[i].start for i in doc.where(anchor)]
    elif anchor == "digits":
        starts = [toks[i].start for i in doc.digits]
    elif anchor == "phone":  # "+92 300 ...": from the "+"
        starts = []
        for i in doc.digits:
            s = toks[i].start
            starts.append(s - 1 if s and text[s - 1] == "+" else s)
    elif anchor == "numbers":
        where = doc.where(_NUMBERS)
        idx = sorted(set(doc.digits).union(where)) if where else doc.digits
        starts = [toks[i].start for i in idx]
    elif anchor == "short":  # "15/F", "(F/15)", "12 y/o": from the letter or the number
        starts = []
        n = len(toks)
        for i in doc.digits:
            if i > 0 and toks[i - 1].low in _SHORT_BEFORE:
                starts.append(toks[i - 1].start)
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is not None and (
                nxt.low in _SHORT_AFTER or "/" in text[toks[i].end : nxt.start]
            ):
                starts.append(toks[i].start)
    elif anchor == "slash":  # "/ 7 /": from the "/" before the number
        starts = []
        for i in doc.digits:
            s = text.rfind("/", toks[i - 1].end if i else 0, toks[i].start)
            if s >= 0:
                starts.append(s)
    elif anchor == "paren":  # "Ayesha (12)": from the end of the word before the "("
        starts = []
        for i in doc.digits:
            if i > 0 and "(" in text[toks[i - 1].end : toks[i].start]:
                starts.append(toks[i - 1].end)
    else:  # "comma": "Laila, 12,": from the end of the word before the comma
        starts = []
        for i in doc.digits:
            k = i - 1
            if k > 0 and toks[k].low in _HEDGES:  # "Hafsa, approx. 10,"
                k -= 1
            if k >= 0 and not toks[k].digit:
                gap = text[toks[k].end : toks[k + 1].start]
                if "," in gap or "،" in gap or " -" in gap or "\u2013" in gap or "\u2014" in gap:
                    starts.append(toks[k].end)
    return starts


def ages(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    if not doc.digits and not doc.vocab_in(_NUMBERS):
        return hits
    text = doc.text
    for p, anchor in zip(_AGE_PATTERNS, _AGE_ANCHORS, strict=True):
        if not _needs_met(doc, p):
            continue
        for m in _anchored(doc, p, anchor):
            s, e = m.span("n") if "n" in p.groupindex else m.span()
            while s < e and text[s].isspace():
                s += 1
            hits.append(Hit(s, e, Category.AGE_OR_DOB, "cue", 0.9, "age", "age"))
    if not doc.digits:
        return hits
    for p, anchor in zip(_BARE_AGE_PATTERNS, _BARE_AGE_ANCHORS, strict=True):
        if not _needs_met(doc, p):
            continue
        for m in _anchored(doc, p, anchor):
            s, e = m.span("n") if m.group("n") is not None else m.span("m")
            if p is _BARE_AGE_PATTERNS[3] or p is _HEDGED_AGE:
                b = doc.before(s)
                if b is not None and b > 0 and doc.toks[b].low in _HEDGES:
                    b -= 1  # "for about 3 years"
                if b is not None and doc.toks[b].low in _DURATION_BEFORE:
                    continue  # "sentenced to 10 years", "for 3 years"
            hits.append(Hit(s, e, Category.AGE_OR_DOB, "cue", 0.8, "age (a small number)", "age"))
    for m in _anchored(doc, _DOB, _DOB_WORDS):
        # "DOB: 3-5-2014", "date of birth is ...": the cue goes with the date; "date of birth
        # was recorded as 3-5-2014": only the date
        s = m.start() if len(m.group("gap").split()) <= 1 else m.start("date")
        hits.append(Hit(s, m.end(), Category.AGE_OR_DOB, "cue", 0.95, "date of birth", "dob"))
    for m in _anchored(doc, _BORN_ON, "digits"):
        s, e = m.span("date")
        hits.append(Hit(s, e, Category.AGE_OR_DOB, "cue", 0.95, "date of birth", "dob"))
    return hits


_CNIC = re.compile(r"(?<![\d-])[1-9]\d{4}\s?[-.]?\s?\d{7}\s?[-.]?\s?\d(?![\d-])")
_ID_CONTEXT = re.compile(
    r"(?:\bc\.?n\.?i\.?c\b|\bn\.?i\.?c\b|\bb[-\s]?form\b|\bbay\s+form\b|\bcrc\b|\bid\s+card\b|"
    r"شناختی\s+کارڈ|ب\s+فارم|بے\s+فارم|فارم\s+ب)[^\d\n]{0,15}(\d[\d\s-]{8,16}\d)",
    re.I,
)
_MOBILE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)\s?92\s?[-\s]?\(?0?\)?\s?|0)?3\d{2}\s?[-\s.]?\s?\d{3}\s?[-\s.]?\s?\d{4}(?!\d)"
)
_PHONE_CONTEXT = re.compile(
    r"(?:\bph(?:one)?\b|\btel\b|\bcell\b|\bmobile\b|\bmob\b|\bcontact\b|\bwhats\s?app\b|\bnumber\b|"
    r"\bnambar\b|فون|موبائل|رابطہ|نمبر)[^\d\n]{0,12}((?:\+92|0092|0)\s?\d{2,4}\s?[-\s]?\s?\d{5,8})",
    re.I,
)


_ID_WORDS = _w("c cnic n nic b bay crc id شناختی ب بے فارم")
_PHONE_WORDS = _w(
    "ph phone tel cell mobile mob contact whats whatsapp number nambar فون موبائل رابطہ نمبر"
)


def formats(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    if not doc.digits:
        return hits
    toks = doc.toks
    long_digits = frozenset(toks[i].low for i in doc.digits if len(toks[i].low) >= 5)
    for m in _anchored(doc, _CNIC, long_digits) if long_digits else []:
        hits.append(
            Hit(
                m.start(),
                m.end(),
                Category.ID_NUMBER,
                "format",
                0.97,
                "13-digit CNIC/B-form number",
                "cnic",
            )
        )
    for m in _anchored(doc, _ID_CONTEXT, _ID_WORDS):
        hits.append(
            Hit(
                m.start(1),
                m.end(1),
                Category.ID_NUMBER,
                "format",
                0.9,
                "number after an ID-card word",
                "cnic",
            )
        )
    for m in _anchored(doc, _MOBILE, "phone"):
        hits.append(
            Hit(
                m.start(),
                m.end(),
                Category.PHONE,
                "format",
                0.97,
                "Pakistani mobile number",
                "phone",
            )
        )
    for m in _anchored(doc, _PHONE_CONTEXT, _PHONE_WORDS):
        hits.append(
            Hit(
                m.start(1),
                m.end(1),
                Category.PHONE,
                "format",
                0.85,
                "number after a phone word",
                "phone",
            )
        )
    return hits


# --- caste, media, singling out --------------------------------------------------------------


_CASTE_NAMED_AFTER = _w("قوم ذات caste qaum qoum qom zaat")  # not "برادری": it follows the name
_CASTE_FOLLOWS = _w("برادری biradari baradari bradri")
_TRIBE_ENDINGS = ("zai", "khel", "زئی", "خیل")
_CASTE_LINKS = frozenset({"of", "is", "the", "ki", "ka", "کی", "کا", "by", ":"})
_CASTE_GAP = re.compile(r"[\s:,\-]*")


def castes(doc: Doc, child_case: bool) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.toks
    where = doc.where(words.CASTE_CUES)
    if child_case:
        names = set(doc.vocab_in(doc.gaz.caste))
        names.update(w for w in doc.by_low if len(w) > 4 and w.endswith(_TRIBE_ENDINGS))
        if names:
            where = sorted(set(where).union(doc.where(names)))
    for i in where:
        t = toks[i]
        low = t.low
        if low in words.CASTE_CUES:
            j = i + 1
            if j < len(toks) and toks[j].low in _CASTE_LINKS:
                j += 1
            back_first = (
                low in _CASTE_FOLLOWS and i > 0 and doc.spaced(i - 1) and doc.namey(i - 1)
            )  # "ڈار برادری کا انصاف کا مطالبہ": the clan is named before 'برادری'
            if (
                not back_first
                and j < len(toks)
                and _CASTE_GAP.fullmatch(doc.text, toks[j - 1].end, toks[j].start)
            ):
                # right after the cue ("قوم مالی") even an ordinary word is the caste's name
                strong = j == i + 1 and low in _CASTE_NAMED_AFTER
                run = (_run_after_cue if strong else _run_after)(doc, j, limit=2)
                if run is None and doc.kept[j] and toks[j].low not in doc.stop:
                    run = (j, j)  # "caste Mohmand": a tribe that also names a district
                if run:
                    hits.append(
                        _hit(
                            doc,
                            i,
                            run[1],
                            Category.CASTE_TRIBE,
                            0.9,
                            f"caste after '{t.text}'",
                            "caste",
                        )
                    )
                    continue
            back = _run_before(doc, i - 1, limit=2) if i > 0 and doc.spaced(i - 1) else None
            if back:
                hits.append(
                    _hit(
                        doc,
                        back[0],
                        i,
                        Category.CASTE_TRIBE,
                        0.85,
                        f"caste before '{t.text}'",
                        "caste",
                    )
                )
        elif child_case and doc.gaz_kind(t) == "caste" and not doc.kept[i] and doc.namey(i):
            hits.append(_hit(doc, i, i, Category.CASTE_TRIBE, 0.6, "caste or tribe name", "caste"))
        elif child_case and low.endswith(_TRIBE_ENDINGS) and len(low) > 4 and doc.namey(i):
            hits.append(
                _hit(doc, i, i, Category.CASTE_TRIBE, 0.6, "Pashtun tribe or clan name", "caste")
            )
    return hits


_BRACKETED_MEDIA = re.compile(
    r"\[(?:photo|picture|image|video)[^\]]*\]|\((?:photo|picture|video)[^)]*\)", re.I
)
_BRACKETED_MEDIA_WORDS = frozenset({"photo", "picture", "image", "video"})


def media(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.toks
    for i in doc.where(words.MEDIA_WORDS):
        if True:
            window = toks[max(0, i - 6) : i + 7]
            if any(w.low in words.MEDIA_ATTACHED for w in window):
                hits.append(
                    _hit(
                        doc,
                        i,
                        i,
                        Category.PHOTO_VIDEO,
                        0.9,
                        "a photo or video goes with the text",
                        "media",
                    )
                )
    if not doc.vocab_in(_BRACKETED_MEDIA_WORDS):
        return hits
    for m in _BRACKETED_MEDIA.finditer(doc.text):
        hits.append(
            Hit(
                m.start(),
                m.end(),
                Category.PHOTO_VIDEO,
                "cue",
                0.9,
                "a photo or video goes with the text",
                "media",
            )
        )
    return hits


_SINGLE = re.compile(
    r"\b(?:the\s+)?(?:only|sole|lone)\s+(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:girl|boy|child|student|pupil|daughter|son|family|household|christian|hindu|sikh|ahmadi)s?"
    r"\s+(?:in|at|of|from|living|studying)\b"
    r"|\b(?:wahid|akeli|akelee|ikloti|iklauti)\s+(?:[a-z]+\s+){0,2}?(?:larki|larka|bachi|bacha|talib|taliba|gharana)\b"
    r"|(?:واحد|اکلوتی|اکلوتا|اکیلی)\s+(?:[\u0600-\u06ff]+\s+){0,2}?(?:لڑکی|لڑکا|بچی|بچہ|طالبہ|طالب|گھرانہ|خاندان)",
    re.I,
)


_SINGLE_WORDS = _w("the only sole lone wahid akeli akelee ikloti iklauti واحد اکلوتی اکلوتا اکیلی")


def singling_out(doc: Doc) -> list[Hit]:
    return [
        Hit(
            m.start(),
            m.end(),
            Category.SINGLING_OUT,
            "cue",
            0.9,
            "singles the child out; cannot be redacted cleanly",
            "",
        )
        for m in _anchored(doc, _SINGLE, _SINGLE_WORDS)
    ]


# --- gazetteer names and default-deny --------------------------------------------------------


def gazetteer_names(doc: Doc) -> list[Hit]:
    """Known given and family names, grown over the name-like tokens next to them."""
    hits: list[Hit] = []
    toks = doc.toks
    g = doc.gaz
    known = set(doc.vocab_in(g.given))
    known.update(doc.vocab_in(g.family))
    nxt = 0
    for i in doc.where(known):
        if i < nxt:
            continue
        t = toks[i]
        kind = doc.gaz_kind(t)
        if not doc.kept[i] and doc.namey(i):
            a = i
            while a > 0 and doc.namey(a - 1) and doc.joined(a - 1, a) and i - a < 3:
                a -= 1
            b = i
            while b + 1 < len(toks) and doc.namey(b + 1) and doc.joined(b, b + 1) and b - i < 3:
                b += 1
            common = t.low in doc.common or (t.arabic and t.low in words.URDU_FUNCTION)
            conf = 0.55 if common and a == b else 0.8
            hits.append(_hit(doc, a, b, _PERSON, conf, f"known {kind} name", det="gazetteer"))
            nxt = b + 1
    return hits


# Words that are part of names ("اللہ دتہ", "غلام قرآن") but alone are not one
_NOT_ALONE = _w("اللہ قرآن مسجد")


def default_deny(doc: Doc) -> list[Hit]:
    """Words that look like names and that nothing else explains (child cases only).

    Mixed-case Latin: capitalised words that are not common English; without capitals (ALL CAPS,
    social-media small letters): words that are neither common English nor Roman Urdu. Urdu
    script has no such signal; there the cues, gazetteers and model carry the load.
    """
    hits: list[Hit] = []
    toks = doc.toks
    urdu = doc.profile.urdu_script
    if doc.caseless or urdu:
        candidates: list[int] | range = range(len(toks))
    else:
        # mixed-case Latin: only capitalised words, other-script words and known names qualify
        g = doc.gaz
        known = set(doc.vocab_in(g.given))
        known.update(doc.vocab_in(g.family), doc.vocab_in(g.caste))
        candidates = [i for i, t in enumerate(toks) if t.upper or t.arabic]
        if known:
            candidates = sorted(set(candidates).union(doc.where(known)))
    nxt = 0
    for i in candidates:
        if i < nxt:
            continue
        t = toks[i]
        if t.arabic != urdu and not t.digit and doc.namey(i) and len(t.low) > 1:
            # code-mixing: a word in the other script is usually a name or a place
            b = i
            while (
                b + 1 < len(toks)
                and toks[b + 1].arabic == t.arabic
                and doc.namey(b + 1)
                and doc.joined(b, b + 1)
            ):
                b += 1
            hits.append(
                _hit(
                    doc,
                    i,
                    b,
                    _PERSON,
                    0.45,
                    "name-like word in the other script",
                    det="default_deny",
                )
            )
            nxt = b + 1
            continue
        if t.arabic:
            if urdu and len(t.low) > 1 and doc.namey(i):
                if t.low not in doc.known_urdu and not _not_a_name_form(t):
                    # Urdu script has no capitals; a word that no Urdu corpus has seen often is
                    # far more likely a name than an ordinary word; the name-like words right
                    # after it are the rest of the name ("انابیہ مشوانی")
                    b = i
                    while b + 1 < len(toks) and b - i < 2 and doc.namey(b + 1) and doc.spaced(b):
                        b += 1
                    hits.append(
                        _hit(doc, i, b, _PERSON, 0.4, "not a known Urdu word", det="default_deny")
                    )
                    nxt = b + 1
                elif (
                    t.low not in doc.urdu_vocab
                    and t.low not in words.AMBIGUOUS  # left to the rules that read positions
                    and t.low not in _NOT_ALONE
                    and not _not_a_name_form(t)
                ):
                    # in no list of ordinary words, though Urdu corpora know it: most often a
                    # name (names are frequent words), sometimes a word no list has yet
                    hits.append(
                        _hit(
                            doc,
                            i,
                            i,
                            _PERSON,
                            0.3,
                            "in no list of ordinary words",
                            det="default_deny",
                        )
                    )
                elif doc.sentence_start(i) and not _not_a_name_form(t):
                    # an Urdu sentence opens with its subject: past the lists of ordinary
                    # words, a word there is most often a name ("زینب روز کی طرح ...")
                    b = i
                    while b + 1 < len(toks) and b - i < 2 and doc.namey(b + 1) and doc.spaced(b):
                        b += 1
                    hits.append(
                        _hit(doc, i, b, _PERSON, 0.35, "opens a sentence", det="default_deny")
                    )
                    nxt = b + 1
            continue
        if len(t.low) < 3:
            continue
        if not doc.namey(i, strict=True):
            if not doc.caseless and doc.namey(i):
                if not doc.sentence_start(i):
                    why = "capitalised word mid-sentence"
                elif t.low not in doc.common_strong:
                    why = "starts a sentence; not a common English word"  # "Sana was playing"
                else:
                    continue
                # with the capitalised words around it: "Ali Tariq was arrested"
                a, b = i, i
                while a > 0 and doc.namey(a - 1) and doc.spaced(a - 1) and i - a < 2:
                    a -= 1
                while b + 1 < len(toks) and doc.namey(b + 1) and doc.spaced(b) and b - i < 2:
                    b += 1
                hits.append(_hit(doc, a, b, _PERSON, 0.3, why, det="default_deny"))
                nxt = b + 1
            continue
        if not doc.caseless and doc.sentence_start(i) and t.low in doc.common:
            continue
        a, b = i, i
        while (
            a > 0
            and not toks[a - 1].arabic
            and doc.namey(a - 1)
            and doc.joined(a - 1, a)
            and i - a < 2
        ):
            a -= 1
        while (
            b + 1 < len(toks)
            and not toks[b + 1].arabic
            and doc.namey(b + 1)
            and doc.joined(b, b + 1)
        ):
            b += 1
        conf = 0.35 if doc.caseless else 0.45
        hits.append(
            _hit(doc, a, b, _PERSON, conf, "looks like a name; unknown word", det="default_deny")
        )
        nxt = b + 1
    return hits


_AGE_SKIP = words.CHILD_CUES | frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "aged",
        "only",
        "just",
        "about",
        "around",
        "little",
        "young",
        "minor",
        "innocent",
    ]
)


# what comes right after an age and is not a name: "12 سالہ لڑکے", "10 saal ki", "9 years"
_NOT_A_LONE_NAME = words.CHILD_CUES_OBLIQUE | _AGE_UNITS | _YEAR_WORDS
_AGE_BACK_SKIP = words.COPULAS | _w(
    """aged age umar umr عمر بعمر only just barely merely about around sirf faqat صرف jis ki
    ka جس کی کا who"""
)


_IN_A_NUMBER = re.compile(r"[/:\-]\s?\d|\.\d|\d\s?[/:\-]|\d[.,]\d")


def age_again(doc: Doc, age_hits: list[Hit]) -> list[Hit]:
    """The child's age said again, bare: "روزینہ was 8. 8! Let that sink in." A number that an
    age finding holds is the age wherever else it stands alone (not in a date, a time, a
    count), in a child case."""
    if not age_hits or not doc.digits:
        return []
    toks = doc.toks
    text = doc.text
    ages: set[str] = set()
    inside: set[int] = set()
    for h in age_hits:
        if h.role != "age":
            continue
        for i in doc.inside(h.start, h.end):
            if toks[i].digit:
                ages.add(toks[i].low)
                inside.add(i)
    out: list[Hit] = []
    for i in doc.digits:
        t = toks[i]
        if i in inside or t.low not in ages:
            continue
        if _IN_A_NUMBER.search(text, max(0, t.start - 2), min(len(text), t.end + 2)):
            continue
        if _NOT_AFTER_AN_AGE.match(text, t.end) is None:
            continue
        out.append(_hit(doc, i, i, Category.AGE_OR_DOB, 0.6, "the same age again", "age"))
    return out


_NOT_AFTER_AN_AGE = re.compile(_NOT_AN_AGE_AFTER, re.I)


def age_names(doc: Doc, age_hits: list[Hit]) -> list[Hit]:
    """The name right next to an age: "12-year-old Ayesha", "Ayesha (12)", "Ayesha, aged 12",
    "12 سالہ بچی زینب", "زینب، عمر 12 سال"."""
    hits: list[Hit] = []
    toks = doc.toks
    for h in age_hits:
        if h.role != "age":
            continue
        j = doc.at_or_after(h.end)
        k = j
        while k < len(toks) and k - j < 3 and toks[k].low in _AGE_SKIP:
            k += 1
        if (
            k < len(toks)
            and k > 0
            and re.fullmatch(r"[\s,،]*", doc.text[toks[k - 1].end : toks[k].start])
        ):
            run, conf = _run_after(doc, k, limit=3), 0.7
            if run is None and toks[k].low not in _NOT_A_LONE_NAME:
                # "12 سالہ انصاف کے قتل": a name that is also an ordinary word
                run, conf = _word_before_age(doc, k), 0.9
            if run and toks[run[0]].start >= h.end:
                hits.append(_hit(doc, *run, _CHILD, conf, "name next to an age"))
        b = doc.before(h.start)
        if b is not None and re.fullmatch(r"[\s,،(]*", doc.text[toks[b].end : h.start]):
            k = b
            # "Ayesha, aged 12", "Ayesha was only 9", "Ayesha jis ki umar 9 saal", "زینب عمر 9"
            while k >= 0 and b - k < 4 and toks[k].low in _AGE_BACK_SKIP:
                k -= 1
            if k >= 0:
                run = _run_before(doc, k, limit=3)
                if run:
                    hits.append(_hit(doc, *run, _CHILD, 0.7, "name next to an age"))
    return hits


# --- the same name again --------------------------------------------------------------------

_NOT_PROPAGATED = _TITLE_CUES | words.GENITIVE | _w("bibi bano begum بی بی بیگم")
_PLACE_CATEGORIES = frozenset({Category.FINE_LOCATION, Category.SCHOOL})


def propagate(doc: Doc, hits: list[Hit], floor: float) -> list[Hit]:
    """Every other mention of a name or place already found: a text that names the child once
    with a cue ("d/o ...", "my son ...") usually names her again without one ("Ayesha's
    mother", "زینب کی والدہ").

    Name findings lend each of their words; place and school findings lend only their rare
    words (not the "village", "colony", "school" around them). Only findings with confidence
    ``floor`` or more are followed.
    """
    toks = doc.toks
    lows = doc.lows
    # which tokens the findings cover, and which a name covers: marked by character (cheap
    # slices), then read once per token
    n_chars = len(doc.text)
    any_mask = bytearray(n_chars + 1)
    name_mask = bytearray(n_chars + 1)
    lenders: list[Hit] = []
    for h in hits:
        any_mask[h.start : h.end] = b"\x01" * (h.end - h.start)
        if h.category in NAME_CATEGORIES:
            name_mask[h.start : h.end] = b"\x01" * (h.end - h.start)
        if h.confidence >= floor and (
            h.category in NAME_CATEGORIES or h.category in _PLACE_CATEGORIES
        ):
            lenders.append(h)
    covered = [any_mask[t.start] == 1 for t in toks]
    person = [name_mask[t.start] == 1 for t in toks]
    lend: set[str] = set()
    for h in lenders:
        inside = doc.inside(h.start, h.end)
        place = h.category in _PLACE_CATEGORIES
        for i in inside:
            t = toks[i]
            low = lows[i]
            if (
                t.digit
                or len(low) < 3
                or doc.kept[i]
                or low in doc.stop
                or low in _NOT_PROPAGATED
                or low in words.AMBIGUOUS
                or (t.arabic and low in words.URDU_FUNCTION)
            ):
                continue
            if place and (
                low in doc.village_prefixes
                or low in _OPEN_TAILS
                or low in words.PLACE_TAILS
                or low in _SCHOOL_TRIGGERS
                or (low in doc.known_urdu if t.arabic else low in doc.common)
            ):
                continue
            lend.add(low)
    out: list[Hit] = []
    if floor == 0.0:
        out += _conjuncts(doc, person, covered)
    if not lend:
        return out
    for i in doc.where(lend):
        if not covered[i]:
            out.append(
                _hit(doc, i, i, _PERSON, 0.5, "found elsewhere in this text", det="propagate")
            )
    return out


_LIST_AND = _w("اور و aur or and")
_LIST_GAP = re.compile(r"[ \t]*[,،][ \t]*|[ \t]+")
# A conjunct that is surely a person: "X، Y اور ایک خاتون", "X aur do namaloom afraad",
# "X, Y and an unidentified woman".
_PERSON_HEADS = _w(
    """خاتون عورت شخص افراد آدمی ساتھی ساتھیوں ملزم ملزمان ہمسائی ہمسایہ نوجوان khatoon khatun
    aurat shakhs afraad afrad aadmi admi saathi sathi mulzim woman women man men persons
    accomplice accomplices others"""
)


# "X گرفتار", "X رنگے ہاتھوں گرفتار", "X پکڑا گیا", "X giraftar": a headline's arrested person
_ARRESTED = _w(
    "گرفتار پکڑا پکڑی پکڑے بازیاب giraftar grftar pakra pakri pakray pakre bazyab bazyaab"
)
_RED_HANDED = _w("رنگے ہاتھوں ہاتھوں rangay rangey range hathon haathon")


_SIGN_KIN = _w("بابا ماما baba mama papa")
_YOUR = _w("تمہارا تمہاری تمہارے آپ کا کی کے your tumhara tumhari aapka aapki")
_SIGN_DASH_AT = re.compile(r"(?<![^\s])[-\u2013\u2014](?=[ \t])")  # a dash standing alone
_SIGN_DASH = re.compile(r"[ \t.!\u06d4]*[-\u2013\u2014][ \t]*")


def signature(doc: Doc) -> list[Hit]:
    """ "… Share karein — Humayun Shakeel": a name after a dash at the end of a line, signing a
    post (child cases)."""
    toks = doc.toks
    text = doc.text
    out: list[Hit] = []
    for m in _SIGN_DASH_AT.finditer(text):
        k = doc.at_or_after(m.end())
        if (
            k == 0
            or k >= len(toks)
            or not _SIGN_DASH.fullmatch(text, toks[k - 1].end, toks[k].start)
        ):
            continue
        j = k
        while (
            j < len(toks) - 1
            and j - k < 3
            and (
                toks[j].low in words.RELATIVE_CUES
                or toks[j].low in _SIGN_KIN
                or toks[j].low in _YOUR
            )
        ):
            j += 1  # "— بابا زمان", "- Abbu Aslam", "— تمہارا ابو، جاوید"
        run = _run_after(doc, j, limit=3)
        if run is None:
            continue
        end = toks[run[1]].end
        line_end = text.find("\n", end)
        rest = text[end : line_end if line_end >= 0 else len(text)]
        if rest.strip(" \t.!۔") == "":
            out.append(_hit(doc, *run, _PERSON, 0.45, "signs the text", det="cue"))
    return out


_ENDEARMENTS = _w("شہزادی شہزادہ شہزادے گڑیا لاڈلی لاڈلا جان pari پری gudiya shehzadi princess")
_SUSPICION = _w("شک شبہ shak shaq shuba shubah")
_ON = _w("پر par pe")
_MY = _w("میرا میری ہمارا ہماری mera meri hamara hamari")
_WAS = _w("تھا تھی ہے tha thi hai")
_I = _w("میں main mein")
_AM = _w("ہوں hun hoon")


def suspected(doc: Doc) -> list[Hit]:
    """ "شک X پر ہے", "shak X par hai" (suspicion is on X), and "میرا X تھا", "mera X tha" (my X
    was): the name between (Urdu and Roman Urdu; child cases)."""
    toks = doc.toks
    n = len(toks)
    out: list[Hit] = []
    for i in doc.where(_SUSPECTED_TRIGGERS):
        if not (toks[i].arabic or doc.profile.roman_urdu) or not doc.spaced(i):
            continue
        j = i + 1
        if toks[i].low in _MY and j + 1 < n and toks[j].low in _ENDEARMENTS:
            j += 1  # "میری شہزادی ہاجرہ"
        run = _run_after(doc, j, limit=3)
        if run is None:
            continue
        after = toks[run[1] + 1].low if run[1] + 1 < n and doc.spaced(run[1]) else ""
        low = toks[i].low
        mine = low in _MY
        if low in _I:
            if after in _AM:  # "میں صابر ہوں", "main sabir hun"
                out.append(_hit(doc, *run, _PERSON, 0.45, f"a person: after '{toks[i].text}'"))
            continue
        if mine or after in _ON:  # "ہماری X ابھی تک گھر نہیں آئی", "شک X پر ہے"
            out.append(_hit(doc, *run, _PERSON, 0.45, f"a person: after '{toks[i].text}'"))
    return out


_CLAN = _w("برادری قوم خاندان biradari baradri qaum qom khandan")


def clan_members(doc: Doc) -> list[Hit]:
    """ "جٹ برادری کے X", "arain biradari ka X": a person of the clan (child cases)."""
    toks = doc.toks
    n = len(toks)
    out: list[Hit] = []
    for i in doc.where(_CLAN):
        if i + 2 < n and toks[i + 1].low in words.GENITIVE and doc.spaced(i) and doc.spaced(i + 1):
            run = _run_after(doc, i + 2, limit=3)
            if run:
                out.append(_hit(doc, *run, _PERSON, 0.45, f"a person of the '{toks[i].text}'"))
    return out


def after_phone(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """ "اطلاع دیں: 0300…، X،", "call 0300-…, X": the name that goes with a phone number."""
    toks = doc.toks
    out: list[Hit] = []
    for h in hits:
        if h.category is not Category.PHONE:
            continue
        j = doc.at_or_after(h.end)
        if j < len(toks) and _COMMA_ONLY_ANY.fullmatch(doc.text, h.end, toks[j].start):
            run = _run_after(doc, j, limit=3)
            if run:
                out.append(_hit(doc, *run, _REL, 0.45, "the name given with a phone number"))
    return out


_COMMA_ONLY_ANY = re.compile(r"[ \t]*[,،\-\u2013\u2014][ \t]*")
_DASH_GAP = re.compile(r"[ \t]*[\u2014\u2013-][ \t]*")  # "— مشعل علوی — کی تلاش"
_MARKERS = _CASE_MARKERS | _w("تک میں جیسی جیسا جیسے pe tak mein jaisi jaisa jaise")


def before_markers(doc: Doc) -> list[Hit]:
    """Default-deny for Urdu grammar: the words right before a case marker ("X کی", "X کو",
    "X نے", "X سے", "X پر", "X ki", "X ko") that are in no list of ordinary words are a noun
    no list knows, most often a name or a place (child cases; Urdu script and Roman Urdu)."""
    toks = doc.toks
    roman = doc.profile.roman_urdu
    out: list[Hit] = []
    for i in doc.where(_MARKERS):
        if i == 0 or not (toks[i].arabic or roman):
            continue
        if not (doc.spaced(i - 1) or _DASH_GAP.fullmatch(doc.text, toks[i - 1].end, toks[i].start)):
            continue
        if toks[i - 1].arabic != toks[i].arabic:
            continue
        run = _run_before(doc, i - 1, limit=3)
        if run and not (run[0] == run[1] and _not_a_name_form(toks[run[0]])):
            out.append(
                _hit(
                    doc,
                    *run,
                    _PERSON,
                    0.4,
                    "unknown words before a case marker",
                    det="default_deny",
                )
            )
    return out


def _not_a_name_form(t: Token) -> bool:
    """Urdu word forms that names do not take: oblique plurals ("ڈنڈوں", "راہگیروں"; but
    "ہمایوں") and oblique infinitives ("الٹنے", "گھمانے")."""
    low = t.low
    return (
        t.arabic
        and len(low) > 3
        and ((low.endswith("وں") and low not in _NAMES_IN_ON) or low.endswith("نے"))
    )


_HASHTAG_FOR = frozenset({"justicefor", "insaffor", "insaaffor", "justice4"})


def hashtag_names(doc: Doc) -> list[Hit]:
    """ "#JusticeForزینب": the name glued to a campaign hashtag in the other script."""
    toks = doc.toks
    out: list[Hit] = []
    for k in doc.where(_HASHTAG_FOR):
        if k + 1 < len(toks) and toks[k].end == toks[k + 1].start:
            run = _run_after(doc, k + 1, limit=3)
            if run:
                out.append(_hit(doc, *run, _CHILD, 0.8, f"name in '#{toks[k].text}'"))
    return out


_TALK = _w("بات baat bat")
_DO = _w("کر kar")


def speakers(doc: Doc) -> list[Hit]:
    """ "X بات کر رہا ہوں", "X baat kar raha hun": a caller saying who speaks (child cases)."""
    toks = doc.toks
    n = len(toks)
    out: list[Hit] = []
    for i in doc.where(_TALK):
        if i == 0 or i + 1 >= n or toks[i + 1].low not in _DO or not doc.spaced(i - 1):
            continue
        if not (toks[i].arabic or doc.profile.roman_urdu):
            continue
        run = _run_before(doc, i - 1, limit=3)
        if run:
            out.append(_hit(doc, *run, _PERSON, 0.45, "a person: says who is speaking"))
    return out


_BUT = _w("مگر لیکن جبکہ بلکہ magar lekin jabke jabkeh balke")
_STILL = _w("اب آج ابھی تک بھی ab aaj abhi tak bhi")
_WALA = _w("والا والی والے wala wali walay wale")


def clause_subjects(doc: Doc) -> list[Hit]:
    """ "مگر X اب تک آزاد ہے", "lekin X aaj bhi ..." (a subject after 'but', then 'still'), and
    "زیادتی کرنے والا X", "dhamki dene wala X" (the one who did it): the name between
    (Urdu script and Roman Urdu; child cases)."""
    toks = doc.toks
    n = len(toks)
    roman = doc.profile.roman_urdu
    out: list[Hit] = []
    for i in doc.where(_CLAUSE_TRIGGERS):
        t = toks[i]
        if not (t.arabic or roman) or i + 1 >= n or not doc.spaced(i):
            continue
        if t.low in _WALA:
            # after a verb's oblique infinitive: "کرنے والا", "dene wala"
            if i == 0 or not toks[i - 1].low.endswith(("نے", "ne", "nay", "ny")):
                continue
            why = f"a person: after '{toks[i - 1].text} {t.text}'"
        else:
            why = f"a person: after '{t.text}'"
        run = _run_after(doc, i + 1, limit=3)
        if run is None:
            continue
        if t.low in _BUT and (run[1] + 1 >= n or toks[run[1] + 1].low not in _STILL):
            continue
        out.append(_hit(doc, *run, _PERSON, 0.45, why))
    return out


def arrested(doc: Doc) -> list[Hit]:
    """The name right before an arrest or a recovery word: "X گرفتار", "X بازیاب" (Urdu and
    Roman Urdu; child cases)."""
    toks = doc.toks
    out: list[Hit] = []
    for i in doc.where(_ARRESTED):
        if not (toks[i].arabic or doc.profile.roman_urdu):
            continue
        k = i - 1
        while k >= 0 and i - k <= 2 and toks[k].low in _RED_HANDED and doc.spaced(k):
            k -= 1
        if k < 0 or not doc.spaced(k):
            continue
        run = _run_before(doc, k, limit=3)
        if run:
            out.append(
                _hit(doc, *run, _PERSON, 0.45, f"a person: name before '{toks[i].text}'", det="cue")
            )
    return out


# cue words that follow a whole name: "X Y walad", "X Y sakin", "X Y qoum", "X Y r/o"
_RIGHT_CUES = words.RESIDENCE_CUES | words.CASTE_CUES
_ADMIN_WORDS = _w("tehsil tahsil تحصیل district ضلع zila zilla distt division ڈویژن")
# the words of an age, never part of a name (the age units without their postpositions)
_AGE_WORDS = (_AGE_UNITS - _CASE_MARKERS) | _YEAR_WORDS | _w("old saalah barsa")
_NUMBER_NAMES = _w("das داس")  # "Bhagwan Das": a number word that is also a surname


def _never_in_a_name(doc: Doc, i: int) -> bool:
    """A word no name contains, even one made of ordinary words: a number, a kept word (district,
    rank), a grammar, cue, address or caste word, or (in Latin) a month or a day."""
    t = doc.toks[i]
    low = t.low
    return (
        t.digit
        or doc.kept[i]
        or len(low) < 3
        or low in _GRAMMAR_WORDS
        or low in words.ENGLISH_FUNCTION
        or (low in _CUE_TRIGGERS and low not in _JUSTICE)  # "انصاف" is a name too
        or (low in words.MONTHS_DAYS and not t.arabic)  # "پیر بخش" is a name, "Monday Ali" not
        or low in words.RESIDENCE_CUES
        or low in words.CASTE_CUES
        or low in _AGE_WORDS  # "17 سالہ مشعل": the age, not the name
        or low in _CALLING  # "ماشاءاللہ پیر بیٹا"
    )


def _name_word(doc: Doc, i: int) -> bool:
    """An ordinary word that can still be part of a name ("Hidayat", "نظر", "محفوظ"): not a
    word no name contains, a place word or what happened ("گرفتار شیر"); a number word only
    where capitals say it is a name ("Bhagwan Das"); in mixed-case Latin only when capitalised."""
    t = doc.toks[i]
    low = t.low
    if (
        _never_in_a_name(doc, i)
        or (low in words.NUMBER_WORDS and (t.arabic or doc.caseless))
        or low in words.PLACE_WORDS
        or low in words.PERSON_AFTER
        or low in _ARRESTED
        or low in _STATE_AFTER
    ):
        return False
    return t.arabic or doc.caseless or t.upper


# "لال چند", "Ram Chand", "گیان چند": a word that closes a name after another word. As "a few"
# it comes before a noun ("چند روز", "چند افراد"); as a name, before a case marker, "and", a
# comma, the end, or more of the name.
_NAME_TAILS = _w("چند chand")
_AFTER_A_NAME = _w("اور و aur and or")  # or a parentage word (words.PARENTAGE)
_ONE_CHILD = _w("بچی بچہ لڑکی لڑکا طالبہ bachi bacha larki larka")  # "a few" takes a plural
# what "a few" counts: after a word no list knows ("لال چند ورغلا کر لے گیا") "چند" ends a name
# unless one of these follows
_A_FEW_OF = _w(
    """روز دن دنوں لمحے لمحوں منٹ منٹوں گھنٹے گھنٹوں سال سالوں ماہ مہینے ہفتے ہفتوں افراد لوگ
    لوگوں بچے بچوں گھر گھروں قدم سو ہزار لاکھ روپے din dino roz lamhe minat ghante saal mahine
    hafte afraad afrad log logon bache bachon ghar qadam hazar lakh rupay rupees days hours"""
)


def name_tails(doc: Doc) -> list[Hit]:
    """ "ملزم لال چند بچی کو", "رحمت چند اور", "Lal Chand ne": the word before a name's closing
    word, with it (child cases)."""
    toks = doc.toks
    n = len(toks)
    out: list[Hit] = []
    for i in doc.where(_NAME_TAILS):
        if i == 0 or not doc.spaced(i - 1) or toks[i - 1].arabic != toks[i].arabic:
            continue
        if not (doc.namey(i - 1) or _name_word(doc, i - 1)):
            continue
        if i + 1 < n and doc.spaced(i):
            nxt = toks[i + 1]
            if not (
                nxt.low in _CASE_MARKERS
                or nxt.low in _AFTER_A_NAME
                or nxt.low in words.PARENTAGE
                or nxt.low in _RIGHT_CUES
                or nxt.low in _ONE_CHILD
                or doc.namey(i + 1, strict=True)
                or (doc.namey(i - 1, strict=True) and nxt.low not in _A_FEW_OF)
            ):
                continue  # "چند روز بعد": a few days
        start = _run_before(doc, i - 1, limit=2)
        out.append(
            _hit(
                doc,
                start[0] if start else i - 1,
                i,
                _PERSON,
                0.6,
                "a name ending in '" + toks[i].text + "'",
            )
        )
    return out


_TELLS = _w("بتاتا بتاتی بتاتے بتایا بتائی بتا batata batati bataya btaya bata")
# what can follow "نام" and is not a name: "نام درج ہے", "نام ظاہر نہ کرنے"
_NAME_PREDICATES = _w(
    "درج شامل ظاہر لکھا لکھی معلوم نامعلوم خفیہ تبدیل پوشیدہ کیا رکھا نہیں نہ بھی "
    "darj shamil zahir likha nahi nahin na bhi"
)


def told_names(doc: Doc) -> list[Hit]:
    """ "اپنا نام حاصل بتاتا ہے", "والد کا نام امانت چند بتا رہا ہے", "apna naam X batata hai":
    the name someone gives (child cases)."""
    toks = doc.toks
    n = len(toks)
    out: list[Hit] = []
    for i in doc.where(_NAME_FIELD):
        j = i + 1
        if j >= n or not doc.spaced(i) or toks[j].low in _NAME_PREDICATES:
            continue
        k = j
        while k < n and k - j < 3 and toks[k].low not in _TELLS and doc.spaced(k):
            if toks[k].low in _NAME_PREDICATES or not (doc.namey(k) or _name_word(doc, k)):
                break
            k += 1
        if k == j or k >= n or toks[k].low not in _TELLS:
            continue
        run = (j, k - 1)
        out.append(_hit(doc, *run, _PERSON, 0.9, f"the name given after '{toks[i].text}'"))
    return out


# "son of", "wife of" words (not the English ones, whose word before is "the", nor a form's
# "ولدیت:" label)
_OF_PARENT = frozenset(words.PARENTAGE) - _w("son daughter wife waldiyat walidiyat ولدیت") | _w(
    "wld"
)


def before_parentage(doc: Doc) -> list[Hit]:
    """ "مدعی مقدمہ محفوظ ولد ...": the word right before 'son of' is a name, even an ordinary
    word (child cases)."""
    toks = doc.toks
    out: list[Hit] = []
    for i in doc.where(_OF_PARENT):
        if i > 0 and doc.spaced(i - 1) and not doc.namey(i - 1) and _name_word(doc, i - 1):
            if toks[i - 1].low in words.PERSON_CUES or toks[i - 1].low in words.CHILD_CUES:
                continue
            out.append(_hit(doc, i - 1, i - 1, _PERSON, 0.9, f"a name before '{toks[i].text}'"))
    return out


# Nouns that follow a person's name: "حاصل نامی شخص" (named), "داؤد گروہ" (a gang named after
# its leader), "دلیپ کمار صاحب" (sir), and a parent calling a child: "پیر بیٹا، گھر آ جاؤ".
_NAMED = _w("نامی naami nami")
_AFTER_A_LEADER = _w("گروہ گینگ giroh gang گروپ")
_HONORIFIC_AFTER = _w("صاحب صاحبہ sahib saheb sahab")
_CALLED_CHILD = _w("بیٹا بیٹی beta beti")
_CALLING = _w("ماشاءاللہ ماشااللہ mashallah mashaallah ارے اے پیارے پیاری pyare pyari")
_CALL_GAP = re.compile(r"[\n.!?۔،,:'\"“”‘’]")
_NOT_BEFORE_HONORIFIC = (
    words.PERSON_CUES | frozenset(words.RELATIVE_CUES) | words.CHILD_CUES | _RANK_TITLES
)


def before_person_nouns(doc: Doc) -> list[Hit]:
    """The name before 'نامی', 'گروہ', 'صاحب', or before 'بیٹا' when a parent calls a child at
    the start of a sentence (child cases). After 'نامی' even ordinary words are the name; before
    the others only name-like (and ambiguous) words are."""
    toks = doc.toks
    text = doc.text
    out: list[Hit] = []
    for i in doc.where(_NAMED | _AFTER_A_LEADER | _HONORIFIC_AFTER | _CALLED_CHILD):
        if i == 0 or not doc.spaced(i - 1):
            continue
        low = toks[i].low
        if low in _CALLED_CHILD:
            k = i - 1
            if not (
                k == 0
                or toks[k - 1].low in _CALLING
                or _CALL_GAP.search(text, toks[k - 1].end, toks[k].start)
            ):
                continue  # "میرا بیٹا", "اس کا بیٹا": not a call
            if not (doc.namey(k) or toks[k].low in _DAY_OR_NAME or _name_word(doc, k)):
                continue
            if toks[k].low in _NOT_BEFORE_HONORIFIC or toks[k].low in words.GRAMMAR:
                continue
            out.append(_hit(doc, k, k, _CHILD, 0.9, f"a child called by name: '… {toks[i].text}'"))
            continue
        j = i - 1
        ordinary_ok = low in _NAMED
        while j >= 0 and i - j <= 3:
            t = toks[j]
            if t.low in _NOT_BEFORE_HONORIFIC or doc.kept[j] or t.digit:
                break
            if not (doc.namey(j) or (ordinary_ok and _name_word(doc, j))):
                break
            if j < i - 1 and not doc.spaced(j):
                break
            j -= 1
        if j < i - 1:
            out.append(_hit(doc, j + 1, i - 1, _PERSON, 0.9, f"a name before '{toks[i].text}'"))
    return out


_HASH_FOR = _w("برائے فار for")


def hashtag_for(doc: Doc) -> list[Hit]:
    """ "#دعا_برائے_نبی", "#Dua_for_Ali": in a hashtag, the word after 'for' is the person."""
    toks = doc.toks
    text = doc.text
    n = len(toks)
    out: list[Hit] = []
    for i in doc.where(_HASH_FOR):
        if i == 0 or i + 1 >= n:
            continue
        if (
            text[toks[i - 1].end : toks[i].start] != "_"
            or text[toks[i].end : toks[i + 1].start] != "_"
        ):
            continue
        k = i - 1
        while k > 0 and text[toks[k - 1].end : toks[k].start] == "_":
            k -= 1
        if text[toks[k].start - 1 : toks[k].start] != "#":
            continue
        end = i + 1
        while end + 1 < n and text[toks[end].end : toks[end + 1].start] == "_":
            end += 1
        if not toks[i + 1].digit:
            out.append(_hit(doc, i + 1, end, _CHILD, 0.9, "the person a hashtag is for"))
    return out


_ADDRESS_COMMA = re.compile(r"[ \t]*[,،][ \t]*")


def address_tail(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """ "گلی نمبر 12، سنت نگر کی رہائشی", "House 5, Street 9, Sant Nagar": after a house or street
    number and a comma, the words up to the next mark are the locality, ordinary words or not
    (a district's name is kept)."""
    toks = doc.toks
    text = doc.text
    n = len(toks)
    out: list[Hit] = []
    for h in hits:
        if h.category is not _LOC or h.role not in {"house", "street"}:
            continue
        j = doc.at_or_after(h.end)
        if j >= n or not _ADDRESS_COMMA.fullmatch(text, h.end, toks[j].start):
            continue
        end = j - 1
        while end + 1 < n and end + 1 - j < 3 and (end < j or doc.spaced(end)):
            t = toks[end + 1]
            if t.digit or doc.kept[end + 1] or len(t.low) < 2 or t.low in _GRAMMAR_WORDS:
                break
            if t.low in words.RESIDENCE_AFTER or t.low in words.ENGLISH_FUNCTION:
                break
            if t.low in words.PLACE_HEADS and words.PLACE_HEADS[t.low] in {"house", "street"}:
                break  # the next part of the address, found on its own
            end += 1
        if end >= j:
            out.append(_hit(doc, j, end, _LOC, 0.9, "locality after a house or street number"))
    return out


def name_edges(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """The ordinary word right before a name found ("ہدایت علی ربانی", "Mehfooz Shayan",
    "Sain Dad Khaalji"), and right after one when a case marker follows ("علی محفوظ کو"): names
    are made of ordinary words too, and a word glued to a name is most often part of it (child
    cases)."""
    toks = doc.toks
    n = len(toks)
    mixed_case = not doc.caseless
    out: list[Hit] = []
    todo = [h for h in hits if h.category in NAME_CATEGORIES]
    for _ in range(2):  # "رام چند گیان چند جلبانی": a word or two on each side
        grown: list[Hit] = []
        for h in todo:
            inside = doc.inside(h.start, h.end)
            if not inside:
                continue
            a, b = inside.start, inside.stop - 1
            if (
                a > 0
                and doc.spaced(a - 1)
                and not doc.namey(a - 1)
                and _name_word(doc, a - 1)
                and not (a > 1 and toks[a - 2].low in words.GENITIVE)  # "کے باہر X": "outside"
            ):
                grown.append(_hit(doc, a - 1, a - 1, _PERSON, 0.4, "part of the name after it"))
            nxt = toks[b + 2].low if b + 2 < n and b + 1 < n and doc.spaced(b + 1) else ""
            before_cue = nxt in words.PARENTAGE or nxt in _RIGHT_CUES  # "Jahangir Das walad"
            if (
                b + 1 < n
                and doc.spaced(b)
                and not doc.namey(b + 1)
                and (
                    _name_word(doc, b + 1)
                    or (toks[b + 1].low in _NUMBER_NAMES and (before_cue or nxt in _CASE_MARKERS))
                )
            ):
                latin_capital = mixed_case and not toks[b + 1].arabic  # "Karamat Paul"
                marker = nxt in _CASE_MARKERS
                if latin_capital or marker or before_cue:
                    grown.append(
                        _hit(doc, b + 1, b + 1, _PERSON, 0.4, "part of the name before it")
                    )
        out += grown
        todo = grown
    return out


def _conjuncts(doc: Doc, person: list[bool], covered: list[bool]) -> list[Hit]:
    """Names coordinated with a person: "X، Y اور Z" where one of them is a name already found
    or a person ("ایک خاتون", "do namaloom afraad"); the others are people too (child cases)."""
    toks = doc.toks
    n = len(toks)
    person = list(person)  # the names found, and the person nouns below
    for i in doc.where(_PERSON_HEADS):
        person[i] = True
        # with its words before it: "ایک خاتون", "دو نامعلوم افراد", "an unidentified woman"
        k = i
        while k > 0 and i - k < 3 and doc.spaced(k - 1) and toks[k - 1].low not in _LIST_AND:
            k -= 1
            person[k] = True
    if not any(person):
        return []
    # the coordinations: runs of items split by "،"/"," or "اور"/"aur"/"and"
    out: list[Hit] = []
    i = 0
    while i < n:
        if not person[i]:
            i += 1
            continue
        # the item holding token i, then walk to its neighbours on both sides
        for step in (1, -1):
            k = i
            while 0 <= k + step < n and person[k + step]:
                k += step  # to the edge of this item
            while True:
                j = k + step
                if not 0 <= j < n:
                    break
                gap = doc.text[toks[min(k, j)].end : toks[max(k, j)].start]
                link = None
                if toks[j].low in _LIST_AND:
                    link = j
                    j += step
                    if not 0 <= j < n:
                        break
                    gap2 = doc.text[toks[min(link, j)].end : toks[max(link, j)].start]
                    if not _LIST_GAP.fullmatch(gap) or not _LIST_GAP.fullmatch(gap2):
                        break
                elif not ("," in gap or "،" in gap) or not _LIST_GAP.fullmatch(gap):
                    break
                run = _run_after(doc, j, limit=3) if step == 1 else _run_before(doc, j, limit=3)
                if run is None:
                    break
                a, b = run
                if not all(covered[x] for x in range(a, b + 1)):
                    out.append(
                        _hit(doc, a, b, _PERSON, 0.45, "listed with a person", det="conjunct")
                    )
                k = b if step == 1 else a
        while i < n and person[i]:
            i += 1
    return out


# --- trigger table ---------------------------------------------------------------------------

_SUSPECTED_TRIGGERS = _SUSPICION | _MY | _I
_CLAUSE_TRIGGERS = _BUT | _WALA

_TRIGGER_SETS: list[frozenset[str]] = [
    _KEPT_WORDS,
    _RANK_TITLES,
    _STATION_WORDS,
    _CUE_TRIGGERS,
    _SCHOOL_TRIGGERS,
    words.CASTE_CUES,
    words.MEDIA_WORDS,
    _BRACKETED_MEDIA_WORDS,
    _NUMBERS,
    _DOB_WORDS,
    _ID_WORDS,
    _PHONE_WORDS,
    _SLASH_LETTERS,
    _OF_WORDS,
    _CHAK_WORDS,
    _NUMBERED_WORDS,
    _RES_WORDS,
    _SINGLE_WORDS,
    *(a for a in _AGE_ANCHORS + _BARE_AGE_ANCHORS if isinstance(a, frozenset)),
    _SUSPECTED_TRIGGERS,
    _CLAUSE_TRIGGERS,
    _CLAN,
    _MARKERS,
    _HASHTAG_FOR,
    _TALK,
    _ARRESTED,
    _PERSON_HEADS,
]


@cache
def _trigger_table() -> tuple[dict[str, int], dict[int, int]]:
    """Every trigger word with a bit for each trigger set it is in; and each set's bit, by the
    set's identity (the sets live as long as the module)."""
    sets = [*_TRIGGER_SETS, _place_triggers()]
    _TRIGGER_SETS.append(sets[-1])  # keep it alive with the others
    table: dict[str, int] = {}
    bits: dict[int, int] = {}
    for k, s in enumerate(sets):
        bit = 1 << k
        bits[id(s)] = bit
        for w in s:
            table[w] = table.get(w, 0) | bit
    return table, bits
