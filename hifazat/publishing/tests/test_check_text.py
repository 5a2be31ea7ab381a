"""The "check a text" page and ``POST /api/v1/guard/check``: the text is checked, never stored."""

from __future__ import annotations

import io
import json
from typing import Any

from django.test import Client

from hifazat.api.services import create_token
from hifazat.audit.models import AuditEvent
from hifazat.cases.tests.factories import register
from hifazat.publishing import cli
from hifazat.testing import HifazatTestCase

TEXT = "Police recovered Testeena, 12, daughter of Fakir Testwala, r/o Mohalla Misaal, Kasur."
# No register name in it: the API and the command line must answer identically.
PLAIN = "Ayesha d/o Muhammad Aslam, r/o Chak 45 GB, Kasur, called 0300-1234567."


class CheckTextPageTests(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        register(cls.personas["investigating_officer"], cls.station)

    def test_the_page_checks_a_posted_text_and_shows_highlights_and_the_redaction(self) -> None:
        client = self.client_for("media_officer")
        page = client.get("/releases/check/")
        self.assertContains(page, '<form method="post" action="/releases/check/"')
        self.assertNotContains(page, 'data-testid="result"')
        r = client.post("/releases/check/", {"text": TEXT, "lang": "auto"})
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, 'data-testid="result"')
        self.assertContains(r, '<mark class="hl cat-child_name"')
        self.assertContains(r, "matches a child on the case register")
        self.assertContains(r, "[child&#x27;s name]")
        self.assertContains(r, "[relative&#x27;s name]")
        self.assertContains(r, "Kasur")

    def test_a_text_in_the_url_is_ignored(self) -> None:
        r = self.client_for("sho").get("/releases/check/", {"text": TEXT})
        self.assertNotContains(r, 'data-testid="result"')
        self.assertNotContains(r, "<mark")
        self.assertFalse(AuditEvent.objects.filter(action="guard.checked").exists())

    def test_the_check_is_audited_with_counts_only(self) -> None:
        self.client_for("sho").post("/releases/check/", {"text": TEXT, "lang": "en"})
        event = AuditEvent.objects.get(action="guard.checked")
        self.assertEqual(event.details["via"], "web")
        self.assertEqual(event.details["known_identity"], 2)
        self.assertGreaterEqual(event.details["findings"], 3)
        dump = str(list(AuditEvent.objects.values()))
        for word in ("Testeena", "Testwala", "Misaal"):
            self.assertNotIn(word, dump)

    def test_an_empty_text_is_a_field_error(self) -> None:
        r = self.client_for("sho").post("/releases/check/", {"text": "  ", "lang": "auto"})
        self.assertEqual(r.status_code, 400)
        self.assertContains(r, 'class="field has-error"', status_code=400)

    def test_the_page_is_in_urdu_for_urdu_readers(self) -> None:
        client = self.client_for("media_officer")
        client.cookies["django_language"] = "ur"
        r = client.post(
            "/releases/check/", {"text": "ٹیسٹینا ولد فقیر ٹیسٹ والا، قصور", "lang": "ur"}
        )
        self.assertContains(r, 'dir="rtl"')
        self.assertContains(r, "[بچے کا نام]")


class GuardApiTests(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        register(cls.personas["investigating_officer"], cls.station)
        cls.tokens = {
            p: create_token(actor=None, user=u, name="test")[1] for p, u in cls.personas.items()
        }

    def call(self, persona: str | None, body: Any) -> Any:
        headers = {"HTTP_AUTHORIZATION": f"Bearer {self.tokens[persona]}"} if persona else {}
        return Client().post(
            "/api/v1/guard/check", data=json.dumps(body), content_type="application/json", **headers
        )

    def test_it_answers_exactly_like_the_command_line(self) -> None:
        r = self.call("media_officer", {"text": PLAIN, "lang": "auto"})
        self.assertEqual(r.status_code, 200, r.content)
        code, out = cli.run(["--json", "-"], stdin=io.TextIOWrapper(io.BytesIO(PLAIN.encode())))
        self.assertEqual(code, 1)
        self.assertEqual(r.json(), json.loads(out))

    def test_it_finds_the_register_names_of_the_callers_district(self) -> None:
        body = self.call("sho", {"text": TEXT}).json()
        self.assertEqual(set(body), {"verdict", "findings", "redacted"})
        for f in body["findings"]:
            self.assertEqual(
                set(f), {"start", "end", "category", "detector", "confidence", "reason"}
            )
        known = {TEXT[f["start"] : f["end"]] for f in body["findings"] if "known" in f["detector"]}
        self.assertEqual(known, {"Testeena", "Fakir Testwala"})
        self.assertNotIn("Testeena", body["redacted"])
        self.assertEqual(AuditEvent.objects.get(action="guard.checked").details["via"], "api")

    def test_it_needs_a_token_and_release_draft(self) -> None:
        self.assertEqual(self.call(None, {"text": PLAIN}).status_code, 401)
        for persona in ("analyst", "duty_officer", "sdpo"):
            with self.subTest(persona=persona):
                self.assertEqual(self.call(persona, {"text": PLAIN}).status_code, 403)
        self.assertFalse(AuditEvent.objects.filter(action="guard.checked").exists())

    def test_bad_input_is_a_field_error(self) -> None:
        r = self.call("sho", {"text": "   "})
        self.assertEqual(r.status_code, 422)
        self.assertIn("text", r.json()["errors"])
        self.assertEqual(self.call("sho", {"text": "x", "lang": "fr"}).status_code, 422)
        self.assertEqual(self.call("sho", {"lang": "en"}).status_code, 422)

    def test_it_is_in_the_openapi_schema(self) -> None:
        schema = Client().get("/api/v1/openapi.json").json()
        self.assertIn("/api/v1/guard/check", schema["paths"])
