"""Key rotation: re-encrypt every identity value under the current key, in small batches.

No downtime: the ring holds old and new keys while this runs, so every value opens at every
moment, and name search looks under both index keys. Each batch is one short transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count

from hifazat.accounts.models import User
from hifazat.audit.services import record_event
from hifazat.cases import identity as vault
from hifazat.cases.models import Child, Contact, IdentityToken, Person
from hifazat.cases.vault import KeyRing

BATCH = 500


@dataclass
class RotationReport:
    children: int = 0
    people: int = 0
    notes: int = 0


def key_usage() -> dict[str, int]:
    """How many children's identities are sealed under each key id."""
    usage: Counter[str] = Counter()
    for row in Child.objects.values("key_id").annotate(n=Count("id")):
        usage[row["key_id"]] += row["n"]
    return dict(usage)


def rotate(
    *, actor: User | None, progress: Callable[[str, int], None] | None = None
) -> RotationReport:
    ring = vault.keyring()
    report = RotationReport()
    report.children = _rotate_children(ring, progress)
    report.people = _rotate_people(ring, progress)
    report.notes = _rotate_notes(ring, progress)
    with transaction.atomic():
        record_event(
            actor=actor,
            action="keys.rotated",
            actor_label=None if actor else "system",
            details={
                "current": ring.current,
                "children": report.children,
                "people": report.people,
                "notes": report.notes,
            },
        )
    return report


def _rotate_children(ring: KeyRing, progress: Callable[[str, int], None] | None) -> int:
    done = 0
    while True:
        with transaction.atomic():
            batch = list(
                Child.objects.select_for_update()
                .exclude(key_id=ring.current)
                .order_by("pk")[:BATCH]
            )
            if not batch:
                return done
            for child in batch:
                data = vault.open_child(child.identity_enc, ref=child.ref)
                child.identity_enc, child.key_id = vault.seal(data, kind="child", ref=child.ref)
                if child.photo_enc:
                    child.photo_enc = vault.seal_photo(
                        vault.open_photo(child.photo_enc, ref=child.ref), ref=child.ref
                    )
                IdentityToken.objects.filter(child=child, person__isnull=True).delete()
                IdentityToken.objects.bulk_create(
                    IdentityToken(child=child, district_id=child.district_id, field=f, token=t)
                    for f, t in vault.child_tokens(data)
                )
            Child.objects.bulk_update(batch, ["identity_enc", "photo_enc", "key_id"])
        done += len(batch)
        if progress:
            progress("children", done)


def _rotate_people(ring: KeyRing, progress: Callable[[str, int], None] | None) -> int:
    done = 0
    while True:
        with transaction.atomic():
            batch = list(
                Person.objects.select_for_update()
                .exclude(identity_enc="")
                .exclude(key_id=ring.current)
                .select_related("case")
                .order_by("pk")[:BATCH]
            )
            if not batch:
                return done
            for person in batch:
                data = vault.open_person(person.identity_enc, ref=person.ref)
                person.identity_enc, person.key_id = vault.seal(data, kind="person", ref=person.ref)
                IdentityToken.objects.filter(person=person).delete()
                IdentityToken.objects.bulk_create(
                    IdentityToken(
                        child_id=person.case.child_id,
                        person=person,
                        district_id=person.case.district_id,
                        field=f,
                        token=t,
                    )
                    for f, t in vault.person_tokens(data)
                )
            Person.objects.bulk_update(batch, ["identity_enc", "key_id"])
        done += len(batch)
        if progress:
            progress("people", done)


def _rotate_notes(ring: KeyRing, progress: Callable[[str, int], None] | None) -> int:
    done = 0
    prefix = f"v1.{ring.current}."
    while True:
        with transaction.atomic():
            batch = list(
                Contact.objects.select_for_update()
                .exclude(notes_enc="")
                .exclude(notes_enc__startswith=prefix)
                .order_by("pk")[:BATCH]
            )
            if not batch:
                return done
            for contact in batch:
                context = f"contact:{contact.ref}"
                contact.notes_enc = ring.encrypt(
                    ring.decrypt(contact.notes_enc, context=context), context=context
                )
            Contact.objects.bulk_update(batch, ["notes_enc"])
        done += len(batch)
        if progress:
            progress("notes", done)
