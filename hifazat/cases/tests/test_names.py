"""Name normalisation and phonetic keys: spelling and script variants collide, other names don't."""

from __future__ import annotations

import pytest

from hifazat.cases.names import name_keys, name_tokens, normalise, phonetic_key

# Every spelling in a group must give the same set of keys (whole names, through name_keys).
SAME = [
    ["Muhammad", "Mohammad", "Mohammed", "Muhammed", "Mohd", "Md.", "Muhd", "محمد", "مُحَمَّد"],
    ["Ahmad", "Ahmed", "احمد"],
    ["Ali", "علی", "علي"],
    ["Fatima", "Fatimah", "Fatema", "فاطمہ", "فاطمه", "فاطمة"],
    ["Ayesha", "Aisha", "Aysha", "عائشہ"],
    ["Zainab", "Zaynab", "زینب"],
    ["Hussain", "Husain", "Hussein", "حسین", "حسين"],
    ["Hassan", "Hasan", "حسن"],
    ["Khan", "خان"],
    ["Bibi", "بی بی", "بیبی", "بي بي"],
    ["Iqbal", "Ikbal", "اقبال"],
    ["Bilal", "بلال"],
    ["Usman", "Osman", "عثمان"],
    ["Asif", "Aasif", "آصف"],
    ["Zubair", "Zubayr", "زبیر"],
    ["Rukhsana", "رخسانہ"],
    ["Shahid", "شاہد"],
    ["Tariq", "Tarik", "طارق"],
    ["Bhatti", "بھٹی"],
    ["Chaudhry", "Chaudhary", "Choudhry", "چوہدری"],
    ["Qureshi", "Kureshi", "قریشی"],
    ["Sadia", "Saadia", "Sa'adia", "سعدیہ"],
    ["Nadia", "نادیہ"],
    ["Kasur", "قصور"],
    ["Zaki", "ذکی", "ذكي"],
    ["Khokhar", "کھوکھر"],
    ["Ghulam", "غلام"],
    ["Shah", "شاہ"],
    ["Muhammad Ali", "MUHAMMAD ALI", "Mohd. Ali", "Mr. M. Ali Mohammed", "محمد علی"],
    ["Rukhsana Bibi", "Mst. Rukhsana Bibi", "Mussammat Rukhsana Bibi", "مسماۃ رخسانہ بی بی"],
    ["Abdul Rehman", "Abdur Rahman", "Abdurrehman", "Abd-ur-Rehman", "عبدالرحمن", "عبد الرحمن"],
    ["Abdullah", "Abdulla", "عبداللہ", "عبدالله"],
    ["Zia ul Haq", "Zia-ul-Haq", "ضیاء الحق"],
    ["Fazal-ur-Rehman", "Fazal ur Rehman", "فضل الرحمن"],
]


@pytest.mark.parametrize(
    ("first", "other"), [(g[0], v) for g in SAME for v in g[1:]], ids=lambda s: s
)
def test_variants_collide(first: str, other: str) -> None:
    assert set(name_keys(first)) == set(name_keys(other))
    assert name_keys(first)


# Different names that must not share a key.
DIFFERENT = [
    ("Ali", "Bilal"),
    ("Ahmad", "Muhammad"),
    ("Zainab", "Zubair"),
    ("Fatima", "Fahad"),
    ("Khan", "Kashif"),
    ("Ayesha", "Asif"),
    ("Hassan", "Hamza"),
    ("Tariq", "Tahir"),
    ("Usman", "Imran"),
    ("Bilal", "Iqbal"),
    ("Rukhsana", "Rehana"),
    ("Nadia", "Sadia"),
    ("Shahid", "Sajid"),
    ("Zubair", "Zafar"),
    ("Qureshi", "Kashif"),
    ("Chaudhry", "Cheema"),
    ("Kasur", "Lahore"),
    ("محمد", "احمد"),
    ("فاطمہ", "فہد"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=lambda s: s)
def test_different_names_do_not_collide(a: str, b: str) -> None:
    assert set(name_keys(a)).isdisjoint(name_keys(b))


def test_rehman_alone_finds_abdul_rehman_in_both_scripts() -> None:
    (rehman,) = name_keys("Rehman")
    assert rehman in name_keys("Abdul Rehman")
    assert rehman in name_keys("عبدالرحمن")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ك", "ک"),  # Arabic kaf → keheh
        ("علي", "علی"),  # Arabic yeh → Farsi yeh
        ("مصطفى", "مصطفی"),  # alef maksura → Farsi yeh
        ("فاطمه", "فاطمہ"),  # Arabic heh → heh goal
        ("فاطمة", "فاطمہ"),  # teh marbuta → heh goal
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic digits
        ("۰۳۰۰۱۲۳۴۵۶۷", "03001234567"),  # Urdu digits
        ("مُحَمَّد", "محمد"),  # harakat
        ("محـــمد", "محمد"),  # tatweel
        ("عبد\u200cالله", "عبداللہ"),  # zero-width non-joiner
        ("\ufeffAli\u200b Raza\u200f", "ali raza"),  # BOM, zero-width space, RLM
        ("\u202bعلی\u202c", "علی"),  # bidi embedding
        ("MUHAMMAD ALI", "muhammad ali"),
        ("  Muhammad \t\n  Ali  ", "muhammad ali"),
        ("Ｍｕｈａｍｍａｄ", "muhammad"),  # full-width (NFKC)
        ("ﻣﺤﻤﺪ", "محمد"),  # Arabic presentation forms (NFKC)
        ("Ali\u00a0Raza", "ali raza"),  # no-break space
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mohd. Ali", ["muhammad", "ali"]),
        ("MD Ali", ["muhammad", "ali"]),
        ("Muhd Iqbal", ["muhammad", "iqbal"]),
        ("M. Ali", ["ali"]),
        ("Mr. Ali Khan", ["ali", "khan"]),
        ("Mrs Ali", ["ali"]),
        ("Ms. Sana", ["sana"]),
        ("Miss Sana", ["sana"]),
        ("Master Ahmed", ["ahmed"]),
        ("Mst. Zainab Bibi", ["zainab", "bibi"]),
        ("Mussammat Zainab", ["zainab"]),
        ("Musammat Zainab", ["zainab"]),
        ("Syed Ali Raza Shah", ["syed", "ali", "raza", "shah"]),
        ("Malik Tariq Khan", ["malik", "tariq", "khan"]),
        ("Ali-Raza", ["ali", "raza"]),
        ("Ali_Raza.Khan,Jr", ["ali", "raza", "khan", "jr"]),
        ("Rukhsana d/o Iqbal", ["rukhsana", "iqbal"]),
        ("Sa'adia", ["saadia"]),
        ("Sa\u2019adia", ["saadia"]),
        ("محمد علی، خان", ["محمد", "علی", "خان"]),
        ("بی بی", ["بی", "بی"]),
        ("مسماۃ زینب", ["زینب"]),
        ("", []),
        ("  -- . ", []),
    ],
)
def test_name_tokens(text: str, expected: list[str]) -> None:
    assert name_tokens(text) == expected


@pytest.mark.parametrize(
    ("token", "key"),
    [
        ("Muhammad", "md"),
        ("محمد", "md"),
        ("Ahmad", "hmd"),
        ("Chaudhry", "Cdr"),
        ("چوہدری", "Cdr"),
        ("Khan", "Xn"),
        ("Bhatti", "bt"),
        ("Kasur", "ksr"),
        ("Muḥammad", "md"),  # transliteration marks are dropped
    ],
)
def test_phonetic_key_examples(token: str, key: str) -> None:
    assert phonetic_key(token) == key


def test_only_vowels_keys_as_itself() -> None:
    assert phonetic_key("Aa") == "aa"
    assert phonetic_key("آیا") == "آیا"
    assert name_keys("Aa") == ["aa"]


def test_name_keys_deduplicates_in_order() -> None:
    assert name_keys("Muhammad Ali Mohammed محمد علی Khan") == ["md", "l", "Xn"]
    assert name_keys("") == []


def test_keys_are_the_same_for_arabic_and_urdu_code_points() -> None:
    assert name_keys("محمد علي فاطمه") == name_keys("محمد علی فاطمہ")
