"""Normalisation keeps a map back to the original text, so findings point at what was typed."""

from __future__ import annotations

import pytest

from hifazat.publishing.engine import ScanContext, scan
from hifazat.publishing.engine.text import normalise


def test_plain_ascii_is_its_own_map() -> None:
    n = normalise("Ayesha d/o Aslam")
    assert n.text == "Ayesha d/o Aslam"
    assert n.span(0, 6) == (0, 6)


def test_it_folds_arabic_code_points_and_digits_keeping_offsets() -> None:
    n = normalise("علي عمر ۱۲ سال ١٣")
    assert n.text == "علی عمر 12 سال 13"
    assert n.span(8, 10) == (8, 10)


def test_it_drops_zero_width_and_diacritics_and_maps_back() -> None:
    original = "Ay\u200besha and مُحَمَّد"
    n = normalise(original)
    assert n.text == "Ayesha and محمد"
    start, end = n.span(0, 6)
    assert original[start:end] == "Ay\u200besha"
    start, end = n.span(11, 15)
    assert original[start:end] == "مُحَمَّد"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The girl Ay\u200besha d/o Ghulam Rasool was found.", "Ghulam Rasool"),
        ("مسماۃ فاطمہ دختر مُحَمَّد اسلم سکنہ کراچی", "مُحَمَّد اسلم"),
        ("مسماۃ فاطمہ دختر محمد اسلم", "محمد اسلم"),
        ("MST SHAZIA D/O GHULAM RASOOL R/O KASUR", "GHULAM RASOOL"),
        ("مسماة فاطمه دختر محمد اسلم", "محمد اسلم"),  # Arabic kaf/yeh/heh code points
    ],
)
def test_finding_offsets_point_into_the_original(text: str, name: str) -> None:
    findings = scan(text, ScanContext())
    spans = {text[f.start : f.end] for f in findings}
    assert name in spans
