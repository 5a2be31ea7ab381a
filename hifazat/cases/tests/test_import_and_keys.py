from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from hifazat.cases import identity as vault
from hifazat.cases import selectors
from hifazat.cases.keys import key_usage, rotate
from hifazat.cases.models import Case, Child, Event, IdentityToken
from hifazat.cases.tests.factories import SYNTHETIC, register
from hifazat.cases.tests.test_register import CaseTestCase
from hifazat.cases.vault import KeyRing


def line(**overrides: object) -> str:
    at = (timezone.now() - dt.timedelta(days=2)).isoformat()
    record: dict[str, object] = {
        "case_kind": "missing",
        "contact_kind": "report",
        "at": at,
        "location": "station",
        "station": "TST-01",
        "child": {
            "sex": "male",
            "age_years": 10,
            "age_basis": "stated",
            "given_name": "Importa",
            "family_name": "Zarqoon",
            "phone": "0399-1112223",
        },
        "events": [{"kind": "zarra_notified", "at": at}],
        "people": [{"role": "guardian", "relation": "family_member", "sex": "female"}],
    }
    record.update(overrides)
    return json.dumps(record, ensure_ascii=False)


class ImportTests(CaseTestCase):
    def write(self, tmp: Path, lines: list[str]) -> str:
        path = tmp / "register.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    def run_import(self, path: str, *args: str) -> tuple[str, str]:
        out, err = StringIO(), StringIO()
        call_command(
            "cases", "import", path, "--as", "investigating_officer", *args, stdout=out, stderr=err
        )
        return out.getvalue(), err.getvalue()

    def test_a_clean_file_is_imported_whole(self) -> None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = self.write(
                Path(tmp), [line(), line(case_kind="found", contact_kind="recovery", events=[])]
            )
            out, _err = self.run_import(path)
        self.assertIn("Imported 2 cases", out)
        self.assertEqual(Case.objects.count(), 2)
        self.assertEqual(Event.objects.filter(kind="zarra_notified").count(), 1)

    def test_errors_are_reported_by_line_and_nothing_is_imported(self) -> None:
        import tempfile

        bad_child = {
            "sex": "male",
            "age_years": 30,
            "age_basis": "stated",
            "given_name": "Importa",
            "phone": "0399-1112223",
        }
        lines = [
            line(),
            "{not json",
            line(child=bad_child),
            line(station="TST-99"),
            line(events=[{"kind": "zarra_notified", "at": "2999-01-01T00:00:00+05:00"}]),
        ]
        with tempfile.TemporaryDirectory() as tmp:
            path = self.write(Path(tmp), lines)
            with self.assertRaisesMessage(CommandError, "Nothing imported"):
                self.run_import(path)
            self.assertEqual(Case.objects.count(), 0)
            err = StringIO()
            with self.assertRaises(CommandError):
                call_command(
                    "cases",
                    "import",
                    path,
                    "--as",
                    "investigating_officer",
                    stdout=StringIO(),
                    stderr=err,
                )
            report = err.getvalue()
            self.assertIn("line 2: not valid JSON", report)
            self.assertIn("line 3, age_years:", report)
            self.assertIn("line 4, station:", report)
            self.assertIn("line 5, events[0].at:", report)
            self.assertNotIn("Importa", report)
            self.assertNotIn("1112223", report)
            out, _ = self.run_import(path, "--skip-errors")
        self.assertIn("Imported 1 cases", out)
        self.assertEqual(Case.objects.count(), 1)

    def test_a_dry_run_saves_nothing(self) -> None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            out, _ = self.run_import(self.write(Path(tmp), [line()]), "--dry-run")
        self.assertIn("Dry run: 1 lines, 0 errors", out)
        self.assertEqual(Case.objects.count(), 0)


class KeyRotationTests(CaseTestCase):
    def test_rotation_re_encrypts_everything_and_search_keeps_working(self) -> None:
        io = self.personas["investigating_officer"]
        first = register(io, self.station)
        old_ring = vault.keyring()
        new_ring = old_ring.with_new_current(KeyRing.new_key_entry("k9"))
        with override_settings(HIFAZAT_ENCRYPTION_KEY=new_ring.to_config()):
            # Mid-rotation: old values still open, search still finds them.
            self.assertEqual(
                selectors.children_matching_name(SYNTHETIC.family_name), [first.child_id]
            )
            second = register(io, self.station)
            self.assertEqual(key_usage(), {old_ring.current: 1, "k9": 1})
            report = rotate(actor=None)
            self.assertEqual(report.children, 1)
            self.assertEqual(key_usage(), {"k9": 2})
            for child in Child.objects.all():
                self.assertEqual(
                    vault.open_child(child.identity_enc, ref=child.ref).given_name,
                    SYNTHETIC.given_name,
                )
            self.assertEqual(
                sorted(selectors.children_matching_name(SYNTHETIC.family_name)),
                sorted([first.child_id, second.child_id]),
            )
            tokens_before = IdentityToken.objects.count()
        # Once the old key is dropped, values sealed under it would be unreadable: none are left.
        only_new = KeyRing(keys={"k9": new_ring.keys["k9"]}, current="k9")
        with override_settings(HIFAZAT_ENCRYPTION_KEY=only_new.to_config()):
            for child in Child.objects.all():
                vault.open_child(child.identity_enc, ref=child.ref)
            self.assertEqual(IdentityToken.objects.count(), tokens_before)


class DemoCasesTests(CaseTestCase):
    def test_the_demo_generates_valid_cases_with_timelines_through_the_import_path(self) -> None:
        out = StringIO()
        call_command(
            "demo", stations_per_district=1, cases=12, seed=5, stdout=out, stderr=StringIO()
        )
        self.assertIn("Generated 12 synthetic cases", out.getvalue())
        self.assertEqual(Case.objects.count(), 12)
        self.assertGreater(Event.objects.count(), 12)  # more than the opening events
        # Half the generated cases land in the demo district (Kasur), so its officers see work.
        self.assertGreaterEqual(Case.objects.filter(district__code="KSR").count(), 3)
        call_command("demo", stations_per_district=1, cases=12, stdout=out, stderr=StringIO())
        self.assertEqual(Case.objects.count(), 12)  # again: reuses what exists
        for child in Child.objects.all():
            ident = vault.open_child(child.identity_enc, ref=child.ref)
            self.assertTrue(ident.phone.startswith("039"))  # unallocated range: never real
