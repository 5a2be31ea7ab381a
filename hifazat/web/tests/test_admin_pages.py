from __future__ import annotations

from hifazat.accounts.models import OrgUnit, Role, User
from hifazat.audit.models import AuditEvent
from hifazat.testing import HifazatTestCase


class AdminPageTests(HifazatTestCase):
    def test_an_administrator_creates_a_user_through_the_form(self) -> None:
        client = self.client_for("administrator")
        role = Role.objects.get(code="investigating_officer")
        response = client.post(
            "/admin/users/new/",
            {
                "username": "si.nadia",
                "full_name": "SI N",
                "rank": "SI",
                "sex": "female",
                "role": role.pk,
                "org_unit": self.station.pk,
                "password": "a long first password",
            },
        )
        self.assertRedirects(response, "/admin/users/", fetch_redirect_response=False)
        self.assertTrue(User.objects.filter(username="si.nadia", role=role).exists())
        self.assertContains(client.get("/admin/users/"), "si.nadia")

    def test_form_errors_name_the_field_and_write_nothing(self) -> None:
        client = self.client_for("administrator")
        count = AuditEvent.objects.count()
        response = client.post(
            "/admin/users/new/",
            {
                "username": "x",
                "full_name": "",
                "role": "",
                "org_unit": "",
                "password": "short",
            },
        )
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "This field is required.", status_code=400)
        self.assertEqual(AuditEvent.objects.count(), count)

    def test_changing_a_user_needs_a_reason(self) -> None:
        client = self.client_for("administrator")
        target = self.personas["duty_officer"]
        response = client.post(
            f"/admin/users/{target.pk}/",
            {
                "role": target.role_id,
                "org_unit": self.station.pk,
                "is_active": "",
                "reason": "",
            },
        )
        self.assertContains(response, "This field is required.", status_code=400)
        target.refresh_from_db()
        self.assertTrue(target.is_active)
        response = client.post(
            f"/admin/users/{target.pk}/",
            {
                "role": target.role_id,
                "org_unit": self.station.pk,
                "is_active": "",
                "reason": "Transferred out",
            },
        )
        self.assertEqual(response.status_code, 302)
        target.refresh_from_db()
        self.assertFalse(target.is_active)

    def test_users_outside_the_administrators_area_are_not_found(self) -> None:
        client = self.client_for("administrator")
        outsider = self.personas["outsider"]
        self.assertEqual(client.get(f"/admin/users/{outsider.pk}/").status_code, 404)

    def test_an_administrator_adds_a_station(self) -> None:
        client = self.client_for("administrator")
        district = OrgUnit.objects.get(code="KSR")
        response = client.post(
            "/admin/stations/",
            {"district": district.pk, "code": "KSR-60", "name_en": "Kasur Bypass", "name_ur": ""},
        )
        self.assertRedirects(response, "/admin/stations/", fetch_redirect_response=False)
        self.assertContains(client.get("/admin/stations/"), "Kasur Bypass")
        response = client.post(
            "/admin/stations/", {"district": district.pk, "code": "bad code!", "name_en": "X"}
        )
        self.assertContains(response, "capital letters", status_code=400)

    def test_the_auditor_verifies_the_chain_from_the_page(self) -> None:
        client = self.client_for("auditor")
        response = client.post("/audit/verify/")
        self.assertContains(response, "The chain is intact")

    def test_an_administrator_changes_a_roles_permissions_with_a_reason(self) -> None:
        client = self.client_for("administrator")
        grid = client.get("/admin/roles/")
        self.assertContains(grid, "identity.reveal")
        role = Role.objects.get(code="analyst")
        keep = list(role.permissions.values_list("pk", flat=True))[:1]
        r = client.post("/admin/roles/analyst/", {"permissions": keep, "reason": ""})
        self.assertContains(r, "This field is required.", status_code=400)
        r = client.post("/admin/roles/analyst/", {"permissions": keep, "reason": "Review 2026"})
        self.assertRedirects(r, "/admin/roles/", fetch_redirect_response=False)
        self.assertEqual(role.permissions.count(), 1)
        event = AuditEvent.objects.order_by("-seq").first()
        assert event is not None
        self.assertEqual((event.action, event.reason), ("role.permissions_changed", "Review 2026"))
