"""Real-browser test: a media officer drafts and checks a release on a phone, in English and Urdu;
a supervisor signs in with two-factor and keeps a span. Screenshots go to $HIFAZAT_SCREENSHOTS."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from hifazat.accounts.models import OrgUnit, Role
from hifazat.accounts.reference import load_reference_data
from hifazat.cases.tests.factories import register
from hifazat.publishing.models import Release
from hifazat.publishing.tests.factories import TEXT
from hifazat.testing import PASSWORD, add_totp, current_code, make_station, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(page: Any, base: str, username: str, device: Any = None) -> None:
    page.goto(f"{base}/sign-in/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    if device is not None:
        page.wait_for_url("**/sign-in/code/")
        page.get_by_label("Code").fill(current_code(device))
        page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")


def test_a_release_is_drafted_checked_and_reviewed_on_a_phone(
    live_server: Any, page: Any, tmp_path: Path
) -> None:
    load_reference_data()
    station = make_station("KSR", "TST-01", "Test City")
    district = OrgUnit.objects.get(code="KSR")
    io = make_user("io.browser", Role.objects.get(code="investigating_officer"), station)
    register(io, station)
    make_user("media.browser", Role.objects.get(code="media_officer"), district)
    sdpo = make_user("sdpo.browser", Role.objects.get(code="sdpo"), district)
    device = add_totp(sdpo)
    shots = Path(os.environ.get("HIFAZAT_SCREENSHOTS", str(tmp_path)))
    console: list[str] = []
    page.on("console", lambda msg: console.append(msg.text))

    page.set_viewport_size({"width": 390, "height": 844})
    _sign_in(page, live_server.url, "media.browser")
    page.get_by_role("link", name="Releases", exact=True).click()
    page.get_by_role("link", name="New release").click()
    page.get_by_label("Title").fill("Missing girl recovered")
    page.get_by_label("Text of the release").fill(TEXT)
    page.get_by_label("Issued for").select_option(label="Test City (Police station, TST-01)")
    page.screenshot(path=str(shots / "release-form-phone.png"), full_page=True)
    page.get_by_role("button", name="Save draft").click()
    page.get_by_role("button", name="Run the guard").click()
    page.get_by_test_id("verdict").wait_for()
    assert page.get_by_test_id("status").inner_text() == "Checked"
    highlighted = page.get_by_test_id("highlighted")
    assert "Testeena" in highlighted.locator("mark.cat-child_name").inner_text()
    assert "Testeena" not in page.get_by_test_id("redacted").inner_text()
    # Side by side on a wide screen, one above the other on a phone.
    box_a = highlighted.bounding_box()
    box_b = page.get_by_test_id("redacted").bounding_box()
    assert box_a and box_b and box_b["y"] > box_a["y"] + box_a["height"] - 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=str(shots / "release-phone-en.png"), full_page=True)

    page.get_by_role("button", name="اردو").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=str(shots / "release-phone-ur.png"), full_page=True)
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()

    page.get_by_role("button", name="Approve as media officer").click()
    page.get_by_text("Approved.").wait_for()
    page.get_by_role("link", name="Back to releases").click()
    page.screenshot(path=str(shots / "release-list-phone.png"), full_page=True)

    # The supervisor, on a desktop, keeps the father's name with a reason.
    page.context.clear_cookies()
    page.set_viewport_size({"width": 1280, "height": 900})
    _sign_in(page, live_server.url, "sdpo.browser", device)
    page.get_by_role("link", name="Releases to review").click()
    page.get_by_role("link", name="Missing girl recovered").click()
    box_a = page.get_by_test_id("highlighted").bounding_box()
    box_b = page.get_by_test_id("redacted").bounding_box()
    assert box_a and box_b and abs(box_a["y"] - box_b["y"]) < 2  # side by side
    finding = page.locator(".finding.cat-relative_name")
    finding.get_by_text("Keep these words as written").click()
    finding.get_by_label("Reason (recorded)").fill("The father spoke to the press himself.")
    finding.get_by_role("button", name="Keep, with this reason").click()
    page.get_by_text("Your decision and its reason were recorded.").wait_for()
    assert "Fakir Testwala" in page.get_by_test_id("redacted").inner_text()
    assert page.locator("mark.kept").count() == 1
    page.screenshot(path=str(shots / "release-review-desktop.png"), full_page=True)
    release = Release.objects.get()
    assert release.status == Release.Status.CHECKED  # keeping words withdrew the approval
    assert not release.approvals.filter(withdrawn_at__isnull=True).exists()
    assert not [m for m in console if "Content Security Policy" in m]


def test_check_a_text_in_urdu_on_a_phone(live_server: Any, page: Any, tmp_path: Path) -> None:
    load_reference_data()
    district = OrgUnit.objects.get(code="KSR")
    make_user("media.browser", Role.objects.get(code="media_officer"), district)
    shots = Path(os.environ.get("HIFAZAT_SCREENSHOTS", str(tmp_path)))
    page.set_viewport_size({"width": 390, "height": 844})
    _sign_in(page, live_server.url, "media.browser")
    page.get_by_role("button", name="اردو").click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/releases/check/")
    page.locator("#id_text").fill(
        "قصور: پولیس نے 12 سالہ زینب بنت محمد اسلم ساکن محلہ اسلام پورہ کو بازیاب کرا لیا۔ "
        "رابطہ 0300-1234567"
    )
    page.locator("#id_lang").select_option("ur")
    page.locator("form.card button[type=submit]").click()
    page.get_by_test_id("result").wait_for()
    assert page.url.endswith("/releases/check/")  # the text went by POST, never into the URL
    redacted = page.get_by_test_id("redacted").inner_text()
    assert "زینب" not in redacted and "0300" not in redacted
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.screenshot(path=str(shots / "check-text-phone-ur.png"), full_page=True)
