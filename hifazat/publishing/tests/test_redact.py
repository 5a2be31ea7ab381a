"""Redaction stays readable, in the text's language; verdicts say whether it may go out."""

from __future__ import annotations

import itertools

from hifazat.publishing.engine import (
    Category,
    Finding,
    Policy,
    ScanContext,
    Verdict,
    guard,
    redact,
    scan,
)


def test_it_keeps_the_text_readable_in_english() -> None:
    text = (
        "A 12-year-old girl, Ayesha d/o Muhammad Aslam, r/o Mohalla Islampura, Kasur district, "
        "was recovered. Call 0300-1234567."
    )
    r = guard(text)
    assert r.verdict is Verdict.REDACTED
    assert r.text == (
        "A 12-year-old girl, [child's name] d/o [father's name], r/o [locality], Kasur district, "
        "was recovered. Call [phone]."
    )


def test_it_uses_urdu_placeholders_in_urdu() -> None:
    r = guard("مسماۃ فاطمہ دختر محمد اسلم سکنہ موضع نورپور ضلع قصور")
    assert "[بچے کا نام]" in r.text
    assert "[والد کا نام]" in r.text
    assert "[گاؤں]" in r.text
    assert "قصور" in r.text


def test_a_date_of_birth_is_redacted_but_an_age_stays() -> None:
    r = guard("The girl, aged 9, DOB 12-03-2016, was found.")
    assert "aged 9" in r.text
    assert "[date of birth]" in r.text


def test_clean_text_is_clean() -> None:
    r = guard("Punjab Police have registered 42 cases under the JJSA this year.")
    assert r.verdict is Verdict.CLEAN
    assert r.findings == ()


def test_a_photo_of_a_child_blocks() -> None:
    r = guard("Ayesha d/o Aslam was recovered. Her photo is attached.")
    assert r.verdict is Verdict.BLOCKED
    assert any("photo" in reason for reason in r.reasons)


def test_an_attachment_blocks_in_a_child_case() -> None:
    r = guard("The police team met the family.", ScanContext(attachments=1))
    assert r.verdict is Verdict.BLOCKED


def test_singling_out_blocks() -> None:
    r = guard("She is the only girl in class 5 at Government Girls School Kot Sultan.")
    assert r.verdict is Verdict.BLOCKED


def test_too_many_uncertain_findings_ask_a_person() -> None:
    text = "x" * 10
    findings = [
        Finding(i, i + 1, Category.PERSON_NAME, "default_deny", 0.3, "unknown word")
        for i in range(0, 10, 1)
    ]
    r = redact(text, findings, Policy(max_uncertain=3))
    assert r.verdict is Verdict.BLOCKED
    r = redact(text, findings[:3], Policy(max_uncertain=3))
    assert r.verdict is Verdict.REDACTED


def test_uncertain_findings_stay_outside_a_child_case() -> None:
    text = "Zorawar came."
    findings = [Finding(0, 7, Category.PERSON_NAME, "default_deny", 0.3, "unknown word")]
    assert redact(text, findings, Policy(default_deny=True)).text == "[name] came."
    assert redact(text, findings, Policy(default_deny=False)).text == text


def test_findings_do_not_overlap_and_are_ordered() -> None:
    text = "MST SHAZIA D/O GHULAM RASOOL CASTE ARAIN R/O CHAK NO. 45 GB AGED 11 YEARS"
    findings = scan(text)
    for a, b in itertools.pairwise(findings):
        assert a.end <= b.start


def test_a_kept_age_never_keeps_the_name_next_to_it() -> None:
    # "سالہ" is the age's word, not part of the name after it; and whatever an age finding
    # merges with is redacted, though the age alone may stay
    r = guard("وہ ۱۷ سالہ مشعل بی بی زخمی ہو گئی۔", ScanContext(child_case=True))
    assert "مشعل" not in r.text
    assert "۱۷ سالہ" in r.text  # the age in years stays readable
    assert r.verdict is Verdict.REDACTED


def test_an_age_merged_with_a_name_is_redacted_as_the_name() -> None:
    from hifazat.publishing.engine.detect import Doc, Hit
    from hifazat.publishing.engine.scan import _merge
    from hifazat.publishing.engine.text import normalise

    text = "the 12-year-old Bilqees was found"
    doc = Doc(normalise(text), frozenset())
    age = Hit(4, 15, Category.AGE_OR_DOB, "cue", 0.9, "age", "age")
    name = Hit(10, 24, Category.CHILD_NAME, "cue", 0.7, "name", "child")  # overlaps the age
    (merged,) = _merge(doc, [age, name])
    assert merged.category is Category.CHILD_NAME
    assert (merged.start, merged.end) == (4, 24)
