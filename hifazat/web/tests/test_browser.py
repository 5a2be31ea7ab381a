"""Real-browser tests: Playwright driving Debian's Chromium against the live server."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from hifazat.accounts.models import Role
from hifazat.accounts.reference import load_reference_data
from hifazat.testing import PASSWORD, add_totp, current_code, make_station, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_officer_signs_in_with_two_factor_and_switches_to_urdu(
    live_server: Any, page: Any, tmp_path: Path
) -> None:
    load_reference_data()
    station = make_station("KSR", "TST-01", "Test City")
    user = make_user("sho.browser", Role.objects.get(code="sho"), station)
    device = add_totp(user)

    console: list[str] = []
    page.on("console", lambda msg: console.append(msg.text))
    page.goto(f"{live_server.url}/")
    assert "/sign-in/" in page.url
    page.get_by_label("Username").fill("sho.browser")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/sign-in/code/")
    page.get_by_label("Code").fill(current_code(device))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/")

    assert page.get_by_test_id("unit").inner_text().startswith("Test City")
    assert page.locator("html").get_attribute("dir") == "ltr"

    page.get_by_role("button", name="اردو").click()
    page.wait_for_load_state()
    html = page.locator("html")
    assert html.get_attribute("dir") == "rtl"
    assert html.get_attribute("lang") == "ur"
    assert page.get_by_test_id("role").inner_text() == "ایس ایچ او"
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == "rtl"
    family = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert "Nastaliq" in family
    # The font really loaded from the app itself (no CDN), and nothing broke the CSP.
    statuses = page.evaluate(
        """async () => { await document.fonts.ready;
           return [...document.fonts].filter(f => f.family.includes('Hifazat'))
                                     .map(f => f.status); }"""
    )
    assert statuses == ["loaded"]
    assert not [m for m in console if "Content Security Policy" in m]
    shots = Path(os.environ.get("HIFAZAT_SCREENSHOTS", str(tmp_path)))
    page.screenshot(path=str(shots / "home-ur.png"), full_page=True)


def test_a_duty_officer_registers_a_missing_child_end_to_end(
    live_server: Any, page: Any, tmp_path: Path
) -> None:
    from hifazat.cases.models import Case
    from hifazat.cases.reference import load_offences

    load_reference_data()
    load_offences()
    station = make_station("KSR", "TST-01", "Test City")
    make_user("duty.browser", Role.objects.get(code="duty_officer"), station)

    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(f"{live_server.url}/sign-in/")
    page.get_by_label("Username").fill("duty.browser")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"{live_server.url}/")
    page.get_by_role("link", name="New contact").click()

    # Screen 1: what happened.
    page.get_by_label("Missing child").check()
    page.get_by_label("This contact").select_option("report")
    page.get_by_label("Where").select_option("station")
    page.get_by_label("Parent or guardian").check()
    page.get_by_role("button", name="Next: the child").click()

    # Screen 2: the child (synthetic test identity).
    page.get_by_label("Given name (English letters)").fill("Testina")
    page.get_by_label("Family name").fill("Zarqoon")
    page.get_by_label("Girl").check()
    page.get_by_label("Age (years)").fill("9")
    page.get_by_label("Family's phone").fill("0399-7654321")
    page.get_by_role("button", name="Next: check").click()
    if os.environ.get("HIFAZAT_SCREENSHOTS"):
        page.screenshot(path=str(Path(os.environ["HIFAZAT_SCREENSHOTS"]) / "register-3.png"))

    # Screen 3: check and save.
    page.get_by_role("heading", name="Check before saving").wait_for()
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/cases/*/")
    case = Case.objects.get()
    assert case.kind == "missing"
    assert page.get_by_text(f"Case {case.code} registered.").is_visible()
    assert page.get_by_test_id("sex").inner_text() == "Girl"
    assert "Testina" not in page.content()  # masked on screen
    shots = Path(os.environ.get("HIFAZAT_SCREENSHOTS", str(tmp_path)))
    page.screenshot(path=str(shots / "case-page.png"), full_page=True)
