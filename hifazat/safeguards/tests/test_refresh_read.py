"""The refresh reads a case with hand-written SQL (selectors.read_for_refresh) and writes with a
hand-written upsert: what it reads and writes must be what the ORM reads and writes."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hifazat.cases import identity as vault
from hifazat.cases import services as case_services
from hifazat.cases.models import Case, Contact, Event, Offence, Person
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import register
from hifazat.safeguards import services
from hifazat.safeguards.engine import CaseFacts, ContactFact, TimelineEvent
from hifazat.safeguards.engine import Offence as OffenceFact
from hifazat.safeguards.models import Breach, Obligation
from hifazat.safeguards.selectors import (
    STORED_COLUMNS,
    province_of,
    read_for_refresh,
    timeline_for,
)
from hifazat.testing import HifazatTestCase

H = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)
NOBODY = vault.PersonIdentity(name="", phone="", id_number="", address="")


def orm_facts(case: Case, now: dt.datetime) -> CaseFacts:
    """The case's facts as the ORM reads them (the reference the hand-written SQL must match)."""
    child = case.child
    return CaseFacts(
        case_kind=case.kind,
        province=province_of(case.unit_path),
        child_sex=child.sex,
        age=child.age_years,
        age_pending=child.age_pending,
        reported_at=min(case.reported_at, now),
        offences=tuple(
            OffenceFact(o.code, o.sahil_category, o.tier, o.sexual, o.investigated_by)
            for o in Offence.objects.filter(cases=case).order_by("code")
        ),
        accused_relations=tuple(
            sorted(
                set(
                    Person.objects.filter(case=case, role=Person.Role.ACCUSED).values_list(
                        "relation", flat=True
                    )
                )
            )
        ),
    )


def orm_events(case: Case, now: dt.datetime) -> tuple[TimelineEvent, ...]:
    return tuple(
        TimelineEvent(e.pk, e.kind, min(e.at, now), e.details or {}, e.corrects_id, e.recorded_at)
        for e in Event.objects.filter(case=case).order_by("at", "id")
    )


def orm_contacts(case: Case, now: dt.datetime) -> tuple[ContactFact, ...]:
    return tuple(
        ContactFact(
            c.pk,
            c.kind,
            min(c.at, now),
            c.location,
            tuple(c.present or ()),
            c.officer_sex or "",
            c.officer_rank or "",
        )
        for c in Contact.objects.filter(case=case).order_by("at", "id")
    )


class RefreshReadTests(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        load_offences()

    def setUp(self) -> None:
        self.io = self.personas["investigating_officer"]
        self.now = timezone.now()

    def busy_case(self) -> Case:
        """A case with two offences, accused people (one relation twice), a contact with people
        present, events with details, a correction and a breach."""
        case = register(
            self.io,
            self.station,
            kind="victim",
            sex="female",
            age=None,
            age_pending=True,
            at=self.now - 30 * H,
            offences=[Offence.objects.get(code="PPC-376(3)"), Offence.objects.get(code="PPC-363")],
        )
        for relation in ("stranger", "family_member", "family_member"):
            case_services.add_person(
                actor=self.io,
                case=case,
                role="accused",
                relation=relation,
                sex="male",
                is_juvenile=False,
                identity=NOBODY,
            )
        case_services.record_contact(
            actor=self.io,
            case=case,
            kind="interview",
            at=self.now - 20 * H,
            location="station",
            present=["guardian", "lawyer"],
        )
        statement = case_services.add_event(
            actor=self.io,
            case=case,
            kind="statement_recorded",
            at=self.now - 20 * H,
            details={"by_sex": "male", "where": "police_station", "present": ["guardian"]},
        )
        case_services.add_event(
            actor=self.io,
            case=case,
            kind="correction",
            at=self.now - 19 * H,
            details={"by_sex": "female", "where": "home"},
            corrects=statement,
        )
        case_services.add_event(
            actor=self.io, case=case, kind="medical_exam", at=self.now - 10 * H, details={}
        )
        return case

    def test_the_refresh_reads_the_timeline_the_orm_reads(self) -> None:
        case = self.busy_case()
        # Reading "now" earlier than the last entries: those times are read as "now".
        for now in (self.now, self.now - 15 * H):
            read = read_for_refresh(case.pk, now=now)
            self.assertEqual(read.timeline.facts, orm_facts(case, now))
            self.assertEqual(read.timeline.events, orm_events(case, now))
            self.assertEqual(read.timeline.contacts, orm_contacts(case, now))
            self.assertEqual(timeline_for(case, now=now), read.timeline)
        facts = read.timeline.facts
        self.assertEqual(len(facts.offences), 2)
        self.assertEqual(facts.accused_relations, ("family_member", "stranger"))
        self.assertTrue(read.timeline.contacts[-1].present)
        self.assertTrue(any(e.kind == "correction" for e in read.timeline.events))

    def test_the_refresh_reads_the_case_stored_obligations_and_breaches_as_the_orm_does(
        self,
    ) -> None:
        case = self.busy_case()
        self.assertTrue(Breach.objects.filter(case=case).exists())
        read = read_for_refresh(case.pk, now=self.now)
        self.assertEqual(read.case.pk, case.pk)
        self.assertEqual(read.case.reported_at, case.reported_at)
        self.assertIs(read.case.age_pending, True)
        self.assertIsNone(read.case.age)
        expected = list(Obligation.objects.filter(case=case).values_list(*STORED_COLUMNS))
        self.assertEqual(sorted(read.stored), sorted(expected))
        self.assertTrue(any(r[4] is not None for r in read.stored))  # datetimes came back
        self.assertEqual(
            read.breached,
            frozenset(Breach.objects.filter(case=case).values_list("rule", flat=True)),
        )

    def test_a_missing_case_is_not_found(self) -> None:
        with self.assertRaises(Case.DoesNotExist):
            read_for_refresh(10**9, now=self.now)

    def test_the_upsert_stores_what_the_orm_would_and_leaves_unchanged_rows_alone(self) -> None:
        case = register(self.io, self.station, kind="missing", at=self.now - 30 * MINUTE)
        before = {o.rule: o for o in Obligation.objects.filter(case=case)}
        self.assertEqual(before["zarra.s7-1.notify-2h"].status, "due")
        with CaptureQueriesContext(connection) as queries:
            services.refresh_case(case, now=self.now + MINUTE)
        self.assertFalse([q for q in queries if "INSERT" in q["sql"].upper()])
        after = {o.rule: o for o in Obligation.objects.filter(case=case)}
        self.assertEqual(
            {r: o.refreshed_at for r, o in after.items()},
            {r: o.refreshed_at for r, o in before.items()},
        )
        # Three hours on, the 2-hour ZARRA duty is overdue: the row is rewritten in place, with
        # datetimes the ORM reads back and filters on (as the tick's ``next_check_at__lte``).
        later = self.now + 3 * H
        services.refresh_case(case, now=later)
        ob = Obligation.objects.get(case=case, rule="zarra.s7-1.notify-2h")
        self.assertEqual((ob.pk, ob.status), (before["zarra.s7-1.notify-2h"].pk, "overdue"))
        self.assertEqual(ob.refreshed_at, later)
        self.assertEqual(ob.since, case.reported_at)
        self.assertEqual(ob.due_at, case.reported_at + 2 * H)
        self.assertEqual(ob.notified, "overdue")
        self.assertTrue(
            Obligation.objects.filter(pk=ob.pk, due_at__lte=later, due_at__gt=ob.since).exists()
        )

    def test_the_reads_are_seven_statements_sent_as_one_round_trip_on_postgresql(self) -> None:
        case = register(self.io, self.station, kind="missing", at=self.now - H)
        with CaptureQueriesContext(connection) as queries:
            services.refresh_case(case, now=self.now)
        reads = [q for q in queries if q["sql"].lstrip().upper().startswith("SELECT")]
        expected = 1 if connection.vendor == "postgresql" else 7
        self.assertEqual(len(reads), expected, [q["sql"][:80] for q in queries])
