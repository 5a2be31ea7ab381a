"""Real-browser checks of the safeguards screens (Playwright driving Debian's Chromium): the case
page's checklist with one-click recording on a phone, the law shown after recording a forbidden
state, and the station board with a breach acknowledged, in English and Urdu."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from hifazat.accounts.models import Role, User
from hifazat.accounts.reference import load_reference_data
from hifazat.testing import PASSWORD, add_totp, current_code, make_station, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
HOUR = dt.timedelta(hours=1)


def sign_in(page: Any, base: str, user: User, device: Any = None) -> None:
    page.goto(f"{base}/sign-in/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    if device is not None:
        page.wait_for_url("**/sign-in/code/")
        page.get_by_label("Code").fill(current_code(device))
        page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")


def widest(page: Any, selector: str) -> float:
    """How far right anything inside ``selector`` reaches, in CSS pixels."""
    return float(
        page.evaluate(
            """(sel) => Math.max(...[document.querySelector(sel),
                 ...document.querySelectorAll(sel + ' *')]
                 .map(e => e.getBoundingClientRect().right))""",
            selector,
        )
    )


def switch_language(page: Any, to: str) -> None:
    page.get_by_role("button", name="اردو" if to == "ur" else "English").click()
    page.wait_for_load_state()


def test_an_officer_records_a_step_and_sees_the_law_on_a_phone(
    live_server: Any, page: Any, tmp_path: Path
) -> None:
    from hifazat.cases import services
    from hifazat.cases.models import Event
    from hifazat.cases.reference import load_offences
    from hifazat.cases.tests.factories import register
    from hifazat.safeguards.models import Breach

    load_reference_data()
    load_offences()
    station = make_station("KSR", "TST-01", "Test City")
    duty = make_user("duty.browser", Role.objects.get(code="duty_officer"), station)
    now = timezone.now()
    case = register(duty, station, kind="conflict", sex="male", age=15, at=now - 3 * HOUR)
    services.add_event(actor=duty, case=case, kind="arrested", at=now - 2 * HOUR)
    shots = Path(os.environ.get("HIFAZAT_SCREENSHOTS", str(tmp_path)))

    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server.url, duty)
    page.goto(f"{live_server.url}/cases/{case.pk}/")
    checklist = page.get_by_test_id("safeguards")
    guardian = checklist.locator('li.sg-item[data-step="E.3"]')
    assert guardian.get_attribute("data-status") == "overdue"  # 2 hours passed, nobody told
    # One click: "Guardian informed at [now, editable]".
    field = guardian.get_by_label("Guardian informed at")
    field.fill(timezone.localtime(now - dt.timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M"))
    guardian.get_by_role("button", name="Record: Guardian informed").click()
    page.wait_for_url(f"**/cases/{case.pk}/#safeguards")
    assert page.get_by_text("Recorded: Guardian informed").is_visible()
    assert Event.objects.filter(case=case, kind="guardian_informed").exists()
    assert (
        page.locator('li.sg-ob[data-rule="jjsa.s5-1.guardian"]')
        .get_attribute("class")
        .endswith("st-met")
    )
    page.screenshot(path=str(shots / "case-checklist-en.png"), full_page=True)
    # The checklist fits a phone: nothing in it reaches past the screen's edge.
    assert widest(page, "#safeguards") <= 390

    # Recording a forbidden state is allowed; the law is shown at once and the breach recorded.
    page.goto(f"{live_server.url}/cases/{case.pk}/events/new/?kind=custody_changed")
    page.get_by_label("When").fill(
        timezone.localtime(now - dt.timedelta(minutes=20)).strftime("%Y-%m-%dT%H:%M")
    )
    page.get_by_label("Now held at").select_option("police_lockup")
    page.get_by_role("button", name="Record", exact=True).click()
    page.wait_for_url(f"**/cases/{case.pk}/")
    alert = page.get_by_test_id("breach-alert")
    assert alert.is_visible()
    assert "JJSA 2018 s.5(1)" in alert.inner_text()
    assert Breach.objects.filter(case=case, rule="jjsa.s5-1.no-lockup").exists()
    alert.screenshot(path=str(shots / "breach-alert-en.png"))

    switch_language(page, "ur")
    assert page.locator("html").get_attribute("dir") == "rtl"
    from hifazat.safeguards.rulebook import rule_book

    urdu_law = rule_book()["jjsa.s5-1.no-lockup"].title_ur
    assert urdu_law in page.get_by_test_id("breach-alert").inner_text()
    page.screenshot(path=str(shots / "case-checklist-ur.png"), full_page=True)
    assert widest(page, "#safeguards") <= 390


def test_the_sho_reads_the_board_and_acknowledges_a_breach(
    live_server: Any, page: Any, tmp_path: Path
) -> None:
    from hifazat.cases import services
    from hifazat.cases.tests.factories import register
    from hifazat.safeguards.models import Breach

    load_reference_data()
    station = make_station("KSR", "TST-01", "Test City")
    duty = make_user("duty.board", Role.objects.get(code="duty_officer"), station)
    sho = make_user("sho.board", Role.objects.get(code="sho"), station)
    device = add_totp(sho)
    now = timezone.now()
    register(duty, station, kind="missing", at=now - 3 * HOUR)  # overdue
    register(duty, station, kind="missing", at=now - dt.timedelta(minutes=20))  # due soon
    bad = register(duty, station, kind="conflict", sex="male", age=15, at=now - HOUR)
    services.add_event(
        actor=duty,
        case=bad,
        kind="custody_changed",
        at=now - dt.timedelta(minutes=30),
        details={"location": "police_lockup"},
    )
    shots = Path(os.environ.get("HIFAZAT_SCREENSHOTS", str(tmp_path)))

    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server.url, sho, device)
    page.get_by_role("link", name="Board").click()
    page.wait_for_url("**/safeguards/board/")
    assert page.get_by_test_id("overdue").locator(".board-row").count() >= 1
    assert page.get_by_test_id("due-soon").locator(".board-row").count() >= 1
    assert page.get_by_test_id("breaches").locator(".board-row").count() == 2
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    page.screenshot(path=str(shots / "board-en.png"), full_page=True)

    breach = Breach.objects.get(case=bad, rule="jjsa.s5-1.no-lockup")
    row = page.get_by_test_id(f"breach-{breach.pk}")
    row.get_by_text("Acknowledge, with a reason").click()
    row.get_by_role("textbox").fill("The child was moved to the observation home within the hour.")
    row.get_by_role("button", name="Acknowledge").click()
    page.wait_for_url("**/safeguards/board/")
    assert page.get_by_text("It stays on record.").is_visible()
    breach.refresh_from_db()
    assert breach.acknowledged_by == sho

    switch_language(page, "ur")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert breach.title_ur in page.content()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    page.screenshot(path=str(shots / "board-ur.png"), full_page=True)

    page.goto(f"{live_server.url}/safeguards/rules/?province=PB")
    page.screenshot(path=str(shots / "rules-ur.png"), full_page=True)
