from __future__ import annotations

import json
from typing import Any

from django.test import Client
from django.utils import timezone

from hifazat.api.models import ApiToken
from hifazat.api.services import create_token, revoke_token
from hifazat.audit.models import AuditEvent
from hifazat.cases.models import Case
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import SYNTHETIC, register
from hifazat.testing import HifazatTestCase


def registration(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "case_kind": "missing",
        "contact_kind": "report",
        "at": (timezone.now() - timezone.timedelta(hours=1)).isoformat(),
        "location": "station",
        "station": "TST-01",
        "present": ["guardian"],
        "child": {
            "sex": "female",
            "age_years": 9,
            "age_basis": "stated",
            "given_name": SYNTHETIC.given_name,
            "family_name": SYNTHETIC.family_name,
            "phone": SYNTHETIC.phone,
        },
    }
    body.update(overrides)
    return body


class ApiTests(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        load_offences()
        cls.tokens = {
            p: create_token(actor=None, user=u, name="test")[1] for p, u in cls.personas.items()
        }
        cls.case = register(cls.personas["investigating_officer"], cls.station)

    def call(self, persona: str | None, method: str, path: str, body: Any = None) -> Any:
        headers = {"HTTP_AUTHORIZATION": f"Bearer {self.tokens[persona]}"} if persona else {}
        client = Client()
        if body is None:
            return getattr(client, method)(f"/api/v1{path}", **headers)
        return getattr(client, method)(
            f"/api/v1{path}", data=json.dumps(body), content_type="application/json", **headers
        )

    def test_the_openapi_schema_is_served_without_a_cdn(self) -> None:
        response = Client().get("/api/v1/openapi.json")
        self.assertEqual(response.status_code, 200)
        schema = response.json()
        self.assertIn("/api/v1/cases", schema["paths"])
        self.assertIn("/api/v1/cases/{case_id}/events", schema["paths"])
        self.assertEqual(Client().get("/api/v1/docs").status_code, 404)

    def test_calls_without_a_valid_token_are_refused(self) -> None:
        self.assertEqual(self.call(None, "get", "/cases").status_code, 401)
        response = Client().get("/api/v1/cases", HTTP_AUTHORIZATION="Bearer hz_nope_nope")
        self.assertEqual(response.status_code, 401)
        record = ApiToken.objects.get(user=self.personas["sho"])
        revoke_token(actor=None, record=record)
        self.assertEqual(self.call("sho", "get", "/cases").status_code, 401)

    def test_a_case_is_registered_and_read_back_masked(self) -> None:
        response = self.call("investigating_officer", "post", "/cases", registration())
        self.assertEqual(response.status_code, 201, response.content)
        created = response.json()
        self.assertRegex(created["code"], r"^KSR-\d{4}-\d{5}$")
        detail = self.call("investigating_officer", "get", f"/cases/{created['id']}")
        self.assertEqual(detail.status_code, 200)
        text = detail.content.decode()
        self.assertNotIn(SYNTHETIC.given_name, text)
        self.assertNotIn("7654321", text)
        self.assertEqual(detail.json()["sex"], "female")
        self.assertEqual([e["kind"] for e in detail.json()["events"]], ["complaint_received"])
        self.assertTrue(
            AuditEvent.objects.filter(
                action="case.registered", actor_label="investigating_officer"
            ).exists()
        )

    def test_bad_input_gets_field_errors_and_writes_nothing(self) -> None:
        count = Case.objects.count()
        body = registration(
            child={
                "sex": "female",
                "age_years": 25,
                "age_basis": "stated",
                "given_name": "X",
                "phone": "12",
            }
        )
        response = self.call("investigating_officer", "post", "/cases", body)
        self.assertEqual(response.status_code, 422)
        errors = response.json()["errors"]
        self.assertIn("age_years", errors)
        self.assertEqual(Case.objects.count(), count)
        response = self.call(
            "investigating_officer", "post", "/cases", registration(station="TST-99")
        )
        self.assertEqual(response.status_code, 422)
        self.assertIn("station", response.json()["errors"])
        response = self.call(
            "investigating_officer", "post", "/cases", registration(offences=["PPC-0000"])
        )
        self.assertIn("offences", response.json()["errors"])

    def test_errors_come_in_the_callers_language(self) -> None:
        client = Client()
        response = client.post(
            "/api/v1/cases",
            data=json.dumps(registration(station="TST-99")),
            content_type="application/json",
            HTTP_ACCEPT_LANGUAGE="ur",
            HTTP_AUTHORIZATION=f"Bearer {self.tokens['investigating_officer']}",
        )
        self.assertEqual(response.status_code, 422)
        message = response.json()["errors"]["station"][0]
        self.assertTrue(any("\u0600" <= ch <= "\u06ff" for ch in message), message)

    def test_events_contacts_and_people_are_added_with_the_same_rules(self) -> None:
        path = f"/cases/{self.case.pk}"
        at = timezone.now().isoformat()
        ok = self.call(
            "investigating_officer",
            "post",
            f"{path}/events",
            {"kind": "guardian_informed", "at": at, "details": {"how": "phone"}},
        )
        self.assertEqual(ok.status_code, 201, ok.content)
        bad = self.call(
            "investigating_officer",
            "post",
            f"{path}/events",
            {"kind": "guardian_informed", "at": "2000-01-01T00:00:00+05:00"},
        )
        self.assertEqual(bad.status_code, 422)
        self.assertIn("at", bad.json()["errors"])
        odd = self.call(
            "investigating_officer",
            "post",
            f"{path}/events",
            {
                "kind": "statement_recorded",
                "at": at,
                "details": {"by_sex": "female", "where": "home", "present": 5},
            },
        )
        self.assertEqual(odd.status_code, 422)
        self.assertIn("present", odd.json()["errors"])
        contact = self.call(
            "investigating_officer",
            "post",
            f"{path}/contacts",
            {"kind": "home_visit", "at": at, "location": "home"},
        )
        self.assertEqual(contact.status_code, 201)
        person = self.call(
            "investigating_officer",
            "post",
            f"{path}/people",
            {"role": "accused", "relation": "neighbour", "sex": "male"},
        )
        self.assertEqual(person.status_code, 201)

    def test_api_permission_matrix(self) -> None:
        """Every role and the outsider, on every endpoint: allowed, forbidden or not found."""
        path = f"/cases/{self.case.pk}"
        at = timezone.now().isoformat()
        endpoints: list[tuple[str, str, Any, str]] = [
            ("get", "/cases", None, "case.view"),
            ("post", "/cases", registration(), "case.create"),
            ("get", path, None, "case.view"),
            ("post", f"{path}/events", {"kind": "probation_informed", "at": at}, "case.edit"),
            (
                "post",
                f"{path}/contacts",
                {"kind": "home_visit", "at": at, "location": "home"},
                "case.edit",
            ),
            ("post", f"{path}/people", {"role": "witness"}, "case.edit"),
        ]
        from hifazat.accounts import access

        problems = []
        for persona, user in self.personas.items():
            for method, url, body, permission in endpoints:
                status = self.call(persona, method, url, body).status_code
                if not access.can(user, permission):
                    want = {403}
                elif persona == "outsider" and url != "/cases":
                    want = {404, 422}  # not in their area (422: station not theirs)
                elif persona == "outsider":
                    want = {200, 422}
                else:
                    want = {200, 201}
                if status not in want:
                    problems.append(f"{persona} {method} {url}: {status}, want {want}")
        self.assertEqual(problems, [])

    def test_the_outsider_lists_nothing_from_another_district(self) -> None:
        response = self.call("outsider", "get", "/cases")
        self.assertEqual(response.json(), [])
