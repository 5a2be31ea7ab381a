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


class Material:
    """Names and places of one split, and how to draw them."""

    def __init__(self, split: str) -> None:
        names = lexicon.name_entries(split)
        self.male = names["given_male"]
        self.female = names["given_female"]
        self.family = names["family"]
        self.castes = names["castes"]
        places = lexicon.place_entries(split)
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
