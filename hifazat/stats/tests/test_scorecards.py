"""Station scorecards from real timelines (issue 6 part 2): every indicator with a met and a
missed case, recorded through the case services so the safeguards refresh stores the
obligations the scorecard reads; the pages, the drill-down and what each role sees."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.utils import timezone

from hifazat.accounts.models import OrgUnit, User
from hifazat.cases import services as case_services
from hifazat.cases.models import Case, Offence
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import register
from hifazat.stats.scorecards import (
    Scorecard,
    build_scorecard,
    count_scorecards,
    indicator,
    indicators,
)
from hifazat.stats.scoring import Indicator
from hifazat.stats.selectors import Period
from hifazat.testing import HOME_DISTRICT, HifazatTestCase, make_station, make_user

PKT = ZoneInfo("Asia/Karachi")
ONE_DAY = dt.timedelta(days=1)
T0 = dt.datetime(2025, 3, 10, 10, 0, tzinfo=PKT)  # every clock below ran out long ago
YEAR = Period(dt.date(2025, 1, 1), dt.date(2026, 1, 1))
STATEMENT = {"by_sex": "female", "by_rank": "SI", "where": "home", "present": ["guardian"]}

# For each indicator: the child (kind, sex, age, offences) and the events (kind, hours after
# the report, details) of a case that meets it and of one that misses it.
Steps = list[tuple[str, float, dict[str, Any]]]
ARREST: Steps = [("arrested", 0, {})]
BOY = ("conflict", "male", 15, ("PPC-328-A",))  # a minor offence: diversion applies
GIRL_354 = ("victim", "female", 13, ("PPC-354",))
GIRL_RAPE = ("victim", "female", 12, ("PPC-376(3)",))
VICTIM_BOY = ("victim", "male", 9, ())
MISSING = ("missing", "female", 12, ())
FOUND = ("found", "male", 8, ())


def stmt(hours: float, **details: Any) -> tuple[str, float, dict[str, Any]]:
    return ("statement_recorded", hours, {**STATEMENT, **details})


SCENARIOS: dict[str, tuple[tuple[Any, ...], Steps, Steps]] = {
    "guardian_informed_2h": (
        BOY,
        [*ARREST, ("guardian_informed", 1.5, {"how": "phone"})],
        [*ARREST, ("guardian_informed", 2.5, {"how": "phone"})],
    ),
    "probation_informed_24h": (
        BOY,
        [*ARREST, ("probation_informed", 20, {})],
        ARREST,  # never told
    ),
    "court_within_24h": (
        BOY,
        [*ARREST, ("court_production", 23, {"court": "juvenile"})],
        [*ARREST, ("court_production", 25, {"court": "magistrate"})],
    ),
    "lawyer_within_24h": (
        BOY,
        [*ARREST, ("lawyer_contacted", 20, {"lawyer_kind": "legal_aid"})],
        [*ARREST, ("lawyer_contacted", 26, {"lawyer_kind": "legal_aid"})],
    ),
    "children_in_lockup": (
        BOY,
        [*ARREST, ("custody_changed", 1, {"location": "observation_home"})],
        [*ARREST, ("custody_changed", 1, {"location": "police_lockup"})],
    ),
    "interrogation_si_with_probation": (
        BOY,
        [stmt(2, by_sex="male", present=["probation_officer", "guardian"])],
        [stmt(2, by_sex="male", present=["guardian"])],
    ),
    "diversion_referrals": (
        BOY,
        [("diversion_referral", 30, {})],
        [],  # never referred
    ),
    "girl_statement_female_officer": (
        GIRL_354,
        [stmt(2, by_sex="male", present=["female_officer"])],
        [stmt(2, by_sex="male", present=["guardian"])],
    ),
    "medical_within_24h": (
        GIRL_RAPE,
        [("medical_exam", 20, {"examiner_sex": "female", "consent": True})],
        [("medical_exam", 30, {"examiner_sex": "female", "consent": True})],
    ),
    "interviews_per_victim": (VICTIM_BOY, [stmt(2)], [stmt(2), stmt(30)]),
    "statement_outside_station": (
        GIRL_RAPE,
        [stmt(2, where="home")],
        [stmt(2, where="police_station")],
    ),
    "zarra_notice_minutes": (
        MISSING,
        [
            ("zarra_notified", 1 + 50 / 60, {}),
            ("fir_registered", 1, {"fir_number": "1/25", "fir_date": "2025-03-10"}),
        ],
        [
            ("zarra_notified", 2 + 10 / 60, {}),
            ("fir_registered", 3, {"fir_number": "2/25", "fir_date": "2025-03-10"}),
        ],
    ),
    "zainab_alert_reporter_24h": (
        MISSING,
        [
            ("complaint_received", 0, {"source": "zainab_alert_app"}),
            ("reporter_contacted", 10, {}),
        ],
        [
            ("complaint_received", 0, {"source": "zainab_alert_app"}),
            ("reporter_contacted", 30, {}),
        ],
    ),
    "return_interview": (
        MISSING,
        [("child_recovered", 10, {}), stmt(13)],
        [("child_recovered", 10, {})],  # nobody asked the child why it left
    ),
    "destitute_to_cp_24h": (
        FOUND,
        [("cp_referral", 20, {"to": "cpwb"})],
        [("cp_referral", 30, {"to": "cpwb"})],
    ),
}


def week(code: str) -> dt.datetime:
    return T0 + dt.timedelta(weeks=list(SCENARIOS).index(code))


def week_of(code: str) -> Period:
    start = week(code).date()
    return Period(start, start + dt.timedelta(days=7))


class ScorecardCase(HifazatTestCase):
    second: ClassVar[OrgUnit]
    cases: ClassVar[dict[tuple[str, str, str], Case]]
    officers: ClassVar[dict[int, User]]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        load_offences()
        cls.second = make_station(HOME_DISTRICT, "TST-02", "Test Cantt")
        io = cls.personas["investigating_officer"]
        assert io.role is not None
        cls.officers = {cls.station.pk: io, cls.second.pk: make_user("io-2", io.role, cls.second)}
        cls.cases = {}
        for code, (child, met, missed) in SCENARIOS.items():
            # The test station has a case that meets the indicator and one that misses it;
            # the second station only one that meets it. Each indicator in a week of its own,
            # so one indicator's cases do not count in another's.
            at = week(code)
            cls.cases[(code, "met", "TST-01")] = cls.record(cls.station, child, met, at)
            cls.cases[(code, "missed", "TST-01")] = cls.record(cls.station, child, missed, at)
            cls.cases[(code, "met", "TST-02")] = cls.record(cls.second, child, met, at)

    @classmethod
    def record(
        cls, station: OrgUnit, child: tuple[Any, ...], steps: Steps, at: dt.datetime = T0
    ) -> Case:
        kind, sex, age, offence_codes = child
        officer = cls.officers[station.pk]
        offences = list(Offence.objects.filter(code__in=offence_codes))
        case = register(officer, station, kind=kind, sex=sex, age=age, at=at, offences=offences)
        for event, hours, details in steps:
            case_services.add_event(
                actor=officer,
                case=case,
                kind=event,
                at=at + dt.timedelta(hours=hours),
                details=details,
            )
        return case

    def district(self) -> OrgUnit:
        assert self.station.parent is not None
        return self.station.parent


class IndicatorTests(ScorecardCase):
    def card(self, code: str) -> Scorecard:
        return build_scorecard(self.district(), week_of(code))

    def ind(self, code: str) -> Indicator:
        return next(i for i in indicators() if i.code == code)

    def test_a_station_that_met_it_is_on_target_and_one_that_missed_it_is_not(self) -> None:
        for code in SCENARIOS:
            card, ind = self.card(code), self.ind(code)
            with self.subTest(indicator=f"{ind.id} {code}"):
                good = card.child_score("TST-02", ind)
                both = card.child_score("TST-01", ind)
                if ind.op == "trend":  # judged against the period before: see TrendTests
                    self.assertEqual((good.value, both.value), (100.0, 50.0))
                    continue
                self.assertIs(good.on_target, True, good)
                self.assertIs(both.on_target, False, both)

    def test_shares_count_each_case_once_as_met_or_missed(self) -> None:
        for code in SCENARIOS:
            card, ind = self.card(code), self.ind(code)
            if ind.measure != "share" or ind.op == "trend":
                continue
            with self.subTest(indicator=f"{ind.id} {code}"):
                both = card.child_score("TST-01", ind)
                self.assertEqual((both.met, both.decided, both.value), (1, 2, 50.0))
                total = card.score(ind)
                self.assertEqual((total.met, total.decided), (2, 3))

    def test_children_held_in_a_lockup_are_counted(self) -> None:
        card, ind = self.card("children_in_lockup"), self.ind("children_in_lockup")
        self.assertEqual(card.child_score("TST-01", ind).value, 1.0)
        self.assertEqual(card.child_score("TST-02", ind).value, 0.0)
        self.assertEqual(card.score(ind).value, 1.0)

    def test_median_interviews_per_child_victim(self) -> None:
        card, ind = self.card("interviews_per_victim"), self.ind("interviews_per_victim")
        self.assertEqual(card.child_score("TST-01", ind).value, 1.5)
        self.assertEqual(card.child_score("TST-02", ind).value, 1.0)

    def test_median_minutes_to_the_zarra_notice_and_to_the_fir(self) -> None:
        card, ind = self.card("zarra_notice_minutes"), self.ind("zarra_notice_minutes")
        both = card.child_score("TST-01", ind)
        self.assertAlmostEqual(both.value or 0, 120.0)  # median of 110 and 130 minutes
        self.assertEqual(both.within, 50.0)
        self.assertAlmostEqual(both.fir_median or 0, 120.0)  # median of 60 and 180 minutes

    def test_the_cases_count_in_the_month_their_clock_started(self) -> None:
        card = build_scorecard(self.district(), YEAR)
        ind = self.ind("guardian_informed_2h")
        months = dict(card.month_scores(ind))
        # Three arrests (two at TST-01, one at TST-02) in the week of each scenario with one.
        expected: dict[str, int] = {}
        for code, (_child, met, missed) in SCENARIOS.items():
            if any(step[0] == "arrested" for step in met + missed):
                month = week(code).strftime("%Y-%m")
                expected[month] = expected.get(month, 0) + 3
        self.assertEqual({m: s.decided for m, s in months.items() if s.decided}, expected)
        self.assertEqual(sum(expected.values()), card.score(ind).decided)

    def test_the_ranking_puts_the_station_that_met_everything_first(self) -> None:
        for code in ("medical_within_24h", "destitute_to_cp_24h"):
            ranking = self.card(code).ranking()
            with self.subTest(code=code):
                self.assertEqual([r.key for r in ranking], ["TST-02", "TST-01"])
                self.assertEqual(ranking[0].compliance, 100.0)
                # Two or three decided checks each: listed, but too few to rank.
                self.assertEqual([r.rank for r in ranking], [None, None])


class OneCountTests(ScorecardCase):
    def test_many_areas_cut_from_one_count_equal_each_area_counted_alone(self) -> None:
        district = self.district()
        assert district.parent is not None
        national = OrgUnit.objects.get(kind="national")
        areas = [district.parent, district, self.station, self.second]
        cards = count_scorecards(national, areas, YEAR)
        for area in areas:
            alone = build_scorecard(area, YEAR)
            with self.subTest(area=area.code):
                for ind in indicators():
                    self.assertEqual(cards[area.code].score(ind), alone.score(ind), ind.code)
                    for (m1, s1), (m2, s2) in zip(
                        cards[area.code].month_scores(ind), alone.month_scores(ind), strict=True
                    ):
                        self.assertEqual((m1, s1), (m2, s2))
                self.assertEqual(
                    [r.key for r in cards[area.code].ranking()], [r.key for r in alone.ranking()]
                )


class TrendTests(ScorecardCase):
    def test_a_year_to_date_is_compared_with_the_same_dates_a_year_earlier(self) -> None:
        child, met, _missed = SCENARIOS["guardian_informed_2h"]
        for month in (3, 5, 9):
            self.record(self.station, child, met, at=dt.datetime(2024, month, 10, 10, tzinfo=PKT))
        to_june = Period(dt.date(2025, 1, 1), dt.date(2025, 6, 1))
        card = build_scorecard(self.district(), to_june)
        ind = indicator(1)
        assert ind is not None
        # January to May 2024 is compared; September 2024 lies between the two: in neither.
        self.assertEqual(card.previous_score(ind).decided, 2)
        # The five scenarios with an arrest (guardian to lock-up) fall in March and April 2025.
        self.assertEqual(card.score(ind).decided, 3 * 5)
        self.assertEqual(build_scorecard(self.district(), YEAR).previous_score(ind).decided, 3)

    def test_diversion_rising_against_the_year_before(self) -> None:
        child, _met, missed = SCENARIOS["diversion_referrals"]
        last_year = T0 - dt.timedelta(days=365)
        self.record(self.station, child, missed, at=last_year)
        self.record(self.second, child, missed, at=last_year)
        self.record(self.second, child, missed, at=last_year)
        card = build_scorecard(self.district(), YEAR)
        ind = indicator(7)
        assert ind is not None
        # TST-01: 0% the year before, 50% now: rising. TST-02: 0% then 100% now.
        self.assertIs(card.child_score("TST-01", ind).on_target, True)
        self.assertEqual(card.previous_score(ind).value, 0.0)
        self.assertIs(card.score(ind).on_target, True)


class PageTests(ScorecardCase):
    def setUp(self) -> None:
        cache.clear()  # the pages keep a scorecard for five minutes; other tests made others

    def page(self, persona: str, query: str = "") -> Any:
        return self.client_for(persona).get(f"/stats/scorecard/?year=2025{query}")

    def test_the_sho_sees_the_stations_exact_scorecard_and_its_rank(self) -> None:
        r = self.page("sho")
        self.assertEqual(r.status_code, 200)
        rows = r.context["rows"]
        found = next(row for row in rows if row["ind"].id == 16)  # destitute children handed over
        self.assertEqual(found["value"], "50%")
        self.assertIn("1 of 2 cases", found["detail"])
        self.assertEqual(found["status"], "off")
        self.assertIn("<svg", found["spark"])
        self.assertEqual(r.context["standing"]["rank"], 2)  # of the two Kasur stations
        not_recorded = next(row for row in rows if row["ind"].id == 17)
        self.assertEqual(not_recorded["status"], "none")

    def test_the_district_page_ranks_its_stations(self) -> None:
        r = self.page("dpo")
        self.assertEqual(r.status_code, 200)
        names = [row["unit"] for row in r.context["ranking"]]
        self.assertEqual(names[:2], ["Test Cantt", "Test City"])
        self.assertContains(r, "Ranking")

    def test_public_figures_withhold_small_numbers_and_stations(self) -> None:
        r = self.page("analyst")  # stats.aggregate only: public figures
        self.assertEqual(r.status_code, 200)
        self.assertTrue(r.context["public"])
        values = {row["ind"].id: row["value"] for row in r.context["rows"]}
        self.assertEqual(values[16], "–")  # 3 cases: too few to show a share
        self.assertEqual(values[5], "–")  # one child held: withheld
        self.assertRegex(values[1], r"^\d+%$")  # 21 arrests: shown, as a whole percentage
        self.assertEqual(r.context["ranking"], [])  # no stations in public
        self.assertNotContains(r, "missed</a>")  # no drill-down
        station = self.client_for("analyst").get("/stats/scorecard/?year=2025&unit=TST-01")
        self.assertIn(station.status_code, {400, 404})

    def test_the_drill_down_lists_the_cases_that_missed_it_and_only_those(self) -> None:
        link = next(row for row in self.page("dpo").context["rows"] if row["ind"].id == 16)
        self.assertIn("/stats/scorecard/cases/", link["missed_link"])
        page = self.client_for("dpo").get(link["missed_link"])
        self.assertEqual(page.status_code, 200)
        missed = self.cases[("destitute_to_cp_24h", "missed", "TST-01")]
        met = self.cases[("destitute_to_cp_24h", "met", "TST-01")]
        self.assertContains(page, missed.code)
        self.assertNotContains(page, met.code)
        self.assertEqual(page.context["total"], 1)
        # Masked: no name of the child anywhere on the page.
        body = page.content.decode()
        self.assertNotIn("Testina", body)
        self.assertFalse(re.search(r"Zarqoon|Fakeer", body))

    def test_the_drill_down_stays_inside_the_users_area(self) -> None:
        url = "/stats/scorecard/cases/?year=2025&indicator=4&outcome=missed"
        outsider = self.client_for("outsider").get(f"{url}&unit=KSR")
        self.assertIn(outsider.status_code, {403, 404})
        # An SHO of TST-01 asking for the district is refused too (not in the station's scope).
        sho = self.client_for("sho").get(f"{url}&unit=KSR")
        self.assertIn(sho.status_code, {403, 404})

    def test_the_dashboard_points_to_the_scorecard(self) -> None:
        client = self.client_for("dpo")
        r = client.get("/stats/?year=2025")
        self.assertContains(r, "/stats/scorecard/?unit=KSR")
        # The dashboard never waits for a scorecard; once one is counted it gives the summary.
        self.assertNotContains(r, "indicators on target this year")
        client.get("/stats/scorecard/?year=2025")
        r = client.get("/stats/?year=2025")
        self.assertContains(r, "indicators on target this year")

    def test_the_exact_scorecard_downloads_as_csv_and_the_download_is_recorded(self) -> None:
        import csv
        import io

        from hifazat.audit.models import AuditEvent

        r = self.client_for("dpo").get("/stats/scorecard/?year=2025&format=csv")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r["Content-Type"], "text/csv; charset=utf-8")
        rows = list(csv.DictReader(io.StringIO(r.content.decode())))
        found = next(
            row
            for row in rows
            if (row["area"], row["code"], row["month"]) == ("TST-01", "destitute_to_cp_24h", "all")
        )
        self.assertEqual((found["value"], found["met"], found["decided"]), ("50.0", "1", "2"))
        self.assertEqual(found["on_target"], "0")
        event = AuditEvent.objects.get(action="stats.scorecard_exported")
        self.assertEqual(event.details["unit"], "KSR")
        public = self.client_for("analyst").get("/stats/scorecard/?year=2025&format=csv")
        self.assertEqual(public.status_code, 403)

    def test_the_page_reads_in_urdu(self) -> None:
        client = self.client_for("dpo")
        client.cookies["django_language"] = "ur"
        r = client.get("/stats/scorecard/?year=2025", HTTP_ACCEPT_LANGUAGE="ur")
        self.assertContains(r, 'dir="rtl"')
        self.assertContains(r, "سرپرست")  # indicator 1's Urdu name


class ReleaseIndicatorTests(HifazatTestCase):
    """Indicator 12 reads the release records: a published release counts against it when a
    supervisor kept words the guard had removed."""

    def publish(self, text: str, *, keep: str | None = None) -> None:
        from hifazat.publishing import services
        from hifazat.publishing.tests.factories import draft

        media, sho = self.personas["media_officer"], self.personas["sho"]
        release = draft(media, self.station, text)
        check = services.check(actor=media, release=release)
        if keep:
            services.override_finding(
                actor=self.personas["sdpo"],
                release=release,
                guard_check=check,
                finding=check.findings.get(category=keep),
                reason="The father is the complainant and spoke to the press himself.",
                two_factor_verified=True,
            )
        release.refresh_from_db()
        services.approve(actor=media, release=release, guard_check=check, approved_as="media")
        services.approve(actor=sho, release=release, guard_check=check, approved_as="command")
        release.refresh_from_db()
        services.publish(actor=media, release=release, guard_check=check)

    def score(self) -> Any:
        today = timezone.localdate()
        card = build_scorecard(self.station, Period(today.replace(day=1), today + ONE_DAY))
        ind = indicator(12)
        assert ind is not None
        return card.score(ind)

    def test_releases_published_as_the_guard_left_them_and_one_with_words_kept(self) -> None:
        from hifazat.publishing.tests.factories import TEXT

        self.publish("Kasur police held an open day for school children.")
        self.publish(TEXT)  # the guard redacts the names; published redacted
        s = self.score()
        self.assertEqual((s.published, s.kept, s.value, s.on_target), (2, 0, 100.0, True))
        self.publish(TEXT, keep="relative_name")
        s = self.score()
        self.assertEqual((s.published, s.kept, s.on_target), (3, 1, False))
        self.assertAlmostEqual(s.value or 0, 200 / 3)
