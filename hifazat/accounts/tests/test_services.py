from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from hifazat.accounts import services
from hifazat.accounts.models import OrgUnit, Role, User
from hifazat.audit.models import AuditEvent
from hifazat.testing import HifazatTestCase

ARGON2 = ["django.contrib.auth.hashers.Argon2PasswordHasher"]


class UserServiceTests(HifazatTestCase):
    def setUp(self) -> None:
        self.admin = self.personas["administrator"]
        self.sho_role = Role.objects.get(code="sho")

    @override_settings(PASSWORD_HASHERS=ARGON2)
    def test_it_creates_an_officer_with_an_argon2_password_and_an_audit_event(self) -> None:
        user = services.create_user(
            actor=self.admin,
            username="Asi.Kamran",
            password="long enough pass 42",
            full_name="Officer K",
            role=self.sho_role,
            org_unit=self.station,
        )
        self.assertEqual(user.username, "asi.kamran")
        self.assertTrue(user.password.startswith("argon2$"))
        event = AuditEvent.objects.order_by("-seq").first()
        assert event is not None
        self.assertEqual(
            (event.action, event.actor_id, event.subject_id),
            ("user.created", self.admin.pk, str(user.pk)),
        )

    def test_a_role_must_fit_the_kind_of_unit(self) -> None:
        district = OrgUnit.objects.get(code="KSR")
        with self.assertRaises(ValidationError) as ctx:
            services.create_user(
                actor=self.admin,
                username="sho.two",
                password="long enough pass 42",
                full_name="X",
                role=self.sho_role,
                org_unit=district,
            )
        self.assertIn("org_unit", ctx.exception.message_dict)
        self.assertFalse(User.objects.filter(username="sho.two").exists())

    def test_bad_username_and_weak_password_name_their_fields(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            services.create_user(
                actor=self.admin,
                username="a b",
                password="x",
                full_name="X",
                role=self.sho_role,
                org_unit=self.station,
            )
        self.assertIn("username", ctx.exception.message_dict)
        with self.assertRaises(ValidationError) as ctx:
            services.create_user(
                actor=self.admin,
                username="fine.name",
                password="12345",
                full_name="X",
                role=self.sho_role,
                org_unit=self.station,
            )
        self.assertIn("password", ctx.exception.message_dict)

    def test_an_administrator_cannot_create_users_outside_their_area(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            services.create_user(
                actor=self.admin,
                username="far.away",
                password="long enough pass 42",
                full_name="X",
                role=self.sho_role,
                org_unit=self.other_station,
            )
        self.assertIn("org_unit", ctx.exception.message_dict)

    def test_only_administrators_manage_users(self) -> None:
        with self.assertRaises(PermissionDenied):
            services.create_user(
                actor=self.personas["sho"],
                username="new.one",
                password="long enough pass 42",
                full_name="X",
                role=self.sho_role,
                org_unit=self.station,
            )

    def test_changing_a_role_needs_a_reason_and_is_audited(self) -> None:
        target = self.personas["duty_officer"]
        count = AuditEvent.objects.count()
        with self.assertRaises(ValidationError) as ctx:
            services.change_user(
                actor=self.admin,
                user=target,
                role=self.sho_role,
                org_unit=self.station,
                is_active=True,
                reason=" ",
            )
        self.assertIn("reason", ctx.exception.message_dict)
        self.assertEqual(AuditEvent.objects.count(), count)
        target.refresh_from_db()
        self.assertEqual(target.role.code, "duty_officer")

        services.change_user(
            actor=self.admin,
            user=target,
            role=self.sho_role,
            org_unit=self.station,
            is_active=True,
            reason="Posted as SHO",
        )
        target.refresh_from_db()
        self.assertEqual(target.role.code, "sho")
        event = AuditEvent.objects.order_by("-seq").first()
        assert event is not None
        self.assertEqual(event.action, "user.changed")
        self.assertEqual(event.reason, "Posted as SHO")
        self.assertEqual(event.details["changes"]["role"], ["duty_officer", "sho"])

    def test_role_permission_changes_are_audited(self) -> None:
        role = Role.objects.get(code="analyst")
        services.set_role_permissions(actor=self.admin, role=role, permissions=[], reason="Review")
        event = AuditEvent.objects.order_by("-seq").first()
        assert event is not None
        self.assertEqual(event.action, "role.permissions_changed")
        self.assertIn("stats.aggregate", event.details["removed"])

    def test_administrators_add_stations_to_districts_in_their_area(self) -> None:
        district = OrgUnit.objects.get(code="KSR")
        station = services.add_station(
            actor=self.admin, district=district, code="ksr-50", name_en="Kasur Cantt"
        )
        self.assertEqual(station.code, "KSR-50")
        self.assertEqual(station.path, "PK/PB/KSR/KSR-50/")
        with self.assertRaises(ValidationError) as ctx:
            services.add_station(
                actor=self.admin, district=district, code="KSR-50", name_en="Duplicate"
            )
        self.assertIn("code", ctx.exception.message_dict)
        with self.assertRaises(ValidationError):
            services.add_station(
                actor=self.admin,
                district=OrgUnit.objects.get(code="LHR"),
                code="LHR-50",
                name_en="Out of area",
            )
