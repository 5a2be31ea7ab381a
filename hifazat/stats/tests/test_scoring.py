"""The scorecard arithmetic, without a database: values, targets, medians, ranking."""

from __future__ import annotations

from collections import Counter

import pytest

from hifazat.stats.scoring import (
    MIN_TO_RANK,
    Tally,
    histogram_median,
    load_indicators,
    median,
    rank,
    score,
)

IND = {i.code: i for i in load_indicators()}


def test_the_indicator_file_lists_the_eighteen_indicators_of_section_5_in_order() -> None:
    assert [i.id for i in load_indicators()] == list(range(1, 19))
    assert all(i.name_ur for i in load_indicators())
    # What the register cannot measure says so, and what it needs.
    assert {i.id for i in load_indicators() if not i.ready} == {17, 18}
    assert "training" in IND["officers_trained"].needs


def test_every_rule_an_indicator_reads_is_in_the_rule_book() -> None:
    from hifazat.safeguards.engine import load_rules

    book = load_rules()
    for ind in load_indicators():
        for rule in ind.rules:
            assert rule in book, (ind.code, rule)


@pytest.mark.parametrize(
    ("code", "met", "missed", "on_target"),
    [
        ("guardian_informed_2h", 19, 1, True),  # 95% >= 95%
        ("guardian_informed_2h", 18, 2, False),  # 90%
        ("court_within_24h", 10, 0, True),  # 100% == 100%
        ("court_within_24h", 99, 1, False),
        ("lawyer_within_24h", 9, 1, True),  # 90% >= 90%
    ],
)
def test_a_share_is_judged_against_its_target(
    code: str, met: int, missed: int, on_target: bool
) -> None:
    s = score(IND[code], Tally(met=met, missed=missed, pending=3))
    assert s.on_target is on_target
    assert s.value == pytest.approx(100 * met / (met + missed))
    assert (s.decided, s.pending) == (met + missed, 3)


def test_cases_still_within_time_are_not_counted_in_the_share() -> None:
    s = score(IND["guardian_informed_2h"], Tally(met=1, missed=0, pending=5))
    assert s.value == 100.0
    assert score(IND["guardian_informed_2h"], Tally(pending=5)).on_target is None


def test_children_held_in_a_lockup_count_and_zero_is_the_target() -> None:
    ind = IND["children_in_lockup"]
    assert score(ind, Tally(met=7)).on_target is True
    held = score(ind, Tally(met=7, missed=2))
    assert (held.value, held.on_target) == (2.0, False)


def test_a_trend_compares_with_the_period_before() -> None:
    ind = IND["diversion_referrals"]
    assert score(ind, Tally(met=3, missed=1), Tally(met=1, missed=1)).on_target is True
    assert score(ind, Tally(met=1, missed=1), Tally(met=3, missed=1)).on_target is False
    assert score(ind, Tally(met=1, missed=1), None).on_target is None
    assert score(ind, Tally(met=4), Tally(met=2)).on_target is True  # stays at 100%


def test_medians() -> None:
    assert median([]) is None
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([1.0, 2.0, 3.0, 10.0]) == 2.5
    assert histogram_median({}) is None
    assert histogram_median({1: 3, 2: 1}) == 1.0
    assert histogram_median({1: 1, 2: 1}) == 1.5
    assert histogram_median({1: 1, 3: 2}) == 3.0


def test_interviews_per_victim_is_a_median_held_to_one() -> None:
    ind = IND["interviews_per_victim"]
    assert score(ind, Tally(histogram=Counter({1: 5, 2: 1}))).on_target is True
    s = score(ind, Tally(histogram=Counter({1: 1, 2: 1})))
    assert (s.value, s.on_target) == (1.5, False)


def test_zarra_needs_the_median_and_every_notice_within_two_hours() -> None:
    ind = IND["zarra_notice_minutes"]
    quick = score(ind, Tally(met=2, minutes=[30.0, 100.0], fir_minutes=[60.0]))
    assert (quick.value, quick.within, quick.on_target) == (65.0, 100.0, True)
    one_late = score(ind, Tally(met=2, missed=1, minutes=[30.0, 100.0, 130.0]))
    assert one_late.value == 100.0
    assert one_late.on_target is False  # the median is fine, but not every notice was in time
    # The FIR should come no later than in the period before ("falling").
    slower = score(ind, Tally(met=1, minutes=[30.0], fir_minutes=[90.0]), Tally(fir_minutes=[60.0]))
    assert slower.on_target is False


def test_releases_must_all_go_out_as_the_guard_left_them() -> None:
    ind = IND["media_redacted"]
    assert score(ind, Tally(published=4)).on_target is True
    kept = score(ind, Tally(published=4, kept=1))
    assert (kept.value, kept.on_target) == (75.0, False)
    assert score(ind, Tally()).value is None


def test_indicators_without_records_are_never_judged() -> None:
    s = score(IND["officers_trained"], Tally(met=5))
    assert (s.value, s.on_target) == (None, None)


def test_ranking_puts_the_best_first_and_leaves_small_units_unranked() -> None:
    inds = load_indicators()
    g = IND["guardian_informed_2h"].id
    lock = IND["children_in_lockup"].id
    by_unit = {
        "A": {g: Tally(met=18, missed=2)},  # 90%
        "B": {g: Tally(met=20, missed=0), lock: Tally(met=1, missed=1)},  # 100%, one held
        "C": {g: Tally(met=20, missed=0)},  # 100%, none held
        "D": {g: Tally(met=3, missed=0)},  # too few to rank
    }
    ranked = rank(inds, by_unit)
    assert [(r.key, r.rank) for r in ranked] == [("C", 1), ("B", 2), ("A", 3), ("D", None)]
    assert ranked[1].held == 1
    assert ranked[3].decided < MIN_TO_RANK
