"""``hifazat rules explain CASE.json`` and ``hifazat rules list``: the engine on the command line.

No database and no Django: a timeline comes from a JSON file (docs/safeguards-timeline-format.md)
and the answer goes to standard output. Everything here is a function of its arguments that
returns ``(exit status, text)``, so the management command is a thin shell and tests call it
directly. Exit status: 0 done; 1 the rule files are wrong; 2 the command line or the case file is
wrong (the message says which field and why).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hifazat.cases.timeline import KINDS, validate_details

from .engine import (
    STATUSES,
    CaseFacts,
    ChecklistItem,
    Condition,
    ContactFact,
    EventDuty,
    Obligation,
    Offence,
    PendingRule,
    Rule,
    RuleBook,
    RuleError,
    Timeline,
    TimelineEvent,
    checklist,
    evaluate,
    format_duration,
    load_rules,
)
from .engine.vocab import (
    CASE_KINDS,
    CHILD_SEXES,
    CONTACT_KINDS,
    CONTACT_LOCATIONS,
    CORRECTION,
    PRESENT_CODES,
    PROVINCES,
    RELATIONS,
    ROLES,
    describe_happening,
)

try:
    KARACHI: tzinfo = ZoneInfo("Asia/Karachi")
except ZoneInfoNotFoundError:  # no tz database on the machine: Pakistan has kept UTC+5 since 2009
    KARACHI = timezone(timedelta(hours=5), "PKT")

_SEX_WORDS = {
    "female": "girl",
    "male": "boy",
    "transgender": "transgender child",
    "unknown": "child",
}
_ORDER = ("breached", "overdue", "due", "met", "not_applicable")
_SEVERITY = {status: i for i, status in enumerate(_ORDER)}
assert set(_ORDER) == set(STATUSES)
_STATUS_WORDS = {
    "breached": "BREACHED",
    "overdue": "OVERDUE",
    "due": "DUE",
    "met": "MET",
    "not_applicable": "N/A",
    "manual": "MANUAL",
}


class CaseFileError(ValueError):
    """The case file is wrong: ``where`` is the field ("events[2].at"), ``message`` why."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message


# ---- Arguments --------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The sub-commands, for both the management command's parser and ``main``."""
    sub = parser.add_subparsers(dest="action", required=True, metavar="{explain,list}")
    explain = sub.add_parser(
        "explain",
        help="evaluate a case timeline given as a JSON file and say why each obligation stands",
        description="Evaluate a case timeline (docs/safeguards-timeline-format.md) without any "
        "database, and print each obligation, its status and why, with its citation.",
    )
    explain.add_argument("file", help="the case file (JSON), or - for standard input")
    explain.add_argument(
        "--at",
        dest="at",
        help="evaluate as of this time (ISO 8601 with a time zone, e.g. 2026-03-02T09:00+05:00); "
        "default: the file's as_of, else now",
    )
    explain.add_argument("--json", dest="as_json", action="store_true", help="print JSON")
    explain.add_argument(
        "--all",
        dest="show_all",
        action="store_true",
        help="also list the rules that do not fit this kind of case",
    )
    explain.add_argument(
        "--checklist", dest="show_checklist", action="store_true", help="print the checklist view"
    )
    explain.add_argument("--rules", dest="rule_paths", nargs="+", help=argparse.SUPPRESS)
    listing = sub.add_parser(
        "list",
        help="print the rule book",
        description="Print every rule with its citation, kind, confidence and where it applies.",
    )
    listing.add_argument("--province", help=f"only rules that can apply in: {', '.join(PROVINCES)}")
    listing.add_argument(
        "--contact",
        help="only rules for a checklist (A-I, or its name such as 'missing') or a contact kind "
        f"({', '.join(CONTACT_KINDS)})",
    )
    listing.add_argument("--json", dest="as_json", action="store_true", help="print JSON")
    listing.add_argument("--rules", dest="rule_paths", nargs="+", help=argparse.SUPPRESS)


def main(argv: Sequence[str] | None = None) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="hifazat rules", description=__doc__)
    add_arguments(parser)
    try:
        options = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage message
        return int(exc.code or 0), ""
    return run(vars(options))


def run(
    options: Mapping[str, Any],
    *,
    book: RuleBook | None = None,
    clock: Callable[[], datetime] | None = None,
) -> tuple[int, str]:
    """Carry out ``explain`` or ``list``. ``clock`` gives "now" when neither --at nor the file
    says when (the engine itself never reads a clock)."""
    try:
        if book is None:
            paths = options.get("rule_paths")
            book = load_rules(paths) if paths else load_rules()
    except RuleError as exc:
        return 1, f"The rule files are wrong:\n{exc}"
    if options.get("action") == "list":
        return _list(book, options)
    try:
        return _explain(book, options, clock or (lambda: datetime.now(UTC)))
    except CaseFileError as exc:
        source = options.get("file", "")
        return 2, f"{source}: {exc}" if source else str(exc)


# ---- explain ----------------------------------------------------------------------------------


def _explain(
    book: RuleBook, options: Mapping[str, Any], clock: Callable[[], datetime]
) -> tuple[int, str]:
    source = str(options["file"])
    data = _read_json(source)
    timeline, as_of = parse_timeline(data)
    now = parse_time(options["at"], "--at") if options.get("at") else as_of or clock()
    obligations = evaluate(timeline, book, now)
    items = checklist(timeline, book, now, obligations) if options.get("show_checklist") else []
    if options.get("as_json"):
        return 0, json.dumps(
            _explain_json(timeline, now, obligations, items, bool(options.get("show_all"))),
            ensure_ascii=False,
            indent=2,
        )
    return 0, _explain_text(book, timeline, now, obligations, items, bool(options.get("show_all")))


def _read_json(source: str) -> object:
    try:
        if source == "-":
            return json.load(sys.stdin)
        with Path(source).open(encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise CaseFileError("", "no such file") from None
    except OSError as exc:
        raise CaseFileError("", f"cannot read it: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CaseFileError("", "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise CaseFileError(
            "", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


def _local(moment: datetime | None) -> str:
    if moment is None:
        return "-"
    return moment.astimezone(KARACHI).strftime("%Y-%m-%d %H:%M PKT")


def _ordered(obligations: list[Obligation], book: RuleBook) -> list[Obligation]:
    step_order = {step_id: i for i, step_id in enumerate(book.steps)}

    def key(ob: Obligation) -> tuple[int, int, int]:
        first = min((step_order.get(s, 999) for s in ob.rule.steps), default=999)
        return (_SEVERITY[ob.status], first, ob.rule.order)

    return sorted(obligations, key=key)


def _explain_text(
    book: RuleBook,
    timeline: Timeline,
    now: datetime,
    obligations: list[Obligation],
    items: list[ChecklistItem],
    show_all: bool,
) -> str:
    facts = timeline.facts
    age = "age unknown" if facts.age is None else f"{facts.age}"
    if facts.age_pending:
        age += " (age being determined)"
    lines = [
        f"Case: {CASE_KINDS.get(facts.case_kind, facts.case_kind)} · "
        f"{_SEX_WORDS.get(facts.child_sex, facts.child_sex)}, {age} · "
        f"{PROVINCES.get(facts.province, facts.province)} ({facts.province}) · "
        f"reported {_local(facts.reported_at)}"
    ]
    if facts.offences:
        lines.append("Offences: " + ", ".join(o.code for o in facts.offences))
    shown = [ob for ob in obligations if ob.in_scope or show_all]
    counts: Counter[str] = Counter(ob.status for ob in shown)
    summary = ", ".join(f"{counts[s]} {s.replace('_', ' ')}" for s in _ORDER if counts.get(s))
    hidden = len(obligations) - len(shown)
    lines.append(
        f"Evaluated at {_local(now)}: {summary or 'no obligations'}"
        + (
            f" ({hidden} rules for other kinds of case not shown; --all shows them)"
            if hidden
            else ""
        )
    )
    for ob in _ordered(shown, book):
        rule = ob.rule
        lines.append("")
        lines.append(f"{_STATUS_WORDS[ob.status]:<9} {rule.title_en}")
        flag = "UNVERIFIED: legal review needed" if rule.unverified else rule.confidence
        lines.append(
            f"{'':9} {rule.citation} · {rule.kind.replace('_', ' ')} · {flag} · rule {rule.id}"
        )
        lines.append(f"{'':9} {ob.reason}")
        detail = _timing(ob)
        if detail:
            lines.append(f"{'':9} {detail}")
        if ob.status in ("overdue", "breached", "due") and rule.escalate_to and ob.in_scope:
            lines.append(
                f"{'':9} escalate to: {', '.join(ROLES.get(r, r) for r in rule.escalate_to)}"
            )
    if items:
        lines += ["", "Checklist:"]
        for item in items:
            lines.append(f"  {item.step:<4} {_STATUS_WORDS[item.status]:<9} {item.title_en}")
            if item.status == "manual" and item.unchecked:
                lines.append(f"{'':16}(not checked by the system: {item.unchecked})")
    return "\n".join(lines)


def _timing(ob: Obligation) -> str:
    parts = []
    if ob.since is not None and ob.status != "not_applicable":
        parts.append(f"since {_local(ob.since)}")
    if ob.due_at is not None:
        parts.append(f"due {_local(ob.due_at)}")
    if ob.done_at is not None:
        done = f"done {_local(ob.done_at)}"
        if ob.due_at is not None and ob.done_at > ob.due_at:
            done += f" ({format_duration(ob.done_at - ob.due_at)} late)"
        parts.append(done)
    if ob.satisfied_by is not None:
        parts.append(f"event {ob.satisfied_by}")
    if ob.breached_by is not None:
        parts.append(f"breached by event {ob.breached_by}")
    if ob.contact_id is not None:
        parts.append(f"contact {ob.contact_id}")
    if ob.recorded_late:
        parts.append("typed in after the deadline (backdated)")
    if ob.corrected:
        parts.append("the record was corrected")
    return "; ".join(parts)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(KARACHI).isoformat()


def _explain_json(
    timeline: Timeline,
    now: datetime,
    obligations: list[Obligation],
    items: list[ChecklistItem],
    show_all: bool,
) -> dict[str, Any]:
    shown = [ob for ob in obligations if ob.in_scope or show_all]
    out: dict[str, Any] = {
        "as_of": _iso(now),
        "case": {
            "kind": timeline.facts.case_kind,
            "province": timeline.facts.province,
            "child_sex": timeline.facts.child_sex,
            "age": timeline.facts.age,
        },
        "summary": dict(Counter(ob.status for ob in shown)),
        "obligations": [
            {
                "rule": ob.rule.id,
                "title_en": ob.rule.title_en,
                "title_ur": ob.rule.title_ur,
                "citation": ob.rule.citation,
                "kind": ob.rule.kind,
                "confidence": ob.rule.confidence,
                "unverified": ob.rule.unverified,
                "status": ob.status,
                "reason": ob.reason,
                "due_at": _iso(ob.due_at),
                "since": _iso(ob.since),
                "done_at": _iso(ob.done_at),
                "satisfied_by": ob.satisfied_by,
                "breached_by": ob.breached_by,
                "contact_id": ob.contact_id,
                "in_scope": ob.in_scope,
                "corrected": ob.corrected,
                "recorded_late": ob.recorded_late,
                "escalate_to": list(ob.rule.escalate_to),
                "steps": list(ob.rule.steps),
            }
            for ob in shown
        ],
    }
    if items:
        out["checklist"] = [
            {
                "step": item.step,
                "title_en": item.title_en,
                "title_ur": item.title_ur,
                "status": item.status,
                "rules": [ob.rule.id for ob in item.obligations],
                "unchecked": item.unchecked,
            }
            for item in items
        ]
    return out


# ---- list -------------------------------------------------------------------------------------


def _list(book: RuleBook, options: Mapping[str, Any]) -> tuple[int, str]:
    province = options.get("province")
    contact = options.get("contact")
    if province and province not in PROVINCES:
        return 2, f"--province: unknown province {province!r} (one of {', '.join(PROVINCES)})"
    if contact and contact not in CONTACT_KINDS and book.section(contact) is None:
        sections = ", ".join(f"{s.code} ({s.slug})" for s in book.sections)
        return 2, (
            f"--contact: unknown {contact!r}: give a checklist ({sections}) or a contact kind "
            f"({', '.join(CONTACT_KINDS)})"
        )
    rules = book.select(province=province, contact=contact)
    pending = [
        p
        for p in book.pending
        if not (province and p.provinces and province not in p.provinces)
        and (not contact or _on_checklist(book, p.steps, contact))
    ]
    if options.get("as_json"):
        return 0, json.dumps(
            {
                "rules": [_rule_json(r) for r in rules],
                "pending": [_pending_json(p) for p in pending],
            },
            ensure_ascii=False,
            indent=2,
        )
    by_conf: Counter[str] = Counter(r.confidence for r in rules)
    lines = [
        f"Rule book: {len(rules)} rules"
        + (f" (of {len(book.rules)})" if len(rules) != len(book.rules) else "")
        + f" in {len(book.files)} files; "
        + ", ".join(f"{by_conf[c]} {c}" for c in ("verified", "secondary", "unverified"))
        + f"; {len(pending)} more wait for event kinds."
    ]
    current = ""
    for rule in rules:
        if rule.instrument != current:
            current = rule.instrument
            lines += ["", f"{current}.toml: {book.instruments.get(current, '')}"]
        flag = "UNVERIFIED" if rule.unverified else rule.confidence
        lines.append(f"  {rule.id}  [{rule.kind.replace('_', ' ')}, {flag}]  {rule.citation}")
        lines.append(f"      {rule.title_en}")
        lines.append(f"      {rule.title_ur}")
        lines.append(f"      {_scope_words(rule)}")
        lines.append(f"      requires: {_requirement_words(rule)}")
    if pending:
        lines += ["", "Waiting for event kinds (not checked yet):"]
        for p in pending:
            lines.append(f"  {p.id}  {p.citation}: needs {', '.join(p.needs)}")
    return 0, "\n".join(lines)


def _on_checklist(book: RuleBook, steps: Sequence[str], contact: str) -> bool:
    section = book.section(contact)
    codes = (
        {section.code}
        if section is not None
        else {s.code for s in book.sections if contact in s.contact_kinds}
    )
    return any(step.split(".", 1)[0] in codes for step in steps)


def _scope_words(rule: Rule) -> str:
    a = rule.applies
    parts = []
    parts.append(", ".join(a.case_kinds) if a.case_kinds else "any case")
    if a.provinces:
        parts.append("in " + ", ".join(a.provinces))
    if a.sexes:
        parts.append(", ".join(CHILD_SEXES.get(s, s) for s in a.sexes))
    if (a.min_age, a.max_age) != (0, 17):
        parts.append(f"aged {a.min_age}-{a.max_age}")
    if a.age_in_doubt:
        parts.append("age in doubt")
    if a.offences:
        o = a.offences
        bits = [*o.codes, *o.categories, *(f"{t} offence" for t in o.tiers)]
        if o.sexual:
            bits.append("sexual offence")
        if o.investigated_by:
            bits.append("investigated by " + "/".join(o.investigated_by))
        parts.append("with " + " or ".join(bits))
    if a.accused_relations:
        parts.append("accused: " + ", ".join(RELATIONS.get(r, r) for r in a.accused_relations))
    if a.when_recorded:
        parts.append("once " + " or ".join(describe_happening(k) for k in a.when_recorded))
    if a.unless_recorded:
        parts.append("unless " + " or ".join(describe_happening(k) for k in a.unless_recorded))
    trigger = " or ".join(describe_happening(t) for t in rule.trigger)
    within = (
        f"within {format_duration(rule.within)}" if rule.within is not None else "no hour limit"
    )
    escalate = ", ".join(ROLES.get(r, r) for r in rule.escalate_to) or "-"
    return (
        f"applies: {'; '.join(parts)} · from {trigger} · {within} · escalate: {escalate} · "
        f"steps {', '.join(rule.steps)}"
    )


def _requirement_words(rule: Rule) -> str:
    req = rule.requirement
    if isinstance(req, EventDuty):
        return req.text
    if isinstance(req, Condition):
        return f"each {' or '.join(describe_happening(t) for t in rule.trigger)} with {req.text}"
    return f"forbidden: {req.text}"


def _rule_json(rule: Rule) -> dict[str, Any]:
    a = rule.applies
    return {
        "id": rule.id,
        "title_en": rule.title_en,
        "title_ur": rule.title_ur,
        "citation": rule.citation,
        "confidence": rule.confidence,
        "kind": rule.kind,
        "instrument": rule.instrument,
        "source": rule.source,
        "note": rule.note,
        "case_kinds": list(a.case_kinds),
        "provinces": list(a.provinces),
        "sexes": list(a.sexes),
        "ages": [a.min_age, a.max_age],
        "trigger": list(rule.trigger),
        "within": rule.within_text or None,
        "requires": _requirement_words(rule),
        "escalate_to": list(rule.escalate_to),
        "steps": list(rule.steps),
    }


def _pending_json(p: PendingRule) -> dict[str, Any]:
    return {"id": p.id, "file": p.file, "citation": p.citation, "needs": list(p.needs)}


# ---- The case file ----------------------------------------------------------------------------


def parse_time(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise CaseFileError(where, "expected a date and time such as '2026-03-01T23:30:00+05:00'")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise CaseFileError(
            where, f"{value!r} is not a date and time such as '2026-03-01T23:30:00+05:00'"
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise CaseFileError(
            where, f"{value!r} has no time zone; add one, e.g. '+05:00' for Pakistan time"
        )
    return moment


def _offence_catalogue() -> dict[str, Offence]:
    raw = json.loads(
        resources.files("hifazat.cases").joinpath("data/offences.json").read_text("utf-8")
    )
    return {
        o["code"]: Offence(
            code=o["code"],
            category=o.get("sahil_category", "other"),
            tier=o.get("tier", "heinous"),
            sexual=bool(o.get("sexual", False)),
            investigated_by=o.get("investigated_by", "police"),
        )
        for o in raw["offences"]
    }


def _table(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CaseFileError(where, "expected an object { ... }")
    return value


def _choice(table: Mapping[str, Any], key: str, where: str, known: Mapping[str, str]) -> str:
    value = table.get(key)
    if value not in known:
        shown = "missing" if value is None else repr(value)
        raise CaseFileError(f"{where}.{key}", f"{shown} is not one of {', '.join(known)}")
    return str(value)


def _int_id(table: Mapping[str, Any], where: str) -> int:
    value = table.get("id")
    if not isinstance(value, int) or isinstance(value, bool):
        raise CaseFileError(f"{where}.id", "expected a whole number")
    return value


def parse_timeline(data: object) -> tuple[Timeline, datetime | None]:
    """The case file (docs/safeguards-timeline-format.md) -> (Timeline, its ``as_of`` or None).
    Raises CaseFileError naming the field and the problem."""
    root = _table(data, "")
    unknown = set(root) - {"as_of", "case", "events", "contacts", "note"}
    if unknown:
        raise CaseFileError(
            sorted(unknown)[0], "unknown field (expected case, events, contacts, as_of)"
        )
    as_of = parse_time(root["as_of"], "as_of") if root.get("as_of") else None
    case = _table(root.get("case"), "case")
    child = _table(case.get("child", {}), "case.child")
    catalogue = _offence_catalogue()

    def offence(value: object, where: str) -> Offence:
        if isinstance(value, str):
            if value not in catalogue:
                raise CaseFileError(
                    where, f"unknown offence code {value!r} (see hifazat/cases/data/offences.json)"
                )
            return catalogue[value]
        item = _table(value, where)
        if not isinstance(item.get("code"), str):
            raise CaseFileError(f"{where}.code", "expected an offence code such as 'PPC-376'")
        base = catalogue.get(item["code"], Offence(item["code"]))
        return Offence(
            code=item["code"],
            category=str(item.get("category", base.category)),
            tier=str(item.get("tier", base.tier)),
            sexual=bool(item.get("sexual", base.sexual)),
            investigated_by=str(item.get("investigated_by", base.investigated_by)),
        )

    raw_offences = case.get("offences", [])
    if not isinstance(raw_offences, list):
        raise CaseFileError("case.offences", "expected a list of offence codes")
    offences = {
        o.code: o for i, v in enumerate(raw_offences) if (o := offence(v, f"case.offences[{i}]"))
    }
    age = child.get("age")
    if age is not None and (not isinstance(age, int) or isinstance(age, bool) or not 0 <= age < 30):
        raise CaseFileError("case.child.age", "expected whole years (or null when not known)")
    pending = child.get("age_pending", False)
    if not isinstance(pending, bool):
        raise CaseFileError("case.child.age_pending", "expected true or false")
    relations = case.get("accused_relations", [])
    if not isinstance(relations, list) or any(r not in RELATIONS for r in relations):
        raise CaseFileError("case.accused_relations", f"expected a list of: {', '.join(RELATIONS)}")

    events: list[TimelineEvent] = []
    raw_events = root.get("events", [])
    if not isinstance(raw_events, list):
        raise CaseFileError("events", "expected a list of events")
    ids: dict[int, str] = {}
    known_codes = frozenset(catalogue)
    for i, raw in enumerate(raw_events):
        where = f"events[{i}]"
        item = _table(raw, where)
        extra = set(item) - {"id", "kind", "at", "details", "corrects", "recorded_at", "note"}
        if extra:
            raise CaseFileError(f"{where}.{sorted(extra)[0]}", "unknown field")
        event_id = _int_id(item, where)
        if event_id in ids:
            raise CaseFileError(f"{where}.id", f"{event_id} is used twice")
        kind = item.get("kind")
        if kind != CORRECTION and kind not in KINDS:
            raise CaseFileError(
                f"{where}.kind",
                f"unknown event kind {kind!r} (known: {', '.join(KINDS)}, correction)",
            )
        ids[event_id] = str(kind)
        details = _table(item.get("details", {}), f"{where}.details")
        corrects = item.get("corrects")
        if kind == CORRECTION:
            if corrects not in ids:
                raise CaseFileError(
                    f"{where}.corrects", "a correction names the id of an earlier event it corrects"
                )
            target = details.get("kind", ids[corrects])
            if target not in KINDS:
                raise CaseFileError(f"{where}.details.kind", f"unknown event kind {target!r}")
            check_kind, check = str(target), {k: v for k, v in details.items() if k != "kind"}
        else:
            if corrects is not None:
                raise CaseFileError(f"{where}.corrects", "only a 'correction' corrects an event")
            check_kind, check = str(kind), details
        clean, errors = validate_details(check_kind, check, known_offences=known_codes)
        if errors:
            field, code = next(iter(errors.by_field.items()))
            raise CaseFileError(
                f"{where}.details.{field}", _detail_message(check_kind, field, code)
            )
        if kind == CORRECTION:
            clean = {"kind": check_kind, **clean}
        if check_kind == "fir_registered":
            # As in the register: offences named on an FIR become the case's offences.
            for code in clean.get("offences", []):
                offences.setdefault(code, catalogue[code])
        events.append(
            TimelineEvent(
                id=event_id,
                kind=str(kind),
                at=parse_time(item.get("at"), f"{where}.at"),
                details=clean,
                corrects=corrects if isinstance(corrects, int) else None,
                recorded_at=parse_time(item["recorded_at"], f"{where}.recorded_at")
                if item.get("recorded_at")
                else None,
            )
        )

    contacts: list[ContactFact] = []
    raw_contacts = root.get("contacts", [])
    if not isinstance(raw_contacts, list):
        raise CaseFileError("contacts", "expected a list of contacts")
    contact_ids: set[int] = set()
    for i, raw in enumerate(raw_contacts):
        where = f"contacts[{i}]"
        item = _table(raw, where)
        extra = set(item) - {
            "id",
            "kind",
            "at",
            "location",
            "present",
            "officer_sex",
            "officer_rank",
            "note",
        }
        if extra:
            raise CaseFileError(f"{where}.{sorted(extra)[0]}", "unknown field")
        contact_id = _int_id(item, where)
        if contact_id in contact_ids:
            raise CaseFileError(f"{where}.id", f"{contact_id} is used twice")
        contact_ids.add(contact_id)
        present = item.get("present", [])
        if not isinstance(present, list) or any(p not in PRESENT_CODES for p in present):
            raise CaseFileError(
                f"{where}.present", f"expected a list of: {', '.join(PRESENT_CODES)}"
            )
        officer_sex = item.get("officer_sex", "")
        if officer_sex not in ("", "female", "male"):
            raise CaseFileError(f"{where}.officer_sex", "expected 'female' or 'male'")
        contacts.append(
            ContactFact(
                id=contact_id,
                kind=_choice(item, "kind", where, CONTACT_KINDS),
                at=parse_time(item.get("at"), f"{where}.at"),
                location=_choice(item, "location", where, CONTACT_LOCATIONS),
                present=tuple(sorted(set(present))),
                officer_sex=str(officer_sex),
                officer_rank=str(item.get("officer_rank", "")),
            )
        )

    facts = CaseFacts(
        case_kind=_choice(case, "kind", "case", CASE_KINDS),
        province=_choice(case, "province", "case", PROVINCES),
        child_sex=_choice(child, "sex", "case.child", CHILD_SEXES),
        age=age,
        age_pending=pending,
        reported_at=parse_time(case.get("reported_at"), "case.reported_at"),
        offences=tuple(offences.values()),
        accused_relations=tuple(relations),
    )
    return Timeline(facts, tuple(events), tuple(contacts)), as_of


_DETAIL_WHY = {
    "unknown_field": "this kind of event has no such detail",
    "required": "required",
    "too_long": "too long",
    "bad_date": "expected a date such as 2026-03-01",
    "bad_choice": "not one of the allowed choices",
    "bad_bool": "expected true or false",
    "unknown_offence": "unknown offence code (see hifazat/cases/data/offences.json)",
    "unknown_kind": "unknown event kind",
}


def _detail_message(kind: str, field: str, code: str) -> str:
    why = _DETAIL_WHY.get(code, code)
    spec = KINDS.get(kind)
    if spec is not None:
        for f in spec.fields:
            if f.name == field and f.choices and code == "bad_choice":
                why += f" ({', '.join(c for c, _label in f.choices)})"
    return why


if __name__ == "__main__":  # python -m hifazat.safeguards.cli explain CASE.json (no Django)
    status, output = main()
    if output:
        print(output, file=sys.stderr if status else sys.stdout)
    sys.exit(status)
