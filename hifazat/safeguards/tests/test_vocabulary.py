"""The engine repeats the register's codes (it may not import Django); these tests fail the
moment the two drift apart, and check that the rule files only name codes that exist."""

from __future__ import annotations

import json
from pathlib import Path

from hifazat.accounts.models import OrgUnit  # noqa: F401 - the register's models load
from hifazat.cases.models import CaseKind, Contact, ContactKind, Person, Sex
from hifazat.safeguards.engine import vocab

from .builders import book, offences

DATA = Path(__file__).resolve().parents[2]


def test_case_kinds_contact_kinds_locations_sexes_relations_match_the_register() -> None:
    assert set(vocab.CASE_KINDS) == set(CaseKind.values)
    assert set(vocab.CONTACT_KINDS) == set(ContactKind.values)
    assert set(vocab.CONTACT_LOCATIONS) == set(Contact.Location.values)
    assert set(vocab.CHILD_SEXES) == set(Sex.values)
    assert set(vocab.RELATIONS) == set(Person.Relation.values)


def test_provinces_and_roles_match_the_reference_data() -> None:
    pakistan = json.loads((DATA / "accounts/data/pakistan.json").read_text("utf-8"))
    assert set(vocab.PROVINCES) == {p["code"] for p in pakistan["provinces"]}
    roles = json.loads((DATA / "accounts/data/roles.json").read_text("utf-8"))
    assert set(vocab.ROLES) == {r["code"] for r in roles["roles"]}


def test_offence_categories_and_tiers_match_the_offence_data() -> None:
    sahil = json.loads((DATA / "cases/data/sahil.json").read_text("utf-8"))
    assert {c["code"] for c in sahil["categories"]} == vocab.OFFENCE_CATEGORIES
    assert {o.tier for o in offences().values()} <= set(vocab.TIERS)
    assert {o.investigated_by for o in offences().values()} <= vocab.INVESTIGATORS


def test_every_offence_code_a_rule_names_exists() -> None:
    named = set()
    for rule in book().rules:
        for f in (rule.applies.offences, rule.applies.no_offences):
            if f is not None:
                named |= set(f.codes)
    assert named <= set(offences())


def test_ranks_read_as_officers_type_them() -> None:
    assert vocab.rank_level("S.I.") == vocab.rank_level("Sub-Inspector") == 4
    assert vocab.rank_level("ASI") == 3 and vocab.rank_level("اے ایس آئی") == 3
    assert vocab.rank_level("Inspector") == 5 and vocab.rank_level("DSP") == 6
    assert vocab.rank_level("Sergeant") is None and vocab.rank_level("") is None
