from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from hifazat.audit.models import AuditEvent
from hifazat.cases import identity as vault
from hifazat.cases import selectors, services
from hifazat.cases.models import Case, Child, Event, IdentityReveal, IdentityToken
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import SYNTHETIC, identity, register
from hifazat.testing import HifazatTestCase


class CaseTestCase(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        load_offences()

    @property
    def io(self):  # type: ignore[no-untyped-def]
        return self.personas["investigating_officer"]


class RegisterTests(CaseTestCase):
    def test_registering_creates_child_case_contact_opening_event_and_audit(self) -> None:
        case = register(self.io, self.station)
        self.assertRegex(case.code, rf"^KSR-{timezone.localdate().year}-\d{{5}}$")
        self.assertEqual(case.district.code, "KSR")
        self.assertEqual(case.contacts.count(), 1)
        self.assertEqual(list(case.events.values_list("kind", flat=True)), ["complaint_received"])
        event = AuditEvent.objects.order_by("-seq").first()
        assert event is not None
        self.assertEqual((event.action, event.subject_id), ("case.registered", str(case.pk)))
        self.assertNotIn("Testina", str(event.details))

    def test_case_codes_count_up_per_district_and_year(self) -> None:
        first = register(self.io, self.station)
        second = register(self.io, self.station)
        self.assertEqual(int(second.code[-5:]), int(first.code[-5:]) + 1)

    def test_identity_is_stored_encrypted_and_opens_again(self) -> None:
        case = register(self.io, self.station)
        child = Child.objects.get(pk=case.child_id)
        self.assertNotIn("Testina", child.identity_enc)
        self.assertTrue(child.identity_enc.startswith("v1."))
        opened = vault.open_child(child.identity_enc, ref=child.ref)
        self.assertEqual(opened.given_name, "Testina")
        self.assertEqual(opened.phone, "03997654321")

    def test_a_child_can_have_several_cases(self) -> None:
        case = register(self.io, self.station, kind="missing")
        child = case.child
        second = services.register_contact(
            actor=self.io,
            registration=services.Registration(
                case_kind="victim",
                contact_kind="report",
                at=timezone.now(),
                location="station",
                station=self.station,
                facts=services.ChildFacts("female", 12, "stated"),
                identity=vault.ChildIdentity(),
                existing_child=child,
            ),
        )
        self.assertEqual(second.child_id, child.pk)
        self.assertNotEqual(second.code, case.code)
        self.assertEqual(Child.objects.count(), 1)

    def test_age_outside_0_to_17_is_refused_unless_determination_is_pending(self) -> None:
        count = Case.objects.count()
        with self.assertRaises(ValidationError) as ctx:
            register(self.io, self.station, age=19)
        self.assertIn("age_years", ctx.exception.message_dict)
        self.assertEqual(Case.objects.count(), count)
        case = register(self.io, self.station, age=19, age_pending=True)
        self.assertTrue(case.child.age_pending)

    def test_future_times_are_refused(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            register(self.io, self.station, at=timezone.now() + dt.timedelta(hours=3))
        self.assertIn("at", ctx.exception.message_dict)

    def test_malformed_phone_and_cnic_name_their_fields_without_echoing_them(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            register(self.io, self.station, ident=identity(phone="12345", id_number="1234"))
        errors = ctx.exception.message_dict
        self.assertIn("phone", errors)
        self.assertIn("id_number", errors)
        self.assertNotIn("12345", str(errors))
        self.assertEqual(Child.objects.count(), 0)

    def test_a_station_outside_the_officers_area_is_refused(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            register(self.io, self.other_station)
        self.assertIn("station", ctx.exception.message_dict)

    def test_roles_without_case_create_cannot_register(self) -> None:
        with self.assertRaises(PermissionDenied):
            register(self.personas["analyst"], self.station)

    def test_non_images_are_refused_as_photos(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            register(self.io, self.station, photo=b"%PDF-1.4 not an image")
        self.assertIn("photo", ctx.exception.message_dict)

    def test_photo_metadata_is_stripped(self) -> None:
        import io

        from PIL import Image

        img = Image.new("RGB", (8, 8), "red")
        exif = Image.Exif()
        exif[0x010E] = "secret description"  # ImageDescription
        buf = io.BytesIO()
        img.save(buf, format="JPEG", exif=exif.tobytes())
        case = register(self.io, self.station, photo=buf.getvalue())
        stored = vault.open_photo(case.child.photo_enc, ref=case.child.ref)
        self.assertNotIn(b"secret description", stored)
        self.assertEqual(Image.open(io.BytesIO(stored)).size, (8, 8))


class EventTests(CaseTestCase):
    def setUp(self) -> None:
        self.case = register(self.io, self.station, at=timezone.now() - dt.timedelta(days=1))

    def test_typed_events_are_appended(self) -> None:
        services.add_event(
            actor=self.io,
            case=self.case,
            kind="fir_registered",
            at=timezone.now() - dt.timedelta(hours=20),
            details={
                "fir_number": "123/26",
                "fir_date": str(timezone.localdate()),
                "offences": ["PPC-376"],
            },
        )
        self.assertIn("PPC-376", set(self.case.offences.values_list("code", flat=True)))
        self.assertEqual(self.case.events.count(), 2)

    def test_unknown_offence_sections_are_refused(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            services.add_event(
                actor=self.io,
                case=self.case,
                kind="fir_registered",
                at=timezone.now(),
                details={"fir_number": "1", "fir_date": "2026-01-01", "offences": ["PPC-9999"]},
            )
        self.assertIn("offences", ctx.exception.message_dict)

    def test_events_before_the_case_opened_are_refused(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            services.add_event(
                actor=self.io,
                case=self.case,
                kind="guardian_informed",
                at=self.case.reported_at - dt.timedelta(days=2),
            )
        self.assertIn("at", ctx.exception.message_dict)

    def test_future_events_and_unknown_details_are_refused(self) -> None:
        with self.assertRaises(ValidationError):
            services.add_event(
                actor=self.io,
                case=self.case,
                kind="guardian_informed",
                at=timezone.now() + dt.timedelta(days=1),
            )
        with self.assertRaises(ValidationError) as ctx:
            services.add_event(
                actor=self.io,
                case=self.case,
                kind="guardian_informed",
                at=timezone.now(),
                details={"shoe_size": 4},
            )
        self.assertIn("shoe_size", ctx.exception.message_dict)

    def test_a_late_event_is_kept_with_both_times(self) -> None:
        at = timezone.now() - dt.timedelta(hours=20)
        event = services.add_event(actor=self.io, case=self.case, kind="guardian_informed", at=at)
        self.assertEqual(event.at, at)
        self.assertGreater(event.recorded_at, at)

    def test_corrections_append_and_point_at_the_original(self) -> None:
        wrong = services.add_event(
            actor=self.io,
            case=self.case,
            kind="custody_changed",
            at=timezone.now(),
            details={"location": "police_lockup"},
        )
        fix = services.add_event(
            actor=self.io,
            case=self.case,
            kind="correction",
            at=timezone.now(),
            details={"location": "observation_home"},
            corrects=wrong,
        )
        self.assertEqual(fix.details, {"kind": "custody_changed", "location": "observation_home"})
        self.assertTrue(Event.objects.filter(pk=wrong.pk).exists())

    def test_closing_a_conflict_case_seals_it(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=15)
        services.add_event(
            actor=self.io,
            case=case,
            kind="case_closed",
            at=timezone.now(),
            details={"outcome": "diverted"},
        )
        case.refresh_from_db()
        self.assertEqual((case.status, case.sealed), ("closed", True))
        self.assertFalse(selectors.cases_visible_to(self.io).filter(pk=case.pk).exists())
        self.assertTrue(
            selectors.cases_visible_to(self.personas["auditor"]).filter(pk=case.pk).exists()
        )
        with self.assertRaises(ValidationError):
            services.add_event(
                actor=self.io, case=case, kind="guardian_informed", at=timezone.now()
            )


class RevealTests(CaseTestCase):
    def setUp(self) -> None:
        self.case = register(self.io, self.station)

    def test_reveal_needs_permission_two_factor_and_a_reason(self) -> None:
        with self.assertRaises(PermissionDenied):
            services.reveal_identity(
                actor=self.personas["duty_officer"],
                case=self.case,
                reason="to call the family",
                two_factor_verified=True,
            )
        with self.assertRaises(PermissionDenied):
            services.reveal_identity(
                actor=self.io,
                case=self.case,
                reason="to call the family",
                two_factor_verified=False,
            )
        with self.assertRaises(ValidationError):
            services.reveal_identity(
                actor=self.io, case=self.case, reason="why", two_factor_verified=True
            )
        self.assertFalse(IdentityReveal.objects.exists())

    def test_a_reveal_is_audited_and_short_lived(self) -> None:
        with self.assertRaises(PermissionDenied):
            services.read_identity(actor=self.io, case=self.case)
        grant = services.reveal_identity(
            actor=self.io,
            case=self.case,
            reason="Calling the mother about the medical",
            two_factor_verified=True,
        )
        self.assertEqual(
            services.read_identity(actor=self.io, case=self.case).given_name, "Testina"
        )
        event = AuditEvent.objects.order_by("-seq").first()
        assert event is not None
        self.assertEqual(
            (event.action, event.reason),
            ("identity.revealed", "Calling the mother about the medical"),
        )
        IdentityReveal.objects.filter(pk=grant.pk).update(expires_at=timezone.now())
        with self.assertRaises(PermissionDenied):
            services.read_identity(actor=self.io, case=self.case)

    def test_sealed_records_open_only_to_auditors(self) -> None:
        case = register(self.io, self.station, kind="conflict", sex="male", age=16)
        services.add_event(
            actor=self.io,
            case=case,
            kind="case_closed",
            at=timezone.now(),
            details={"outcome": "challan"},
        )
        case.refresh_from_db()
        with self.assertRaises(PermissionDenied):
            services.reveal_identity(
                actor=self.io, case=case, reason="follow-up visit", two_factor_verified=True
            )
        services.reveal_identity(
            actor=self.personas["auditor"],
            case=case,
            reason="Annual inspection of sealed records",
            two_factor_verified=True,
        )


class SearchTests(CaseTestCase):
    def test_name_search_finds_spelling_and_script_variants_through_the_blind_index(self) -> None:
        case = register(
            self.io,
            self.station,
            ident=identity(given_name="Muhammad", family_name="Testnawaz", name_ur="محمد"),
        )
        register(self.io, self.station, ident=identity(given_name="Ahmad", family_name="Other"))
        for query in ("Mohammad", "Mohd", "محمد", "MUHAMMAD testnawaz"):
            ids = selectors.children_matching_name(query)
            self.assertEqual(ids, [case.child_id], query)
        self.assertEqual(selectors.children_matching_name("Mohammad Zzyzx"), [])

    def test_name_search_is_limited_to_the_searchers_districts(self) -> None:
        mine = register(self.io, self.station)
        theirs = register(self.personas["outsider"], self.other_station)
        everywhere = selectors.children_matching_name(SYNTHETIC.family_name)
        self.assertEqual(sorted(everywhere), sorted([mine.child_id, theirs.child_id]))
        districts = selectors.districts_searchable_by(self.io)
        self.assertEqual(
            selectors.children_matching_name(SYNTHETIC.family_name, districts=districts),
            [mine.child_id],
        )

    def test_date_filters_are_whole_days_in_pakistan_time(self) -> None:
        case = register(self.io, self.station, at=timezone.now() - dt.timedelta(minutes=5))
        today = timezone.localdate(case.reported_at)
        rows, _ = selectors.case_list(
            self.io, selectors.CaseFilters(date_from=today, date_to=today)
        )
        self.assertEqual([c.pk for c in rows], [case.pk])
        rows, _ = selectors.case_list(
            self.io, selectors.CaseFilters(date_to=today - dt.timedelta(days=1))
        )
        self.assertEqual(rows, [])

    def test_tokens_are_keyed_hashes_not_names(self) -> None:
        register(self.io, self.station)
        for token in IdentityToken.objects.values_list("token", flat=True):
            self.assertRegex(token, r"^[0-9a-f]{24}$")


class ConflictTests(CaseTestCase):
    def test_the_second_of_two_simultaneous_edits_gets_a_conflict_and_nothing_is_lost(
        self,
    ) -> None:
        case = register(self.io, self.station)
        loaded_by_a = Case.objects.get(pk=case.pk)
        loaded_by_b = Case.objects.get(pk=case.pk)
        services.update_case_facts(
            actor=self.io,
            case=loaded_by_a,
            expected_version=loaded_by_a.version,
            place="street",
            occurred_on=None,
            urban=True,
            offences=[],
        )
        with self.assertRaises(services.ConflictError) as ctx:
            services.update_case_facts(
                actor=self.personas["sho"],
                case=loaded_by_b,
                expected_version=loaded_by_b.version,
                place="field",
                occurred_on=None,
                urban=False,
                offences=[],
            )
        self.assertEqual(ctx.exception.by, "investigating_officer")
        case.refresh_from_db()
        self.assertEqual((case.place, case.urban), ("street", True))
