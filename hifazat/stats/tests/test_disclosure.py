"""Disclosure control, attacked rather than only exemplified. No database.

The attacker reads every published number of a release and knows how the tables add up. The
tests ask, for each withheld number, the smallest and largest value it can take in *any* table of
non-negative whole numbers consistent with what was published (published numbers taken as exact:
rounding ignored, the attacker's best case), and require:

* every withheld number can take at least two values (nothing is recovered by differencing);
* a withheld small count v (1-9) can be smaller than v, and its range is at least
  ``protection`` (5) wide — so it is never known better than a rounded count.
"""

from __future__ import annotations

import itertools
import random
import unittest

import numpy as np
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from hifazat.stats import disclosure as sdc
from hifazat.stats.disclosure import Grid, Margin, Policy, Status, protect, round_count
from hifazat.stats.tables import PUBLIC, build_report
from hifazat.stats.tests.attack import System, link_levels, read_report
from hifazat.stats.tests.synthetic import cube_from_cases, make_units, random_cases, year_period

P = sdc.DEFAULT_POLICY.protection
WITHHELD = sdc.WITHHELD
EXACT = Policy(base=1)  # no rounding: the worst case for the protection


def safe_range(value: int, lo: int, hi: int) -> bool:
    if hi - lo < 1:
        return False
    if 0 < value < 10:
        return lo <= value - 1 and hi - lo >= P
    return True


# -- one table: an exact attacker by linear programming (a table with totals is a network, so the
# LP bounds are whole numbers and exact) -----------------------------------------------------------


def table_ranges(
    cells: list[list[int]], p: sdc.Protected
) -> dict[tuple[str, int, int], tuple[int, int, int]]:
    """(kind, i, j) -> (true value, min, max) for every withheld number of a stand-alone table."""
    R, C = len(cells), len(cells[0])
    keys = [("cell", i, j) for i in range(R) for j in range(C)]
    keys += (
        [("row", i, 0) for i in range(R)] + [("col", 0, j) for j in range(C)] + [("total", 0, 0)]
    )
    idx = {k: n for n, k in enumerate(keys)}
    true = {("cell", i, j): cells[i][j] for i in range(R) for j in range(C)}
    true |= {("row", i, 0): sum(cells[i]) for i in range(R)}
    true |= {("col", 0, j): sum(r[j] for r in cells) for j in range(C)}
    true[("total", 0, 0)] = sum(map(sum, cells))
    status = {("cell", i, j): p.cells[i][j] for i in range(R) for j in range(C)}
    status |= {("row", i, 0): p.rows[i] for i in range(R)}
    status |= {("col", 0, j): p.cols[j] for j in range(C)}
    status[("total", 0, 0)] = p.total
    if not p.grid.rows.shown:  # one-way: the row "totals" are the cells themselves
        for i in range(R):
            status[("row", i, 0)] = Status.SECONDARY
    A = []
    for i in range(R):
        row = np.zeros(len(idx))
        row[[idx[("cell", i, j)] for j in range(C)]] = 1
        row[idx[("row", i, 0)]] = -1
        A.append(row)
    for j in range(C):
        row = np.zeros(len(idx))
        row[[idx[("cell", i, j)] for i in range(R)]] = 1
        row[idx[("col", 0, j)]] = -1
        A.append(row)
    row = np.zeros(len(idx))
    row[[idx[("row", i, 0)] for i in range(R)]] = 1
    row[idx[("total", 0, 0)]] = -1
    A.append(row)
    bounds = [(true[k], true[k]) if status[k] == Status.PUBLISHED else (0, None) for k in keys]
    out = {}
    for k in keys:
        if status[k] == Status.PUBLISHED or (k[0] == "row" and not p.grid.rows.shown):
            continue
        c = np.zeros(len(idx))
        c[idx[k]] = 1
        lo = linprog(c, A_eq=np.array(A), b_eq=np.zeros(len(A)), bounds=bounds, method="highs")
        hi = linprog(-c, A_eq=np.array(A), b_eq=np.zeros(len(A)), bounds=bounds, method="highs")
        out[k] = (true[k], round(lo.fun), 10**9 if hi.status == 3 else round(-hi.fun))
    return out


counts = st.sampled_from([0, 0, 0, 1, 2, 3, 4, 6, 8, 9, 10, 11, 14, 25, 60, 200])
tables = st.integers(1, 5).flatmap(
    lambda r: st.integers(1, 4).flatmap(
        lambda c: st.lists(st.lists(counts, min_size=c, max_size=c), min_size=r, max_size=r)
    )
)


class OneTableTests(unittest.TestCase):
    def test_rounding_to_base_five(self) -> None:
        for n, want in [(0, 0), (10, 10), (12, 10), (13, 15), (17, 15), (18, 20), (1234, 1235)]:
            self.assertEqual(round_count(n), want, n)

    def test_small_counts_are_withheld_and_zeros_are_not(self) -> None:
        p = sdc.protect_table([[25, 3, 40], [12, 30, 15], [50, 20, 8]])
        self.assertIsNone(p.cell(0, 1))
        self.assertIsNone(p.cell(2, 2))
        self.assertEqual(p.cell(0, 0), 25)
        self.assertEqual(p.grand_total(), 205)
        q = sdc.protect_list([100, 0, 3, 40, 7])
        self.assertEqual(q.value(1), 0)
        self.assertEqual([q.value(i) for i in (2, 4)], [None, None])

    def test_a_lone_small_count_gets_a_partner_so_the_total_does_not_give_it_away(self) -> None:
        p = sdc.protect_list([120, 4, 35, 60])
        withheld = [i for i in range(4) if p.value(i) is None]
        self.assertEqual(withheld, [1, 2])  # 4, and the smallest count that can hide it
        self.assertEqual(p.grand_total(), 220)  # 219, rounded on its own

    def test_a_table_of_fewer_than_ten_shows_nothing_not_even_its_zeros(self) -> None:
        p = sdc.protect_table([[3, 0], [0, 4]])
        self.assertTrue(all(s in WITHHELD for row in p.cells for s in row))
        self.assertIsNone(p.grand_total())

    def test_subtracting_published_cells_from_a_published_total_never_leaves_one_unknown(
        self,
    ) -> None:
        rng = random.Random(6)
        for _ in range(400):
            R, C = rng.randint(1, 6), rng.randint(1, 6)
            cells = [
                [rng.choice([0, 0, 1, 3, 7, 9, 12, 30, 80]) for _ in range(C)] for _ in range(R)
            ]
            p = sdc.protect_table(cells)
            lines = [([p.cells[i][j] for j in range(C)], p.rows[i]) for i in range(R)] + [
                ([p.cells[i][j] for i in range(R)], p.cols[j]) for j in range(C)
            ]
            lines.append((list(p.rows), p.total))
            lines.append((list(p.cols), p.total))
            for members, total in lines:
                if total == Status.PUBLISHED:
                    self.assertNotEqual(sum(s in WITHHELD for s in members), 1, cells)

    def test_no_small_count_can_be_worked_out_by_brute_force(self) -> None:
        """Enumerate every table agreeing with what was published (small tables only)."""
        rng = random.Random(3)
        for _ in range(60):
            cells = [[rng.choice([0, 1, 2, 5, 9, 11, 13]) for _ in range(3)] for _ in range(2)]
            p = sdc.protect_table(cells)
            hidden = p.withheld_cells()
            if not hidden or any(s in WITHHELD for s in (*p.rows, *p.cols, p.total)):
                continue
            rows, cols = [sum(r) for r in cells], [sum(c) for c in zip(*cells, strict=True)]
            seen: dict[tuple[int, int], set[int]] = {k: set() for k in hidden}
            # Two rows: choose the first row freely, the column totals fix the second.
            for first in itertools.product(*[range(c + 1) for c in cols]):
                t = [list(first), [c - f for c, f in zip(cols, first, strict=True)]]
                if [sum(r) for r in t] != rows:
                    continue
                if any(
                    t[i][j] != cells[i][j]
                    for i in range(2)
                    for j in range(3)
                    if (i, j) not in hidden
                ):
                    continue
                for i, j in hidden:
                    seen[(i, j)].add(t[i][j])
            for (i, j), possible in seen.items():
                v = cells[i][j]
                self.assertGreater(len(possible), 1, (cells, (i, j)))
                self.assertTrue(
                    safe_range(v, min(possible), max(possible)), (cells, (i, j), possible)
                )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(tables)
    def test_an_exact_attacker_recovers_nothing_from_any_table(
        self, cells: list[list[int]]
    ) -> None:
        p = sdc.protect_table(cells)
        for (kind, i, j), (v, lo, hi) in table_ranges(cells, p).items():
            self.assertTrue(safe_range(v, lo, hi), (cells, kind, i, j, v, lo, hi))

    @settings(max_examples=40, deadline=None)
    @given(st.lists(counts, min_size=1, max_size=9))
    def test_one_way_tables_against_their_total(self, values: list[int]) -> None:
        p = sdc.protect_list(values)
        for (kind, i, _j), (v, lo, hi) in table_ranges([[v] for v in values], p).items():
            if kind == "cell":
                self.assertTrue(safe_range(v, lo, hi), (values, i, v, lo, hi))

    def test_a_table_under_totals_owned_elsewhere_keeps_their_statuses(self) -> None:
        grid = Grid.of(
            [[5, 20], [30, 12]],
            rows=Margin(fixed=True, withheld=frozenset({0})),
            cols=Margin(),
            total_fixed=True,
        )
        p = protect(grid)
        self.assertEqual(p.rows[0], Status.SECONDARY)
        self.assertTrue(all(s in WITHHELD for s in p.cells[0]))  # R1: its whole row
        self.assertEqual(p.rows[1], Status.PUBLISHED)


# -- linked tables: the geography and whole releases ---------------------------------------------


def tree_counts(
    rng: random.Random, groups: int
) -> tuple[dict[str, list[int]], dict[str, list[str]]]:
    children: dict[str, list[str]] = {"PK": []}
    counts: dict[str, list[int]] = {}
    for p in range(rng.randint(1, 3)):
        prov = f"P{p}"
        children["PK"].append(prov)
        children[prov] = [f"{prov}D{d}" for d in range(rng.randint(1, 4))]
        for d in children[prov]:
            counts[d] = [rng.choice([0, 0, 1, 2, 4, 7, 9, 11, 15, 30, 60]) for _ in range(groups)]
        counts[prov] = [sum(counts[d][g] for d in children[prov]) for g in range(groups)]
    counts["PK"] = [sum(counts[p][g] for p in children["PK"]) for g in range(groups)]
    return counts, children


class LinkedTests(unittest.TestCase):
    def test_the_geography_is_safe_at_every_level_at_once(self) -> None:
        """National by province and each province by district, attacked together."""
        rng = random.Random(11)
        for _ in range(8):
            counts, children = tree_counts(rng, 4)
            tp = sdc.protect_tree(counts, children, "PK", EXACT)
            s = System()
            for node, vec in counts.items():
                ns = tp.nodes[node]
                for g, v in enumerate(vec):
                    s.publish((node, g), None if ns.groups[g] in WITHHELD else v)
                s.publish((node, "N"), None if ns.total in WITHHELD else sum(vec))
                s.total((node, "N"), [(node, g) for g in range(4)])
            for parent, kids in children.items():
                for g in [*range(4), "N"]:
                    s.total((parent, g), [(k, g) for k in kids])
            for node, vec in counts.items():
                for g, v in [*enumerate(vec), ("N", sum(vec))]:
                    if (node, g) not in s.lo:
                        lo, hi = s.range_of((node, g))
                        self.assertTrue(safe_range(v, lo, hi), (counts, node, g, v, lo, hi))

    def test_public_tables_never_show_a_station(self) -> None:
        units = make_units({"PB": ["KSR"]}, 2)
        cube = cube_from_cases([], scope="PK/PB/KSR/KSR-01/", geo_scope="PK/")
        with self.assertRaises(ValueError):
            build_report(
                cube, units=units, unit=units.by_code["KSR-01"], period=year_period(), grade=PUBLIC
            )


def releases(seed: int, n: int, policy: Policy) -> tuple[dict, dict]:
    """Public and exact reports of the nation, two provinces and their four districts."""
    rng = random.Random(seed)
    units = make_units({"PB": ["KSR", "LHR", "OKR"], "SD": ["KHI"]})
    period = year_period()
    cases = random_cases(rng, units, n, period, weights={"KSR": 1, "LHR": 3, "OKR": 0.2, "KHI": 1})
    public, exact = {}, {}
    with translation.override("en"):
        for code in ("PK", "PB", "SD", "KSR", "LHR", "OKR", "KHI"):
            u = units.by_code[code]
            public[code] = build_report(
                cube_from_cases(cases, scope=u.path, geo_scope="PK/"),
                units=units,
                unit=u,
                period=period,
                grade=PUBLIC,
                policy=policy,
            )
            exact[code] = build_report(
                cube_from_cases(cases, scope=u.path, geo_scope=u.path),
                units=units,
                unit=u,
                period=period,
                grade="internal",
            )
    return public, exact


class ReleaseAttackTests(unittest.TestCase):
    """Every public table of a year, for the nation, its provinces and its districts, read
    together: the table by province, the tables by district, each unit's own tables."""

    def check(self, seed: int, n: int, *, limit: int) -> None:
        public, exact = releases(seed, n, EXACT)
        s, published, truth = System(), {}, {}
        for code in public:
            published.update(read_report(s, public[code]))
            truth.update(read_report(None, exact[code]))
        for key, v in published.items():
            self.assertFalse(v is not None and 0 < v < 10, key)
        hidden = [k for k, v in published.items() if v is None and k in truth]
        small = [k for k in hidden if 0 < (truth[k] or 0) < 10]
        rest = [k for k in hidden if k not in small]
        random.Random(seed).shuffle(rest)
        for key in small[:limit] + rest[: limit // 3]:
            lo, hi = s.range_of(key)
            self.assertTrue(safe_range(truth[key], lo, hi), (seed, key, truth[key], lo, hi))

    def test_a_sparse_year(self) -> None:
        self.check(seed=1, n=120, limit=45)

    def test_a_busier_year(self) -> None:
        self.check(seed=2, n=600, limit=45)


class CrossLevelTests(unittest.TestCase):
    def test_a_province_and_all_its_districts_with_rounding(self) -> None:
        """The province's tables by sex, age, month... are the sums of its districts': an
        attacker holding all of them, reading rounded numbers as the 5 values they stand for,
        still cannot pin any small count."""
        public, exact = releases(3, 500, sdc.DEFAULT_POLICY)
        s, published, truth = System(), {}, {}
        for code in ("PB", "KSR", "LHR", "OKR"):
            published.update(read_report(s, public[code], rounding=5))
            truth.update(read_report(None, exact[code]))
        keys = {k[1:] for k in published if k[0] == "PB" and k[1] not in ("g", "N", "pg", "pN")}
        link_levels(s, "PB", ["KSR", "LHR", "OKR"], keys)
        small = [k for k, v in published.items() if v is None and 0 < (truth.get(k) or 0) < 10]
        self.assertTrue(small)
        for key in small[:30]:
            lo, hi = s.range_of(key)
            self.assertLess(lo, hi, key)
            self.assertLessEqual(lo, truth[key] - 1, key)
