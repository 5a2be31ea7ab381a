from __future__ import annotations

import time

from django.test import Client, override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from hifazat.accounts.models import User
from hifazat.audit.models import AuditEvent
from hifazat.testing import PASSWORD, HifazatTestCase, add_totp, current_code, make_user


def last_event() -> AuditEvent:
    event = AuditEvent.objects.order_by("-seq").first()
    assert event is not None
    return event


class SignInTests(HifazatTestCase):
    def setUp(self) -> None:
        self.client = Client()
        self.sho = self.personas["sho"]
        self.device = add_totp(self.sho)

    def password_step(self, username: str = "sho", password: str = PASSWORD):  # type: ignore[no-untyped-def]
        return self.client.post("/sign-in/", {"username": username, "password": password})

    def test_the_sign_in_page_is_served_to_anyone(self) -> None:
        response = self.client.get("/sign-in/")
        self.assertContains(response, 'name="password"')
        self.assertContains(response, 'autocomplete="current-password"')

    def test_pages_redirect_to_sign_in_when_signed_out(self) -> None:
        response = self.client.get("/")
        self.assertRedirects(response, "/sign-in/?next=/", fetch_redirect_response=False)

    def test_a_wrong_password_is_refused_with_a_clear_message_and_audited(self) -> None:
        response = self.password_step(password="wrong")
        self.assertContains(response, "do not match", status_code=400)
        self.assertNotIn("_auth_user_id", self.client.session)
        event = last_event()
        self.assertEqual(
            (event.action, event.actor_label, event.details["stage"]),
            ("auth.sign_in_failed", "sho", "password"),
        )

    def test_empty_fields_are_named(self) -> None:
        response = self.client.post("/sign-in/", {"username": "", "password": ""})
        self.assertContains(response, "Enter your username.", status_code=400)
        self.assertContains(response, "Enter your password.", status_code=400)

    def test_two_factor_is_asked_after_the_password_and_signs_in(self) -> None:
        response = self.password_step()
        self.assertRedirects(response, "/sign-in/code/", fetch_redirect_response=False)
        self.assertNotIn("_auth_user_id", self.client.session)  # not signed in yet
        response = self.client.post("/sign-in/code/", {"code": current_code(self.device)})
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        home = self.client.get("/")
        self.assertContains(home, "Test City")
        self.assertContains(home, "Station house officer (SHO)")
        self.assertContains(home, "verified for this session")
        event = last_event()
        self.assertEqual((event.action, event.actor_id), ("auth.sign_in", self.sho.pk))
        self.assertEqual(event.details["method"], "password+totp")

    def test_a_wrong_code_is_refused_clearly_and_audited(self) -> None:
        self.password_step()
        good = current_code(self.device)
        bad = "000000" if good != "000000" else "111111"
        response = self.client.post("/sign-in/code/", {"code": bad})
        self.assertContains(response, "wrong or has expired", status_code=400)
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertEqual(last_event().details["stage"], "totp")

    def test_a_malformed_code_is_explained(self) -> None:
        self.password_step()
        response = self.client.post("/sign-in/code/", {"code": "12ab"})
        self.assertContains(response, "6 digits", status_code=400)

    def test_the_code_step_cannot_be_reached_without_the_password(self) -> None:
        response = self.client.post("/sign-in/code/", {"code": current_code(self.device)})
        self.assertRedirects(response, "/sign-in/", fetch_redirect_response=False)
        self.assertNotIn("_auth_user_id", self.client.session)

    @override_settings(AXES_FAILURE_LIMIT=3)
    def test_repeated_failures_lock_the_account_with_a_clear_message(self) -> None:
        for _ in range(2):
            self.assertEqual(self.password_step(password="nope").status_code, 400)
        response = self.password_step(password="nope")
        self.assertContains(response, "locked for", status_code=429)
        # Even the right password is refused while locked.
        response = self.password_step()
        self.assertContains(response, "locked for", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)

    @override_settings(AXES_FAILURE_LIMIT=3)
    def test_wrong_codes_count_towards_the_lockout(self) -> None:
        self.password_step()
        good = current_code(self.device)
        bad = "000000" if good != "000000" else "111111"
        statuses = []
        for _ in range(3):
            TOTPDevice.objects.filter(pk=self.device.pk).update(throttling_failure_count=0)
            statuses.append(self.client.post("/sign-in/code/", {"code": bad}).status_code)
        self.assertEqual(statuses[-1], 429)

    def test_a_user_without_an_org_unit_is_told_why_and_not_signed_in(self) -> None:
        make_user("floating", self.sho.role, None)
        response = self.password_step(username="floating")
        self.assertContains(response, "not attached to a police station", status_code=400)
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertEqual(last_event().details["stage"], "no_unit")

    def test_a_role_that_can_reveal_identity_must_enrol_in_two_factor(self) -> None:
        response = self.password_step(username="investigating_officer")
        self.assertRedirects(response, "/sign-in/set-up-two-factor/", fetch_redirect_response=False)
        page = self.client.get("/sign-in/set-up-two-factor/")
        self.assertContains(page, "otpauth://totp/")
        device = TOTPDevice.objects.get(user__username="investigating_officer", confirmed=False)
        response = self.client.post(
            "/sign-in/set-up-two-factor/",
            {"code": "999999" if current_code(device) != "999999" else "000000"},
        )
        self.assertEqual(response.status_code, 400)
        self.assertNotIn("_auth_user_id", self.client.session)
        # django-otp throttles the next try for a second after a wrong code; a person is slower.
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
        response = self.client.post("/sign-in/set-up-two-factor/", {"code": current_code(device)})
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        actions = list(AuditEvent.objects.order_by("-seq").values_list("action", flat=True)[:2])
        self.assertEqual(actions, ["auth.sign_in", "auth.2fa_enrolled"])

    def test_a_role_without_sensitive_permissions_may_sign_in_with_a_password(self) -> None:
        response = self.password_step(username="duty_officer")
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.assertEqual(last_event().details["method"], "password")

    def test_sign_out_is_a_post_and_is_audited(self) -> None:
        self.client.force_login(self.sho)
        self.assertEqual(self.client.get("/sign-out/").status_code, 405)
        response = self.client.post("/sign-out/", follow=True)
        self.assertContains(response, "You have signed out.")
        self.assertEqual(last_event().action, "auth.sign_out")
        self.assertRedirects(
            self.client.get("/"), "/sign-in/?next=/", fetch_redirect_response=False
        )

    def test_an_idle_session_expires_with_a_message(self) -> None:
        self.client.force_login(self.sho)
        self.assertEqual(self.client.get("/").status_code, 200)
        session = self.client.session
        session["hifazat_last_seen"] = time.time() - 21 * 60
        session.save()
        response = self.client.get("/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith("/sign-in/"))
        page = self.client.get(response["Location"])
        self.assertContains(page, "without activity")
        event = last_event()
        self.assertEqual((event.action, event.details["why"]), ("auth.sign_out", "idle"))

    def test_an_open_redirect_after_sign_in_is_refused(self) -> None:
        self.client.post(
            "/sign-in/?next=https://evil.example/",
            {"username": "duty_officer", "password": PASSWORD, "next": "https://evil.example/"},
        )
        self.assertIn("_auth_user_id", self.client.session)
        self.assertFalse(User.objects.filter(username="evil").exists())

    def test_next_is_followed_after_sign_in(self) -> None:
        response = self.client.post(
            "/sign-in/", {"username": "duty_officer", "password": PASSWORD, "next": "/?x=1"}
        )
        self.assertRedirects(response, "/?x=1", fetch_redirect_response=False)


class ShellTests(HifazatTestCase):
    def test_security_headers_are_set(self) -> None:
        response = self.client_for("sho").get("/")
        csp = response["Content-Security-Policy"]
        self.assertIn("default-src 'self'", csp)
        self.assertIn("object-src 'none'", csp)
        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Cache-Control"], "no-store")
        self.assertIn("camera=()", response["Permissions-Policy"])

    def test_forms_are_protected_by_csrf(self) -> None:
        client = Client(enforce_csrf_checks=True)
        response = client.post("/sign-in/", {"username": "sho", "password": PASSWORD})
        self.assertContains(response, "form had expired", status_code=403)

    def test_the_home_page_shows_unit_and_role_in_urdu_right_to_left(self) -> None:
        client = self.client_for("sho")
        client.post("/language/", {"language": "ur", "next": "/"})
        response = client.get("/")
        self.assertContains(response, 'dir="rtl"')
        self.assertContains(response, 'lang="ur"')
        self.assertContains(response, "ایس ایچ او")
        self.assertContains(response, "قصور")  # Kasur, the district the station is in

    def test_an_unknown_language_is_refused_with_a_message(self) -> None:
        client = self.client_for("sho")
        response = client.post("/language/", {"language": "xx", "next": "/"}, follow=True)
        self.assertContains(response, "Unknown language")
        self.assertContains(response, 'dir="ltr"')

    def test_navigation_follows_the_role(self) -> None:
        admin_page = self.client_for("administrator").get("/")
        self.assertContains(admin_page, 'href="/admin/users/"')
        io_page = self.client_for("investigating_officer").get("/")
        self.assertNotContains(io_page, 'href="/admin/users/"')
        self.assertNotContains(io_page, 'href="/audit/"')
        self.assertContains(self.client_for("auditor").get("/"), 'href="/audit/"')

    def test_the_nastaliq_font_is_served_by_the_app(self) -> None:
        from django.contrib.staticfiles import finders

        path = finders.find("web/fonts/NotoNastaliqUrdu-Regular.ttf")
        self.assertIsNotNone(path)
        with open(str(path), "rb") as fh:
            self.assertEqual(fh.read(4), b"\x00\x01\x00\x00")  # a TrueType font
