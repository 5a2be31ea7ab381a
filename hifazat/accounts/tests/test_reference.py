from __future__ import annotations

from django.test import TestCase

from hifazat.accounts import access
from hifazat.accounts.models import OrgUnit, Role
from hifazat.accounts.reference import load_reference_data, read_data


class ReferenceDataTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        load_reference_data()

    def test_it_ships_all_seven_provinces_and_territories(self) -> None:
        names = set(OrgUnit.objects.filter(kind="province").values_list("name_en", flat=True))
        self.assertEqual(
            names,
            {
                "Punjab",
                "Sindh",
                "Khyber Pakhtunkhwa",
                "Balochistan",
                "Islamabad Capital Territory",
                "Gilgit-Baltistan",
                "Azad Jammu & Kashmir",
            },
        )

    def test_every_unit_has_districts_with_urdu_names_and_unique_codes(self) -> None:
        for province in OrgUnit.objects.filter(kind="province"):
            districts = province.children.all()
            self.assertTrue(districts.exists(), province.name_en)
            for d in districts:
                self.assertRegex(d.code, r"^[A-Z]{3}$")
                self.assertTrue(d.name_ur, d.name_en)
                self.assertTrue(d.path.startswith(province.path))
        self.assertEqual(OrgUnit.objects.get(code="KSR").name_en, "Kasur")
        self.assertEqual(OrgUnit.objects.get(code="KSR").parent.code, "PB")

    def test_the_data_file_names_its_sources(self) -> None:
        data = read_data("pakistan.json")
        self.assertTrue(data["sources"])
        self.assertTrue(all(s.get("url") for s in data["sources"]))

    def test_loading_again_changes_nothing_and_keeps_admin_changes(self) -> None:
        before = OrgUnit.objects.count()
        role = Role.objects.get(code="analyst")
        role.permissions.clear()
        load_reference_data()
        self.assertEqual(OrgUnit.objects.count(), before)
        self.assertEqual(role.permissions.count(), 0)

    def test_every_role_in_the_issue_exists(self) -> None:
        self.assertEqual(
            set(Role.objects.values_list("code", flat=True)),
            {
                "duty_officer",
                "investigating_officer",
                "sho",
                "child_desk_officer",
                "sdpo",
                "sp_investigation",
                "dpo",
                "media_officer",
                "analyst",
                "probation_officer",
                "cpwb_officer",
                "auditor",
                "administrator",
            },
        )

    def test_roles_that_can_reveal_identity_or_administer_need_two_factor(self) -> None:
        for role in Role.objects.all():
            codes = set(role.permissions.values_list("code", flat=True))
            needs = bool(codes & {"identity.reveal", "users.manage", "identity.view_sealed"})
            user = type("U", (), {"is_superuser": False, "role_id": role.pk, "role": role})()
            self.assertEqual(access.requires_two_factor(user), needs, role.code)

    def test_analyst_sees_aggregates_only(self) -> None:
        codes = set(Role.objects.get(code="analyst").permissions.values_list("code", flat=True))
        self.assertFalse(any(c.startswith(("case.", "identity.")) for c in codes))
