"""Rule files are checked at start-up: a mistake names the file and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from hifazat.safeguards.engine import RuleError, load_rules
from hifazat.safeguards.engine.loader import RULES_DIR

GOOD = """
[instrument]
title = "A test instrument"

[[rules]]
id = "t.notify"
title_en = "ZARRA is told within 2 hours"
title_ur = "زارا کو 2 گھنٹے میں اطلاع"
citation = "Test Act s.1"
confidence = "verified"
steps = ["D.1"]
case_kinds = ["missing"]
within = "PT2H"
require = { event = "zarra_notified" }
escalate_to = ["sho"]
"""


def write(tmp_path: Path, text: str, name: str = "test_act.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> RuleError:
    with pytest.raises(RuleError) as caught:
        load_rules([write(tmp_path, text)])
    return caught.value


def test_a_good_file_loads(tmp_path: Path) -> None:
    book = load_rules([write(tmp_path, GOOD)])
    rule = book["t.notify"]
    assert rule.instrument == "test_act" and rule.within_text == "PT2H"
    assert book.instruments == {"test_act": "A test instrument"}


def test_the_shipped_rule_book_loads() -> None:
    book = load_rules()
    assert len(book.rules) >= 60
    assert {p.name for p in RULES_DIR.glob("*.toml")} == set(book.files)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('event = "zarra_notified"', 'event = "zarra_notifed"'),
            "unknown event kind 'zarra_notifed'",
        ),
        (
            ('within = "PT2H"', 'within = "2 hours"'),
            "within: '2 hours' is not an ISO-8601 duration",
        ),
        (('within = "PT2H"', 'within = "P1M"'), "months and years vary"),
        (
            ('case_kinds = ["missing"]', 'case_kinds = ["missing"]\nprovinces = ["PJ"]'),
            "unknown province 'PJ'",
        ),
        (('case_kinds = ["missing"]', 'case_kinds = ["lost"]'), "unknown case kind 'lost'"),
        (('escalate_to = ["sho"]', 'escalate_to = ["boss"]'), "unknown role 'boss'"),
        (('steps = ["D.1"]', 'steps = ["D.9"]'), "unknown checklist step 'D.9'"),
        (('confidence = "verified"', 'confidence = "sure"'), "confidence 'sure'"),
        (('citation = "Test Act s.1"', 'citation = ""'), "'citation' must be a non-empty string"),
        (('within = "PT2H"', 'withn = "PT2H"'), "unknown key(s): withn"),
        (
            (
                'require = { event = "zarra_notified" }',
                'require = { event = "zarra_notified", '
                'where = { field = "colour", in = ["red"] } }',
            ),
            "'zarra_notified' has no field 'colour'",
        ),
        (
            (
                'require = { event = "zarra_notified" }',
                'require = { event = "custody_changed", '
                'where = { field = "location", in = ["cell"] } }',
            ),
            "'cell' is not a choice of custody_changed.location",
        ),
        (
            ('require = { event = "zarra_notified" }', 'forbid = { event = "contact:arest" }'),
            "unknown event kind 'contact:arest'",
        ),
        (
            (
                'within = "PT2H"\nrequire = { event = "zarra_notified" }',
                'trigger = "contact:interview"\ncondition = { field = "location", in = ["jail"] }',
            ),
            "'jail' is not a choice of contact:interview.location",
        ),
        (
            (
                'within = "PT2H"\nrequire = { event = "zarra_notified" }',
                'condition = { field = "present", has_any = ["guardian"] }',
            ),
            "a condition tests the triggering event",
        ),
        (('require = { event = "zarra_notified" }', ""), "give exactly one of"),
        (('case_kinds = ["missing"]', 'case_kinds = ["missing"]\nages = [10, 20]'), "ages:"),
        (
            (
                'case_kinds = ["missing"]',
                'case_kinds = ["missing"]\noffences = { tiers = ["huge"] }',
            ),
            "unknown tier 'huge'",
        ),
        (
            ('case_kinds = ["missing"]', 'case_kinds = ["missing"]\ntrigger = "arested"'),
            "trigger: unknown event or contact kind 'arested'",
        ),
    ],
    ids=[
        "unknown event name",
        "bad duration",
        "months refused",
        "unknown province",
        "unknown case kind",
        "unknown role",
        "unknown checklist step",
        "bad confidence",
        "missing citation",
        "misspelt key",
        "unknown detail field",
        "unknown choice",
        "unknown contact kind",
        "unknown contact location",
        "condition without a trigger",
        "no requirement",
        "age out of range",
        "unknown offence tier",
        "unknown trigger",
    ],
)
def test_mistakes_name_the_file_and_the_rule(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD
    err = error_for(tmp_path, GOOD.replace(old, new))
    assert err.file == "test_act.toml"
    assert err.rule_id == "t.notify"
    assert message in str(err)
    assert "test_act.toml, rule t.notify:" in str(err)


def test_a_duplicate_id_names_both_files(tmp_path: Path) -> None:
    first = write(tmp_path, GOOD, "a.toml")
    second = write(tmp_path, GOOD, "b.toml")
    with pytest.raises(RuleError) as caught:
        load_rules([first, second])
    assert (caught.value.file, caught.value.rule_id) == ("b.toml", "t.notify")
    assert "duplicate id (also in a.toml)" in str(caught.value)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace('within = "PT2H"', 'within = "soon"').replace('["sho"]', '["boss"]')
    err = error_for(tmp_path, text)
    assert len(err.problems) == 2


def test_a_file_that_is_not_toml(tmp_path: Path) -> None:
    err = error_for(tmp_path, "[[rules]\nid = ")
    assert err.file == "test_act.toml" and "not valid TOML" in str(err)


def test_a_rule_waiting_for_an_event_kind_is_set_aside_with_a_note(tmp_path: Path) -> None:
    text = GOOD.replace(
        'require = { event = "zarra_notified" }',
        'pending = ["diversion_considered"]\nrequire = { event = "diversion_considered" }',
    )
    book = load_rules([write(tmp_path, text)])
    assert len(book.rules) == 0
    assert [p.id for p in book.pending] == ["t.notify"]
    assert book.pending[0].needs == ("diversion_considered",)
    assert any("needs diversion_considered" in n for n in book.notes)


def test_a_pending_rule_comes_into_force_once_its_kind_exists(tmp_path: Path) -> None:
    text = GOOD.replace(
        'escalate_to = ["sho"]', 'escalate_to = ["sho"]\npending = ["zarra_notified"]'
    )
    book = load_rules([write(tmp_path, text)])
    assert [r.id for r in book.rules] == ["t.notify"]
    assert any("remove its 'pending' line" in n for n in book.notes)


def test_a_pending_rule_still_has_its_province_checked(tmp_path: Path) -> None:
    text = GOOD.replace(
        'require = { event = "zarra_notified" }',
        'provinces = ["XX"]\npending = ["diversion_considered"]\nrequire = { event = "x" }',
    )
    assert "unknown province 'XX'" in str(error_for(tmp_path, text))
