"""The codes a rule file may name, mirrored from the case register without importing Django.

The register's models (``hifazat/cases/models.py``) and reference data (``accounts/data``,
``cases/data``) own these codes. The engine cannot import them (it must stay free of Django), so
they are repeated here and ``tests/test_vocabulary.py`` fails the moment the two drift apart.
Event kinds and their detail fields are not repeated: they come from ``hifazat.cases.timeline``,
which is pure Python.
"""

from __future__ import annotations

import re

from hifazat.cases.timeline import KINDS, PRESENT

# Case.kind (CaseKind), with the words the engine uses in reasons.
CASE_KINDS: dict[str, str] = {
    "victim": "child victim",
    "witness": "child witness",
    "conflict": "child in conflict with the law",
    "missing": "missing child",
    "found": "child found / destitute",
    "risk_marriage": "child at risk of marriage",
    "risk_labour": "child at risk of labour",
    "risk_domestic": "child in domestic work",
}

# Contact.kind (ContactKind).
CONTACT_KINDS: dict[str, str] = {
    "report": "report taken",
    "interview": "interview / statement",
    "arrest": "arrest",
    "custody": "custody placement",
    "medical": "medical examination",
    "court": "court production",
    "home_visit": "home visit",
    "referral": "referral",
    "release": "release",
    "recovery": "recovery / found",
}

# Contact.location (Contact.Location).
CONTACT_LOCATIONS: dict[str, str] = {
    "station": "Police station",
    "child_desk": "Child protection desk",
    "home": "Child's home",
    "hospital": "Hospital",
    "court": "Court",
    "observation_home": "Observation home",
    "shelter": "Shelter / child protection institution",
    "school": "School",
    "public": "Public place",
    "other": "Other",
}

# Child.sex (Sex).
CHILD_SEXES: dict[str, str] = {
    "female": "girls",
    "male": "boys",
    "transgender": "transgender children",
    "unknown": "children whose sex is not recorded",
}
OFFICER_SEXES: dict[str, str] = {"female": "Female", "male": "Male"}

# Province and territory codes of accounts/data/pakistan.json.
PROVINCES: dict[str, str] = {
    "PB": "Punjab",
    "SD": "Sindh",
    "KP": "Khyber Pakhtunkhwa",
    "BA": "Balochistan",
    "ICT": "Islamabad Capital Territory",
    "GB": "Gilgit-Baltistan",
    "AJK": "Azad Jammu & Kashmir",
}

# Role codes of accounts/data/roles.json: whom an obligation escalates to.
ROLES: dict[str, str] = {
    "duty_officer": "duty officer",
    "investigating_officer": "investigating officer",
    "sho": "SHO",
    "child_desk_officer": "child-protection desk officer",
    "sdpo": "SDPO",
    "sp_investigation": "SP investigation",
    "dpo": "DPO",
    "media_officer": "media officer",
    "analyst": "analyst",
    "probation_officer": "probation officer",
    "cpwb_officer": "CPWB officer",
    "auditor": "auditor",
    "administrator": "administrator",
}

# Person.Relation: the accused's relation to the child.
RELATIONS: dict[str, str] = {
    "family_member": "a family member",
    "relative": "a relative",
    "acquaintance": "an acquaintance",
    "neighbour": "a neighbour",
    "stranger": "a stranger",
    "service_provider": "a service provider",
    "police": "a police officer",
    "other": "someone else",
    "unknown": "not known",
}

# Offence.Tier (JJSA s.2) and the Sahil categories of cases/data/sahil.json.
TIERS: dict[str, str] = {"minor": "minor", "major": "major", "heinous": "heinous"}
OFFENCE_CATEGORIES: frozenset[str] = frozenset(
    {
        "sexual_abuse",
        "sodomy",
        "gang_sodomy",
        "rape",
        "gang_rape",
        "attempted_abuse",
        "incest",
        "pornography",
        "murder_after_abuse",
        "abduction",
        "missing",
        "child_marriage",
        "abandoned_newborn",
        "physical_abuse",
        "trafficking",
        "child_labour",
        "harassment",
        "identity_disclosure",
        "official_misconduct",
        "other",
    }
)
INVESTIGATORS: frozenset[str] = frozenset({"police", "NCCIA"})

# Everything an age range defaults to: the JJSA s.2 "child" (under eighteen).
CHILD_MIN_AGE = 0
CHILD_MAX_AGE = 17

EVENT_KINDS: frozenset[str] = frozenset(KINDS)
PRESENT_CODES: dict[str, str] = dict(PRESENT)
CORRECTION = "correction"
CASE_OPENED = "case_opened"
CONTACT_PREFIX = "contact:"


def is_known_trigger(name: str) -> bool:
    if name == CASE_OPENED:
        return True
    if name.startswith(CONTACT_PREFIX):
        return name[len(CONTACT_PREFIX) :] in CONTACT_KINDS
    return name in EVENT_KINDS


def describe_happening(name: str) -> str:
    """Words for a trigger or a recorded kind: "the report", "Child arrested", "an arrest"."""
    if name == CASE_OPENED:
        return "the report"
    if name.startswith(CONTACT_PREFIX):
        return f"a contact: {CONTACT_KINDS[name[len(CONTACT_PREFIX) :]]}"
    kind = KINDS.get(name)
    return f"“{kind.label}”" if kind else name


# Police ranks, lowest first. Ranks are typed free text on events and contacts ("SI", "Sub
# Inspector", "سب انسپکٹر"), so JJSA s.7's "not below the rank of a Sub-Inspector" needs them
# put in order. An unrecognised rank is treated as not recorded.
RANK_NAMES: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("constable", "pc", "fc", "lc", "ladyconstable", "کانسٹیبل", "سپاہی")),
    (2, ("headconstable", "hc", "ہیڈکانسٹیبل")),
    (3, ("asi", "assistantsubinspector", "اےایسآئی", "اسسٹنٹسبانسپکٹر")),
    (4, ("si", "subinspector", "ایسآئی", "سبانسپکٹر")),
    (5, ("inspector", "insp", "انسپکٹر")),
    (6, ("dsp", "asp", "deputysuperintendent", "assistantsuperintendent", "sdpo", "ڈیایسپی")),
    (7, ("sp", "ssp", "superintendent", "seniorsuperintendent", "ایسپی")),
    (8, ("dig", "aig", "deputyinspectorgeneral", "ڈیآئیجی")),
    (9, ("ig", "igp", "addlig", "inspectorgeneral", "آئیجی")),
)
_RANKS: dict[str, int] = {name: level for level, names in RANK_NAMES for name in names}
RANK_LEVELS: dict[str, int] = {names[0]: level for level, names in RANK_NAMES}
_RANK_STRIP = re.compile(r"[\s.\-_/()]+")


def rank_level(text: object) -> int | None:
    if not isinstance(text, str) or not text.strip():
        return None
    return _RANKS.get(_RANK_STRIP.sub("", text.lower()))
