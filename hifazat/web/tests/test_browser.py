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
