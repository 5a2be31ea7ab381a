# ruff: noqa: E501, S311  (template text is data; random only makes synthetic data)
"""Generated (synthetic) documents with labelled spans, for training the model and for evaluation.

Pure Python. Templates hold ``{slot}`` placeholders; ``render`` fills them from one *split* of the
name and place material (``engine.lexicon``: "train" names never overlap "test" names) and
records where every identifying value landed. Training uses ``TRAIN_TEMPLATES`` below; the
evaluation's templates live apart, in ``bench/guard_data/templates.json``, and are never seen by
the model or the gazetteers. No value is a real person's: names are drawn independently from
common-name lists, phone numbers use the unallocated 039x range and ID numbers start with 9.

Slots and what they are labelled:
  child child_first father mother accused relative  -> names (child_name / relative_name /
                                                     person_name)
  village mohalla house street chak                  -> fine_location
  school madrassa                                    -> school
  age dob                                            -> age_or_dob
  cnic bform                                         -> id_number
  phone                                              -> phone
  caste                                              -> caste_tribe
  officer district date fir class                    -> neutral (never identifying)
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .engine import lexicon

Span = tuple[int, int, str]  # start, end, category

SLOT_CATEGORY: dict[str, str] = {
    "child": "child_name",
    "child_first": "child_name",
    "father": "relative_name",
    "mother": "relative_name",
    "relative": "relative_name",
    "accused": "person_name",
    "village": "fine_location",
    "mohalla": "fine_location",
    "house": "fine_location",
    "street": "fine_location",
    "chak": "fine_location",
    "school": "school",
    "madrassa": "school",
    "age": "age_or_dob",
    "dob": "age_or_dob",
    "cnic": "id_number",
    "bform": "id_number",
    "phone": "phone",
    "caste": "caste_tribe",
}
NEUTRAL_SLOTS = frozenset({"officer", "district", "date", "fir", "class", "rank"})
MODEL_LABEL = {
    "child_name": "PER",
    "relative_name": "PER",
    "person_name": "PER",
    "fine_location": "LOC",
    "school": "SCH",
}

_URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه"})


@dataclass
class Document:
    text: str
    spans: list[Span]  # identifying, gold
    neutral: list[Span] = field(default_factory=list)  # officers, districts: never identifying
    lang: str = "en"  # en | roman | ur
    kind: str = ""  # press | fir | social
    template: str = ""
    variant: str = "plain"


@dataclass(frozen=True)
class Template:
    id: str
    lang: str  # en | roman | ur
    kind: str
    text: str
    sex: str = "f"


# The development split: a part of the *training* names and places, cut the same way as the
# held-out test split (by phonetic key, so spellings and scripts go together) but with another
# salt. The model is trained on the rest ("model"); ``bench/guard_eval.py --dev`` fills the
# development templates with these names and takes them out of the gazetteers, so the rules
# and the model can be tuned on names neither has seen without ever touching the test split.
DEV_PERCENT = 20
_DEV_SALT = "hifazat-guard-dev:"


def is_dev_key(key: str) -> bool:
    digest = hashlib.sha256((_DEV_SALT + key).encode()).digest()
    return int.from_bytes(digest[:4], "big") % 100 < DEV_PERCENT


def _dev_part(entry: dict[str, Any]) -> str:
    dev = [is_dev_key(k) for k in lexicon._token_keys(entry)]
    if not any(dev):
        return "model"
    return "dev" if all(dev) else "unused"


# Splits with their own material, set by ``register_split`` (the evaluation's "fresh" names)
_REGISTERED: dict[str, tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]] = {}


def register_split(
    split: str,
    names: dict[str, list[dict[str, Any]]],
    places: dict[str, list[dict[str, Any]]],
) -> None:
    """Name and place lists (the shapes of ``names.json``) that ``Material(split)`` draws from."""
    _REGISTERED[split] = (names, places)


def _names(split: str) -> dict[str, list[dict[str, Any]]]:
    if split in _REGISTERED:
        return _REGISTERED[split][0]
    if split not in {"model", "dev"}:
        return lexicon.name_entries(split)
    return {
        lst: [e for e in entries if _dev_part(e) == split]
        for lst, entries in lexicon.name_entries("train").items()
    }


def _places(split: str) -> dict[str, list[dict[str, Any]]]:
    if split in _REGISTERED:
        return _REGISTERED[split][1]
    if split not in {"model", "dev"}:
        return lexicon.place_entries(split)
    return {
        lst: [e for e in entries if (is_dev_key("place:" + e["en"].lower())) == (split == "dev")]
        for lst, entries in lexicon.place_entries("train").items()
    }


class Material:
    """Names and places of one split, and how to draw them.

    ``split``: "train" or "test" (``engine.lexicon``), or a part of "train": "model" (what the
    model is trained on) or "dev" (kept back for tuning; see ``DEV_PERCENT``).
    """

    def __init__(self, split: str) -> None:
        names = _names(split)
        self.male = names["given_male"]
        self.female = names["given_female"]
        self.family = names["family"]
        self.castes = names["castes"]
        places = _places(split)
        self.mohallas = places["mohalla_names"]
        self.villages = places["village_names"]
        self.school_names = places["school_names"]
        self.madrassa_names = places["madrassa_names"]
        data = lexicon.names_data()["places"]
        self.prefixes = data["village_prefixes"]
        self.chak_suffixes = data["chak_suffixes"]
        self.school_patterns = data["schools"]
        self.districts = [
            d
            for p in lexicon.pakistan_data()["provinces"]
            for d in p["districts"]
            if " " not in d["name_en"]
        ]


def _form(entry: dict[str, Any], script: str, rng: random.Random, drift: bool) -> str:
    if script == "ur":
        return str(entry["ur"])
    forms = [entry["en"], *entry.get("variants", [])]
    value = str(rng.choice(forms) if drift or rng.random() < 0.25 else entry["en"])
    if drift and rng.random() < 0.5:
        value = _drift(value, rng)
    return value


def _drift(word: str, rng: random.Random) -> str:
    """Spelling drift as people type names: doubled letters, vowel swaps, dropped h."""
    ops = [
        (r"ee", "i"),
        (r"i(?=[^aeiou])", "ee"),
        (r"oo", "u"),
        (r"u(?=[^aeiou])", "oo"),
        (r"a(?=[^aeiou])", "aa"),
        (r"([bcdfgklmnprst])h", r"\1"),
        (r"([lmnrst])(?=[aeiou])", r"\1\1"),
        (r"q", "k"),
        (r"z", "x"),
    ]
    rng.shuffle(ops)
    for pat, rep in ops:
        new = re.sub(pat, rep, word, count=1)
        if new != word and len(new) > 2:
            return new
    return word


class Filler:
    """Values for one document, kept consistent within it (the same child throughout)."""

    def __init__(
        self, mat: Material, rng: random.Random, script: str, sex: str, drift: bool
    ) -> None:
        self.mat = mat
        self.rng = rng
        self.script = script
        self.drift = drift
        self.sex = sex
        self.cache: dict[str, str] = {}
        self.family = rng.choice(mat.family)

    def f(self, entry: dict[str, Any]) -> str:
        return _form(entry, self.script, self.rng, self.drift)

    def person(self, sex: str, family: dict[str, Any] | None = None) -> str:
        rng = self.rng
        given = rng.choice(self.mat.female if sex == "f" else self.mat.male)
        parts = [self.f(given)]
        if rng.random() < 0.35:  # compound given names: "Muhammad Bilal", "Noor Fatima"
            parts.insert(0, self.f(rng.choice(self.mat.female if sex == "f" else self.mat.male)))
        if rng.random() < 0.7:
            fam = family or rng.choice(self.mat.family)
            parts.append(self.f(fam))
        elif sex == "f" and rng.random() < 0.5:
            parts.append("بی بی" if self.script == "ur" else rng.choice(["Bibi", "Bano"]))
        return " ".join(parts)

    def value(self, slot: str) -> str:
        if slot in self.cache:
            return self.cache[slot]
        v = self._value(slot)
        if slot in {
            "child",
            "father",
            "mother",
            "accused",
            "relative",
            "village",
            "mohalla",
            "school",
            "caste",
            "age",
            "officer",
            "district",
        }:
            self.cache[slot] = v
        return v

    def _value(self, slot: str) -> str:
        rng, mat, ur = self.rng, self.mat, self.script == "ur"
        if slot == "child":
            return self.person(self.sex, self.family)
        if slot == "child_first":
            return self.value("child").split()[0]
        if slot == "father":
            return self.person("m", self.family)
        if slot == "mother":
            return self.person("f")
        if slot in {"accused", "relative", "officer"}:
            return self.person("m")
        if slot == "village":
            return self._village()
        if slot == "mohalla":
            return self.f(rng.choice(mat.mohallas)) if ur else str(rng.choice(mat.mohallas)["en"])
        if slot == "chak":
            n = rng.randint(1, 600)
            suffix = rng.choice(mat.chak_suffixes)
            if ur:
                return f"چک نمبر {n} {suffix['ur']}"
            return rng.choice(
                [
                    f"Chak No. {n} {suffix['en']}",
                    f"Chak {n}/{suffix['en']}",
                    f"Chak No. {n}-{suffix['en']}",
                ]
            )
        if slot == "house":
            n = rng.randint(1, 999)
            return (
                f"مکان نمبر {n}"
                if ur
                else rng.choice([f"House No. {n}", f"H. No. {n}", f"House # {n}"])
            )
        if slot == "street":
            n = rng.randint(1, 40)
            return (
                f"گلی نمبر {n}"
                if ur
                else rng.choice([f"Street No. {n}", f"Gali No. {n}", f"Street {n}"])
            )
        if slot == "school":
            return self._school()
        if slot == "madrassa":
            name = rng.choice(mat.madrassa_names)
            return f"مدرسہ {name['ur']}" if ur else f"Madrassa {name['en']}"
        if slot == "age":
            return str(rng.randint(3, 17))
        if slot == "dob":
            y, m, d = rng.randint(2008, 2021), rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}"])
        if slot in {"cnic", "bform"}:
            digits = "9" + "".join(str(rng.randint(0, 9)) for _ in range(12))
            if rng.random() < 0.7:
                return f"{digits[:5]}-{digits[5:12]}-{digits[12]}"
            return digits
        if slot == "phone":
            body = (
                "039" + str(rng.randint(0, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
            )
            style = rng.randint(0, 3)
            if style == 0:
                return f"{body[:4]}-{body[4:]}"
            if style == 1:
                return f"+92 {body[1:4]} {body[4:]}"
            if style == 2:
                return f"0092-{body[1:4]}-{body[4:]}"
            return body
        if slot == "caste":
            return self.f(rng.choice(mat.castes))
        if slot == "district":
            d = rng.choice(mat.districts)
            return str(d["name_ur"] if ur else d["name_en"])
        if slot == "rank":
            if ur:
                return rng.choice(["ڈی پی او", "ایس ایچ او", "انسپکٹر", "اے ایس آئی", "ایس پی"])
            return rng.choice(["DPO", "SHO", "SP", "ASI", "Inspector", "DSP", "SHO Inspector"])
        if slot == "date":
            return f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-2025"
        if slot == "fir":
            return f"{rng.randint(10, 999)}/25"
        if slot == "class":
            return str(rng.randint(1, 10))
        raise KeyError(slot)

    def _village(self) -> str:
        rng, mat, ur = self.rng, self.mat, self.script == "ur"
        r = rng.random()
        if r < 0.35:
            return self.f(rng.choice(mat.villages)) if ur else str(rng.choice(mat.villages)["en"])
        if r < 0.55:
            return self._value("chak")
        name = rng.choice(mat.male)
        if r < 0.7:
            return f"{name['ur']} پور" if ur else f"{name['en']}pur"
        prefix = rng.choice([p for p in mat.prefixes if p["en"] not in {"Chak", "Mauza"}])
        other = rng.choice(mat.castes if rng.random() < 0.3 else mat.male)
        return f"{prefix['ur']} {other['ur']}" if ur else f"{prefix['en']} {other['en']}"

    def _school(self) -> str:
        rng, mat, ur = self.rng, self.mat, self.script == "ur"
        # "Quran class at Masjid X": only "Masjid X" would identify; left out to keep labels exact
        pattern = rng.choice(
            [
                p
                for p in mat.school_patterns
                if "{madrassa_name}" not in p["ur"] and "Quran" not in p["en"]
            ]
        )
        text = pattern["ur" if ur else "en"].replace(" (tuition centre)", "")
        name = rng.choice(mat.school_names)
        place = rng.choice(mat.mohallas + mat.villages)
        return str(
            text.replace("{n}", str(rng.randint(1, 12)))
            .replace("{name}", name["ur" if ur else "en"])
            .replace("{place}", place["ur" if ur else "en"])
        )


_SLOT = re.compile(r"\{([a-z_]+)\}")


def render(
    template: Template,
    mat: Material,
    rng: random.Random,
    *,
    drift: bool = False,
    script: str | None = None,
) -> Document:
    """Fill one template; ``script="ur"`` puts Urdu-script values into a Latin template."""
    script = script or ("ur" if template.lang == "ur" else "latin")
    filler = Filler(mat, rng, script, template.sex, drift)
    out: list[str] = []
    spans: list[Span] = []
    neutral: list[Span] = []
    pos = 0
    last = 0
    for m in _SLOT.finditer(template.text):
        out.append(template.text[last : m.start()])
        pos += m.start() - last
        slot = m.group(1)
        value = filler.value(slot)
        if slot in SLOT_CATEGORY:
            spans.append((pos, pos + len(value), SLOT_CATEGORY[slot]))
        elif slot in NEUTRAL_SLOTS:
            neutral.append((pos, pos + len(value), slot))
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(template.text[last:])
    return Document("".join(out), spans, neutral, template.lang, template.kind, template.id)


# --- adversarial variants ------------------------------------------------------------------


def upper(doc: Document) -> Document:
    return Document(
        doc.text.upper(), doc.spans, doc.neutral, doc.lang, doc.kind, doc.template, "caps"
    )


def lower(doc: Document) -> Document:
    return Document(
        doc.text.lower(), doc.spans, doc.neutral, doc.lang, doc.kind, doc.template, "lower"
    )


def urdu_digits(doc: Document) -> Document:
    return Document(
        doc.text.translate(_URDU_DIGITS),
        doc.spans,
        doc.neutral,
        doc.lang,
        doc.kind,
        doc.template,
        "urdu_digits",
    )


def arabic_letters(doc: Document) -> Document:
    return Document(
        doc.text.translate(_ARABIC_LETTERS),
        doc.spans,
        doc.neutral,
        doc.lang,
        doc.kind,
        doc.template,
        "arabic_code_points",
    )


def zero_width(doc: Document, rng: random.Random) -> Document:
    """Zero-width non-joiners inside some words; spans shift with the text."""
    chars: list[str] = []
    shift = [0] * (len(doc.text) + 1)
    added = 0
    for i, ch in enumerate(doc.text):
        shift[i] = added
        chars.append(ch)
        if (
            ch.isalpha()
            and i + 1 < len(doc.text)
            and doc.text[i + 1].isalpha()
            and rng.random() < 0.04
        ):
            chars.append("\u200c")
            added += 1
    shift[len(doc.text)] = added

    def move(spans: list[Span]) -> list[Span]:
        return [(s + shift[s], e + shift[e - 1], c) for s, e, c in spans]

    return Document(
        "".join(chars),
        move(doc.spans),
        move(doc.neutral),
        doc.lang,
        doc.kind,
        doc.template,
        "zero_width",
    )


def variants_for(doc: Document, rng: random.Random) -> Document:
    """One adversarial (or plain) version of a document, chosen at random."""
    r = rng.random()
    if doc.lang == "ur":
        if r < 0.25:
            return urdu_digits(doc)
        if r < 0.45:
            return arabic_letters(doc)
        if r < 0.6:
            return zero_width(doc, rng)
        return doc
    if r < 0.22:
        return upper(doc)
    if r < 0.4 and doc.lang == "roman":
        return lower(doc)
    if r < 0.5:
        return urdu_digits(doc)
    return doc


def generate(
    templates: Sequence[Template], split: str, n: int, seed: int, *, adversarial: bool = True
) -> Iterator[Document]:
    """``n`` documents cycling through ``templates``, names from ``split``; deterministic."""
    rng = random.Random(seed)
    mat = Material(split)
    for k in range(n):
        t = templates[k % len(templates)]
        drift = adversarial and rng.random() < 0.25
        script = None
        mixed = adversarial and t.lang != "ur" and rng.random() < 0.08
        if mixed:
            script = "ur"  # code-mixed: Urdu-script names in a Latin-script text
        doc = render(t, mat, rng, drift=drift, script=script)
        if mixed:
            doc.variant = "code_mixed"
        elif drift:
            doc.variant = "drift"
        if adversarial and not mixed:
            v = variants_for(doc, rng)
            if v is not doc:
                v.variant = v.variant if not drift else v.variant + "+drift"
            doc = v
        yield doc


# --- training templates --------------------------------------------------------------------
# Press releases (press), FIR extracts (fir) and social-media posts (social). The evaluation's
# templates are written separately (bench/guard_data/templates.json) and never used here.

_TRAIN: list[tuple[str, str, str, str]] = [
    # (lang, kind, sex, text)
    (
        "en",
        "press",
        "f",
        "{district} police arrested {accused} for the abduction of {child}, a {age}-year-old girl from {village}. Her father {father} had lodged FIR No. {fir} at the local police station.",
    ),
    (
        "en",
        "press",
        "m",
        "A {age} year old boy, {child} s/o {father}, resident of {mohalla}, {district}, was recovered by the police team led by {rank} {officer} within 24 hours.",
    ),
    (
        "en",
        "press",
        "f",
        "The victim {child_first} ({age}), a student of class {class} at {school}, was on her way home when the accused {accused} took her to a field.",
    ),
    (
        "en",
        "fir",
        "f",
        "Complainant {father} s/o {relative}, caste {caste}, r/o {house}, {street}, {mohalla}, {district}, stated that his daughter {child} aged {age} years went missing on {date}.",
    ),
    (
        "en",
        "fir",
        "m",
        "Statement of {mother} w/o {father}, resident of {village}, tehsil and district {district}: my son {child_first}, aged about {age}, was taken by {accused}.",
    ),
    (
        "en",
        "social",
        "f",
        "Justice for {child_first}! This {age} yr old girl from {village} was abused by her neighbour {accused}. Share so the police act. Contact her uncle {relative} on {phone}.",
    ),
    (
        "en",
        "press",
        "f",
        "On the complaint of {mother}, mother of the minor, police registered a case against {accused} and his accomplice. The girl, {child}, has been shifted to the Child Protection Bureau.",
    ),
    (
        "en",
        "fir",
        "f",
        "Name: {child}. Father's name: {father}. Age: {age}. Caste: {caste}. Address: {mohalla}, {district}. B-Form No: {bform}. Mobile: {phone}.",
    ),
    (
        "en",
        "press",
        "m",
        "Police rescued {age}-year-old {child} from a brick kiln in {chak}. The boy's father, {father}, thanked {rank} {officer}.",
    ),
    (
        "en",
        "social",
        "m",
        "My nephew {child_first} studies at {school}. He is {age} and has been missing since Friday. If you see him call {phone}. - {relative}",
    ),
    (
        "en",
        "press",
        "f",
        "The accused, identified as {accused} son of {relative}, was produced before the court. The victim, daughter of {father} of {village}, is {age} years old.",
    ),
    (
        "en",
        "fir",
        "f",
        "I, {father}, CNIC No. {cnic}, resident of {house} {mohalla}, report that my daughter {child_first} (DOB {dob}) did not return from {madrassa}.",
    ),
    (
        "en",
        "press",
        "f",
        "{rank} {officer} said the girl was recovered from the house of {accused} in {mohalla}. She is being looked after by her grandmother {mother}.",
    ),
    (
        "en",
        "social",
        "f",
        "Please pray for little {child_first} of {village}, {district}. Her family belongs to the {caste} biradari and her father {father} is a labourer.",
    ),
    (
        "en",
        "fir",
        "m",
        "Juvenile {child} son of {father}, age {age} years, caste {caste}, resident of {village}, was arrested and sent to the observation home.",
    ),
    (
        "en",
        "press",
        "f",
        "Ms {mother}, the mother of {child_first}, told reporters outside the {district} courts that her daughter was a student at {school}.",
    ),
    (
        "en",
        "press",
        "m",
        "Missing: {child}, {age}, last seen near {mohalla}. Parents {father} and {mother} can be reached on {phone}.",
    ),
    (
        "en",
        "social",
        "f",
        "shocking news from {village}. {child_first} d/o {father} only {age} years. arrest {accused} now!!",
    ),
    (
        "en",
        "fir",
        "f",
        "Victim: Mst. {child} d/o {father}, aged {age}, r/o {chak}, {district}. Accused: {accused} s/o {relative}, r/o {village}.",
    ),
    (
        "en",
        "press",
        "f",
        "The {age}-year-old was playing outside her home in {street}, {mohalla} when she was lured away by {accused}, a vendor.",
    ),
    (
        "en",
        "press",
        "m",
        "{child}, a {age}-year-old student of {madrassa}, was allegedly beaten by his teacher {accused}. His father {father} approached the police.",
    ),
    (
        "en",
        "fir",
        "f",
        "Complaint by {mother}, widow of {father}, of {house}, {village}: her daughter {child} was taken away on {date}. Her B-form number is {bform}.",
    ),
    (
        "en",
        "social",
        "m",
        "This is {child_first} from {village}. He goes to {school}, class {class}. His abbu {father} is searching everywhere, call {phone}.",
    ),
    # Roman Urdu
    (
        "roman",
        "social",
        "f",
        "{district} mein {age} saal ki bachi {child} ke sath zyadti, mulzim {accused} giraftar. bachi ke walid {father} ne muqadma darj karwaya.",
    ),
    (
        "roman",
        "social",
        "m",
        "{village} ka rehne wala {age} sala {child_first} do din se lapata hai. uske walid {father} ka number {phone} hai.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Mudai {father} walad {relative} qaum {caste} sakin {village} ne bayan kiya ke meri beti {child} umar {age} saal ko {accused} agwa kar ke le gaya.",
    ),
    (
        "roman",
        "press",
        "f",
        "{rank} {officer} ke mutabiq mulzim {accused} ne {mohalla} ki rehaishi {child_first} ko school se wapsi par roka. bachi {school} mein parhti thi.",
    ),
    (
        "roman",
        "social",
        "f",
        "{child_first} bint {father} sirf {age} baras ki hai, {chak} ki rehne wali. insaaf do!",
    ),
    (
        "roman",
        "fir",
        "m",
        "Bayan {mother} zauja {father} sakna {house} {mohalla}: mera beta {child} jis ki umar {age} saal hai {madrassa} gaya tha wapis nahi aya.",
    ),
    (
        "roman",
        "social",
        "m",
        "bhaiyo ye {child_first} hai {village} se, {age} saal ka, is ke chacha {relative} ka raabta {phone}. share karein",
    ),
    (
        "roman",
        "press",
        "f",
        "police ne {age} sala larki {child} ko bazyab kara liya, mulzim {accused} walad {relative} ko hawalat mein band kar diya gaya.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Mst {child} dukhtar {father} qom {caste} sakin {chak} tehsil {district} ki umar {age} saal hai, B form {bform}.",
    ),
    (
        "roman",
        "social",
        "f",
        "{mohalla} {district} mein {child_first} naam ki {age} saal ki bachi ko uske hamsaye {accused} ne zakhmi kar diya.",
    ),
    (
        "roman",
        "press",
        "m",
        "{district} ke ilaqe {village} mein {age} saala bacha {child} nehar mein doob gaya, walid {father} ke mutabiq wo {school} ka talib tha.",
    ),
    (
        "roman",
        "social",
        "f",
        "{father} ki beti {child_first} ko insaf do. mulzim {accused} abhi tak azad hai. {village} walay ehtijaj kar rahe hain.",
    ),
    (
        "roman",
        "fir",
        "m",
        "mulzim {child} walad {father} umar {age} saal sakin {street} {mohalla} ko {date} ko giraftar kiya gaya, CNIC walid {cnic}.",
    ),
    (
        "roman",
        "social",
        "f",
        "{school} ki class {class} ki taliba {child} ke sath ustad {accused} ki ziadti. {district} police notice le.",
    ),
    # Urdu script
    (
        "ur",
        "fir",
        "f",
        "مسماۃ {child} دختر {father} قوم {caste} سکنہ {village} ضلع {district} عمر {age} سال نے بیان کیا کہ ملزم {accused} ولد {relative} نے اسے اغوا کیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{district} پولیس نے {age} سالہ بچی {child} سے زیادتی کے ملزم {accused} کو گرفتار کر لیا۔ بچی کے والد {father} کی درخواست پر مقدمہ درج کیا گیا۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{mohalla} کا رہائشی {age} سالہ {child_first} دو روز سے لاپتہ ہے، والد {father} نے پولیس سے رابطہ کیا۔ رابطہ نمبر {phone}",
    ),
    (
        "ur",
        "fir",
        "m",
        "مدعی {father} ولد {relative} سکنہ {house} {street} {mohalla} نے بتایا کہ اس کا بیٹا {child} عمر {age} سال {madrassa} سے واپس نہیں آیا۔",
    ),
    (
        "ur",
        "social",
        "f",
        "ننھی {child_first} کو انصاف دو! {village} کی {age} سالہ بچی کے ساتھ {accused} نے ظلم کیا۔ شیئر کریں",
    ),
    (
        "ur",
        "press",
        "f",
        "{rank} {officer} کے مطابق ملزم {accused} نے {school} کی طالبہ {child} کو راستے میں روکا۔ طالبہ جماعت {class} میں پڑھتی ہے۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "بیان مسماۃ {mother} زوجہ {father} قوم {caste} ساکن {chak}: میری بیٹی {child} تاریخ پیدائش {dob} گھر سے غائب ہے۔ شناختی کارڈ نمبر {cnic}",
    ),
    (
        "ur",
        "social",
        "m",
        "یہ {child_first} ہے، عمر {age} سال، {village} کا رہنے والا۔ اس کے ماموں {relative} کا نمبر {phone} ہے۔",
    ),
    (
        "ur",
        "press",
        "m",
        "پولیس نے {chak} سے {age} سالہ {child} کو بازیاب کرا لیا، بچے کے والد {father} نے پولیس کا شکریہ ادا کیا۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "متاثرہ {child} بنت {father} عمر {age} سال سکنہ {mohalla} ضلع {district}، ملزم {accused} ولد {relative} قوم {caste}۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{district} کے علاقے {village} میں {age} سالہ طالبہ {child} کو اغوا کر لیا گیا، والدہ {mother} کے مطابق وہ {school} جا رہی تھی۔",
    ),
    (
        "ur",
        "social",
        "f",
        "{father} کی بیٹی {child_first} کے قاتل {accused} کو سرعام پھانسی دو۔ {village} کے لوگ احتجاج کر رہے ہیں۔",
    ),
    (
        "ur",
        "fir",
        "m",
        "ملزم {child} ولد {father} عمر {age} سال ساکن {village} کو {date} کو گرفتار کیا گیا، ب فارم نمبر {bform}۔",
    ),
    (
        "ur",
        "press",
        "f",
        "کمسن {child_first} کے چچا {relative} نے بتایا کہ بچی {mohalla} میں اپنے گھر کے باہر کھیل رہی تھی۔",
    ),
]

# Second batch, written to widen the shapes the model and the rules are tuned on: news reports,
# Child Protection Bureau notes, missing-child alerts, FIR "brief facts", section 161 statements,
# WhatsApp forwards and posts; ages without an age word ("{child}, 9,", "only 9"), possessives,
# names at the start of a sentence, lists of relatives, particulars in "Label: value" form.
_TRAIN += [
    (
        "en",
        "press",
        "f",
        "{district}: The Child Protection and Welfare Bureau took custody of {child}, {age}, who was found begging near {mohalla}. Her mother {mother} told officials the family had come from {village}.",
    ),
    (
        "en",
        "press",
        "m",
        "Police on Tuesday arrested a man for allegedly molesting a {age}-year-old boy in {village}. The suspect, {accused}, was a neighbour of the family, a spokesperson said. The boy's father, {father}, lodged a complaint at the Saddar police station.",
    ),
    (
        "en",
        "fir",
        "f",
        "BRIEF FACTS: Complainant {father} son of {relative}, caste {caste}, resident of {house}, {mohalla}, stated that on {date} his daughter {child}, aged {age} years, left for {school} at 7:30 am and did not return.",
    ),
    (
        "en",
        "social",
        "f",
        "{child_first}, {age}, was last seen wearing a blue shirt near {street}, {mohalla}. Anyone with information please contact {phone}.",
    ),
    (
        "en",
        "press",
        "f",
        "The body of {child}, {age}, was recovered from a sugarcane field in {chak}, police said. The girl had gone missing on {date} while playing outside her house.",
    ),
    (
        "en",
        "press",
        "f",
        "According to the FIR, {accused} lured the minor, who is only {age}, to his shop in {mohalla} on the pretext of giving her sweets.",
    ),
    (
        "en",
        "press",
        "f",
        "A case was registered under sections 376 and 511 PPC against {accused} on the complaint of {mother}, whose daughter is a student of class {class} at {school}.",
    ),
    (
        "en",
        "press",
        "f",
        "{rank} {officer} visited the home of {child}'s family in {village} and assured her father {father} that justice would be done.",
    ),
    (
        "en",
        "social",
        "f",
        "We are heartbroken. Our {age} year old {child_first} has not come home since Friday evening. She studies in class {class} at {school}. Please share. Her abbu: {phone}",
    ),
    (
        "en",
        "social",
        "m",
        "Missing child alert: Name {child}, Father {father}, Age {age}, Address {house}, {street}, {mohalla}, {district}. Contact: {phone}.",
    ),
    (
        "en",
        "press",
        "f",
        "The accused, {accused}, 34, a rickshaw driver from {village}, used to drive {child_first} and other children to {school}.",
    ),
    (
        "en",
        "fir",
        "f",
        "Medico-legal examination of the victim, {child} d/o {father}, was conducted at DHQ Hospital {district}; she is {age}.",
    ),
    (
        "en",
        "fir",
        "m",
        "Statement under section 161 CrPC: I am {mother}, wife of {father}, resident of {chak}, tehsil {district}. My son {child_first} who is {age} went to {madrassa} for lessons and came back injured.",
    ),
    (
        "en",
        "press",
        "f",
        "{child} was only {age} when {accused} started working at the family's tea stall in {mohalla}, relatives said.",
    ),
    (
        "en",
        "press",
        "m",
        "Police have shifted the boy, {child_first}, to the CPWB. His uncle {relative} said the family belongs to the {caste} tribe of {village}.",
    ),
    (
        "en",
        "press",
        "f",
        "On receiving information, the team raided a house in {mohalla} and recovered {child}, a {age}-yr-old girl, and arrested {accused} s/o {relative}.",
    ),
    (
        "en",
        "social",
        "m",
        "He was just {age}. {child_first} from {village} drowned in a canal while his teacher {accused} looked away. RIP little one.",
    ),
    (
        "en",
        "press",
        "f",
        "The court remanded {accused} in judicial custody. The complainant, {father}, alleged that the accused had abducted his {age}-year old daughter {child_first} from outside {school}.",
    ),
    (
        "en",
        "fir",
        "f",
        "Name of victim: {child}. Parentage: {father}. Age: {age} yrs. Date of birth: {dob}. B-Form: {bform}. Residence: {village}, {district}.",
    ),
    (
        "en",
        "press",
        "f",
        "Teenager {child}, {age}, told the police she was kept at {accused}'s house in {street}, {mohalla} for three days.",
    ),
    (
        "en",
        "press",
        "f",
        "The family of {child_first}, a class {class} student of {school}, staged a protest outside the {district} Press Club demanding the arrest of {accused}.",
    ),
    (
        "en",
        "social",
        "f",
        "IMPORTANT: girl named {child_first} age {age} found near {chak}. Parents please contact {rank} {officer} or call {phone}.",
    ),
    (
        "en",
        "press",
        "f",
        "{mother} said her daughter {child_first} had been working as a domestic helper at the house of {accused} in {mohalla} since she was {age}.",
    ),
    (
        "en",
        "press",
        "m",
        "The suspect was identified as {accused}, resident of {village}. The victim, {child}, is the son of {father}, a labourer.",
    ),
    (
        "en",
        "press",
        "m",
        "Child rescued: {child} (age {age}), son of {father} of {village}, was recovered from a hotel where he worked for {accused}.",
    ),
    (
        "en",
        "social",
        "f",
        "Little {child_first}'s grandmother {mother} says the girl was {age} and loved going to {madrassa}.",
    ),
    (
        "en",
        "fir",
        "f",
        "CNIC of father ({father}): {cnic}. Child's B-Form: {bform}. Mobile of mother: {phone}.",
    ),
    (
        "en",
        "press",
        "f",
        "In {village}, a {age} year-old girl, {child_first}, was bitten by a stray dog, her cousin {relative} told reporters.",
    ),
    (
        "en",
        "press",
        "f",
        "The IO recorded the statements of {father}, his wife {mother} and the principal of {school}.",
    ),
    (
        "en",
        "press",
        "f",
        "Both the minor girl {child} and her father {father} belong to the {caste} community and live in {street}, {mohalla}.",
    ),
    (
        "en",
        "social",
        "f",
        "{child}, aged only {age}, has been missing from {house}, {village} since {date}.",
    ),
    (
        "en",
        "press",
        "m",
        "After a viral video, police traced the boy seen being beaten to {village}. He was identified as {child}, {age}, and the man beating him as his stepfather {accused}.",
    ),
    (
        "en",
        "fir",
        "f",
        "My name is {father} and I live in {mohalla}, {district}. My daughter {child_first}, {age}, was harassed by {accused} on her way to {school}.",
    ),
    (
        "en",
        "social",
        "f",
        "Alleged rapist {accused} arrested within hours; victim {child_first} ({age}) recovering at hospital, says {rank} {officer}.",
    ),
    (
        "en",
        "press",
        "m",
        "The deceased boy, {child}, {age}, a student of {madrassa}, was the eldest son of {father}.",
    ),
    (
        "en",
        "press",
        "f",
        "Police said {accused} had confessed to killing {child_first}, whose body was found in a drain near {street}, {mohalla}, two days after she went missing.",
    ),
    (
        "en",
        "press",
        "f",
        "{relative}, the maternal uncle of the victim, told reporters that {child_first} was {age} years and three months old.",
    ),
    (
        "en",
        "social",
        "m",
        "Share maximum! {child} s/o {father}, caste {caste}, missing from {chak} since morning. He is {age} and cannot speak properly.",
    ),
    (
        "en",
        "fir",
        "f",
        "Victim's particulars - name: {child}; age: {age}; father: {father}; mother: {mother}; address: {house}, {street}, {mohalla}.",
    ),
    (
        "en",
        "press",
        "m",
        "{rank} {officer} said that {accused} and his accomplice {relative} had kept the boy, {child_first}, in chains at a brick kiln in {village}.",
    ),
    (
        "en",
        "press",
        "f",
        "The girl, {age}, was married off to {accused} in exchange for a debt owed by her father {father} of {chak}.",
    ),
    (
        "en",
        "social",
        "f",
        "{child_first} is {age}. She was sold to {accused} by her stepmother {mother} for Rs 50,000.",
    ),
    (
        "en",
        "social",
        "m",
        "ATTENTION: {child} SON OF {father} AGED {age} YEARS RESIDENT OF {village} IS MISSING. CALL {phone}.",
    ),
    (
        "en",
        "press",
        "m",
        "Police have registered a case against the principal of {school}, {accused}, for beating a {age}-year-old pupil, {child}.",
    ),
    (
        "en",
        "press",
        "m",
        "Spokesperson: The recovered children include {child}, {age}, of {mohalla} and a boy from {village}.",
    ),
    (
        "en",
        "fir",
        "f",
        "In her complaint, {mother} stated that her daughter {child_first}, aged around {age}, was taken by {accused} in a white car from {street}.",
    ),
    (
        "en",
        "social",
        "f",
        "Dear all, {child_first} ({age}) daughter of {father} from {village} is in critical condition at the hospital. Please pray.",
    ),
    (
        "en",
        "press",
        "m",
        "{father}, a farmer from {village}, told the court that his son {child_first} was {age} and a student of {school}.",
    ),
    # Roman Urdu
    (
        "roman",
        "press",
        "m",
        "{district} police ne {age} saal ke bache {child} ko {village} se bazyab kar liya, mulzim {accused} faraar hai.",
    ),
    (
        "roman",
        "social",
        "f",
        "Mere bhai {father} ki beti {child_first} jis ki umar sirf {age} saal hai kal se ghar nahi aayi. {mohalla} {district}. Rabta: {phone}",
    ),
    (
        "roman",
        "fir",
        "f",
        "Mudai {father} walad {relative} sakin {chak} ne thane mein darkhwast di ke uski beti {child} {school} se wapas nahi ayi.",
    ),
    (
        "roman",
        "social",
        "m",
        "{child_first} sirf {age} baras ka tha jab {accused} ne usay {village} se agwa kiya.",
    ),
    (
        "roman",
        "social",
        "f",
        "Hamare mohalle {mohalla} ki {age} saal ki bachi {child_first} ke sath ziadti karne wala {accused} abhi tak azad hai.",
    ),
    (
        "roman",
        "press",
        "m",
        "{village} mein {accused} naami shakhs ne {age} sala larke {child} par tashadud kiya. Bache ke walid {father} ne FIR darj karwai.",
    ),
    (
        "roman",
        "fir",
        "m",
        "Ittila di jati hai ke {child} walad {father} umr {age} saal qaum {caste} {house} {street} {mohalla} se lapata hai. Mobile {phone}",
    ),
    (
        "roman",
        "press",
        "f",
        "{rank} {officer} ne {child_first} ke ghar {village} ka daura kiya aur uske walid {father} ko insaf ki yaqeen dehani karai.",
    ),
    (
        "roman",
        "social",
        "f",
        "{school} ki taliba {child} jo class {class} mein parhti hai, usay {accused} rozana tang karta tha.",
    ),
    (
        "roman",
        "press",
        "f",
        "Bachi ki walida {mother} ke mutabiq {child_first} {madrassa} gayi thi magar wapas nahi aayi.",
    ),
    (
        "roman",
        "press",
        "f",
        "{child} ({age}) bint {father} ko {accused} ne {mohalla} se uthaya, police ne muqadma darj kar liya.",
    ),
    (
        "roman",
        "social",
        "m",
        "yaar ye dekho {village} ka {age} saal ka bacha {child_first} mazdoori kar raha hai {accused} ki dukaan pe",
    ),
    (
        "roman",
        "fir",
        "m",
        "Mulzim {accused} walad {relative} sakin {village} ne {age} sala {child} ko zakhmi kar diya.",
    ),
    (
        "roman",
        "social",
        "m",
        "{father} ka beta {child_first} {age} saal ka hai aur {school} mein class {class} ka talib hai.",
    ),
    (
        "roman",
        "social",
        "m",
        "Gumshuda bacha: naam {child}, walid ka naam {father}, umar {age} saal, pata {house} {mohalla} {district}, rabta {phone}",
    ),
    (
        "roman",
        "press",
        "f",
        "{mother} ne bataya ke unki beti {child_first} ki umar {age} baras hai aur wo {chak} mein rehti hai.",
    ),
    (
        "roman",
        "press",
        "f",
        "police ke mutabiq {accused} ne {child} naami bachi ko mithai ka lalach de kar {street} le gaya.",
    ),
    (
        "roman",
        "social",
        "f",
        "{caste} biradari ke log {village} mein jama hue aur {child_first} ke qatil {accused} ki giraftari ka mutalba kiya.",
    ),
    (
        "roman",
        "press",
        "m",
        "FIR ke mutabiq {child} jo {father} ka beta hai, {madrassa} mein hifz kar raha tha jahan qari {accused} ne usay mara.",
    ),
    (
        "roman",
        "fir",
        "f",
        "CNIC {cnic} wale {father} ne bataya ke unki beti {child_first} ka B form number {bform} hai.",
    ),
    (
        "roman",
        "social",
        "f",
        "{age} saal ki {child_first} ko uske chacha {relative} ne {village} se bazyab karwaya.",
    ),
    (
        "roman",
        "press",
        "m",
        "{district} ke gaon {village} mein {age} saala {child} ko kutte ne kaat liya, walid {father} ne hospital pohanchaya.",
    ),
    (
        "roman",
        "social",
        "m",
        "ALERT: {child} UMAR {age} SAAL {mohalla} SE GUMSHUDA HAI. WALID {father} SE RABTA KAREN {phone}",
    ),
    (
        "roman",
        "press",
        "f",
        "{accused} ne iqrar kiya ke usne {child_first} ko {date} ko {street} se agwa kiya tha.",
    ),
    (
        "roman",
        "press",
        "m",
        "Bachay {child} ki phuphi {relative} ne kaha ke {accused} pehle bhi bachon ko tang karta raha hai.",
    ),
    (
        "roman",
        "social",
        "m",
        "{child_first} {age} saal, {school}, {village} - ye bacha kal shaam se lapata hai, share karein.",
    ),
    (
        "roman",
        "press",
        "f",
        "mulzima {accused} ne {age} saala mulazma {child} par garam istri rakh di, bachi ka talluq {village} se hai.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Bayan halfi: mein {mother} zauja {father} sakna {chak}, meri beti {child} tareekh paidaish {dob} ghar se lapata hai.",
    ),
    (
        "roman",
        "press",
        "f",
        "{rank} {officer} ki hidayat par team ne {mohalla} mein chhapa mara aur {age} sala {child_first} ko bazyab kar liya.",
    ),
    (
        "roman",
        "social",
        "m",
        "{father} qaum {caste} ne kaha unka beta {child_first} sirf {age} ka hai.",
    ),
    (
        "roman",
        "social",
        "f",
        "insaf chahiye! {child} jo {village} ki rehne wali thi, {accused} ke zulm ka shikaar hui.",
    ),
    (
        "roman",
        "press",
        "m",
        "{child_first} ke walidain {father} aur {mother} {mohalla} mein kiraye ke ghar mein rehte hain.",
    ),
    (
        "roman",
        "social",
        "f",
        "pichle haftay {village} se {age} saal ki {child} lapata hui thi, aaj uski laash mili. {accused} giraftar.",
    ),
    (
        "roman",
        "press",
        "f",
        "Thana City mein {accused} ke khilaf {child_first} ({age} saal) se ziadti ka muqadma darj kar liya gaya.",
    ),
    (
        "roman",
        "fir",
        "m",
        "{child} umar {age} saal ko uske mamu {relative} ne {madrassa} mein dakhil karwaya tha.",
    ),
    # Urdu script
    (
        "ur",
        "press",
        "f",
        "{district} (نمائندہ) {village} میں {age} سالہ بچی {child} کو اغوا کرنے والا ملزم {accused} گرفتار کر لیا گیا۔",
    ),
    (
        "ur",
        "press",
        "m",
        "پولیس کے مطابق {child} ولد {father} سکنہ {mohalla} کی عمر {age} برس ہے اور وہ {school} میں زیر تعلیم ہے۔",
    ),
    (
        "ur",
        "social",
        "m",
        "گمشدہ بچے کی تلاش: نام {child}، والد کا نام {father}، عمر {age} سال، پتہ {house} {street} {mohalla}۔ رابطہ {phone}",
    ),
    (
        "ur",
        "press",
        "f",
        "{accused} نے {age} سالہ {child_first} کو مٹھائی کا لالچ دے کر اپنے گھر بلایا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "مقتولہ {child} کی والدہ {mother} نے بتایا کہ ان کی بیٹی {madrassa} سے واپس آ رہی تھی۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{rank} {officer} نے {village} میں {child_first} کے گھر جا کر اس کے والد {father} سے ملاقات کی۔",
    ),
    (
        "ur",
        "fir",
        "m",
        "ملزم {accused} ولد {relative} قوم {caste} ساکن {chak} نے اعتراف جرم کر لیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{child_first} صرف {age} برس کی تھی جب اسے {accused} کے گھر ملازمہ رکھا گیا۔",
    ),
    (
        "ur",
        "fir",
        "m",
        "مدعیہ {mother} زوجہ {father} نے تھانہ میں درخواست دی کہ اس کا بیٹا {child} {date} سے لاپتہ ہے۔",
    ),
    (
        "ur",
        "press",
        "m",
        "ننھے {child_first} کے چچا {relative} کا کہنا ہے کہ بچہ {school} میں جماعت {class} کا طالب علم تھا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{village} کے رہائشی {father} کی {age} سالہ بیٹی {child_first} نہر میں ڈوب گئی۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "بچی {child} بنت {father}، عمر تقریباً {age} سال، تاریخ پیدائش {dob}، ب فارم {bform}۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{mohalla} میں {accused} نامی شخص نے کمسن {child} پر تشدد کیا۔",
    ),
    (
        "ur",
        "social",
        "f",
        "متاثرہ بچی کا تعلق {caste} برادری سے ہے اور وہ {village} کی رہائشی ہے، نام {child_first} ہے۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{child} ({age}) کو چائلڈ پروٹیکشن بیورو منتقل کر دیا گیا، والد {father} کا شناختی کارڈ نمبر {cnic} ہے۔",
    ),
    (
        "ur",
        "social",
        "f",
        "اطلاع: {child_first} عمر {age} سال {chak} سے گم ہو گئی ہے، جس کو ملے وہ {phone} پر رابطہ کرے۔",
    ),
    (
        "ur",
        "press",
        "f",
        "ملزمہ {accused} نے {age} سالہ گھریلو ملازمہ {child} کو تشدد کا نشانہ بنایا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{father} نے پولیس کو بتایا کہ ان کی بیٹی {child_first} {school} سے چھٹی کے بعد گھر نہیں پہنچی۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{district} کے نواحی گاؤں {village} میں {age} سالہ {child} کے ساتھ زیادتی کی گئی۔",
    ),
    (
        "ur",
        "social",
        "f",
        "{child_first} کی خالہ {relative} نے بتایا کہ بچی {madrassa} میں قرآن پڑھتی تھی۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{accused} اور {relative} کو {child} کے اغوا کے الزام میں گرفتار کیا گیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{rank} {officer} کی ہدایت پر پولیس نے {mohalla} میں چھاپہ مار کر {age} سالہ {child_first} کو بازیاب کرایا۔",
    ),
    (
        "ur",
        "social",
        "f",
        "یہ ہے {child_first}، {age} سال کی، {village} سے۔ اس کی والدہ {mother} انصاف مانگ رہی ہیں۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{child} جس کی عمر {age} سال ہے، اپنے ماموں {relative} کے ساتھ {street} {mohalla} میں رہتا ہے۔",
    ),
    (
        "ur",
        "fir",
        "m",
        "مقدمہ {father} کی مدعیت میں درج کیا گیا جس کے مطابق ملزم {accused} نے اس کے بیٹے {child_first} کو زخمی کیا۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{village} میں {caste} برادری کے {father} کے {age} سالہ بیٹے {child} کو قتل کر دیا گیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{school} کی طالبہ {child_first} کو استاد {accused} نے سزا دی، والدین {father} اور {mother} نے احتجاج کیا۔",
    ),
    (
        "ur",
        "social",
        "m",
        "شیئر کریں! {child} ولد {father} عمر {age} سال ساکن {village} کل سے لاپتہ ہے۔ رابطہ {phone}",
    ),
    (
        "ur",
        "press",
        "m",
        "{age} برس کا {child_first} اپنے دادا {relative} کے ساتھ {chak} میں رہتا تھا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "ملزم {accused} نے بچی {child} کو {house} {mohalla} میں قید رکھا ہوا تھا۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "{mother} بیوہ {father} نے بتایا کہ اس کی بیٹی {child_first} کی عمر {age} سال ہے۔",
    ),
    (
        "ur",
        "press",
        "f",
        "ایف آئی آر نمبر {fir} کے مطابق {child} کو {date} کو {village} سے اغوا کیا گیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{district}: {child_first} ({age}) کے قاتل {accused} کو عدالت نے سزائے موت سنا دی۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "{father} ولد {relative} نے بیان دیا کہ اس کی بیٹی {child} {madrassa} سے گھر نہیں لوٹی۔",
    ),
    (
        "ur",
        "social",
        "f",
        "{child_first} {age} سال کی ہے اور {school} میں پڑھتی ہے، اس کے والد {father} مزدور ہیں۔",
    ),
]

# Third batch: headlines ("X قتل کیس"), "identified as", "X سمیت", "X پر الزام", a case named
# after its victim, object and agent positions without a cue word.
_TRAIN += [
    (
        "ur",
        "press",
        "f",
        "{child_first} قتل کیس: پولیس نے مرکزی ملزم {accused} کو گرفتار کر لیا، بچی کے ورثا نے {village} میں احتجاج ختم کر دیا۔",
    ),
    (
        "ur",
        "press",
        "m",
        "ملزم کی شناخت {accused} کے نام سے ہوئی ہے جو {mohalla} کا رہائشی ہے اور اس نے {age} سالہ {child_first} کو ورغلا کر اغوا کیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{child_first} گھر کے باہر کھیل رہی تھی کہ نامعلوم افراد اسے اٹھا کر لے گئے، والد {father} نے بتایا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "پولیس نے {accused} سمیت تین ملزمان کو حراست میں لے لیا، مقتولہ {child} کی لاش {chak} کے کھیتوں سے ملی تھی۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "سائل {father} ولد {relative} قوم {caste} سکنہ {village} بیان کرتا ہے کہ میری بیٹی {child} عمر {age} سال کو ملزم {accused} ورغلا کر لے گیا ہے۔",
    ),
    (
        "ur",
        "social",
        "f",
        "میری بیٹی {child_first} کو انصاف دلایا جائے، {mother} نے روتے ہوئے اپیل کی۔ ملزم {accused} اب بھی آزاد ہے۔",
    ),
    (
        "ur",
        "press",
        "m",
        "وزیر اعلیٰ نے {village} میں {age} سالہ بچے {child} سے زیادتی کے واقعے کا نوٹس لے لیا۔",
    ),
    (
        "ur",
        "press",
        "m",
        "زخمی بچے {child_first} کو ہسپتال منتقل کر دیا گیا جہاں اس کی حالت تشویشناک ہے، بچے کے چچا {relative} کے مطابق وہ {school} کا طالب علم ہے۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{accused} پر الزام ہے کہ اس نے {mohalla} میں پڑوس میں رہنے والی {age} سالہ {child_first} کو گھر بلا کر زیادتی کا نشانہ بنایا۔",
    ),
    (
        "ur",
        "social",
        "m",
        "{father} کا کہنا ہے کہ ان کا بیٹا {child_first} صبح {madrassa} گیا تھا اور اب تک واپس نہیں آیا۔ رابطہ نمبر {phone}",
    ),
    (
        "ur",
        "press",
        "f",
        "جاں بحق ہونے والی بچی {child} کے والد {father} نے بتایا کہ ان کا تعلق {caste} برادری سے ہے۔",
    ),
    (
        "ur",
        "press",
        "f",
        "عدالت نے {accused} کو {child_first} کیس میں سزائے موت اور جرمانے کی سزا سنا دی۔",
    ),
    (
        "ur",
        "fir",
        "m",
        "مغوی بچہ {child} ولد {father} عمر {age} سال تاحال بازیاب نہیں ہو سکا، اس کا ب فارم نمبر {bform} ہے۔",
    ),
    (
        "ur",
        "press",
        "f",
        "بچی کی والدہ {mother} اور نانی {relative} نے {district} پریس کلب کے باہر مظاہرہ کیا۔",
    ),
    (
        "ur",
        "social",
        "f",
        "{village} کی {child_first} آج بھی انصاف کی منتظر ہے۔ {accused} کو گرفتار کرو!",
    ),
    (
        "ur",
        "press",
        "m",
        "تفتیشی افسر کے مطابق {accused} اور اس کے ساتھی {relative} نے {child_first} کو تاوان کے لیے اغوا کیا تھا۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "مسمی {accused} ولد {relative} ساکن {mohalla} نے میری نابالغ بیٹی {child_first} کو {house} میں زبردستی رکھا۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{child} کی گمشدگی کی رپورٹ {date} کو درج کرائی گئی تھی، بچہ {school} میں جماعت {class} کا طالب علم ہے۔",
    ),
    (
        "ur",
        "social",
        "f",
        "بدقسمت {child_first} کے قاتلوں کو سرعام پھانسی دی جائے، {village} کے شہریوں کا مطالبہ۔",
    ),
    (
        "ur",
        "press",
        "f",
        "پولیس نے {child} کو {accused} کے گھر سے بازیاب کرا کے اس کی والدہ {mother} کے حوالے کر دیا۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{age} سالہ {child} اپنے والد {father} کے ساتھ {chak} سے شہر آیا تھا کہ بس اڈے سے لاپتہ ہو گیا۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "متاثرہ کا نام {child}، والدہ کا نام {mother}، رہائش {street} {mohalla}، فون {phone}۔",
    ),
    (
        "roman",
        "social",
        "f",
        "{child_first} qatl case: mulzim {accused} giraftar, bachi ke waris {village} mein dharna khatam kar chuke.",
    ),
    (
        "roman",
        "press",
        "m",
        "Mulzim ki shanakht {accused} ke naam se hui jo {mohalla} ka rehaishi hai.",
    ),
    (
        "roman",
        "social",
        "f",
        "{child_first} ghar ke bahar khel rahi thi ke koi usay utha kar le gaya, walid {father} ne bataya. Umar sirf {age} saal.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Sail {father} walad {relative} qom {caste} sakin {village} bayan karta hai ke meri beti {child} ko {accused} warghala kar le gaya.",
    ),
    (
        "roman",
        "social",
        "m",
        "meri {age} saal ki bhanji {child_first} {school} se wapas nahi aayi, mamu {relative} pareshan hain, koi dekhe to {phone} pe call kare",
    ),
    (
        "roman",
        "press",
        "m",
        "Adalat ne {accused} ko {child_first} case mein umar qaid ki saza suna di.",
    ),
    (
        "roman",
        "press",
        "f",
        "{accused} par ilzam hai ke usne {mohalla} mein {age} saala {child_first} ko ghar bula kar ziadti ki.",
    ),
    (
        "roman",
        "social",
        "f",
        "Justice for {child_first}!! {village} ki ye beti abhi bhi insaf ki muntazir hai, {accused} ko phansi do",
    ),
    (
        "roman",
        "fir",
        "m",
        "Gumshuda {child} s/o {father}, umar {age} baras, {house} {street} {mohalla}, B form {bform}.",
    ),
    (
        "en",
        "press",
        "f",
        "{child_first} murder case: prime suspect {accused} held; the girl's family ends sit-in at {village}.",
    ),
    (
        "en",
        "press",
        "m",
        "The suspect was identified as {accused}, a resident of {mohalla}, who allegedly lured {child_first}, {age}, with the promise of a toy.",
    ),
    (
        "en",
        "social",
        "f",
        "{child_first} was playing outside her house when unknown men took her away, her father {father} said. She is {age}.",
    ),
    (
        "en",
        "press",
        "m",
        "The court awarded life imprisonment to {accused} in the {child_first} case; the boy's mother {mother} wept in the courtroom.",
    ),
    (
        "en",
        "fir",
        "f",
        "Applicant {father} son of {relative}, by caste {caste}, resident of {village}, states that his daughter {child}, aged {age}, was enticed away by {accused}.",
    ),
    (
        "en",
        "social",
        "m",
        "pls share. my cousin {child_first} ({age} yrs) is missing since morning near {school}. call {relative} at {phone}",
    ),
    (
        "en",
        "press",
        "f",
        "{accused} is accused of luring {child_first}, a {age}-year-old neighbour in {mohalla}, into his house.",
    ),
    (
        "en",
        "press",
        "m",
        "Rescue 1122 shifted the injured boy, {child}, to hospital; his grandfather {relative} said the family lives in {street}, {mohalla}.",
    ),
    (
        "en",
        "press",
        "f",
        "Speaking to the media, {mother} said her daughter {child_first} had studied at {school} until class {class}.",
    ),
    (
        "en",
        "fir",
        "m",
        "Missing since {date}: {child} s/o {father}, {age} years, caste {caste}, {house}, {chak}. B-Form {bform}.",
    ),
]

# Fourth batch: a last check before it joined the training set (Urdu kin words such as
# بھتیجا, "X خاندان", a maid's name after ملازمہ).
_TRAIN += [
    (
        "ur",
        "press",
        "f",
        "{district} کے تھانہ صدر کی حدود میں {age} سالہ {child} کو مبینہ طور پر زیادتی کے بعد قتل کر دیا گیا، مقتولہ کے والد {father} نے بتایا کہ وہ {village} کے رہائشی ہیں۔",
    ),
    (
        "ur",
        "social",
        "m",
        "میرا بھتیجا {child_first} کل شام سے گھر نہیں آیا، عمر {age} سال، {school} کا طالب علم ہے۔ کسی کو ملے تو {phone} پر اطلاع دیں۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "من مسمی {father} ولد {relative} قوم {caste} سکنہ {house} {mohalla} بیان کرتا ہوں کہ میری دختر {child} جس کی عمر {age} سال ہے، گھر سے غائب ہے۔",
    ),
    (
        "ur",
        "press",
        "m",
        "پولیس نے بچے {child_first} سے بدفعلی کرنے والے دو ملزمان {accused} اور {relative} کو گرفتار کر کے مقدمہ درج کر لیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{child_first} کی والدہ {mother} کا کہنا تھا کہ ان کی بیٹی روزانہ {madrassa} جاتی تھی۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{chak} میں نہر سے {age} سالہ بچے کی لاش ملی جس کی شناخت {child} کے نام سے ہوئی۔",
    ),
    (
        "ur",
        "social",
        "f",
        "ہماری بیٹی {child_first} کے ساتھ ظلم کرنے والے {accused} کو کڑی سزا دی جائے۔ {village} کے عوام",
    ),
    (
        "ur",
        "press",
        "m",
        "چائلڈ پروٹیکشن بیورو نے {mohalla} سے بھیک مانگتے {age} سالہ {child} کو تحویل میں لے لیا، اس کے والد {father} نشے کے عادی ہیں۔",
    ),
    (
        "ur",
        "press",
        "f",
        "ملزمہ {accused} کے گھر سے بازیاب ہونے والی کمسن ملازمہ {child_first} کے جسم پر تشدد کے نشانات تھے۔",
    ),
    (
        "ur",
        "fir",
        "m",
        "وقوعہ: مورخہ {date} کو {child} ولد {father} سکول سے واپسی پر {street} {mohalla} سے لاپتہ ہو گیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{child_first} کے ماموں {relative} نے الزام لگایا کہ پولیس ملزم {accused} کو تحفظ دے رہی ہے۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{village} میں {caste} خاندان کے {age} سالہ لڑکے {child_first} کو اس کے چچا زاد {relative} نے قتل کر دیا۔",
    ),
    (
        "roman",
        "social",
        "f",
        "meri bhanji {child_first} {age} saal ki hai, {madrassa} gayi thi wapas nahi aayi. uski ammi {mother} ka number {phone}",
    ),
    (
        "roman",
        "press",
        "m",
        "{district} police ne {age} sala {child} ke qatil {accused} ko {village} se giraftar kar liya.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Mudaiya {mother} zoja {father} sakin {chak} ne bataya ke uski beti {child_first} ko {accused} bhaga kar le gaya.",
    ),
    (
        "roman",
        "social",
        "m",
        "{child_first} ko kal {school} ke bahar se kisi ne utha liya, chacha {relative} ne police ko ittila di.",
    ),
    (
        "roman",
        "press",
        "f",
        "{mohalla} ki rehaishi {age} saala {child} ke sath ziadti, mulzim {accused} farar.",
    ),
    (
        "en",
        "press",
        "f",
        "The Child Protection Bureau rescued {child}, {age}, from the house of {accused} in {mohalla}, where she worked as a maid.",
    ),
    (
        "en",
        "fir",
        "m",
        "Complainant {father} s/o {relative} r/o {village} reported that his son {child_first}, a student of {madrassa}, was beaten by {accused}.",
    ),
    (
        "en",
        "social",
        "f",
        "Please help find {child_first}. She is {age}, wearing a pink frock, last seen in {street}, {mohalla}. Contact her mother {mother}: {phone}",
    ),
    (
        "en",
        "press",
        "m",
        "{accused}, who ran a tuck shop near {school}, has been arrested for abusing a {age}-year-old boy.",
    ),
    (
        "en",
        "press",
        "f",
        "Police said {child_first}'s uncle {relative} and a neighbour had been taken into custody; the family belongs to {chak}.",
    ),
    # Written later, from the shapes the reference describes (notices with fields, court and
    # school reports, hearsay after "kehte hain ke", clauses after کہ, reflexives), to widen
    # what the model sees; none is an evaluation template.
    (
        "en",
        "fir",
        "f",
        "MISSING CHILD NOTICE\nName: {child}\nFather's name: {father}\nAge: {age} years\nAddress: {house}, {mohalla}, {district}\nAnyone with information please call {phone}.",
    ),
    (
        "en",
        "press",
        "f",
        "{rank} {officer} took notice of the torture of a minor domestic worker. The girl, identified as {child_first}, had been employed at the residence of {accused} for two years. Her parents live in {village}.",
    ),
    (
        "en",
        "press",
        "m",
        "During the hearing, counsel for {accused} argued that {child}, the alleged victim, had given contradictory statements. The boy's mother, {mother}, was present in court.",
    ),
    (
        "en",
        "press",
        "f",
        "The body of {child}, who had gone missing from {mohalla} on {date}, was found in a sugarcane field near {village}.",
    ),
    (
        "en",
        "social",
        "f",
        "Update: {child_first} has been found safe at {mohalla}. Thanks to everyone who shared. Special thanks to {relative} and the {district} police.",
    ),
    (
        "en",
        "fir",
        "m",
        "According to the FIR, {father}, a labourer, said that his son {child_first}, who studies at {school}, did not return home after school.",
    ),
    (
        "en",
        "press",
        "f",
        "{child} ({age}) and her cousin were playing outside their home in {street}, {mohalla}, when a man on a motorcycle took her.",
    ),
    (
        "en",
        "press",
        "m",
        "Police arrested a cleric, {accused}, who taught at {madrassa}, after parents of a {age}-year-old student complained.",
    ),
    (
        "en",
        "press",
        "f",
        "In a video statement, {mother} appealed to the Chief Minister to help recover her daughter {child_first}. The family, of the {caste} caste, lives in {chak}.",
    ),
    (
        "en",
        "press",
        "m",
        "The accused, identified as {accused} of {village}, was presented before the magistrate and sent on judicial remand for abusing a boy.",
    ),
    (
        "en",
        "press",
        "f",
        "Brother of the victim, {relative}, told reporters that {child_first} was a bright student of class {class} and wanted to become a doctor.",
    ),
    (
        "en",
        "press",
        "m",
        "A teenage boy was allegedly assaulted by two men in {village}. The police named the suspects as {accused} and his friend. The victim, {child_first}, {age}, was medically examined at the THQ hospital.",
    ),
    (
        "en",
        "fir",
        "f",
        "Ref: FIR {fir}. Name of minor: {child}. D.O.B: {dob}. B-Form No: {bform}. Guardian: {father} (father), CNIC {cnic}.",
    ),
    (
        "en",
        "social",
        "f",
        "We demand justice for little {child_first} of {mohalla}! Her family has been waiting for months.",
    ),
    (
        "en",
        "press",
        "f",
        "Mr {father}, whose daughter was abducted last week, said the police had not yet traced {accused}. The girl is {age} years old.",
    ),
    (
        "en",
        "press",
        "f",
        "The girl's grandfather, {relative}, a retired school teacher, said she was studying at {school}.",
    ),
    (
        "en",
        "press",
        "m",
        "SHO {officer} said that {accused}, a rickshaw driver from {mohalla}, had confessed to the crime.",
    ),
    (
        "en",
        "social",
        "f",
        "Sir, my niece {child_first} is missing since yesterday from {house}, {street}, {mohalla}. Please help. Her father's number is {phone}.",
    ),
    (
        "en",
        "fir",
        "m",
        "The court was told that the accused {accused} son of {relative} had lured the {age} year old boy to his shop.",
    ),
    (
        "en",
        "press",
        "f",
        "{child}, a {age}-year-old resident of {village}, sustained burns when her employer {accused} poured hot water on her.",
    ),
    (
        "en",
        "press",
        "m",
        "Children rescued from the brick kiln include {child}, {age}, whose father {father} owed the kiln owner money.",
    ),
    (
        "en",
        "press",
        "m",
        "Police have identified the deceased as {child} son of {father}, caste {caste}, resident of {chak}.",
    ),
    ("en", "social", "f", "Girl, {age}, raped in {village}; suspect {accused} at large"),
    (
        "en",
        "fir",
        "f",
        "On {date}, the complainant, {mother}, reported that her daughter had been harassed on her way to {school} by {accused}.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Gumshuda bachi ki talash: naam {child}, walid ka naam {father}, umar {age} saal, pata {house} {mohalla} {district}. Ittila dene walay {phone} par rabta karein.",
    ),
    (
        "roman",
        "press",
        "m",
        "{village} mein {age} saala bachay ko qatal kar diya gaya, maqtool ki shanakht {child} ke naam se hui.",
    ),
    (
        "roman",
        "press",
        "f",
        "Police ne {accused} ko giraftar kar liya jis par {child_first} naami bachi ko agwa karne ka ilzam hai.",
    ),
    (
        "roman",
        "social",
        "f",
        "Meri beti {child_first} {school} mein parhti hai, kal se ghar wapas nahi aayi. Koi maloomat ho to {phone} par call karein. {mother}",
    ),
    (
        "roman",
        "fir",
        "m",
        "Mulzim {accused} walad {relative} qaum {caste} sakin {village} ne iqbal-e-jurm kar liya.",
    ),
    (
        "roman",
        "press",
        "m",
        "{mohalla} ke rehne walay {father} ka beta {child_first} nehar mein doob gaya.",
    ),
    (
        "roman",
        "press",
        "f",
        "Adalat ne {child} ziadti case mein mulzim {accused} ko 25 saal qaid ki saza sunayi.",
    ),
    (
        "roman",
        "social",
        "m",
        "bhai logo {chak} ka {age} saal ka bacha {child_first} lapata hai, uske mamu {relative} ka number {phone}",
    ),
    (
        "roman",
        "press",
        "f",
        "{rank} {officer} ne {child} ke ghar {mohalla} ja kar walidain se mulaqat ki aur insaaf ki yaqeen dihani karai.",
    ),
    (
        "roman",
        "press",
        "f",
        "Tashadud ka shikar hone wali gharelu mulazima {child_first} ko {accused} ke ghar se bazyab kar liya gaya, bachi {village} ki rehne wali hai.",
    ),
    (
        "roman",
        "press",
        "m",
        "Qari {accused} par {madrassa} ke {age} saala talib ilm {child_first} par tashaddud ka muqadma darj.",
    ),
    (
        "roman",
        "fir",
        "f",
        "FIR ke mutabiq mudai {father} ne bataya ke uski beti {child} jo {school} mein jamaat {class} ki taliba hai, school se wapas nahi aayi.",
    ),
    ("roman", "social", "f", "{child_first} ki nani {mother} ne kaha ke hamein insaaf chahiye."),
    (
        "roman",
        "social",
        "m",
        "Ittila: {street} {mohalla} se {age} saal ka ladka gum hai, naam {child_first}, rang gora. Abbu {father}.",
    ),
    (
        "roman",
        "press",
        "f",
        "Mulzima {accused} ne apni sauteli beti {child} ko garam istri se jalaya.",
    ),
    (
        "roman",
        "social",
        "f",
        "Ye {child_first} hai jo {village} mein rehti thi, is ke sath jo hua woh sharmnak hai.",
    ),
    (
        "roman",
        "press",
        "f",
        "{district} police: {age} saala {child} ke qatil {accused} ko {village} se giraftar kar liya gaya.",
    ),
    (
        "roman",
        "press",
        "m",
        "Bachay ke chacha {relative} ke mutabiq {child_first} dopahar ko dukan se sauda lene gaya tha.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Mazloom bachi {child} dukhtar {father} sakna {chak} ko DHQ hospital muntaqil kar diya gaya.",
    ),
    (
        "roman",
        "press",
        "f",
        "{accused} aur uske sathi ne {mohalla} mein {child_first} ko zabardasti gari mein bitha liya.",
    ),
    (
        "roman",
        "press",
        "f",
        "Khandan ka taalluq {caste} biradari se hai aur woh {village} mein kai saal se aabad hain.",
    ),
    (
        "roman",
        "fir",
        "f",
        "B form number {bform}, naam {child}, tareekh paidaish {dob}, walid {father}.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Bachi {child_first} ki walida {mother} ne police ko darkhwast di ke {accused} use pareshan karta hai.",
    ),
    (
        "roman",
        "press",
        "m",
        "{child} ko {madrassa} se chhutti ke baad {accused} apne ghar le gaya, police ne bataya.",
    ),
    (
        "ur",
        "fir",
        "f",
        "گمشدگی کا اعلان: نام {child}، والد کا نام {father}، عمر {age} سال، پتہ {house} {mohalla} {district}۔ اطلاع دینے والے {phone} پر رابطہ کریں۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{village} میں {age} سالہ بچے کو قتل کر دیا گیا، مقتول کی شناخت {child} کے نام سے ہوئی۔",
    ),
    (
        "ur",
        "press",
        "f",
        "پولیس نے {accused} کو گرفتار کر لیا جس پر {child_first} نامی بچی کو اغوا کرنے کا الزام ہے۔",
    ),
    (
        "ur",
        "social",
        "f",
        "میری بیٹی {child_first} {school} میں پڑھتی ہے، کل سے گھر واپس نہیں آئی۔ کوئی معلومات ہوں تو {phone} پر کال کریں۔",
    ),
    (
        "ur",
        "fir",
        "m",
        "ملزم {accused} ولد {relative} قوم {caste} ساکن {village} نے اعتراف جرم کر لیا۔",
    ),
    ("ur", "press", "m", "{mohalla} کے رہنے والے {father} کا بیٹا {child_first} نہر میں ڈوب گیا۔"),
    ("ur", "social", "f", "{child_first} کی نانی {mother} نے کہا کہ ہمیں انصاف چاہیے۔"),
    (
        "ur",
        "press",
        "f",
        "تشدد کا شکار ہونے والی گھریلو ملازمہ {child_first} کو {accused} کے گھر سے بازیاب کرا لیا گیا، بچی {village} کی رہنے والی ہے۔",
    ),
    (
        "ur",
        "press",
        "m",
        "قاری {accused} کے خلاف {madrassa} کے {age} سالہ طالب علم {child_first} پر تشدد کا مقدمہ درج۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "ایف آئی آر کے مطابق مدعی {father} نے بتایا کہ اس کی بیٹی {child} جو {school} میں جماعت {class} کی طالبہ ہے، اسکول سے واپس نہیں آئی۔",
    ),
    (
        "ur",
        "social",
        "m",
        "اطلاع: {street} {mohalla} سے {age} سال کا لڑکا گم ہے، نام {child_first}۔ والد {father}۔",
    ),
    ("ur", "press", "f", "ملزمہ {accused} نے اپنی سوتیلی بیٹی {child} کو گرم استری سے جلایا۔"),
    (
        "ur",
        "press",
        "f",
        "{district} پولیس: {age} سالہ {child} کے قاتل {accused} کو {village} سے گرفتار کر لیا گیا۔",
    ),
    (
        "ur",
        "press",
        "m",
        "بچے کے چچا {relative} کے مطابق {child_first} دوپہر کو دکان سے سودا لینے گیا تھا۔",
    ),
    (
        "ur",
        "fir",
        "f",
        "مظلوم بچی {child} دختر {father} سکنہ {chak} کو ڈی ایچ کیو ہسپتال منتقل کر دیا گیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{accused} اور اس کے ساتھی نے {mohalla} میں {child_first} کو زبردستی گاڑی میں بٹھا لیا۔",
    ),
    (
        "ur",
        "press",
        "f",
        "خاندان کا تعلق {caste} برادری سے ہے اور وہ {village} میں کئی سال سے آباد ہے۔",
    ),
    ("ur", "fir", "f", "ب فارم نمبر {bform}، نام {child}، تاریخ پیدائش {dob}، والد {father}۔"),
    (
        "ur",
        "fir",
        "f",
        "بچی {child_first} کی والدہ {mother} نے پولیس کو درخواست دی کہ {accused} اسے تنگ کرتا ہے۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{child} کو {madrassa} سے چھٹی کے بعد {accused} اپنے گھر لے گیا، پولیس نے بتایا۔",
    ),
    (
        "ur",
        "social",
        "f",
        "معصوم {child_first} کے والد {father} کا کہنا ہے کہ بیٹی کو انصاف نہ ملا تو احتجاج کریں گے۔",
    ),
    (
        "ur",
        "press",
        "f",
        "{child_first} روز کی طرح اسکول جا رہی تھی کہ راستے میں {accused} نے اسے روک لیا۔",
    ),
    (
        "ur",
        "social",
        "m",
        "سوشل میڈیا پر وائرل ویڈیو میں تشدد کا نشانہ بننے والے بچے کی شناخت {child_first} کے نام سے ہوئی جو {village} کا رہائشی ہے۔",
    ),
    ("ur", "press", "f", "{age} سالہ {child} اپنی خالہ {mother} کے ساتھ {mohalla} میں رہتی تھی۔"),
    (
        "en",
        "press",
        "f",
        "Teachers at {school} described {child_first} as a quiet girl who never missed a day.",
    ),
    (
        "en",
        "press",
        "m",
        "{school} was closed for two days after the incident; the boy, {age}, had been a pupil there since nursery.",
    ),
    (
        "en",
        "social",
        "f",
        "Students of {school} held a candle vigil for their classmate {child_first} on Friday evening.",
    ),
    (
        "en",
        "press",
        "f",
        "The principal of {school}, {accused}, has been suspended by the education department.",
    ),
    (
        "en",
        "fir",
        "m",
        "Place of occurrence: near {school}, {village}. Victim: {child}, {age}. Complainant: {father}.",
    ),
    (
        "en",
        "press",
        "f",
        "Residents of {mohalla} blocked the road, demanding the arrest of {accused}.",
    ),
    (
        "en",
        "press",
        "m",
        "The boy was found tied to a tree on the outskirts of {village} on Sunday morning, his uncle {relative} said.",
    ),
    (
        "en",
        "social",
        "f",
        "anyone from {mohalla}?? a girl named {child_first} is missing, she goes to {school}. plz share",
    ),
    (
        "en",
        "press",
        "f",
        "{village}, a farming settlement of some 2,000 people, has seen three such cases this year, the latest involving {child_first}, {age}.",
    ),
    (
        "en",
        "press",
        "m",
        "A madrassa teacher in {village} was arrested after a video showed him beating a {age}-year-old student, {child_first}, at {madrassa}.",
    ),
    (
        "en",
        "fir",
        "f",
        "Particulars of victim — Name: {child}; Parentage: {father}; Age: {age}; School: {school}; Address: {mohalla}, {district}.",
    ),
    (
        "en",
        "press",
        "f",
        "The family moved from {village} to {mohalla} two years ago, neighbours said.",
    ),
    (
        "roman",
        "press",
        "f",
        "{school} ki taliba {child_first} ke sath pesh aane wale waqiye par walidain ne ehtijaj kiya.",
    ),
    (
        "roman",
        "social",
        "m",
        "{village} wale log kehte hain ke {accused} pehle bhi bachon ko tang karta tha.",
    ),
    (
        "roman",
        "press",
        "f",
        "{village} ke qareeb kheton se {age} saala bachi ki laash mili, shanakht {child} ke naam se hui.",
    ),
    (
        "roman",
        "social",
        "f",
        "{mohalla} mein rehne wali {child_first} ab tak ghar nahi lauti, koi dekhe to bataye.",
    ),
    (
        "roman",
        "press",
        "m",
        "{village} se taluq rakhne wale {age} saala {child_first} ko {school} ke bahar se agwa kiya gaya.",
    ),
    (
        "roman",
        "fir",
        "f",
        "Waqia ki jagah: {street}, {mohalla}. Mutasira: {child}, umar {age} saal. Mudai: {father}.",
    ),
    (
        "roman",
        "press",
        "m",
        "{school} ke ustad {accused} ko talib ilm par tashaddud ke ilzam mein giraftar kar liya gaya.",
    ),
    (
        "roman",
        "social",
        "f",
        "yaar {village} mein phir aisa hua, {child_first} sirf {age} saal ki thi",
    ),
    ("roman", "press", "f", "Bachi ka khandan {village} chhor kar {mohalla} mein aa basa tha."),
    (
        "roman",
        "press",
        "m",
        "{madrassa} mein parhne wala {child_first} teen din se lapata hai, ghar walon ne {district} police se rabta kiya.",
    ),
    (
        "roman",
        "social",
        "f",
        "{mohalla} aur {village} ke logon ne mil kar {child_first} ke liye dua ki.",
    ),
    (
        "roman",
        "fir",
        "m",
        "Mulzim ka pata: {house}, {village}. Bacha {child_first} ({age}) ka walid {father}.",
    ),
    (
        "ur",
        "press",
        "f",
        "{school} کی طالبہ {child_first} کے ساتھ پیش آنے والے واقعے پر والدین نے احتجاج کیا۔",
    ),
    ("ur", "social", "m", "{village} کے لوگ کہتے ہیں کہ {accused} پہلے بھی بچوں کو تنگ کرتا تھا۔"),
    (
        "ur",
        "press",
        "f",
        "{village} کے قریب کھیتوں سے {age} سالہ بچی کی لاش ملی، شناخت {child} کے نام سے ہوئی۔",
    ),
    (
        "ur",
        "press",
        "m",
        "{village} سے تعلق رکھنے والے {age} سالہ {child_first} کو {school} کے باہر سے اغوا کیا گیا۔",
    ),
    ("ur", "press", "f", "بچی کا خاندان {village} چھوڑ کر {mohalla} میں آ بسا تھا۔"),
    ("ur", "social", "f", "{mohalla} اور {village} کے لوگوں نے مل کر {child_first} کے لیے دعا کی۔"),
    ("en", "press", "f", "{school}'s management said {child_first} had left at 1 pm."),
    ("en", "press", "f", "A {school} student, {child_first}, was harassed by a van driver."),
    ("en", "press", "f", '"She loved {school}," said her mother, {mother}.'),
    (
        "en",
        "press",
        "m",
        "Police visited {school} and {madrassa} to record statements about {child_first}.",
    ),
    ("en", "press", "f", "The girl studied in class {class} at the {school} in {village}."),
    (
        "en",
        "press",
        "f",
        "CCTV footage from outside {school} shows {accused} approaching the girl.",
    ),
    ("en", "social", "f", "RIP {child_first} 💔 {school} will miss you"),
    (
        "en",
        "press",
        "m",
        "Pupils from {school} and their parents staged a protest in {mohalla} on Monday.",
    ),
    ("en", "press", "f", "The incident took place in {village} (tehsil {district}) late at night."),
    (
        "en",
        "press",
        "m",
        "{accused}, 45, of {mohalla}, was remanded in custody; the victim is a {age}-year-old boy.",
    ),
    ("en", "press", "f", "Her family hails from {village} but lives in {mohalla} now."),
    (
        "en",
        "press",
        "f",
        "Located on the edge of {village}, the family's two-room house has no door.",
    ),
    (
        "en",
        "press",
        "f",
        "In {village}, girls rarely go to school; {child_first} was one of few who did.",
    ),
    ("en", "fir", "m", "Occurrence at {street}, near {school}, at about 4 pm."),
    (
        "en",
        "press",
        "f",
        "Officials from {school} refused to comment on the case of the {age}-year-old.",
    ),
    (
        "roman",
        "press",
        "f",
        "{village} mein aik {age} saala bachi ke sath ziadti ka waqia pesh aaya.",
    ),
    (
        "roman",
        "press",
        "f",
        "waqia {village} mein pesh aaya jahan {child_first} apni nani ke ghar ayi hui thi.",
    ),
    ("roman", "social", "f", "{village} ki beti {child_first} ko insaaf do!"),
    (
        "roman",
        "press",
        "m",
        "{mohalla} ke ilaqe mein {age} saala bacha {child_first} gali mein khel raha tha.",
    ),
    (
        "roman",
        "press",
        "f",
        "Police ne {village} aur {mohalla} mein chhapay maar kar mulzim ko pakar liya.",
    ),
    ("roman", "press", "f", "{chak} ki rehaishi bachi ka qatil giraftar."),
    ("roman", "social", "f", "{village} wale sun lo, {accused} ko chhorna nahi!"),
    ("roman", "press", "m", "Bacha {village} se {mohalla} apne chacha ke paas aaya tha."),
    (
        "roman",
        "press",
        "f",
        "{mohalla} mein khauf o haras, {child_first} ka ab tak pata nahi chal saka.",
    ),
    ("roman", "press", "f", "Mutasira bachi {school} mein jamaat {class} ki taliba hai."),
    (
        "roman",
        "press",
        "m",
        "{village} ke nawahi ilaqe mein {age} saala {child_first} ki laash mili.",
    ),
    ("roman", "press", "f", "Mulzim {accused} ka taluq {village} se hai."),
]

TRAIN_TEMPLATES: list[Template] = [
    Template(f"train-{lang}-{i:02d}", lang, kind, text, sex)
    for i, (lang, kind, sex, text) in enumerate(_TRAIN)
]


def is_dev(template: Template) -> bool:
    """A fifth of the training templates are kept back from the model, to tune the rules on."""
    return int(template.id.rsplit("-", 1)[1]) % 5 == 4


def model_templates() -> list[Template]:
    return [t for t in TRAIN_TEMPLATES if not is_dev(t)]


def dev_templates() -> list[Template]:
    return [t for t in TRAIN_TEMPLATES if is_dev(t)]


def load_templates(items: Sequence[dict[str, str]]) -> list[Template]:
    return [Template(d["id"], d["lang"], d["kind"], d["text"], d.get("sex", "f")) for d in items]
