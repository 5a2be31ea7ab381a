from __future__ import annotations

import itertools
import threading
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.test import TestCase, TransactionTestCase

from hifazat.audit.models import AuditEvent
from hifazat.audit.selectors import verify_chain
from hifazat.audit.services import record_event

ON_POSTGRES = connection.vendor == "postgresql"


def write_events(n: int) -> None:
    for i in range(n):
        record_event(
            actor=None,
            actor_label="tester",
            action="test.event",
            subject_type="test",
            subject_id=i,
            details={"i": i, "note": "ا"},
        )


def tamper(sql: str, params: list[object]) -> None:
    """Change a row behind the application's back, as an attacker with database access would."""
    with connection.cursor() as cursor:
        if ON_POSTGRES:
            cursor.execute(
                "ALTER TABLE audit_auditevent DISABLE TRIGGER audit_auditevent_append_only"
            )
        cursor.execute(sql, params)
        if ON_POSTGRES:
            cursor.execute(
                "ALTER TABLE audit_auditevent ENABLE TRIGGER audit_auditevent_append_only"
            )


class ChainTests(TestCase):
    def test_events_form_an_intact_chain(self) -> None:
        write_events(5)
        report = verify_chain()
        self.assertTrue(report.ok)
        self.assertEqual(report.checked, 5)
        seqs = list(AuditEvent.objects.values_list("seq", flat=True))
        self.assertEqual(seqs, [1, 2, 3, 4, 5])
        events = list(AuditEvent.objects.all())
        for before, after in itertools.pairwise(events):
            self.assertEqual(after.prev_hash, before.hash)

    def test_an_altered_row_is_named(self) -> None:
        write_events(6)
        tamper("UPDATE audit_auditevent SET reason = %s WHERE seq = 4", ["edited"])
        report = verify_chain()
        self.assertFalse(report.ok)
        self.assertEqual(report.first_broken_seq, 4)
        self.assertEqual(report.checked, 3)
        self.assertIn("altered", report.problem)

    def test_a_removed_row_is_named(self) -> None:
        write_events(6)
        tamper("DELETE FROM audit_auditevent WHERE seq = 3", [])
        report = verify_chain()
        self.assertFalse(report.ok)
        self.assertEqual(report.first_broken_seq, 3)
        self.assertIn("missing", report.problem)

    def test_a_rewritten_row_with_a_fresh_hash_still_breaks_the_next_link(self) -> None:
        write_events(5)
        tamper("UPDATE audit_auditevent SET hash = %s WHERE seq = 2", ["f" * 64])
        report = verify_chain()
        self.assertEqual(report.first_broken_seq, 2)

    def test_the_command_reports_intact_and_broken_chains(self) -> None:
        write_events(3)
        out = StringIO()
        call_command("audit", "verify", stdout=out)
        self.assertIn("intact: 3 events", out.getvalue())
        tamper("UPDATE audit_auditevent SET action = %s WHERE seq = 2", ["forged"])
        with self.assertRaisesMessage(CommandError, "BROKEN at row 2"):
            call_command("audit", "verify", stdout=StringIO())

    def test_an_event_is_rolled_back_with_the_change_it_records(self) -> None:
        write_events(1)
        with self.assertRaises(RuntimeError), transaction.atomic():
            record_event(actor=None, action="test.doomed")
            raise RuntimeError("the change failed")
        self.assertFalse(AuditEvent.objects.filter(action="test.doomed").exists())
        self.assertTrue(verify_chain().ok)


@pytest.mark.skipif(not ON_POSTGRES, reason="the append-only trigger exists on PostgreSQL")
class AppendOnlyTests(TestCase):
    def test_postgresql_refuses_update_and_delete(self) -> None:
        write_events(2)
        for sql in ("UPDATE audit_auditevent SET reason = 'x'", "DELETE FROM audit_auditevent"):
            with (
                self.assertRaisesMessage(DatabaseError, "append-only"),
                transaction.atomic(),
                connection.cursor() as cursor,
            ):
                cursor.execute(sql)
        self.assertEqual(AuditEvent.objects.count(), 2)

    def test_the_orm_cannot_delete_either(self) -> None:
        write_events(1)
        with self.assertRaises(DatabaseError), transaction.atomic():
            AuditEvent.objects.all().delete()


@pytest.mark.skipif(not ON_POSTGRES, reason="parallel writers need a server database")
class ConcurrentWriterTests(TransactionTestCase):
    def test_parallel_writers_neither_fork_nor_break_the_chain(self) -> None:
        writers, per_writer = 8, 25
        errors: list[BaseException] = []
        barrier = threading.Barrier(writers)

        def work() -> None:
            try:
                barrier.wait()
                for _ in range(per_writer):
                    with transaction.atomic():
                        record_event(actor=None, action="test.parallel")
            except BaseException as exc:
                errors.append(exc)
            finally:
                connection.close()

        threads = [threading.Thread(target=work) for _ in range(writers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        report = verify_chain()
        self.assertTrue(report.ok, report.problem)
        self.assertEqual(report.checked, writers * per_writer)
