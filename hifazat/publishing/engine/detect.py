"""The rule detectors: cue patterns, formats, gazetteers and default-deny, over normalised text.

Each detector returns ``Hit``s in normalised-text offsets; ``scan`` merges them and maps them to
the original text. Confidence is a rank, not a probability: >= 0.9 a format or an explicit cue,
0.6-0.8 a gazetteer or a place/school shape, < 0.5 "looks like a name and nothing says it is not"
(redacted anyway in a child case: default-deny).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from . import lexicon, words
from .text import Normalised, Profile, Token, profile, tokens
from .types import Category

_CHILD = Category.CHILD_NAME
_REL = Category.RELATIVE_NAME
_PERSON = Category.PERSON_NAME
_LOC = Category.FINE_LOCATION


@dataclass(frozen=True, slots=True)
class Hit:
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
        "انسپکٹر",
        "کانسٹیبل",
        "محرر",
    }
)
_INNER_GAP = re.compile(r"[ \t]*[-'.\u2019]?[ \t]*")
_SPACE_GAP = re.compile(r"[ \t]+")


class Doc:
    """The normalised text, its tokens and per-token facts that the detectors share."""

    def __init__(self, norm: Normalised, allow: frozenset[str]) -> None:
        self.norm = norm
        self.text = norm.text
        self.toks: list[Token] = tokens(self.text)
        self.starts = [t.start for t in self.toks]
        self.profile: Profile = profile(self.text, self.toks, words.ROMAN_URDU)
        self.gaz = lexicon.gazetteer()
        self.stop = lexicon.stop_words()
        self.common = lexicon.common_english()
        self.very_common = lexicon.very_common_english()
        self.stop_plain = self.stop - words.RANKS
        self.village_prefixes = lexicon.village_prefixes()
        self.allow = frozenset(a.lower() for a in allow)
        self.kept = self._kept()

    # --- per-token facts ---------------------------------------------------------------------

    def _kept(self) -> list[bool]:
        """Tokens that never identify: districts, provinces, ranks, institutions, allow-list,
        and the name of a police station ("Police Station Saddar", "PS City", "تھانہ صدر")."""
        toks = self.toks
        kept = [False] * len(toks)
        g = self.gaz
        for i, t in enumerate(toks):
            low = t.low
            if low in words.RANKS or low in words.INSTITUTIONS or low in words.MONTHS_DAYS:
                kept[i] = True
            if low in g.kept_first or low in self.allow:
                for n in (4, 3, 2, 1):
                    phrase = " ".join(x.low for x in toks[i : i + n])
                    if (
                        len(toks[i : i + n]) == n
                        and (phrase in g.kept_places or phrase in self.allow)
                        and self.joined(i, i + n - 1)
                        and not self._names_a_village(i, i + n)
                    ):
                        for j in range(i, i + n):
                            kept[j] = True
                        break
        # An officer's name after a rank ("DPO Kasur Muhammad Asad", "ایس ایچ او محمد بلال")
        # is public, not the child's: kept.
        for i, t in enumerate(toks):
            if t.low not in _RANK_TITLES or (i + 1 < len(toks) and toks[i + 1].low in _RANK_TITLES):
                continue
            j = i + 1
            while j < len(toks) and kept[j] and j - i < 4 and toks[j].low not in _RANK_TITLES:
                j += 1  # the district: "DPO Kasur"
            n = 0
            while j < len(toks) and n < 3 and self.joined(j - 1, j):
                tj = toks[j]
                if tj.digit or tj.low in self.stop_plain or kept[j]:
                    break
                if not (tj.arabic or self.profile.all_caps or tj.text[:1].isupper()):
                    break
                kept[j] = True
                j += 1
                n += 1
        for i, t in enumerate(toks):
            station = (t.low in {"ps", "thana", "thane", "تھانہ", "تھانے"}) or (
                t.low == "station" and i > 0 and toks[i - 1].low == "police"
            )
            if station:
                for j in range(i + 1, min(i + 3, len(toks))):
                    if toks[j].low in self.stop or not self.joined(j - 1, j):
                        break
                    if self.profile.urdu_script or toks[j].text[:1].isupper():
                        kept[j] = True
        return kept

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
            and t.low not in self.stop
            and (t.arabic or self.caseless or t.text[:1].isupper())
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
        while b < len(self.toks) and self.toks[b].end <= end:
            b += 1
        return range(a, b)

    def joined(self, i: int, j: int) -> bool:
        """Tokens i..j are one phrase: only spaces (or a hyphen/apostrophe/dot) between them."""
        toks = self.toks
        for k in range(i, j):
            gap = self.text[toks[k].end : toks[k + 1].start]
            if not _INNER_GAP.fullmatch(gap):
                return False
        return True

    def spaced(self, i: int) -> bool:
        """Only spaces between token i and token i + 1."""
        toks = self.toks
        if i + 1 >= len(toks):
            return False
        return bool(_SPACE_GAP.fullmatch(self.text[toks[i].end : toks[i + 1].start]))

    @cached_property
    def caseless(self) -> bool:
        """Capitals say nothing here: Urdu script, ALL CAPS or all small letters."""
        p = self.profile
        return p.all_caps or p.no_caps

    def capitalised(self, t: Token) -> bool:
        return t.text[:1].isupper()

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
        t = self.toks[i]
        if t.digit or self.kept[i] or len(t.low) < 2:
            return False
        if t.low in self.stop:
            if t.low not in words.AMBIGUOUS or strict:
                return False
            if i + 1 < len(self.toks) and self.toks[i + 1].digit:
                return False  # "umar 12 saal", "عمر 12 سال": the age, not the name
            return (
                t.arabic or self.caseless or (t.text[:1].isupper() and not self.sentence_start(i))
            )
        if t.arabic:
            return True
        if self.gaz_kind(t):
            return not (t.low in self.very_common and not self.capitalised(t))
        if self.caseless:
            return t.low not in (self.common if strict else self.very_common)
        if not self.capitalised(t):
            return False
        if strict:
            return t.low not in self.common
        return t.low not in self.very_common

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        before = self.text[self.toks[i - 1].end : self.toks[i].start]
        return any(c in before for c in '.!?\n:;\u06d4"“”(')


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
_SLASH_ROLE = {"s": "father", "d": "father", "w": "husband", "r": "residence"}


def cue_names(doc: Doc) -> list[Hit]:
    """Names next to a kinship, role or title cue, in all three language forms."""
    hits: list[Hit] = []
    toks = doc.toks
    after_pos = doc.at_or_after

    def parentage(cue_start: int, cue_end: int, role: str, label: str) -> None:
        # the person on the left (the child, in a child case) and the parent on the right
        left = doc.before(cue_start)
        if left is not None and re.fullmatch(r"[\s,]*", doc.text[toks[left].end : cue_start]):
            run = _run_before(doc, left)
            if run:
                hits.append(_hit(doc, *run, _CHILD, 0.9, f"name before '{label}'"))
        j = _skip_titles(doc, after_pos(cue_end))
        run = _run_after(doc, j)
        if run:
            hits.append(_hit(doc, *run, _REL, 0.95, f"name after '{label}'", role))

    for m in _SLASH_CUE.finditer(doc.text):
        letter = (m.group(1) or m.group(2)).lower()
        role = _SLASH_ROLE[letter]
        if role != "residence":
            parentage(m.start(), m.end(), role, m.group())
    for m in _OF_CUE.finditer(doc.text):
        word = m.group(1).lower()
        if word in {"son", "daughter"}:
            parentage(m.start(), m.end(), "father", m.group())
        elif word in {"wife", "widow"}:
            parentage(m.start(), m.end(), "husband", m.group())

    for i, t in enumerate(toks):
        low = t.low
        if low in words.PARENTAGE and low not in {"son", "daughter", "wife", "s/o", "d/o", "w/o"}:
            parentage(t.start, t.end, words.PARENTAGE[low], t.text)
            continue
        if low in words.RELATIVE_CUES:
            role = words.RELATIVE_CUES[low]
            j = _skip_titles(doc, i + 1)
            # "her father, Muhammad Aslam," / "father Muhammad Aslam" / "والد محمد اسلم"
            if j < len(toks) and re.fullmatch(r"[\s,:]*", doc.text[t.end : toks[j].start]):
                run = _run_after(doc, j)
                if run:
                    hits.append(_hit(doc, *run, _REL, 0.85, f"name after '{t.text}'", role))
            # Roman Urdu / Urdu: "Aslam ki beti", "اسلم کی بیٹی" : the parent stands before
            continue
        if low in words.CHILD_CUES:
            j = _skip_titles(doc, i + 1)
            if j < len(toks) and re.fullmatch(r"[\s,:]*", doc.text[t.end : toks[j].start]):
                run = _run_after(doc, j, limit=3)
                if run:
                    hits.append(_hit(doc, *run, _CHILD, 0.8, f"name after '{t.text}'"))
            continue
        if low in words.PERSON_CUES or low in {
            "mst",
            "mussammat",
            "musammat",
            "mussamat",
            "mr",
            "mrs",
            "miss",
            "master",
        }:
            j = _skip_titles(doc, i + 1)
            if j < len(toks) and re.fullmatch(r"[\s,:.]*", doc.text[t.end : toks[j].start]):
                run = _run_after(doc, j)
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
                    hits.append(_hit(doc, *run, cat, 0.85, f"name after '{t.text}'"))
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
        # "Aslam ki beti" / "اسلم کی بیٹی" / "Aslam ka beta": genitive + kin word after a name
        if low in {"ki", "ka", "ke", "kee", "کی", "کا", "کے"} and i + 1 < len(toks):
            nxt = toks[i + 1].low
            if nxt in words.CHILD_CUES or nxt in words.RELATIVE_CUES:
                run = _run_before(doc, i - 1) if i > 0 else None
                if run and doc.spaced(i - 1):
                    hits.append(
                        _hit(
                            doc,
                            *run,
                            _REL,
                            0.8,
                            f"name before '{t.text} {toks[i + 1].text}'",
                            "relative",
                        )
                    )
    return hits


# --- places ----------------------------------------------------------------------------------

_CHAK = re.compile(
    r"\b(?:chak|چک)\s*(?:no\.?|number|nambar|#|نمبر)?\s*\d{1,4}(?:\s*[-/]\s*\d{1,3})?"
    r"(?:\s*[-/]?\s*(?:[a-z]{1,2}\b|ایل\b|(?:[\u0600-\u06ff]\s){0,1}[\u0600-\u06ff](?=\s|$|[،,.۔])))?",
    re.I,
)
_NUMBERED = re.compile(
    r"(?:\b(?:house|h|plot|flat|street|st|gali|lane|block|sector|ward)\b|مکان|گلی|پلاٹ|کوچہ)"
    r"\s*(?:no\.?|number|nambar|#|نمبر)?\s*[#:]?\s*\d{1,4}(?:\s*[-/]\s*[0-9a-z]{1,3})?"
    r"(?:\s*[a-z]\b)?",
    re.I,
)


def places(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.toks
    text = doc.text
    g = doc.gaz
    for m in _CHAK.finditer(text):
        hits.append(
            Hit(m.start(), m.end(), _LOC, "cue", 0.95, "numbered village (chak)", "village")
        )
    for m in _NUMBERED.finditer(text):
        word = m.group().split()[0].lower()
        role = "house" if word in {"house", "h", "plot", "flat", "مکان", "پلاٹ"} else "street"
        hits.append(Hit(m.start(), m.end(), _LOC, "cue", 0.9, "house or street number", role))

    for i, t in enumerate(toks):
        low = t.low
        if low in words.PLACE_HEADS and not doc.kept[i]:
            role = words.PLACE_HEADS[low]
            j = i + 1
            while j < len(toks) and toks[j].low in words.PLACE_FILLERS:
                j += 1
            run = _run_after(doc, j) if j < len(toks) and doc.joined(i, j) else None
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
            if run:
                hits.append(
                    _hit(doc, i, run[1], _LOC, 0.7, f"village name after '{t.text}'", "village")
                )
        elif low in words.PLACE_TAILS and i > 0 and not doc.kept[i]:
            back = _run_before(doc, i - 1, limit=3) if doc.joined(i - 1, i) else None
            if back and not (doc.caseless and toks[back[0]].low in doc.very_common):
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
            and low.endswith(("pura", "pur", "abad", "nagar", "garh", "kot", "wala", "wali"))
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
    for m in _RES_CUE.finditer(doc.text):
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
            if low in {"tehsil", "tahsil", "تحصیل", "district", "ضلع", "zila", "distt"}:
                break
            break
        if last is not None:
            hits.append(
                _hit(doc, first, last, _LOC, 0.85, f"address after '{m.group()}'", "address")
            )
    return hits


# --- schools ---------------------------------------------------------------------------------


def schools(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.toks
    for i, t in enumerate(toks):
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
            elif doc.namey(k) or toks[k].low in doc.gaz.school_names:
                start = k
                distinct = True
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
                break
            j += 1
        # "..., Islampura" after the school's name
        if end + 1 < len(toks) and re.fullmatch(
            r"\s*[,،]\s*", doc.text[toks[end].end : toks[end + 1].start]
        ):
            run = _run_after(doc, end + 1, limit=3)
            if run and distinct:
                end = run[1]
        if distinct:
            hits.append(_hit(doc, start, end, Category.SCHOOL, 0.85, f"named '{t.text}'", "school"))
    return hits


# --- ages, formats ---------------------------------------------------------------------------

_NUMW = "|".join(sorted((re.escape(w) for w in words.NUMBER_WORDS), key=len, reverse=True))
_N = rf"(?:\d{{1,2}}|{_NUMW})"
_AGE_PATTERNS = [
    re.compile(rf"\b{_N}\s*[-\s]?\s*(?:years?|yrs?|yr)\.?\s*[-\s]?\s*old\b", re.I),
    re.compile(
        rf"\b(?:aged?|age:|umar|umr)\s*(?:about|around|approx\.?|taqreeban|of)?\s*:?\s*{_N}\b(?:\s*(?:years?|yrs?|saal|sal|baras)\b)?",
        re.I,
    ),
    re.compile(
        rf"\b{_N}\s*[-\s]?\s*(?:saal|sal|saala|sala|baras|baras)\b(?:\s+(?:ki|ka|ke)\s+(?:umar|umr))?",
        re.I,
    ),
    re.compile(rf"(?:عمر|عمری)\s*(?:تقریبا|قریب)?\s*{_N}\s*(?:سال|برس)?"),
    re.compile(rf"(?<![\w]){_N}\s*(?:سالہ|سال|برس)(?:\s*(?:کی|کا|کے)\s*عمر)?"),
    re.compile(r"(?<=[A-Za-z\u0600-\u06ff])\s*\(\s*\d{1,2}\s*\)"),
    re.compile(
        r"\b(?:he|she)\s+(?:is|was)\s+(?:only\s+|just\s+|about\s+|around\s+)?(?P<n>\d{1,2})\b(?!\s*(?:am|pm|%|:|km|kg|rs|minutes|hours|days|times))",
        re.I,
    ),
    re.compile(
        rf"\b{_N}\s*[-\s]?\s*(?:months?|mahine|maheene|ماہ|مہینے)\s*[-\s]?\s*(?:old|ki|ka|کی|کا|کے)?",
        re.I,
    ),
]
_DATE = (
    r"(?:\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}"
    r"|\d{1,2}\s+[A-Za-z\u0600-\u06ff]{3,9},?\s+\d{4}|[A-Za-z]{3,9}\s+\d{1,2},?\s+\d{4})"
)
_DOB = re.compile(
    rf"(?:\bd\.?\s?o\.?\s?b\.?|\bdate\s+of\s+birth|\bborn(?:\s+on)?|\bpaidaish|\bpedaish|تاریخ\s+پیدائش|پیدائش|ولادت)\s*[:\-]?\s*(?:is\s+|was\s+|on\s+|ہے\s+)?{_DATE}",
    re.I,
)


_AGE_WORDS = frozenset(
    [
        "year",
        "years",
        "yr",
        "yrs",
        "old",
        "age",
        "aged",
        "umar",
        "umr",
        "saal",
        "sal",
        "saala",
        "sala",
        "baras",
        "month",
        "months",
        "mahine",
        "maheene",
        "he",
        "she",
        "عمر",
        "عمری",
        "سال",
        "سالہ",
        "برس",
        "ماہ",
        "مہینے",
    ]
)


def _windows(doc: Doc, trigger: frozenset[str] | None, width: int = 48) -> list[tuple[int, int]]:
    """Stretches of text around trigger words (or around digits when ``trigger`` is None), so
    that the slower regular expressions only look where they can match."""
    spans: list[tuple[int, int]] = []
    for t in doc.toks:
        if (t.digit if trigger is None else t.low in trigger) or (
            trigger is not None and t.digit and doc.text[t.end : t.end + 1] == ")"
        ):
            a, b = max(0, t.start - width), min(len(doc.text), t.end + width)
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return spans


def _finditer(
    pattern: re.Pattern[str], doc: Doc, spans: list[tuple[int, int]]
) -> list[re.Match[str]]:
    seen: set[tuple[int, int]] = set()
    out = []
    for a, b in spans:
        for m in pattern.finditer(doc.text, a, b):
            if m.span() not in seen:
                seen.add(m.span())
                out.append(m)
    return out


def ages(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    spans = _windows(doc, _AGE_WORDS)
    for p in _AGE_PATTERNS:
        for m in _finditer(p, doc, spans):
            s, e = m.span("n") if "n" in p.groupindex else m.span()
            while s < e and doc.text[s].isspace():
                s += 1
            hits.append(Hit(s, e, Category.AGE_OR_DOB, "cue", 0.9, "age", "age"))
    for m in _finditer(_DOB, doc, _windows(doc, None, 40)):
        hits.append(
            Hit(m.start(), m.end(), Category.AGE_OR_DOB, "cue", 0.95, "date of birth", "dob")
        )
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


def formats(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    spans = [(a, b) for a, b in _windows(doc, None, 24)]
    if not spans:
        return hits
    for m in _finditer(_CNIC, doc, spans):
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
    for m in _finditer(_ID_CONTEXT, doc, spans):
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
    for m in _finditer(_MOBILE, doc, spans):
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
    for m in _finditer(_PHONE_CONTEXT, doc, spans):
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


def castes(doc: Doc, child_case: bool) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.toks
    for i, t in enumerate(toks):
        low = t.low
        if low in words.CASTE_CUES:
            j = i + 1
            if j < len(toks) and toks[j].low in {
                "of",
                "is",
                "the",
                "ki",
                "ka",
                "کی",
                "کا",
                "by",
                ":",
            }:
                j += 1
            if j < len(toks) and re.fullmatch(r"[\s:,\-]*", doc.text[t.end : toks[j].start]):
                run = _run_after(doc, j, limit=2)
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
        elif (
            child_case
            and low.endswith(("zai", "khel", "زئی", "خیل"))
            and len(low) > 4
            and doc.namey(i)
        ):
            hits.append(
                _hit(doc, i, i, Category.CASTE_TRIBE, 0.6, "Pashtun tribe or clan name", "caste")
            )
    return hits


def media(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.toks
    for i, t in enumerate(toks):
        if t.low in words.MEDIA_WORDS:
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
    for m in re.finditer(
        r"\[(?:photo|picture|image|video)[^\]]*\]|\((?:photo|picture|video)[^)]*\)", doc.text, re.I
    ):
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
        for m in _SINGLE.finditer(doc.text)
    ]


# --- gazetteer names and default-deny --------------------------------------------------------


def gazetteer_names(doc: Doc) -> list[Hit]:
    """Known given and family names, grown over the name-like tokens next to them."""
    hits: list[Hit] = []
    toks = doc.toks
    i = 0
    while i < len(toks):
        t = toks[i]
        kind = doc.gaz_kind(t)
        if kind in {"given", "family"} and not doc.kept[i] and doc.namey(i):
            a = i
            while a > 0 and doc.namey(a - 1) and doc.joined(a - 1, a) and i - a < 3:
                a -= 1
            b = i
            while b + 1 < len(toks) and doc.namey(b + 1) and doc.joined(b, b + 1) and b - i < 3:
                b += 1
            common = t.low in doc.common or (t.arabic and t.low in words.URDU_FUNCTION)
            conf = 0.55 if common and a == b else 0.8
            hits.append(_hit(doc, a, b, _PERSON, conf, f"known {kind} name", det="gazetteer"))
            i = b + 1
            continue
        i += 1
    return hits


def default_deny(doc: Doc) -> list[Hit]:
    """Words that look like names and that nothing else explains (child cases only).

    Mixed-case Latin: capitalised words that are not common English; without capitals (ALL CAPS,
    social-media small letters): words that are neither common English nor Roman Urdu. Urdu
    script has no such signal; there the cues, gazetteers and model carry the load.
    """
    hits: list[Hit] = []
    toks = doc.toks
    urdu = doc.profile.urdu_script
    i = 0
    while i < len(toks):
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
            i = b + 1
            continue
        if t.arabic or len(t.low) < 3:
            i += 1
            continue
        if not doc.namey(i, strict=True):
            if not doc.caseless and doc.namey(i) and not doc.sentence_start(i):
                hits.append(
                    _hit(
                        doc, i, i, _PERSON, 0.3, "capitalised word mid-sentence", det="default_deny"
                    )
                )
            i += 1
            continue
        if not doc.caseless and doc.sentence_start(i) and t.low in doc.common:
            i += 1
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
        i = b + 1
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
            run = _run_after(doc, k, limit=3)
            if run and toks[run[0]].start >= h.end:
                hits.append(_hit(doc, *run, _CHILD, 0.7, "name next to an age"))
        b = doc.before(h.start)
        if b is not None and re.fullmatch(r"[\s,،(]*", doc.text[toks[b].end : h.start]):
            k = b
            if toks[k].low in {"aged", "age", "umar", "umr", "عمر"}:
                k -= 1
            if k >= 0 and toks[k].low in words.COPULAS:
                k -= 1
            if k >= 0:
                run = _run_before(doc, k, limit=3)
                if run:
                    hits.append(_hit(doc, *run, _CHILD, 0.7, "name next to an age"))
    return hits
