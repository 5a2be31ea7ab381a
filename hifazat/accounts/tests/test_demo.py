from __future__ import annotations

import re
from io import StringIO

from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from hifazat.accounts.models import OrgUnit, Role, User


class DemoTests(TestCase):
    def run_demo(self) -> str:
        out = StringIO()
        call_command("demo", stations_per_district=2, stdout=out)
        return out.getvalue()

    def test_the_demo_creates_stations_and_one_user_per_role_and_prints_sign_ins(self) -> None:
        output = self.run_demo()
        punjab = OrgUnit.objects.get(code="PB")
        districts = punjab.children.count()
        stations = OrgUnit.objects.filter(kind="station", path__startswith=punjab.path).count()
        self.assertEqual(stations, 2 * districts)
        self.assertFalse(OrgUnit.objects.filter(kind="station").exclude(path__startswith="PK/PB/"))
        for role in Role.objects.all():
            user = User.objects.get(username=f"demo.{role.code}")
            self.assertIn(f"demo.{role.code}", output)
            device = TOTPDevice.objects.get(user=user, confirmed=True)
            self.assertTrue(device)
        password = re.search(r"password: (\S+)", output)
        assert password is not None
        self.assertTrue(User.objects.get(username="demo.sho").check_password(password.group(1)))

    def test_running_the_demo_again_reuses_what_exists(self) -> None:
        first = self.run_demo()
        count = (OrgUnit.objects.count(), User.objects.count(), TOTPDevice.objects.count())
        second = self.run_demo()
        self.assertEqual(
            (OrgUnit.objects.count(), User.objects.count(), TOTPDevice.objects.count()), count
        )
        self.assertEqual(first, second)

    def test_demo_code_prints_a_code_the_device_accepts(self) -> None:
        self.run_demo()
        out = StringIO()
        call_command("demo_code", "demo.sho", stdout=out)
        code = out.getvalue().strip()
        self.assertRegex(code, r"^\d{6}$")
        device = TOTPDevice.objects.get(user__username="demo.sho")
        self.assertTrue(device.verify_token(code))

    @override_settings(HIFAZAT_DEMO=False)
    def test_demo_helpers_refuse_outside_demo_mode(self) -> None:
        with self.assertRaisesMessage(CommandError, "demo mode"):
            call_command("demo_code", "demo.sho", stdout=StringIO())
        with self.assertRaisesMessage(CommandError, "demo mode"):
            call_command("demo", stdout=StringIO())

    def test_demo_code_for_an_unknown_user_says_so(self) -> None:
        with self.assertRaisesMessage(CommandError, "No demo user"):
            call_command("demo_code", "nobody", stdout=StringIO())
