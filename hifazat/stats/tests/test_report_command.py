"""``hifazat report``: formats, the public rules, the audit record, and the Urdu PDF.

Nastaliq text does not come back out of a PDF (pdftotext), so the Urdu PDF is checked the way
machine-recipes.md §4 says: the embedded fonts (pdffonts), the Urdu title and keywords (pdfinfo),
and a rendered page image (pdftoppm).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import unittest
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError

from hifazat.audit.models import AuditEvent
from hifazat.stats.tests.fixtures import StatsFixture

POPPLER = all(shutil.which(t) for t in ("pdffonts", "pdfinfo", "pdftoppm"))


class ReportCommandTests(StatsFixture):
    def run_report(self, *args: str) -> bytes:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            call_command("report", *args, "--output", str(out), stderr=StringIO())
            return out.read_bytes()

    def test_json_has_every_table_and_a_count_or_null_per_row(self) -> None:
        data = json.loads(self.run_report("--year", "2025", "--province", "PB", "--format", "json"))
        self.assertEqual(data["grade"], "internal")
        self.assertEqual(data["summary"]["cases"], 7)
        self.assertEqual(
            set(data["tables"]),
            {
                "categories",
                "sex",
                "age",
                "geography",
                "month",
                "fir",
                "place",
                "urban",
                "relation",
                "change",
            },
        )
        self.assertIn(
            {"group": "abduction", "category": "abduction", "count": 1},
            data["tables"]["categories"]["rows"],
        )

    def test_public_output_never_names_a_station(self) -> None:
        text = self.run_report(
            "--year", "2025", "--district", "KSR", "--public", "--format", "json"
        )
        data = json.loads(text)
        self.assertEqual(data["grade"], "public")
        self.assertNotIn("TST-01", text.decode())
        for table in data["tables"].values():
            self.assertNotIn("station", table["dimensions"])
            for row in table["rows"]:
                c = row["count"]
                self.assertTrue(c is None or c == 0 or c >= 10)

    def test_public_output_finer_than_a_district_is_refused(self) -> None:
        with self.assertRaisesMessage(CommandError, "no finer than a district"):
            self.run_report("--year", "2025", "--district", "TST-01", "--public")

    def test_the_export_is_audited_as_the_system(self) -> None:
        self.run_report("--year", "2025", "--public", "--format", "csv")
        event = AuditEvent.objects.order_by("-seq").first()
        assert event is not None
        self.assertEqual(event.action, "stats.exported")
        self.assertIsNone(event.actor_id)
        self.assertIn("system", event.actor_label)
        self.assertEqual(event.details["format"], "csv")

    @unittest.skipUnless(POPPLER, "poppler-utils (pdffonts, pdfinfo, pdftoppm) not installed")
    def test_the_urdu_pdf_embeds_nastaliq_and_carries_urdu_metadata(self) -> None:
        pdf = self.run_report("--year", "2024", "--public", "--format", "pdf", "--lang", "ur")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "ur.pdf"
            path.write_bytes(pdf)
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True)
            self.assertRegex(fonts.stdout, r"\+UrduNastaliq\s+CID TrueType\s+Identity-H\s+yes yes")
            info = subprocess.run(
                ["pdfinfo", "-enc", "UTF-8", path], capture_output=True, text=True, check=True
            ).stdout
            self.assertIn("Title:           بچوں کے تحفظ کے اعداد و شمار 2024: پاکستان", info)
            self.assertIn("Keywords:        بچوں کا تحفظ, اعداد و شمار, پولیس", info)
            subprocess.run(
                ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", path, Path(tmp) / "page"],
                check=True,
            )
            image = next(Path(tmp).glob("page*.png"))
            self.assertGreater(image.stat().st_size, 5_000)  # a page with text on it, not blank

    @unittest.skipUnless(POPPLER, "poppler-utils not installed")
    def test_the_english_pdf(self) -> None:
        pdf = self.run_report("--year", "2025", "--province", "PB", "--format", "pdf")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "en.pdf"
            path.write_bytes(pdf)
            info = subprocess.run(
                ["pdfinfo", "-enc", "UTF-8", path], capture_output=True, text=True, check=True
            ).stdout
            self.assertIn("Title:           Child protection statistics 2025: Punjab", info)
            self.assertIn("Internal tables", info)
