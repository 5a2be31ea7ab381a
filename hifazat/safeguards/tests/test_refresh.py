"""Obligations, breaches and escalations follow every write to a case (issue 4 §5)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hifazat.audit.models import AuditEvent
from hifazat.cases import services as case_services
from hifazat.cases.models import Offence
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import register
from hifazat.safeguards import services
from hifazat.safeguards.models import Breach, BreachesAreKept, Notice, Obligation
from hifazat.safeguards.rulebook import rule_book
from hifazat.testing import HifazatTestCase

ON_POSTGRES = connection.vendor == "postgresql"
H = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)


def stored(case: object, rule: str) -> Obligation:
    return Obligation.objects.get(case=case, rule=rule)


class SafeguardsCase(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        load_offences()
        for code in ("sho", "sdpo", "dpo", "outsider"):
            user = cls.personas[code]
            user.email = f"{code}@police.test"
            user.save(update_fields=["email"])

    def setUp(self) -> None:
        self.io = self.personas["investigating_officer"]
        self.now = timezone.now()

    def breach(self) -> Breach:
        """A boy of 15 put in the police lock-up: the JJSA s.5(1) breach."""
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        self.event(case, "custody_changed", self.now - H, location="police_lockup")
        return Breach.objects.get(case=case, rule="jjsa.s5-1.no-lockup")

    def event(self, case: object, kind: str, at: dt.datetime, **details: object) -> object:
        return case_services.add_event(
            actor=self.io,
            case=case,  # type: ignore[arg-type]
            kind=kind,
            at=at,
            details=details,
        )


class RefreshTests(SafeguardsCase):
    def test_the_case_is_judged_in_its_stations_province(self) -> None:
        from hifazat.safeguards.selectors import timeline_for

        case = register(self.io, self.station, kind="missing")
        self.assertEqual(timeline_for(case, now=self.now).facts.province, "PB")

    def test_a_new_case_stores_what_is_due_with_its_deadline(self) -> None:
        reported = self.now - 30 * dt.timedelta(minutes=1)
        case = register(self.io, self.station, kind="missing", at=reported)
        ob = stored(case, "zarra.s7-1.notify-2h")
        self.assertEqual(ob.status, "due")
        self.assertEqual(ob.due_at, reported + 2 * H)
        self.assertEqual(ob.since, reported)
        # The tick looks again when a quarter of the 2 hours is left.
        self.assertEqual(ob.next_check_at, reported + 90 * dt.timedelta(minutes=1))
        self.assertFalse(Obligation.objects.filter(case=case, status="not_applicable").exists())
        self.assertFalse(Breach.objects.filter(case=case).exists())

    def test_a_step_done_in_time_is_met_and_names_the_event(self) -> None:
        case = register(self.io, self.station, kind="missing", at=self.now - H)
        event = self.event(case, "zarra_notified", self.now - 30 * dt.timedelta(minutes=1))
        ob = stored(case, "zarra.s7-1.notify-2h")
        self.assertEqual(ob.status, "met")
        self.assertEqual(ob.satisfied_by, event)
        self.assertIsNone(ob.next_check_at)

    def test_a_deadline_passed_at_registration_is_overdue(self) -> None:
        case = register(self.io, self.station, kind="missing", at=self.now - 3 * H)
        self.assertEqual(stored(case, "zarra.s7-1.notify-2h").status, "overdue")

    def test_ppc_311_added_after_a_compromise_meets_the_punjab_standing_order(self) -> None:
        rape = Offence.objects.get(code="PPC-376(3)")
        case = register(self.io, self.station, at=self.now - 60 * H, offences=[rape])
        self.event(case, "compromise_reported", self.now - 10 * H)
        self.assertEqual(stored(case, "pb.so2019.compromise-311").status, "due")
        fir = {"fir_number": "7/26", "fir_date": self.now.date().isoformat()}
        self.event(case, "fir_registered", self.now - 8 * H, **fir, offences=["PPC-311"])
        self.assertEqual(stored(case, "pb.so2019.compromise-311").status, "met")

    def test_a_step_done_late_is_a_breach_recorded_at_once(self) -> None:
        reported = self.now - 5 * H
        case = register(self.io, self.station, kind="missing", at=reported)
        event = self.event(case, "zarra_notified", reported + 3 * H)
        self.assertEqual(stored(case, "zarra.s7-1.notify-2h").status, "breached")
        breach = Breach.objects.get(case=case, rule="zarra.s7-1.notify-2h")
        self.assertEqual(breach.event, event)
        self.assertEqual(breach.occurred_at, reported + 3 * H)
        self.assertEqual(breach.citation, "ZARRA 2020 s.7(1)")
        self.assertEqual(breach.recorded_by, self.io)
        self.assertIn("زارا", breach.title_ur)
        audit = AuditEvent.objects.filter(action="safeguards.breach_recorded").get()
        self.assertEqual(audit.details["breach"], breach.pk)

    def test_a_forbidden_state_is_recorded_as_breaches_of_each_rule_that_forbids_it(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        arrested = self.now - H
        self.event(case, "arrested", arrested)
        lockup = self.event(case, "custody_changed", arrested, location="police_lockup")
        rules = set(Breach.objects.filter(case=case).values_list("rule", flat=True))
        self.assertEqual(rules, {"jjsa.s5-1.no-lockup", "lhc.2024.separation-from-adults"})
        self.assertEqual(Breach.objects.get(case=case, rule="jjsa.s5-1.no-lockup").event, lockup)

    def test_a_breach_is_recorded_once_and_stays_when_the_entry_is_corrected(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        lockup = self.event(case, "custody_changed", self.now - H, location="police_lockup")
        self.assertEqual(Breach.objects.filter(case=case).count(), 2)
        case_services.add_event(
            actor=self.io,
            case=case,
            kind="correction",
            at=self.now - H,
            details={"location": "observation_home"},
            corrects=lockup,  # type: ignore[arg-type]
        )
        services.refresh_case(case)
        self.assertEqual(stored(case, "jjsa.s5-1.no-lockup").status, "met")
        self.assertEqual(Breach.objects.filter(case=case).count(), 2)

    def test_a_girls_statement_with_no_woman_present_is_a_breach(self) -> None:
        case = register(
            self.io,
            self.station,
            kind="victim",
            offences=[Offence.objects.get(code="PPC-354")],
        )
        self.event(
            case,
            "statement_recorded",
            self.now - H,
            by_sex="male",
            where="home",
            present=["guardian"],
        )
        breach = Breach.objects.get(case=case, rule="crpc.s161.proviso-statement")
        self.assertEqual(breach.citation, "CrPC s.161(1) proviso")

    def test_rules_that_stop_fitting_the_case_leave_the_board(self) -> None:
        rape = Offence.objects.get(code="PPC-376(3)")
        case = register(self.io, self.station, kind="victim", offences=[rape])
        self.assertEqual(stored(case, "ara.crisis-cell").status, "due")
        case_services.update_case_facts(
            actor=self.io,
            case=case,
            expected_version=case.version,
            place="unknown",
            occurred_on=None,
            urban=None,
            offences=[Offence.objects.get(code="PPC-328-A")],
        )
        self.assertFalse(Obligation.objects.filter(case=case, rule="ara.crisis-cell").exists())

    def test_an_accused_family_member_starts_the_family_abuse_clock(self) -> None:
        from hifazat.cases import identity as vault

        case = register(self.io, self.station, kind="victim", sex="male", age=6)
        self.assertFalse(
            Obligation.objects.filter(case=case, rule="pdnca.s24.abused-by-family-24h").exists()
        )
        case_services.add_person(
            actor=self.io,
            case=case,
            role="accused",
            relation="family_member",
            sex="male",
            is_juvenile=False,
            identity=vault.PersonIdentity(name="", phone="", id_number="", address=""),
        )
        self.assertEqual(stored(case, "pdnca.s24.abused-by-family-24h").status, "due")

    def test_a_time_a_few_minutes_ahead_counts_now(self) -> None:
        """An officer's phone may run fast; the register allows five minutes."""
        case = register(self.io, self.station, kind="missing", at=self.now - H)
        self.event(case, "zarra_notified", timezone.now() + 3 * dt.timedelta(minutes=1))
        self.assertEqual(stored(case, "zarra.s7-1.notify-2h").status, "met")

    def test_a_refresh_makes_the_same_number_of_queries_however_long_the_timeline(self) -> None:
        case = register(self.io, self.station, kind="missing", at=self.now - 5 * H)
        counts = []
        for n in (1, 8):
            for i in range(n):
                at = self.now - 4 * H + i * dt.timedelta(minutes=1)
                self.event(case, "guardian_informed", at)
            with CaptureQueriesContext(connection) as queries:
                services.refresh_case(case)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
        self.assertLessEqual(counts[0], 9)


class BreachRecordTests(SafeguardsCase):
    def test_a_breach_cannot_be_deleted_through_the_application(self) -> None:
        breach = self.breach()
        with self.assertRaises(BreachesAreKept):
            breach.delete()
        with self.assertRaises(BreachesAreKept):
            Breach.objects.filter(pk=breach.pk).delete()
        self.assertTrue(Breach.objects.filter(pk=breach.pk).exists())

    def test_acknowledging_needs_the_permission(self) -> None:
        breach = self.breach()
        for persona in ("investigating_officer", "duty_officer", "auditor"):
            with self.assertRaises(PermissionDenied):
                services.acknowledge_breach(
                    actor=self.personas[persona], breach=breach, reason="We moved the child out."
                )
        breach.refresh_from_db()
        self.assertIsNone(breach.acknowledged_at)

    def test_acknowledging_needs_a_reason_and_is_audited(self) -> None:
        breach = self.breach()
        sho = self.personas["sho"]
        with self.assertRaises(ValidationError) as caught:
            services.acknowledge_breach(actor=sho, breach=breach, reason="  ok ")
        self.assertIn("reason", caught.exception.message_dict)
        services.acknowledge_breach(
            actor=sho, breach=breach, reason="Moved to the observation home within the hour."
        )
        breach.refresh_from_db()
        self.assertEqual(breach.acknowledged_by, sho)
        self.assertEqual(breach.acknowledgement, "Moved to the observation home within the hour.")
        audit = AuditEvent.objects.get(action="safeguards.breach_acknowledged")
        self.assertEqual(audit.details["breach"], breach.pk)
        self.assertEqual(audit.reason, breach.acknowledgement)
        with self.assertRaises(ValidationError):
            services.acknowledge_breach(actor=sho, breach=breach, reason="A second reason here.")

    def test_an_officer_outside_the_area_cannot_acknowledge(self) -> None:
        breach = self.breach()
        with self.assertRaises(PermissionDenied):
            services.acknowledge_breach(
                actor=self.personas["outsider"], breach=breach, reason="Not my station at all."
            )


@pytest.mark.skipif(not ON_POSTGRES, reason="the breach trigger exists on PostgreSQL")
class BreachTriggerTests(SafeguardsCase):
    def raw(self, sql: str, params: list[object]) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, params)

    def test_postgresql_refuses_to_delete_or_rewrite_a_breach(self) -> None:
        breach = self.breach()
        with self.assertRaisesMessage(DatabaseError, "never deleted"):
            self.raw("DELETE FROM safeguards_breach WHERE id = %s", [breach.pk])
        with self.assertRaisesMessage(DatabaseError, "only change allowed"):
            self.raw("UPDATE safeguards_breach SET citation = 'x' WHERE id = %s", [breach.pk])
        self.assertTrue(Breach.objects.filter(pk=breach.pk, citation="JJSA 2018 s.5(1)").exists())

    def test_postgresql_allows_one_acknowledgement_and_no_change_after(self) -> None:
        breach = self.breach()
        services.acknowledge_breach(
            actor=self.personas["sho"], breach=breach, reason="Moved out within the hour."
        )
        with self.assertRaisesMessage(DatabaseError, "only change allowed"):
            self.raw(
                "UPDATE safeguards_breach SET acknowledgement = 'rewritten' WHERE id = %s",
                [breach.pk],
            )


class EscalationTests(SafeguardsCase):
    def test_a_breach_tells_every_role_the_rule_names_by_notice_and_mail(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        with self.captureOnCommitCallbacks(execute=True):
            self.event(case, "custody_changed", self.now - H, location="police_lockup")
        notices = Notice.objects.filter(case=case, kind="breach", rule="jjsa.s5-1.no-lockup")
        self.assertEqual(
            {n.recipient.username for n in notices}, {"sho", "sdpo", "dpo"}
        )  # escalate_to = sho, sdpo, dpo: the station's SHO and the district's SDPO and DPO
        self.assertFalse(Notice.objects.filter(recipient=self.personas["outsider"]).exists())
        self.assertTrue(all(n.emailed for n in notices))
        by_address = {m.to[0]: m for m in mail.outbox}
        self.assertEqual(set(by_address), {f"{c}@police.test" for c in ("sho", "sdpo", "dpo")})
        message = by_address["sdpo@police.test"]
        self.assertIn(case.code, message.subject)
        self.assertIn(rule_book()["jjsa.s5-1.no-lockup"].title_en, message.body)
        # Nothing about the child: the case code and the rules' titles only.
        for secret in ("Testina", "Zarqoon", "Fakeer", "0399", "90000", "Mohalla"):
            self.assertNotIn(secret, message.body + message.subject)

    def test_an_officer_with_no_address_gets_the_notice_only(self) -> None:
        sho = self.personas["sho"]
        sho.email = ""
        sho.save(update_fields=["email"])
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        with self.captureOnCommitCallbacks(execute=True):
            self.event(case, "custody_changed", self.now - H, location="police_lockup")
        self.assertTrue(Notice.objects.filter(recipient=sho, kind="breach").exists())
        self.assertNotIn("sho@police.test", [m.to[0] for m in mail.outbox])

    def test_mail_waits_for_the_commit(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            self.event(case, "custody_changed", self.now - H, location="police_lockup")
        self.assertEqual(mail.outbox, [])
        self.assertTrue(callbacks)

    def test_overdue_tells_everyone_named_once(self) -> None:
        case = register(self.io, self.station, kind="missing", at=self.now - 3 * H)
        overdue = Notice.objects.filter(case=case, kind="overdue", rule="zarra.s7-1.notify-2h")
        self.assertEqual({n.recipient.username for n in overdue}, {"sho", "sdpo", "dpo"})
        services.refresh_case(case)
        self.assertEqual(overdue.count(), 3)

    def test_due_soon_tells_the_officer_who_must_act(self) -> None:
        reported = self.now - 100 * dt.timedelta(minutes=1)  # 20 minutes of 2 hours left
        case = register(self.io, self.station, kind="missing", at=reported)
        soon = Notice.objects.filter(case=case, kind="due_soon", rule="zarra.s7-1.notify-2h")
        self.assertEqual([n.recipient.username for n in soon], ["sho"])
        self.assertEqual(soon.get().due_at, reported + 2 * H)
        self.assertEqual(stored(case, "zarra.s7-1.notify-2h").next_check_at, reported + 2 * H)


class TickTests(SafeguardsCase):
    def test_the_tick_turns_passed_deadlines_overdue_and_escalates(self) -> None:
        from io import StringIO

        from django.core.management import call_command

        reported = self.now - 3 * H
        case = register(self.io, self.station, kind="missing", at=reported)
        calm = register(self.io, self.station, kind="missing", at=self.now - 10 * MINUTE)
        # As the register saw it an hour after the report: due, nobody told yet.
        services.refresh_case(case, now=reported + H)
        Notice.objects.all().delete()
        self.assertEqual(stored(case, "zarra.s7-1.notify-2h").status, "due")
        out = StringIO()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("safeguards", "tick", "--batch", "1", stdout=out)
        self.assertEqual(stored(case, "zarra.s7-1.notify-2h").status, "overdue")
        self.assertEqual(stored(calm, "zarra.s7-1.notify-2h").status, "due")
        self.assertIn("1 cases refreshed", out.getvalue())
        self.assertIn("turned overdue", out.getvalue())
        self.assertEqual(
            set(
                Notice.objects.filter(kind="overdue", rule="zarra.s7-1.notify-2h").values_list(
                    "recipient__username", flat=True
                )
            ),
            {"sho", "sdpo", "dpo"},
        )
        self.assertTrue(mail.outbox)

    def test_the_tick_leaves_closed_cases_alone_and_all_refreshes_every_open_case(self) -> None:
        from io import StringIO

        from django.core.management import call_command

        a = register(self.io, self.station, kind="missing", at=self.now - 3 * H)
        b = register(self.io, self.station, kind="victim", at=self.now - 3 * H)
        Obligation.objects.all().delete()
        out = StringIO()
        call_command("safeguards", "tick", stdout=out)
        self.assertIn("0 cases refreshed", out.getvalue())
        call_command("safeguards", "tick", "--all", stdout=out)
        self.assertTrue(Obligation.objects.filter(case=a).exists())
        self.assertTrue(Obligation.objects.filter(case=b).exists())
