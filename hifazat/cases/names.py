"""Normalisation and phonetic keys for Pakistani names, in Latin letters and in Urdu script.

Pure Python (no Django), so the blind index can be rebuilt and tested anywhere.

``normalise`` makes text comparable: NFKC; Arabic code points become the Urdu ones (ك→ک, ي/ى→ی,
ه/ة→ہ; Arabic-Indic and Urdu digits→0-9); harakat, tatweel and zero-width characters go;
Latin is case-folded and whitespace collapsed. It is for matching only, never for display.

``name_tokens`` splits a name into the parts that identify a person: "Mohd"/"Md"/"Muhd" become
"muhammad"; titles ("Mr", "Mst", "Mussammat", مسماۃ ...) and single Latin initials are dropped;
"Syed", "Malik", "Khan", "Bibi" are kept, they are parts of Pakistani names. Apostrophes are
removed, not split on ("Sa'adia" = "Saadia"). Arabic compounds are made the same in both
scripts: "Abdul Rehman", "Abd-ur-Rehman", "Abdurrehman", عبدالرحمن and عبد الرحمن all become
"abd" + "rehman" (so "Rehman" alone finds them); an article standing alone in Latin is joined to
the next word, as Urdu writes it: "Zia-ul-Haq" / "Zia ul Haq" → "zia" + "ulhaq" (ضیاء الحق).

``phonetic_key`` reduces one token to a consonant skeleton that both scripts share:

1. Latin: accents stripped; digraphs kh→X, sh→S, ch→C, ph→f, gh→g; then c, q→k; x→ks; v→w.
   Other "h" after a consonant is aspiration ("bh", "th", "dh" = ڈھ/دھ, not ذ), see rule 3.
   Urdu: کھ→X (Latin "kh" is both خ and کھ), پھ→f; ث س ص→s; ت ط ٹ→t; د ڈ→d; ذ ز ض ظ ژ→z;
   ر ڑ→r; ن ں→n; ک ق→k; گ غ→g; چ→C; ش→S; خ→X; ح ہ ھ→h; the rest one to one.
2. Vowels and semivowels go: a e i o u w y, and ا آ ع ء ئ ؤ و ی ے.
3. "h" survives only as the first symbol. Elsewhere it is the aspiration mark (Bhatti/بھٹی, ڈھ,
   "dh"), a vowel (Fatimah/فاطمہ, عائشہ) or written in a different place in the two scripts
   (Chaudhry has "dh", چوہدری has ہد), so keeping it would split real variants.
4. Runs of one symbol collapse (Muhammad → m m d → "md"; Bhatti → "bt").
5. A token with nothing left (only vowels: "Aya") keys as its normalised self.

Examples: Muhammad, Mohammed, Mohd, محمد → "md"; Ahmad, Ahmed, احمد → "hmd"; Chaudhry, چوہدری →
"Cdr"; Khan, خان → "Xn"; Ayesha, Aisha, عائشہ → "S"; Kasur, قصور → "ksr".

This is a blind index: it returns candidates, and candidates collide on purpose. Names that
differ only in vowels or in a medial "h" share a key (Hassan = Hussain = Husn, Zahid = Zaid,
Muhammad = Mahmood = Mehdi, Asif = Yousaf); the decrypted record decides. Known misses:
"th" is aspirated t (Uthman ≠ عثمان, which keys with Usman); "sh" in Ishaq is read as ش; Urdu
compounds written as one word other than عبد... (ضیاءالحق) do not split the way "Zia ul Haq" does.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_keys", "name_tokens", "normalise", "phonetic_key"]

# --- normalise -------------------------------------------------------------------------------

_CHAR_MAP: dict[int, str] = {
    0x0643: "\u06a9",  # ARABIC LETTER KAF → KEHEH
    0x064A: "\u06cc",  # ARABIC LETTER YEH → FARSI YEH
    0x0649: "\u06cc",  # ALEF MAKSURA → FARSI YEH
    0x0647: "\u06c1",  # ARABIC LETTER HEH → HEH GOAL
    0x0629: "\u06c1",  # TEH MARBUTA → HEH GOAL
    0x06C3: "\u06c1",  # TEH MARBUTA GOAL → HEH GOAL
    0x06C2: "\u06c1",  # HEH GOAL WITH HAMZA ABOVE → HEH GOAL
    0x06D3: "\u06d2",  # YEH BARREE WITH HAMZA ABOVE → YEH BARREE
    0x0623: "\u0627",  # ALEF WITH HAMZA ABOVE → ALEF
    0x0625: "\u0627",  # ALEF WITH HAMZA BELOW → ALEF
    0x0671: "\u0627",  # ALEF WASLA → ALEF
}
_CHAR_MAP.update({0x0660 + i: str(i) for i in range(10)})  # Arabic-Indic digits
_CHAR_MAP.update({0x06F0 + i: str(i) for i in range(10)})  # Extended (Urdu) digits
_DROP = [
    *range(0x064B, 0x0660),  # harakat, hamza above/below
    0x0670,  # superscript alef
    *range(0x06D6, 0x06EE),  # Quranic marks
    0x0640,  # tatweel
    *range(0x200B, 0x2010),  # zero-width space/non-joiner/joiner, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2060, 0x2065),  # word joiner, invisible operators
    0xFEFF,  # byte-order mark
]
_CHAR_MAP.update(dict.fromkeys(_DROP, ""))

_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text made comparable across keyboards and scripts (for matching only, never display)."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_CHAR_MAP)
    return _SPACES.sub(" ", text.casefold()).strip()


# --- name_tokens -----------------------------------------------------------------------------

_ABBREVIATIONS = {"mohd": "muhammad", "md": "muhammad", "muhd": "muhammad", "mhd": "muhammad"}
_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "master",
        "mst",
        "mussammat",
        "musammat",
        "مسماہ",  # مسماۃ, after normalise
        "مسمات",
        "مسٹر",
        "مسز",
    }
)
# The Arabic article as Latin spellings write it on its own: al, ul, ur, us, ush ...
_ARTICLES = frozenset(
    {"al", "el", "ul", "ur", "us", "ush", "uz", "un", "ut", "ud", "ar", "as", "ash", "az", "an"}
)
_LATIN_ABD = re.compile(r"abd[oue](?:sh|[lrsztnd])(.*)")
_URDU_ABD = "\u0639\u0628\u062f"  # عبد
_URDU_AL = "\u0627\u0644"  # ال
_APOSTROPHES = re.compile("['\u2018\u2019\u02bc\u02bb`\u00b4]")


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ch.isascii()


def _split(text: str) -> list[str]:
    """Split on anything that is not a letter, digit or combining mark."""
    parts: list[str] = []
    current: list[str] = []
    for ch in text:
        if unicodedata.category(ch)[0] in "LNM":
            current.append(ch)
        elif current:
            parts.append("".join(current))
            current = []
    if current:
        parts.append("".join(current))
    return parts


def _compounds(tokens: list[str]) -> list[str]:
    """Arabic compound names, made the same in both scripts.

    "Abdul Rehman", "Abd-ur-Rehman", "Abdurrehman", عبدالرحمن, عبد الرحمن → abd + rehman (so a
    search for "Rehman" finds them); "Zia ul Haq", "Zia-ul-Haq" → zia + ulhaq (like ضیاء الحق).
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        latin_abd = _LATIN_ABD.fullmatch(tok)
        if latin_abd and len(latin_abd.group(1)) >= 2:  # Abdurrehman, Abdullah
            out += ["abd", latin_abd.group(1)]
        elif latin_abd or tok == "abd":  # Abdul Rehman, Abd ur Rehman, a lone Abdul
            out.append("abd")
            if nxt in _ARTICLES and i + 2 < len(tokens):
                i += 1  # Abd-ur-Rehman: the article goes
        elif tok == _URDU_ABD and nxt and nxt.startswith(_URDU_AL) and len(nxt) > 3:
            out += [tok, nxt[2:]]  # عبد الرحمن
            i += 1
        elif tok.startswith(_URDU_ABD + _URDU_AL) and len(tok) > 6:
            out += [_URDU_ABD, tok[5:]]  # عبدالرحمن
        elif nxt is not None and (tok in _ARTICLES or tok == _URDU_AL):
            out.append(_URDU_AL + nxt if tok == _URDU_AL else "ul" + nxt)  # Zia ul Haq
            i += 1
        else:
            out.append(tok)
        i += 1
    return out


def name_tokens(text: str) -> list[str]:
    """The parts of a personal name that identify someone, normalised (see module docstring)."""
    text = _APOSTROPHES.sub("", normalise(text))
    tokens: list[str] = []
    for tok in _split(text):
        tok = _ABBREVIATIONS.get(tok, tok)
        if tok in _TITLES or (len(tok) == 1 and _is_latin_letter(tok)):
            continue
        tokens.append(tok)
    return _compounds(tokens)


# --- phonetic_key ----------------------------------------------------------------------------

_LATIN_DIGRAPHS = {"kh": "X", "sh": "S", "ch": "C", "ph": "f", "gh": "g"}
_LATIN = {
    **{v: "" for v in "aeiouwy"},
    "c": "k",
    "q": "k",
    "x": "ks",
    "v": "",
}
_URDU_DIGRAPHS = {"\u06a9\u06be": "X", "\u067e\u06be": "f"}  # کھ پھ
_URDU: dict[str, str] = {}
for _letters, _symbol in (
    ("اآعءئؤویےۓېۍێ", ""),  # alef, ain, hamza, waw, yeh: vowels and semivowels
    ("بٻڀ", "b"),
    ("پ", "p"),
    ("تطٹټٽٺٿ", "t"),
    ("ثسصڛڅ", "s"),
    ("جڄڃ", "j"),
    ("چڇ", "C"),
    ("حہھ", "h"),
    ("خ", "X"),
    ("دڈډڊڌڍڏ", "d"),
    ("ذزضظژځږ", "z"),
    ("رڑړڙ", "r"),
    ("شښ", "S"),
    ("غگڳ", "g"),
    ("فڦ", "f"),
    ("قکڪ", "k"),
    ("ل", "l"),
    ("م", "m"),
    ("نںڻڼڱ", "n"),
):
    _URDU.update(dict.fromkeys(_letters, _symbol))


def _strip_latin_marks(text: str) -> str:
    """ā → a, ḥ → h; leaves Arabic script alone (its marks are already gone)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn" and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _symbols(token: str) -> list[str]:
    symbols: list[str] = []
    i = 0
    while i < len(token):
        pair = token[i : i + 2]
        if pair in _LATIN_DIGRAPHS:
            symbols.append(_LATIN_DIGRAPHS[pair])
            i += 2
            continue
        if pair in _URDU_DIGRAPHS:
            symbols.append(_URDU_DIGRAPHS[pair])
            i += 2
            continue
        ch = token[i]
        i += 1
        if ch in _LATIN:
            symbols.extend(_LATIN[ch])
        elif ch in _URDU:
            symbols.extend(_URDU[ch])
        elif "a" <= ch <= "z" or ch.isdigit():
            symbols.append(ch)
        elif ch.isalpha():
            symbols.append(ch)  # another script: kept, so it still indexes
    return symbols


def phonetic_key(token: str) -> str:
    """The consonant skeleton of one name token; spelling and script variants share it."""
    norm = normalise(token)
    symbols = _symbols(_strip_latin_marks(norm))
    kept = [s for n, s in enumerate(symbols) if s != "h" or n == 0]
    key: list[str] = []
    for s in kept:
        if not key or key[-1] != s:
            key.append(s)
    return "".join(key) or norm


def name_keys(text: str) -> list[str]:
    """Phonetic keys of the name's tokens, without repeats, in order."""
    return list(dict.fromkeys(phonetic_key(t) for t in name_tokens(text)))
