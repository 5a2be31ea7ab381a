"""Counts from the case register, checked against a small fixture counted by hand."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from hifazat.accounts.models import OrgUnit
from hifazat.stats.reports import make_report, make_reports, period_for
from hifazat.stats.selectors import Period, fetch_cube
from hifazat.stats.tables import INTERNAL, PUBLIC, Report
from hifazat.stats.tests.fixtures import StatsFixture


def column(report: Report, key: str, col: int = 0) -> dict[str, int | None]:
    """Row code -> value; a group's subtotal line is "<group>:all"."""
    t = report.table(key)
    out = {}
    for i, r in enumerate(t.rows):
        code = f"{r.code}:all" if r.total and dict(r.dims).get("category") == "total" else r.code
        out[code] = t.values[i][col]
    return out


class CountTests(StatsFixture):
    def test_each_case_is_counted_once_in_its_gravest_category(self) -> None:
        cats = column(self.report(), "categories")
        self.assertEqual(cats["rape"], 1)  # rape + abduction sections
        self.assertEqual(cats["sodomy"], 1)
        self.assertEqual(cats["murder_after_abuse"], 1)
        self.assertEqual(cats["sexual_abuse:all"], 3)  # the group line: 1 + 1 + 1
        self.assertEqual(cats["sexual_abuse"], 0)  # no sexual-abuse section without a sub-type
        self.assertEqual(cats["abduction"], 1)
        self.assertEqual(cats["missing"], 1)
        self.assertEqual(cats["child_marriage"], 1)
        self.assertEqual(cats["witness"], 1)
        self.assertEqual(cats["conflict"], 0)  # reported in 2026, Pakistan time
        self.assertEqual(cats["total:all"], 7)

    def test_sex_and_sahil_age_bands(self) -> None:
        r = self.report()
        sex = r.table("sex")
        totals = dict(zip([c.code for c in sex.cols], sex.values[-1], strict=True))
        self.assertEqual((totals["female"], totals["male"], totals["total"]), (5, 2, 7))
        age = r.table("age")
        bands = dict(zip([c.code for c in age.cols], age.values[-1], strict=True))
        self.assertEqual(
            bands, {"0-5": 1, "6-10": 2, "11-15": 2, "16-18": 1, "unknown": 1, "total": 7}
        )
        # The sexual-abuse row: a girl (rape), a boy (sodomy), a girl of unknown age (murder).
        row = age.rows.index(next(x for x in age.rows if x.code == "sexual_abuse"))
        self.assertEqual(age.values[row], [0, 1, 1, 0, 1, 3])

    def test_months_are_pakistan_months(self) -> None:
        months = column(self.report(), "month")
        self.assertEqual(months["2025-01"], 1)  # 23:30 PKT on 31 January
        self.assertEqual(months["2025-03"], 2)
        self.assertEqual(months["2025-05"], 2)
        self.assertEqual(months["2025-12"], 0)  # 19:30 UTC on 31 December is 2026 in Pakistan
        self.assertEqual(months["total"], 7)

    def test_districts_relation_place_area_and_fir(self) -> None:
        r = self.report()
        geo = r.table("geography")
        totals = {row.code: geo.values[i][-1] for i, row in enumerate(geo.rows)}
        self.assertEqual((totals["KSR"], totals["LHR"], totals["total"]), (6, 1, 7))
        self.assertEqual(
            {k: v for k, v in column(r, "relation").items() if v},
            {"relative": 1, "stranger": 1, "acquaintance": 1, "total": 3},
        )
        self.assertEqual(
            {k: v for k, v in column(r, "place").items() if v},
            {"victim_home": 1, "street": 1, "unknown": 5, "total": 7},
        )
        self.assertEqual(column(r, "urban"), {"urban": 1, "rural": 1, "unknown": 5, "total": 7})
        fir = r.table("fir")
        self.assertEqual(fir.values[-1], [3, 4, 7])
        self.assertEqual(r.headline.fir_share, 43)

    def test_children_a_day_and_change_against_the_previous_year(self) -> None:
        r = self.report()
        self.assertEqual(r.headline.total, 7)
        self.assertEqual(r.headline.per_day, round(7 / 365, 1))
        self.assertEqual(r.headline.previous_total, 1)
        self.assertEqual(r.headline.change, 600)
        change = r.table("change")
        abduction = next(i for i, x in enumerate(change.rows) if x.code == "abduction")
        self.assertEqual(change.values[abduction], [1, 1, 0])

    def test_a_district_breaks_down_by_station_only_internally(self) -> None:
        internal = self.report("KSR")
        geo = internal.table("geography")
        self.assertEqual([r.code for r in geo.rows], ["TST-01", "total"])
        self.assertEqual(geo.values[0][-1], 6)
        public = self.report("KSR", PUBLIC)
        self.assertNotIn("geography", [t.key for t in public.tables])
        text = str(public.to_json())
        self.assertNotIn("TST-01", text)

    def test_public_tables_of_a_few_cases_show_nothing_small(self) -> None:
        r = self.report("PB", PUBLIC)
        self.assertIsNone(r.headline.total)  # 7 cases: fewer than 10
        for t in r.tables:
            for row in t.values:
                for v in row:
                    self.assertFalse(v is not None and 0 < v < 10, (t.key, row))

    def test_side_by_side_with_sahil_only_for_a_year_sahil_published(self) -> None:
        keys = [t.key for t in self.report().tables]
        self.assertNotIn("sahil", keys)  # Sahil has no 2025 annual figures in sahil.json
        unit = OrgUnit.objects.get(code="PB")
        r = make_report(unit=unit, period=Period.year(2024), grade=INTERNAL, language="en")
        sahil = r.table("sahil")
        rows = {row.code: sahil.values[i] for i, row in enumerate(sahil.rows)}
        self.assertEqual(rows["total_cases"], [1, 3364])
        self.assertEqual(rows["abduction"], [1, 1204])
        self.assertEqual(rows["sodomy"], [0, None])  # not published for 2024
        self.assertIn("Media-reported", sahil.cols[1].label)

    def test_one_statement_and_a_bounded_number_of_queries(self) -> None:
        unit = OrgUnit.objects.get(code="PB")
        with CaptureQueriesContext(connection) as ctx:
            make_report(unit=unit, period=self.period, grade=PUBLIC, language="en")
        # Offence ranks, the organisation, the counting statement (+ transaction bookkeeping).
        selects = [
            q
            for q in ctx.captured_queries
            if q["sql"].lstrip().upper().startswith(("SELECT", "WITH"))
        ]
        self.assertLessEqual(len(selects), 3, [q["sql"][:80] for q in selects])

    def test_both_grades_from_one_count_match_the_separate_reports(self) -> None:
        unit = OrgUnit.objects.get(code="PB")
        both = make_reports(unit=unit, period=self.period, language="en")
        for grade in (INTERNAL, PUBLIC):
            alone = self.report("PB", grade)
            self.assertEqual(
                [t.values for t in both[grade].tables], [t.values for t in alone.tables], grade
            )

    def test_labels_follow_the_language(self) -> None:
        with translation.override("ur"):
            r = self.report(lang="ur")
        cats = r.table("categories")
        self.assertEqual(cats.title, "زمرے کے لحاظ سے کیس")
        self.assertIn("اغوا", [row.label for row in cats.rows])


class PeriodTests(StatsFixture):
    def test_public_tables_of_this_year_stop_at_the_last_whole_month(self) -> None:
        today = dt.date(2026, 11, 29)
        self.assertEqual(
            period_for(2026, PUBLIC, today), Period(dt.date(2026, 1, 1), dt.date(2026, 11, 1))
        )
        self.assertEqual(period_for(2026, INTERNAL, today).end, dt.date(2026, 11, 30))
        self.assertEqual(period_for(2025, PUBLIC, today), Period.year(2025))

    def test_the_previous_period_is_the_same_dates_a_year_before(self) -> None:
        p = Period(dt.date(2026, 1, 1), dt.date(2026, 11, 1)).previous()
        self.assertEqual(p, Period(dt.date(2025, 1, 1), dt.date(2025, 11, 1)))
        self.assertEqual(Period.year(2025).previous(), Period.year(2024))

    def test_fetch_refuses_a_geography_that_does_not_contain_the_unit(self) -> None:
        with self.assertRaises(ValueError):
            fetch_cube(scope="PK/PB/", geo_scope="PK/SD/", period=self.period)
