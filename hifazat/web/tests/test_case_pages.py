from __future__ import annotations

import datetime as dt

from django.utils import timezone

from hifazat.audit.models import AuditEvent
from hifazat.cases.models import Case, IdentityReveal
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import SYNTHETIC, register
from hifazat.testing import HifazatTestCase


def step1(**overrides: str) -> dict[str, str]:
    data = {
        "s1-case_kind": "missing",
        "s1-contact_kind": "report",
        "s1-at": (timezone.localtime() - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        "s1-location": "station",
        "s1-place": "unknown",
        "s1-urban": "",
    }
    data.update(overrides)
    return data


def step2(**overrides: str) -> dict[str, str]:
    data = {
        "s2-given_name": SYNTHETIC.given_name,
        "s2-family_name": SYNTHETIC.family_name,
        "s2-sex": "female",
        "s2-age_years": "11",
        "s2-age_basis": "stated",
        "s2-disability": "none",
        "s2-phone": SYNTHETIC.phone,
    }
    data.update(overrides)
    return data


class RegistrationPagesTests(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        load_offences()

    def test_a_contact_is_registered_in_three_screens(self) -> None:
        client = self.client_for("duty_officer")
        s1 = step1(**{"s1-station": str(self.station.pk)})
        r = client.post("/cases/new/", {**s1, "step": "1"})
        self.assertContains(r, "The child")
        self.assertContains(r, 'name="s2-given_name"')
        r = client.post("/cases/new/", {**s1, **step2(), "step": "2"})
        self.assertContains(r, "Check before saving")
        r = client.post("/cases/new/", {**s1, **step2(), "step": "3"})
        case = Case.objects.get()
        self.assertRedirects(r, f"/cases/{case.pk}/", fetch_redirect_response=False)
        page = client.get(f"/cases/{case.pk}/")
        self.assertContains(page, case.code)
        self.assertContains(page, "Girl")
        self.assertContains(page, "10–13")
        self.assertNotContains(page, SYNTHETIC.given_name)  # masked by default

    def test_errors_show_on_the_right_screen_and_nothing_is_saved(self) -> None:
        client = self.client_for("duty_officer")
        s1 = step1(**{"s1-station": str(self.station.pk)})
        r = client.post("/cases/new/", {**step1(), "step": "1"})
        self.assertEqual(r.status_code, 400)
        self.assertContains(r, "This field is required", status_code=400)
        r = client.post("/cases/new/", {**s1, **step2(**{"s2-age_years": "40"}), "step": "3"})
        self.assertContains(r, "JJSA 2018 s.8", status_code=400)
        self.assertContains(r, 'name="s2-age_years"', status_code=400)
        r = client.post("/cases/new/", {**s1, **step2(**{"s2-phone": "12"}), "step": "3"})
        self.assertContains(r, "Not a Pakistani mobile number", status_code=400)
        self.assertEqual(Case.objects.count(), 0)

    def test_the_form_speaks_urdu(self) -> None:
        client = self.client_for("duty_officer")
        client.post("/language/", {"language": "ur", "next": "/"})
        r = client.get("/cases/new/")
        self.assertContains(r, 'dir="rtl"')


class CasePageTests(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        load_offences()
        cls.case = register(cls.personas["investigating_officer"], cls.station)

    def test_revealing_needs_a_reason_is_audited_and_shows_the_identity(self) -> None:
        client = self.client_for("investigating_officer")
        r = client.post(f"/cases/{self.case.pk}/reveal/", {"reason": "x"})
        self.assertEqual(r.status_code, 400)
        self.assertFalse(IdentityReveal.objects.exists())
        r = client.post(
            f"/cases/{self.case.pk}/reveal/",
            {"reason": "Need the father's number to arrange the medical"},
        )
        self.assertRedirects(r, f"/cases/{self.case.pk}/", fetch_redirect_response=False)
        page = client.get(f"/cases/{self.case.pk}/")
        self.assertContains(page, SYNTHETIC.given_name)
        self.assertContains(page, "03997654321")
        sho_view = self.client_for("sho").get(f"/cases/{self.case.pk}/")
        self.assertNotContains(sho_view, SYNTHETIC.given_name)
        self.assertContains(sho_view, "Need the father&#x27;s number to arrange the medical")

    def test_without_two_factor_the_reveal_is_refused(self) -> None:
        client = self.client_for("investigating_officer", two_factor=False)
        page = client.get(f"/cases/{self.case.pk}/")
        self.assertContains(page, "Sign in with two-factor")
        r = client.post(f"/cases/{self.case.pk}/reveal/", {"reason": "long enough reason here"})
        self.assertEqual(r.status_code, 403)

    def test_recording_an_event_from_the_case_page(self) -> None:
        client = self.client_for("investigating_officer")
        form = client.get(f"/cases/{self.case.pk}/events/new/?kind=custody_changed")
        self.assertContains(form, "Now held at")
        at = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
        r = client.post(
            f"/cases/{self.case.pk}/events/new/",
            {"kind": "custody_changed", "at": at, "location": "observation_home"},
        )
        self.assertRedirects(r, f"/cases/{self.case.pk}/", fetch_redirect_response=False)
        r = client.post(
            f"/cases/{self.case.pk}/events/new/",
            {"kind": "custody_changed", "at": "2001-01-01T00:00", "location": ""},
        )
        self.assertEqual(r.status_code, 400)

    def test_a_correction_starts_from_the_original_event(self) -> None:
        from hifazat.cases import services

        io = self.personas["investigating_officer"]
        wrong = services.add_event(
            actor=io,
            case=self.case,
            kind="custody_changed",
            at=self.case.reported_at + dt.timedelta(minutes=30),
            details={"location": "police_lockup"},
        )
        client = self.client_for("investigating_officer")
        page = client.get(f"/cases/{self.case.pk}/")
        link = f"/cases/{self.case.pk}/events/new/?kind=custody_changed&amp;corrects={wrong.pk}"
        self.assertContains(page, link)
        form = client.get(link.replace("&amp;", "&"))
        local = timezone.localtime(wrong.at).strftime("%Y-%m-%dT%H:%M")
        self.assertContains(form, f'value="{local}"')
        self.assertContains(form, '<option value="police_lockup" selected>')
        r = client.post(
            f"/cases/{self.case.pk}/events/new/",
            {
                "kind": "custody_changed",
                "corrects": wrong.pk,
                "at": local,
                "location": "observation_home",
            },
        )
        self.assertEqual(r.status_code, 302)
        fix = self.case.events.get(kind="correction")
        self.assertEqual(fix.corrects_id, wrong.pk)
        self.assertEqual(fix.details["location"], "observation_home")

    def test_a_conflicting_edit_keeps_the_second_officers_input(self) -> None:
        a, b = self.client_for("investigating_officer"), self.client_for("sho")
        version = str(self.case.version)
        r = a.post(
            f"/cases/{self.case.pk}/facts/",
            {"version": version, "place": "street", "urban": "urban"},
        )
        self.assertEqual(r.status_code, 302)
        r = b.post(
            f"/cases/{self.case.pk}/facts/",
            {"version": version, "place": "field", "urban": "rural"},
        )
        self.assertEqual(r.status_code, 409)
        self.assertContains(r, "investigating_officer changed this case", status_code=409)
        self.assertContains(r, '<option value="field" selected>', status_code=409)
        self.case.refresh_from_db()
        self.assertEqual(self.case.place, "street")

    def test_search_by_code_and_by_name(self) -> None:
        client = self.client_for("investigating_officer")
        r = client.post("/cases/", {"q": self.case.code})
        self.assertContains(r, self.case.code)
        r = client.post("/cases/", {"q": "ZARQOON"})
        self.assertContains(r, self.case.code)
        self.assertTrue(AuditEvent.objects.filter(action="identity.searched").exists())
        self.assertNotIn("ZARQOON", str(list(AuditEvent.objects.values_list("details", flat=True))))
        r = client.post("/cases/", {"q": "Nobodyxyz"})
        self.assertNotContains(r, self.case.code)
        duty = self.client_for("duty_officer").post("/cases/", {"q": "Zarqoon"})
        self.assertContains(duty, "cannot search by name", status_code=400)
        self.assertNotContains(duty, self.case.code, status_code=400)

    def test_a_name_never_travels_in_the_url(self) -> None:
        page = self.client_for("investigating_officer").get("/cases/")
        self.assertContains(page, '<form method="post" action="/cases/?"')
        # A name put in the query string by hand is ignored, not searched.
        r = self.client_for("investigating_officer").get("/cases/", {"q": "Zarqoon"})
        self.assertFalse(AuditEvent.objects.filter(action="identity.searched").exists())
        self.assertEqual(r.status_code, 200)

    def test_the_case_list_filters_and_pages(self) -> None:
        client = self.client_for("sho")
        r = client.get("/cases/", {"kind": "missing"})
        self.assertNotContains(r, self.case.code)
        r = client.get("/cases/", {"kind": "victim", "station": self.station.pk})
        self.assertContains(r, self.case.code)
        r = client.get("/cases/", {"date_from": "2999-01-01"})
        self.assertContains(r, "No cases match.")

    def test_a_revealed_identity_can_be_corrected_and_conflicts_keep_the_input(self) -> None:
        io, sho = self.client_for("investigating_officer"), self.client_for("sho")
        url = f"/cases/{self.case.pk}/identity/"
        self.assertEqual(io.get(url).status_code, 302)  # not revealed yet
        for client in (io, sho):
            client.post(
                f"/cases/{self.case.pk}/reveal/",
                {"reason": "Correcting the spelling from the B-form"},
            )
        form = io.get(url)
        self.assertContains(form, 'value="Testina"')
        version = str(self.case.child.version)
        fields = {
            "version": version,
            "given_name": "Testeena",
            "family_name": "Zarqoon",
            "phone": "0399-7654321",
        }
        self.assertEqual(io.post(url, fields).status_code, 302)
        clash = sho.post(url, {**fields, "given_name": "Tastina"})
        self.assertContains(clash, "investigating_officer changed this child", status_code=409)
        self.assertContains(clash, 'value="Tastina"', status_code=409)
        bad = io.post(url, {**fields, "version": str(int(version) + 1), "phone": "123"})
        self.assertContains(bad, "Not a Pakistani mobile number", status_code=400)
        from hifazat.cases import identity as vault

        self.case.child.refresh_from_db()
        opened = vault.open_child(self.case.child.identity_enc, ref=self.case.child.ref)
        self.assertEqual(opened.given_name, "Testeena")
        from hifazat.cases.selectors import children_matching_name

        self.assertEqual(children_matching_name("Testeena"), [self.case.child_id])

    def test_an_oversized_photo_is_refused_before_it_is_read(self) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        from hifazat.web.tests.test_case_pages import step1, step2

        client = self.client_for("duty_officer")
        s1 = step1(**{"s1-station": str(self.station.pk)})
        big = SimpleUploadedFile("big.jpg", b"\xff" * (2 * 1024 * 1024 + 1), "image/jpeg")
        r = client.post("/cases/new/", {**s1, **step2(), "step": "3", "s3-photo": big})
        self.assertContains(r, "larger than 2 MB", status_code=400)
