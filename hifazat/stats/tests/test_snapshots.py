"""Statistics snapshots: counted ahead by ``hifazat stats refresh``, read by the dashboard and the
scorecards while young, counted again once too old; the same numbers as counting afresh."""

from __future__ import annotations

import datetime as dt
import io

from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from hifazat.accounts.models import OrgUnit
from hifazat.cases.tests.factories import register
from hifazat.stats import snapshots
from hifazat.stats.models import Snapshot
from hifazat.stats.reports import cube_key, make_report
from hifazat.stats.scorecards import build_scorecard, scorecard_to_json, snapshot_key
from hifazat.stats.selectors import fetch_cube
from hifazat.stats.tables import INTERNAL, PUBLIC

from .fixtures import StatsFixture, at


class SnapshotTests(StatsFixture):
    def setUp(self) -> None:
        cache.clear()

    def test_a_cube_survives_the_round_trip_through_json(self) -> None:
        national = OrgUnit.objects.get(kind="national")
        cube = fetch_cube(scope=national.path, geo_scope=national.path, period=self.period)
        again = snapshots.cube_from_json(snapshots.cube_to_json(cube))
        self.assertEqual(
            {k: v for k, v in again.arms.items() if v}, {k: v for k, v in cube.arms.items() if v}
        )

    def test_the_refresh_counts_ahead_and_the_dashboard_reads_it(self) -> None:
        out = io.StringIO()
        call_command("stats", "refresh", stdout=out)
        self.assertIn("Statistics refresh:", out.getvalue())
        punjab = OrgUnit.objects.get(code="PB")
        kept = Snapshot.objects.get(key=cube_key(INTERNAL, punjab, self.period))
        self.assertTrue(Snapshot.objects.filter(key=cube_key(PUBLIC, punjab, self.period)).exists())
        self.assertTrue(Snapshot.objects.filter(key=snapshot_key(punjab, self.period)).exists())
        # A snapshot holds grouped counts only: nothing about a child.
        self.assertNotIn("Testina", str(kept.payload))
        fresh = self.report("PB")
        shown = make_report(
            unit=punjab, period=self.period, grade=INTERNAL, language="en", cached=True
        )
        self.assertEqual(shown.headline, fresh.headline)
        self.assertEqual(shown.generated_at, kept.computed_at)  # the page says when it was counted
        # A case registered after the refresh shows once the snapshot is too old, not before.
        register(self.personas["investigating_officer"], self.station, at=at(2025, 8, 1))
        cache.clear()
        stale = make_report(
            unit=punjab, period=self.period, grade=INTERNAL, language="en", cached=True
        )
        self.assertEqual(stale.headline.total, fresh.headline.total)
        Snapshot.objects.update(computed_at=timezone.now() - dt.timedelta(hours=1))
        cache.clear()
        recounted = make_report(
            unit=punjab, period=self.period, grade=INTERNAL, language="en", cached=True
        )
        self.assertEqual(recounted.headline.total, (fresh.headline.total or 0) + 1)

    def test_public_and_exact_tables_from_the_refresh_match_counting_afresh(self) -> None:
        call_command("stats", "refresh", stdout=io.StringIO())
        kasur = OrgUnit.objects.get(code="KSR")
        for grade in (INTERNAL, PUBLIC):
            with self.subTest(grade=grade):
                cache.clear()
                shown = make_report(
                    unit=kasur, period=self.period, grade=grade, language="en", cached=True
                )
                fresh = make_report(unit=kasur, period=self.period, grade=grade, language="en")
                self.assertEqual(
                    [t.records() for t in shown.tables], [t.records() for t in fresh.tables]
                )

    def test_a_scorecard_snapshot_reads_back_the_same_scores(self) -> None:
        kasur = OrgUnit.objects.get(code="KSR")
        counted = build_scorecard(kasur, self.period)
        snapshots.write(
            snapshot_key(kasur, self.period),
            scorecard_to_json(counted),
            computed_at=timezone.now(),
            seconds=0.1,
        )
        read = build_scorecard(kasur, self.period, cached=True)
        self.assertEqual(read.total, counted.total)
        self.assertEqual(read.by_child, counted.by_child)
        self.assertEqual(read.by_month, counted.by_month)

    @override_settings(HIFAZAT_STATS_SNAPSHOT_MINUTES=0)
    def test_with_no_snapshot_age_allowed_every_page_counts_afresh(self) -> None:
        call_command("stats", "refresh", stdout=io.StringIO())
        self.assertIsNone(
            snapshots.read(cube_key(INTERNAL, OrgUnit.objects.get(code="PB"), self.period))
        )
