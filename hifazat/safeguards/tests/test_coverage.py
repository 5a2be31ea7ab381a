"""Coverage of the references: every step of the nine checklists (child-friendly-policing.md §4)
is checked by a rule or says why it cannot be yet, and every rule says where it comes from."""

from __future__ import annotations

from collections import Counter

from .builders import book

SECTIONS = ["0", "A", "B", "C", "D", "E", "F", "G", "H", "I"]
STEPS_PER_SECTION = {"0": 6, "A": 9, "B": 5, "C": 4, "D": 6, "E": 9, "F": 5, "G": 4, "H": 5, "I": 6}


def test_all_nine_checklists_and_every_interaction_are_there() -> None:
    assert [s.code for s in book().sections] == SECTIONS
    counts = Counter(step.section for step in book().steps.values())
    assert dict(counts) == STEPS_PER_SECTION


def test_every_step_has_a_rule_or_says_why_not() -> None:
    checked = {step for rule in book().rules for step in rule.steps}
    silent = [s.id for s in book().steps.values() if s.id not in checked and not s.unchecked]
    assert not silent, f"steps with no rule and no explanation: {silent}"


def test_every_pending_rule_waits_for_a_named_kind_and_sits_on_a_step() -> None:
    for p in book().pending:
        assert p.needs and p.steps, p.id


def test_every_rule_has_its_citation_source_and_urdu_title() -> None:
    for rule in book().rules:
        assert rule.citation and rule.source and rule.title_ur, rule.id
        assert any("\u0600" <= ch <= "\u06ff" for ch in rule.title_ur), rule.id


def test_the_confidence_tags_follow_the_reference() -> None:
    by_id = {r.id: r.confidence for r in book().rules}
    # law.md §1: ✅ s.3, s.5, Art. 10(2); 🟡 s.6, s.7, s.9; ❌ s.8, s.17.
    assert by_id["jjsa.s3-2.lawyer-24h"] == by_id["jjsa.s5-1.no-lockup"] == "verified"
    assert by_id["const.art10-2.production-24h"] == "verified"
    assert by_id["jjsa.s6.no-police-custody"] == by_id["jjsa.s7.rank"] == "secondary"
    assert by_id["jjsa.s9.diversion"] == "secondary"
    assert by_id["jjsa.s8.age-determination"] == by_id["jjsa.s17.female-officer"] == "unverified"
    # Best practice and police orders come from summaries, never statute text.
    assert all(
        r.confidence != "verified"
        for r in book().rules
        if r.kind in ("best_practice", "police_order")
    )
