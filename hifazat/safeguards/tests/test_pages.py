"""The safeguards pages: the case-page checklist and one-click recording, the station board, the
notices, the rule book (in English and Urdu)."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from hifazat.audit.models import AuditEvent
from hifazat.cases.models import Event, Offence
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import register
from hifazat.safeguards import selectors
from hifazat.safeguards.models import Breach, Notice
from hifazat.safeguards.rulebook import rule_book
from hifazat.safeguards.tests.test_refresh import MINUTE, H, SafeguardsCase


def local(moment: dt.datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def urdu(client: Client) -> Client:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    return client


class CasePageTests(SafeguardsCase):
    def test_the_case_page_shows_the_checklist_with_deadlines_in_pakistan_time(self) -> None:
        reported = self.now - 30 * MINUTE
        case = register(self.io, self.station, kind="missing", at=reported)
        page = self.client_for("investigating_officer").get(f"/cases/{case.pk}/")
        self.assertEqual(page.status_code, 200)
        html = page.content.decode()
        self.assertIn('data-testid="safeguards"', html)
        self.assertIn(rule_book()["zarra.s7-1.notify-2h"].title_en, html)
        self.assertIn("ZARRA 2020 s.7(1)", html)
        due = (reported + 2 * H).astimezone(ZoneInfo("Asia/Karachi"))
        self.assertIn(due.strftime("%Y-%m-%d %H:%M") + " PKT", html)
        # Missing child: the "every interaction" list and checklist D.
        steps = re.findall(r'data-step="([^"]+)"', html)
        self.assertEqual(steps[0], "0.1")
        self.assertIn("D.1", steps)

    def test_an_unverified_rule_is_flagged(self) -> None:
        case = register(
            self.io, self.station, kind="conflict", sex="male", age=16, age_pending=True
        )
        html = self.client_for("investigating_officer").get(f"/cases/{case.pk}/").content.decode()
        self.assertIn("JJSA 2018 s.8", html)
        self.assertIn('data-testid="unverified"', html)
        self.assertIn("UNVERIFIED: legal review needed", html)

    def test_one_click_records_the_step_at_the_time_given(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        self.event(case, "arrested", self.now - H)
        client = self.client_for("investigating_officer")
        html = client.get(f"/cases/{case.pk}/").content.decode()
        self.assertIn(f'action="/safeguards/cases/{case.pk}/record/"', html)
        self.assertIn('name="kind" value="guardian_informed"', html)
        when = self.now - 50 * MINUTE
        response = client.post(
            f"/safeguards/cases/{case.pk}/record/",
            {"kind": "guardian_informed", "at": local(when)},
            follow=True,
        )
        self.assertRedirects(response, f"/cases/{case.pk}/#safeguards")
        event = Event.objects.get(case=case, kind="guardian_informed")
        self.assertEqual(local(event.at), local(when))
        self.assertEqual(event.recorded_by, self.io)
        self.assertContains(response, "Recorded:")
        ob = case.obligations.get(rule="bp.beijing-r10-1.guardian-2h")  # type: ignore[attr-defined]
        self.assertEqual(ob.status, "met")

    def test_a_step_that_needs_details_links_to_the_full_form(self) -> None:
        case = register(self.io, self.station, kind="missing", at=self.now - 30 * MINUTE)
        html = self.client_for("investigating_officer").get(f"/cases/{case.pk}/").content.decode()
        self.assertIn(f"/cases/{case.pk}/events/new/?kind=fir_registered", html)
        response = self.client_for("investigating_officer").post(
            f"/safeguards/cases/{case.pk}/record/",
            {"kind": "fir_registered", "at": local(self.now)},
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Event.objects.filter(case=case, kind="fir_registered").exists())

    def test_a_role_that_cannot_record_sees_no_record_buttons(self) -> None:
        case = register(self.io, self.station, kind="missing", at=self.now - 30 * MINUTE)
        html = self.client_for("sdpo").get(f"/cases/{case.pk}/").content.decode()
        self.assertIn('data-testid="safeguards"', html)
        self.assertNotIn("/record/", html)
        response = self.client_for("sdpo").post(
            f"/safeguards/cases/{case.pk}/record/",
            {"kind": "zarra_notified", "at": local(self.now)},
        )
        self.assertEqual(response.status_code, 403)

    def test_recording_a_forbidden_state_shows_the_law_after_the_redirect(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        client = self.client_for("investigating_officer")
        response = client.post(
            f"/cases/{case.pk}/events/new/",
            {"kind": "custody_changed", "at": local(self.now - H), "location": "police_lockup"},
            follow=True,
        )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(Event.objects.filter(case=case, kind="custody_changed").exists())
        html = response.content.decode()
        alert = html[html.index('data-testid="breach-alert"') :]
        rule = rule_book()["jjsa.s5-1.no-lockup"]
        self.assertIn(escape(rule.title_en), alert)
        self.assertIn(rule.title_ur, alert)
        self.assertIn("JJSA 2018 s.5(1)", alert)
        self.assertTrue(Breach.objects.filter(case=case, rule=rule.id).exists())
        # Another officer opening the case sees the breach on record, not the "you just" alert.
        other = self.client_for("sho").get(f"/cases/{case.pk}/").content.decode()
        self.assertNotIn('data-testid="breach-alert"', other)
        self.assertIn("Breaches on record", other)

    def test_a_girls_statement_with_no_woman_present_shows_the_law(self) -> None:
        load_offences()
        case = register(
            self.io, self.station, kind="victim", offences=[Offence.objects.get(code="PPC-354")]
        )
        response = self.client_for("investigating_officer").post(
            f"/cases/{case.pk}/events/new/",
            {
                "kind": "statement_recorded",
                "at": local(self.now - H),
                "by_sex": "male",
                "where": "home",
                "present": ["guardian"],
            },
            follow=True,
        )
        html = response.content.decode()
        alert = html[html.index('data-testid="breach-alert"') :]
        self.assertIn("CrPC s.161(1) proviso", alert)
        self.assertIn(escape(rule_book()["crpc.s161.proviso-statement"].title_en), alert)


class BoardTests(SafeguardsCase):
    def setUp(self) -> None:
        super().setUp()
        self.soon = register(self.io, self.station, kind="missing", at=self.now - 30 * MINUTE)
        self.late = register(self.io, self.station, kind="missing", at=self.now - 3 * H)
        self.bad = register(self.io, self.station, kind="conflict", sex="male", age=15)
        self.event(self.bad, "custody_changed", self.now - H, location="police_lockup")
        self.away = register(
            self.personas["outsider"], self.other_station, kind="missing", at=self.now - 3 * H
        )

    def test_the_board_shows_due_overdue_and_breached_in_the_users_area(self) -> None:
        html = self.client_for("sho").get("/safeguards/board/").content.decode()
        overdue = html[html.index('data-testid="overdue"') : html.index('data-testid="due-soon"')]
        due = html[html.index('data-testid="due-soon"') : html.index('data-testid="breaches"')]
        breaches = html[html.index('data-testid="breaches"') :]
        self.assertIn(self.late.code, overdue)
        self.assertNotIn(self.soon.code, overdue)
        self.assertIn(self.soon.code, due)
        self.assertIn(self.bad.code, breaches)
        self.assertIn("JJSA 2018 s.5(1)", breaches)
        self.assertNotIn(self.away.code, html)  # another district's case
        self.assertIn(f'href="/cases/{self.late.pk}/#safeguards"', overdue)
        self.assertNotIn("Testina", html)  # masked: no identity on the board

    def test_the_district_sees_every_station_and_the_window_can_change(self) -> None:
        board = selectors.board(self.personas["sdpo"], hours=4)
        self.assertIn(self.late.pk, {o.case_id for o in board.overdue.rows})
        self.assertIn(self.soon.pk, {o.case_id for o in board.due_soon.rows})
        self.assertNotIn(self.away.pk, {o.case_id for o in board.overdue.rows})
        page = self.client_for("sdpo").get("/safeguards/board/?hours=4")
        self.assertContains(page, "next 4 hours")

    def test_newest_risk_first(self) -> None:
        later = register(self.io, self.station, kind="missing", at=self.now - 150 * MINUTE)
        rows = selectors.board(self.personas["sho"]).overdue.rows
        codes = [o.case.code for o in rows if o.rule == "zarra.s7-1.notify-2h"]
        self.assertEqual(codes[:2], [later.code, self.late.code])

    def test_the_board_is_a_fixed_number_of_queries(self) -> None:
        user = self.personas["sho"]
        selectors.board(user)  # the role's permissions, read once per request
        with CaptureQueriesContext(connection) as few:
            selectors.board(user)
        for _ in range(5):
            register(self.io, self.station, kind="missing", at=self.now - 3 * H)
        with CaptureQueriesContext(connection) as more:
            board = selectors.board(user)
            for o in board.overdue.rows:  # what the template reads
                _ = (o.case.code, o.case.child.sex, o.case.station.name_en)
        self.assertEqual(len(few), len(more))
        self.assertLessEqual(len(more), 4)

    def test_acknowledging_from_the_board(self) -> None:
        breach = Breach.objects.get(case=self.bad, rule="jjsa.s5-1.no-lockup")
        url = f"/safeguards/breaches/{breach.pk}/acknowledge/"
        refused = self.client_for("duty_officer").post(url, {"reason": "x" * 20})
        self.assertEqual(refused.status_code, 403)
        empty = self.client_for("sho").post(url, {"reason": ""})
        self.assertEqual(empty.status_code, 400)
        self.assertContains(empty, "This field is required", status_code=400)
        reason = "Moved to the observation home at once."
        done = self.client_for("sho").post(url, {"reason": reason})
        self.assertRedirects(done, "/safeguards/board/")
        breach.refresh_from_db()
        self.assertEqual(breach.acknowledged_by, self.personas["sho"])
        self.assertTrue(AuditEvent.objects.filter(action="safeguards.breach_acknowledged").exists())
        self.assertTrue(Breach.objects.filter(pk=breach.pk).exists())
        again = self.client_for("sdpo").post(url, {"reason": "Acknowledging it a second time."})
        self.assertEqual(again.status_code, 400)
        html = self.client_for("sho").get("/safeguards/board/").content.decode()
        self.assertIn("Acknowledged in the last 7 days", html)
        self.assertIn("Moved to the observation home at once.", html)
        outside = self.client_for("outsider").post(url, {"reason": "Not in my district at all."})
        self.assertEqual(outside.status_code, 404)

    def test_the_board_on_a_phone_in_urdu(self) -> None:
        page = urdu(self.client_for("sho")).get("/safeguards/board/")
        html = page.content.decode()
        self.assertIn('dir="rtl"', html)
        self.assertIn(rule_book()["jjsa.s5-1.no-lockup"].title_ur, html)
        self.assertIn('name="viewport"', html)


class NoticeTests(SafeguardsCase):
    def test_notices_list_mine_and_mark_read(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        self.event(case, "custody_changed", self.now - H, location="police_lockup")
        mine = Notice.objects.filter(recipient=self.personas["sdpo"])
        self.assertTrue(mine.exists())
        page = self.client_for("sdpo").get("/safeguards/notices/")
        self.assertContains(page, case.code)
        self.assertContains(page, rule_book()["jjsa.s5-1.no-lockup"].title_en)
        first = mine.first()
        assert first is not None
        # Someone else's notice cannot be touched.
        self.client_for("sho").post(f"/safeguards/notices/{first.pk}/read/")
        first.refresh_from_db()
        self.assertIsNone(first.read_at)
        response = self.client_for("sdpo").post(f"/safeguards/notices/{first.pk}/read/")
        self.assertRedirects(response, "/safeguards/notices/")
        first.refresh_from_db()
        self.assertIsNotNone(first.read_at)
        self.client_for("sdpo").post("/safeguards/notices/read/")
        self.assertFalse(mine.filter(read_at__isnull=True).exists())
        self.assertTrue(AuditEvent.objects.filter(action="safeguards.notices_read").exists())

    def test_an_officer_with_no_notices(self) -> None:
        page = self.client_for("analyst").get("/safeguards/notices/")
        self.assertContains(page, "You have no notices.")


class RuleBookTests(SafeguardsCase):
    def test_every_rule_with_citation_kind_and_confidence(self) -> None:
        html = self.client_for("analyst").get("/safeguards/rules/").content.decode()
        book = rule_book()
        self.assertEqual(html.count('class="rule-row"'), len(book.rules))
        self.assertIn("JJSA 2018 s.3(2)", html)
        self.assertIn("Police order", html)
        self.assertIn("Best practice", html)
        self.assertIn("UNVERIFIED: legal review needed", html)
        self.assertIn(book["jjsa.s3-2.lawyer-24h"].title_ur, html)  # both languages

    def test_filter_by_province_contact_and_case_kind(self) -> None:
        client = self.client_for("analyst")
        sindh = client.get("/safeguards/rules/?province=SD").content.decode()
        self.assertIn('data-rule="sindh.missing-fir-4h"', sindh)
        self.assertNotIn('data-rule="pb.so2019.fir-immediate"', sindh)
        self.assertIn('data-rule="zarra.s7-1.notify-2h"', sindh)  # national law applies too
        missing = client.get("/safeguards/rules/?contact=missing").content.decode()
        self.assertIn('data-rule="zarra.s7-1.notify-2h"', missing)
        self.assertNotIn('data-rule="jjsa.s3-2.lawyer-24h"', missing)
        arrest = client.get("/safeguards/rules/?contact=arrest").content.decode()
        self.assertIn('data-rule="jjsa.s3-2.lawyer-24h"', arrest)
        victims = client.get("/safeguards/rules/?case_kind=victim").content.decode()
        self.assertNotIn('data-rule="jjsa.s3-2.lawyer-24h"', victims)
        self.assertIn('data-rule="crpc.s154.fir"', victims)
        self.assertEqual(client.get("/safeguards/rules/?province=XX").status_code, 400)

    def test_the_rule_book_in_urdu(self) -> None:
        page = urdu(self.client_for("analyst")).get("/safeguards/rules/?province=SD")
        html = page.content.decode()
        self.assertIn('lang="ur"', html)
        self.assertIn('dir="rtl"', html)
        rule = rule_book()["sindh.missing-fir-4h"]
        row = html[html.index('data-rule="sindh.missing-fir-4h"') :]
        row = row[: row.index("</li>")]
        # The Urdu title first, the English one after it, marked as English.
        self.assertLess(row.index(rule.title_ur), row.index(rule.title_en))
        self.assertIn('lang="en"', row)
        self.assertIn("سندھ", html)  # the province filter in Urdu


class OneClickChoiceTests(SafeguardsCase):
    def test_a_duty_that_asks_for_a_detail_gets_the_full_form(self) -> None:
        """Punjab's standing order wants the SHO at the scene: a bare "scene visited" (enough for
        Sindh's SOP) would not meet it, so the step links to the full form."""
        rape = Offence.objects.get(code="PPC-376(3)")
        case = register(self.io, self.station, kind="victim", age=9, offences=[rape])
        sg = selectors.case_safeguards(self.io, case)
        actions = {a.kind: a.one_click for item in sg.items for a in item.actions}
        self.assertIs(actions["scene_visited"], False)
        self.assertIs(actions["fir_registered"], False)  # an FIR needs its number and date
        self.assertIs(actions["child_informed"], True)
