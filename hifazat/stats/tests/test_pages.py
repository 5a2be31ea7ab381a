"""The dashboard and exports: who sees exact numbers, drill-down, downloads, the audit trail."""

from __future__ import annotations

import csv
import io
import json

from django.core.cache import cache

from hifazat.audit.models import AuditEvent
from hifazat.stats.tests.fixtures import StatsFixture


class DashboardTests(StatsFixture):
    def setUp(self) -> None:
        cache.clear()

    def test_a_supervisor_sees_exact_numbers_and_drills_down_to_masked_cases(self) -> None:
        response = self.client_for("dpo").get("/stats/", {"year": 2025})
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("Exact numbers for police use", html)
        self.assertIn("<svg", html)  # charts drawn on the server
        self.assertIn('role="img"', html)
        self.assertNotIn('<script src="http', html)
        # Drill-down: Kasur district, its one station, to the case list (no names, codes only).
        self.assertIn("/cases/?date_from=2025-01-01&amp;date_to=2025-12-31", html)
        self.assertIn("station=", html)
        self.assertNotIn("Testina", html)

    def test_an_analyst_sees_public_grade_numbers_only(self) -> None:
        response = self.client_for("analyst").get("/stats/", {"year": 2025})
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("Public numbers", html)
        self.assertNotIn("/cases/?", html)  # no drill-down
        report = response.context["report"]
        self.assertEqual(report.grade, "public")
        for t in report.tables:
            for row in t.values:
                self.assertTrue(all(v is None or v == 0 or v >= 10 for v in row), t.key)

    def test_an_internal_user_can_preview_the_public_tables(self) -> None:
        response = self.client_for("dpo").get("/stats/", {"year": 2025, "grade": "public"})
        self.assertEqual(response.context["report"].grade, "public")

    def test_a_unit_outside_ones_area_is_not_shown(self) -> None:
        response = self.client_for("dpo").get("/stats/", {"unit": "LHR"})
        self.assertEqual(response.status_code, 404)

    def test_public_tables_of_a_police_station_are_refused(self) -> None:
        response = self.client_for("sho").get("/stats/", {"grade": "public", "year": 2025})
        self.assertEqual(response.status_code, 400)
        self.assertIn("no finer than a district", response.content.decode())

    def test_a_station_officer_without_statistics_is_refused(self) -> None:
        self.assertEqual(self.client_for("duty_officer").get("/stats/").status_code, 403)

    def test_the_urdu_page_is_right_to_left(self) -> None:
        client = self.client_for("dpo")
        client.cookies["django_language"] = "ur"
        html = client.get("/stats/", {"year": 2025}).content.decode()
        self.assertIn('dir="rtl"', html)
        self.assertIn("اعداد و شمار", html)


class ExportTests(StatsFixture):
    def test_a_public_export_is_audited_without_any_child_data(self) -> None:
        before = AuditEvent.objects.count()
        response = self.client_for("media_officer").get(
            "/stats/export/public/", {"format": "json", "year": 2025}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment;", response["Content-Disposition"])
        event = AuditEvent.objects.order_by("-seq").first()
        assert event is not None
        self.assertEqual(AuditEvent.objects.count(), before + 1)
        self.assertEqual(event.action, "stats.exported")
        self.assertEqual(event.details["grade"], "public")
        self.assertEqual(event.details["unit"], "KSR")
        text = json.dumps(event.details)
        for secret in ("Testina", "Zarqoon", "0399", "count"):
            self.assertNotIn(secret, text)

    def test_json_gives_every_table_as_rows_with_a_count_or_null(self) -> None:
        body = (
            self.client_for("dpo")
            .get("/stats/export/public/", {"format": "json", "year": 2025})
            .json()
        )
        self.assertEqual(body["grade"], "public")
        for key, table in body["tables"].items():
            for row in table["rows"]:
                self.assertIn("count", row)
                self.assertTrue(row["count"] is None or isinstance(row["count"], int), key)
                for dim in table["dimensions"]:
                    self.assertIn(dim, row)

    def test_csv_and_xlsx(self) -> None:
        client = self.client_for("dpo")
        text = client.get("/stats/export/internal/", {"format": "csv", "year": 2025}).content
        rows = list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))
        totals = [r for r in rows if r["table"] == "categories" and r["row"] == "total/total"]
        self.assertEqual(totals[0]["count"], "6")  # Kasur: six of the seven cases
        xlsx = client.get("/stats/export/internal/", {"format": "xlsx", "year": 2025}).content
        self.assertTrue(xlsx.startswith(b"PK"))  # a zip container

    def test_exports_need_their_permission(self) -> None:
        analyst = self.client_for("analyst")
        self.assertEqual(analyst.get("/stats/export/internal/", {"format": "csv"}).status_code, 403)
        auditor = self.client_for("auditor")  # exact numbers, but may not publish
        self.assertEqual(auditor.get("/stats/export/public/", {"format": "csv"}).status_code, 403)

    def test_an_unknown_format_is_a_clear_error(self) -> None:
        response = self.client_for("dpo").get("/stats/export/public/", {"format": "doc"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("csv", response.content.decode())
