"""Load and validate the rule files at start-up.

One TOML file per instrument (``rules/jjsa_2018.toml``...) plus ``checklists.toml``. Every name
a rule uses is checked against the case register's vocabulary: an unknown event kind, contact
kind, province, role or detail field, a bad duration or a duplicate id stops the load with a
``RuleError`` naming the file and the rule. A rule marked ``pending`` (it needs an event kind that
hifazat/cases/timeline.py does not have yet) is set aside with a note instead, and comes into
force by itself once the kinds it needs exist.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from hifazat.cases.timeline import KINDS

from .book import RuleBook
from .durations import format_duration, parse_duration
from .model import (
    CONFIDENCES,
    RULE_KINDS,
    Applicability,
    Ban,
    Condition,
    Confidence,
    EventDuty,
    EventMatch,
    OffenceFilter,
    PendingRule,
    Predicate,
    Requirement,
    Rule,
    RuleKind,
    Section,
    Step,
)
from .predicates import check_predicate, describe_match, describe_predicate, parse_predicate
from .vocab import (
    CASE_KINDS,
    CASE_OPENED,
    CHILD_MAX_AGE,
    CHILD_MIN_AGE,
    CHILD_SEXES,
    CONTACT_KINDS,
    CONTACT_PREFIX,
    INVESTIGATORS,
    OFFENCE_CATEGORIES,
    PROVINCES,
    RELATIONS,
    ROLES,
    TIERS,
    describe_happening,
    is_known_trigger,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
RULES_DIR = PACKAGE_DIR / "rules"
CHECKLISTS_FILE = PACKAGE_DIR / "checklists.toml"

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_OFFENCE_CODE = re.compile(r"^[A-Z][A-Za-z0-9]*-[A-Za-z0-9()\-]+$")
_RULE_KEYS = frozenset(
    {
        "id",
        "title_en",
        "title_ur",
        "citation",
        "confidence",
        "kind",
        "source",
        "note",
        "steps",
        "case_kinds",
        "provinces",
        "sexes",
        "ages",
        "age_in_doubt",
        "offences",
        "no_offences",
        "accused_relations",
        "when_recorded",
        "unless_recorded",
        "trigger",
        "trigger_where",
        "within",
        "escalate_to",
        "require",
        "condition",
        "forbid",
        "explain",
        "pending",
    }
)
_APPLIES_KEYS = frozenset(
    {
        "case_kinds",
        "provinces",
        "sexes",
        "ages",
        "age_in_doubt",
        "offences",
        "no_offences",
        "accused_relations",
        "when_recorded",
        "unless_recorded",
    }
)


@dataclass(frozen=True, slots=True)
class RuleProblem:
    file: str
    rule_id: str  # "" for a problem with the file itself
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, rule {self.rule_id}" if self.rule_id else self.file
        return f"{where}: {self.message}"


class RuleError(Exception):
    """The rule files are wrong. ``problems`` lists every problem found, file and rule named."""

    def __init__(self, problems: Iterable[RuleProblem]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else RuleProblem("?", "", "unknown problem")
        self.file = first.file
        self.rule_id = first.rule_id
        lines = [str(p) for p in self.problems]
        more = "" if len(lines) == 1 else f"{len(lines)} problems in the rule files:\n  "
        super().__init__(more + "\n  ".join(lines))


class _Problems(Exception):
    """Internal: the problems of one rule, collected while reading it."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def default_rule_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*.toml"))


def load_rules(
    paths: Iterable[str | Path] | None = None, *, checklists: str | Path | None = None
) -> RuleBook:
    """Read, validate and return the rule book. ``paths``: files or folders of ``*.toml`` (default:
    every file in ``hifazat/safeguards/rules``). Raises RuleError listing every problem."""
    files = _expand(paths)
    problems: list[RuleProblem] = []
    check_path = Path(checklists) if checklists is not None else CHECKLISTS_FILE
    sections = _load_checklists(check_path, problems)
    steps = {step.id for section in sections for step in section.steps}
    rules: list[Rule] = []
    pending: list[PendingRule] = []
    notes: list[str] = []
    seen: dict[str, str] = {}
    instruments: dict[str, str] = {}
    for path in files:
        data = _read_toml(path, problems)
        if data is None:
            continue
        name = path.name
        header = data.get("instrument")
        default_kind = "law"
        if not isinstance(header, dict) or not isinstance(header.get("title"), str):
            problems.append(RuleProblem(name, "", "needs an [instrument] table with a title"))
        else:
            instruments[path.stem] = header["title"]
            default_kind = str(header.get("kind", "law"))
            if default_kind not in RULE_KINDS:
                problems.append(
                    RuleProblem(
                        name,
                        "",
                        f"[instrument] kind {default_kind!r} is not one of {', '.join(RULE_KINDS)}",
                    )
                )
        unknown = set(data) - {"instrument", "rules"}
        if unknown:
            problems.append(
                RuleProblem(name, "", f"unknown top-level key(s): {', '.join(sorted(unknown))}")
            )
        raw_rules = data.get("rules", [])
        if not isinstance(raw_rules, list):
            problems.append(RuleProblem(name, "", "'rules' must be an array of [[rules]] tables"))
            continue
        for index, raw in enumerate(raw_rules):
            rule_id = str(raw.get("id", f"#{index + 1}")) if isinstance(raw, dict) else "?"
            if rule_id in seen:
                problems.append(
                    RuleProblem(name, rule_id, f"duplicate id (also in {seen[rule_id]})")
                )
                continue
            seen[rule_id] = name
            try:
                result = _read_rule(
                    cast(dict[str, Any], raw), name, path.stem, default_kind, steps, len(rules)
                )
            except _Problems as exc:
                problems.extend(RuleProblem(name, rule_id, m) for m in exc.messages)
                continue
            if isinstance(result, PendingRule):
                pending.append(result)
            else:
                if isinstance(raw, dict) and raw.get("pending"):
                    notes.append(
                        f"{name}, rule {rule_id}: the kinds it waited for now exist; it is in "
                        "force: remove its 'pending' line"
                    )
                rules.append(result)
    if problems:
        raise RuleError(problems)
    for p in pending:
        notes.append(
            f"{p.file}, rule {p.id} ({p.citation}) is not checked yet: it needs "
            f"{', '.join(p.needs)} in hifazat/cases/timeline.py"
        )
    return RuleBook(
        rules,
        pending=pending,
        sections=sections,
        files=[f.name for f in files],
        notes=notes,
        instruments=instruments,
    )


def _expand(paths: Iterable[str | Path] | None) -> list[Path]:
    if paths is None:
        return default_rule_files()
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        out.extend(sorted(path.glob("*.toml")) if path.is_dir() else [path])
    return out


def _read_toml(path: Path, problems: list[RuleProblem]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        problems.append(RuleProblem(path.name, "", f"cannot read: {exc.strerror}"))
    except tomllib.TOMLDecodeError as exc:
        problems.append(RuleProblem(path.name, "", f"not valid TOML: {exc}"))
    return None


# ---- One rule ---------------------------------------------------------------------------------


def _read_rule(
    raw: dict[str, Any],
    file: str,
    instrument: str,
    default_kind: str,
    steps: set[str],
    order: int,
) -> Rule | PendingRule:
    errors: list[str] = []

    def text(key: str, *, required: bool = True) -> str:
        value = raw.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            errors.append(f"'{key}' must be a non-empty string")
            return ""
        return value.strip()

    def codes(key: str, known: Iterable[str], what: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        items = value if isinstance(value, list) else [value]
        if not all(isinstance(v, str) for v in items):
            errors.append(f"'{key}' must be a list of codes")
            return ()
        known_set = set(known)
        for v in items:
            if v not in known_set:
                errors.append(
                    f"{key}: unknown {what} {v!r} (known: {', '.join(sorted(known_set))})"
                )
        return tuple(items)

    unknown = set(raw) - _RULE_KEYS
    if unknown:
        errors.append(f"unknown key(s): {', '.join(sorted(unknown))}")
    rule_id = text("id")
    if rule_id and not _ID.match(rule_id):
        errors.append(f"id {rule_id!r}: use lower-case letters, digits, '.', '-' and '_'")
    title_en, title_ur, citation = text("title_en"), text("title_ur"), text("citation")
    confidence = raw.get("confidence")
    if confidence not in CONFIDENCES:
        errors.append(f"confidence {confidence!r} is not one of {', '.join(CONFIDENCES)}")
    kind = raw.get("kind", default_kind)
    if kind not in RULE_KINDS:
        errors.append(f"kind {kind!r} is not one of {', '.join(RULE_KINDS)}")
    rule_steps = codes("steps", steps, "checklist step")
    if not rule_steps:
        errors.append("'steps' must name at least one checklist step (checklists.toml)")
    within: timedelta | None = None
    within_text = ""
    if "within" in raw:
        within_text = str(raw["within"])
        try:
            within = parse_duration(raw["within"])
        except ValueError as exc:
            errors.append(f"within: {exc}")
    escalate = codes("escalate_to", ROLES, "role")

    needs = raw.get("pending", [])
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        errors.append('\'pending\' must be a list such as ["identity_disclosed", "arrested.basis"]')
        needs = []
    missing = [n for n in needs if not _kind_exists(n)]
    if missing:
        # Validate what does not depend on the missing kinds, then set the rule aside.
        provinces = codes("provinces", PROVINCES, "province")
        codes("case_kinds", CASE_KINDS, "case kind")
        if errors:
            raise _Problems(errors)
        return PendingRule(
            id=rule_id,
            file=file,
            title_en=title_en,
            citation=citation,
            confidence=cast(Confidence, confidence),
            kind=cast(RuleKind, kind),
            steps=rule_steps,
            needs=tuple(missing),
            provinces=provinces,
        )

    applies = _read_applicability(raw, errors)
    trigger = raw.get("trigger", CASE_OPENED)
    triggers = tuple(trigger) if isinstance(trigger, list) else (trigger,)
    for t in triggers:
        if not isinstance(t, str) or not is_known_trigger(t):
            errors.append(f"trigger: unknown event or contact kind {t!r}{_known_kinds_hint(t)}")
    trigger_where = None
    if "trigger_where" in raw:
        trigger_where = _predicate(raw["trigger_where"], "trigger_where", triggers, errors)
        if CASE_OPENED in triggers:
            errors.append("trigger_where cannot test 'case_opened'")

    forms = [k for k in ("require", "condition", "forbid") if k in raw]
    requirement: Requirement | None = None
    explain = raw.get("explain")
    if explain is not None and not isinstance(explain, str):
        errors.append("'explain' must be a string")
        explain = None
    if len(forms) != 1:
        errors.append("give exactly one of 'require', 'condition' or 'forbid'")
    elif forms[0] == "require":
        requirement = _read_duty(raw["require"], errors, explain)
    elif forms[0] == "condition":
        if CASE_OPENED in triggers:
            errors.append(
                "a condition tests the triggering event: give a trigger such as "
                "'statement_recorded'"
            )
        if within is not None:
            errors.append("a condition has no time limit ('within'): it judges the act itself")
        test = _predicate(raw["condition"], "condition", triggers, errors)
        if test is not None:
            kind0 = triggers[0] if triggers and isinstance(triggers[0], str) else ""
            requirement = Condition(test, explain or describe_predicate(test, kind0))
    else:
        if within is not None:
            errors.append("a ban ('forbid') has no time limit")
        requirement = _read_ban(raw["forbid"], errors, explain)
    if isinstance(requirement, EventDuty) and requirement.every and within is not None:
        errors.append("a repeating duty ('every') takes no 'within'")
    if errors:
        raise _Problems(errors)
    assert requirement is not None
    return Rule(
        id=rule_id,
        title_en=title_en,
        title_ur=title_ur,
        citation=citation,
        confidence=cast(Confidence, confidence),
        kind=cast(RuleKind, kind),
        instrument=instrument,
        applies=applies,
        trigger=cast(tuple[str, ...], triggers),
        trigger_where=trigger_where,
        requirement=requirement,
        within=within,
        escalate_to=escalate,
        steps=rule_steps,
        order=order,
        source=str(raw.get("source", "")),
        note=str(raw.get("note", "")).strip(),
        within_text=within_text,
    )


def _kind_exists(need: str) -> bool:
    kind, _, field = need.partition(".")
    spec = KINDS.get(kind)
    if spec is None:
        return False
    return not field or any(f.name == field for f in spec.fields)


def _known_kinds_hint(name: object) -> str:
    if isinstance(name, str) and name.startswith(CONTACT_PREFIX):
        return f" (contact kinds: {', '.join(CONTACT_KINDS)})"
    return " (see hifazat/cases/timeline.py KINDS, 'contact:<kind>' or 'case_opened')"


def _predicate(
    raw: object, where: str, kinds: Iterable[object], errors: list[str]
) -> Predicate | None:
    try:
        pred = parse_predicate(raw, where)
    except ValueError as exc:
        errors.append(str(exc))
        return None
    for kind in kinds:
        if isinstance(kind, str) and kind != CASE_OPENED and is_known_trigger(kind):
            errors.extend(check_predicate(pred, kind, where))
    return pred


def _match(raw: object, where: str, errors: list[str]) -> EventMatch | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("event"), str):
        errors.append(f"{where}: expected {{ event = \"<kind>\" }} (optionally with 'where')")
        return None
    table = cast(dict[str, object], raw)
    extra = set(table) - {"event", "where"}
    if extra:
        errors.append(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
    kind = cast(str, table["event"])
    if kind == CASE_OPENED or not is_known_trigger(kind):
        errors.append(f"{where}: unknown event kind {kind!r}{_known_kinds_hint(kind)}")
        return None
    pred = (
        _predicate(table["where"], f"{where}.where", [kind], errors) if "where" in table else None
    )
    return EventMatch(kind, pred)


def _read_duty(raw: object, errors: list[str], explain: str | None) -> EventDuty | None:
    if not isinstance(raw, dict):
        errors.append("require: expected a table")
        return None
    table = cast(dict[str, Any], raw)
    extra = set(table) - {"event", "where", "any", "manner", "search", "each", "every", "until"}
    if extra:
        errors.append(f"require: unknown key(s) {', '.join(sorted(extra))}")
    options: list[EventMatch] = []
    if "any" in table:
        if "event" in table or not isinstance(table["any"], list) or not table["any"]:
            errors.append("require: give either 'event' or a non-empty 'any' list")
        else:
            for i, item in enumerate(table["any"]):
                m = _match(item, f"require.any[{i}]", errors)
                if m:
                    options.append(m)
    else:
        m = _match({k: table[k] for k in ("event", "where") if k in table}, "require", errors)
        if m:
            options.append(m)
    manner = None
    if "manner" in table:
        manner = _predicate(table["manner"], "require.manner", [o.kind for o in options], errors)
    search = table.get("search", "after")
    if search not in ("after", "any"):
        errors.append("require.search must be 'after' or 'any'")
    each = table.get("each", False)
    if not isinstance(each, bool):
        errors.append("require.each must be true or false")
    every = None
    if "every" in table:
        try:
            every = parse_duration(table["every"])
        except ValueError as exc:
            errors.append(f"require.every: {exc}")
    until = table.get("until", [])
    if not isinstance(until, list) or not all(
        isinstance(u, str) and is_known_trigger(u) and u != CASE_OPENED for u in until
    ):
        errors.append(f"require.until: unknown kind in {until!r}")
        until = []
    if until and every is None:
        errors.append("require.until only goes with 'every'")
    if each and every is not None:
        errors.append("require: 'each' and 'every' do not go together")
    if not options:
        return None
    words = explain or _describe_duty(options, manner, every, until)
    return EventDuty(
        options=tuple(options),
        manner=manner,
        search=cast(Any, search),
        each=bool(each),
        every=every,
        until=tuple(until),
        text=words,
    )


def _read_ban(raw: object, errors: list[str], explain: str | None) -> Ban | None:
    if not isinstance(raw, dict):
        errors.append("forbid: expected a table")
        return None
    table = cast(dict[str, Any], raw)
    more_than = table.get("more_than", 0)
    if not isinstance(more_than, int) or isinstance(more_than, bool) or more_than < 0:
        errors.append("forbid.more_than must be a whole number (0 or more)")
        more_than = 0
    match = _match({k: v for k, v in table.items() if k != "more_than"}, "forbid", errors)
    if match is None:
        return None
    what = describe_match(match)
    words = explain or (f"no {what}" if not more_than else f"at most {more_than} × {what}")
    return Ban(match, more_than, words)


def _describe_duty(
    options: list[EventMatch],
    manner: Predicate | None,
    every: timedelta | None,
    until: list[str],
) -> str:
    what = " or ".join(describe_match(o) for o in options)
    out = f"{what} recorded"
    if manner is not None:
        out += f", with {describe_predicate(manner, options[0].kind)}"
    if every is not None:
        out += f", at least every {format_duration(every)}"
        if until:
            out += " until " + " or ".join(describe_happening(u) for u in until)
    return out


def _read_applicability(raw: Mapping[str, Any], errors: list[str]) -> Applicability:
    def codes(key: str, known: Iterable[str], what: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        items = value if isinstance(value, list) else [value]
        known_set = set(known)
        for v in items:
            if not isinstance(v, str) or v not in known_set:
                errors.append(
                    f"{key}: unknown {what} {v!r} (known: {', '.join(sorted(known_set))})"
                )
        return tuple(sorted(str(v) for v in items))

    min_age, max_age = CHILD_MIN_AGE, CHILD_MAX_AGE
    if "ages" in raw:
        ages = raw["ages"]
        if (
            not isinstance(ages, list)
            or len(ages) != 2
            or not all(isinstance(a, int) and not isinstance(a, bool) for a in ages)
            or not CHILD_MIN_AGE <= ages[0] <= ages[1] <= CHILD_MAX_AGE
        ):
            errors.append("ages: give [youngest, oldest] in whole years within 0-17, e.g. [0, 9]")
        else:
            min_age, max_age = ages
    doubt = raw.get("age_in_doubt")
    if doubt is not None and not isinstance(doubt, bool):
        errors.append("age_in_doubt must be true or false")
        doubt = None
    recorded: dict[str, tuple[str, ...]] = {}
    for key in ("when_recorded", "unless_recorded"):
        value = raw.get(key, [])
        items = value if isinstance(value, list) else [value]
        for v in items:
            if not isinstance(v, str) or v == CASE_OPENED or not is_known_trigger(v):
                errors.append(f"{key}: unknown event or contact kind {v!r}{_known_kinds_hint(v)}")
        recorded[key] = tuple(str(v) for v in items)
    return Applicability(
        case_kinds=codes("case_kinds", CASE_KINDS, "case kind"),
        provinces=codes("provinces", PROVINCES, "province"),
        sexes=codes("sexes", CHILD_SEXES, "sex"),
        min_age=min_age,
        max_age=max_age,
        age_in_doubt=doubt,
        offences=_read_offences(raw.get("offences"), "offences", errors),
        no_offences=_read_offences(raw.get("no_offences"), "no_offences", errors),
        accused_relations=codes("accused_relations", RELATIONS, "relation"),
        when_recorded=recorded["when_recorded"],
        unless_recorded=recorded["unless_recorded"],
    )


def _read_offences(raw: object, key: str, errors: list[str]) -> OffenceFilter | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not raw:
        errors.append(f"{key}: expected a table such as {{ sexual = true }}")
        return None
    table = cast(dict[str, Any], raw)
    extra = set(table) - {"codes", "categories", "tiers", "sexual", "investigated_by"}
    if extra:
        errors.append(f"{key}: unknown key(s) {', '.join(sorted(extra))}")

    def items(name: str, known: frozenset[str] | None, what: str) -> tuple[str, ...]:
        value = table.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            errors.append(f"{key}.{name}: expected a list of codes")
            return ()
        for v in value:
            if known is not None and v not in known:
                errors.append(f"{key}.{name}: unknown {what} {v!r}")
            if known is None and not _OFFENCE_CODE.match(v):
                errors.append(f"{key}.{name}: {v!r} is not an offence code such as 'PPC-376'")
        return tuple(value)

    sexual = table.get("sexual")
    if sexual is not None and not isinstance(sexual, bool):
        errors.append(f"{key}.sexual must be true or false")
        sexual = None
    return OffenceFilter(
        codes=items("codes", None, "offence code"),
        categories=items("categories", OFFENCE_CATEGORIES, "offence category"),
        tiers=items("tiers", frozenset(TIERS), "tier"),
        sexual=sexual,
        investigated_by=items("investigated_by", INVESTIGATORS, "investigating agency"),
    )


# ---- Checklists -------------------------------------------------------------------------------


def _load_checklists(path: Path, problems: list[RuleProblem]) -> tuple[Section, ...]:
    data = _read_toml(path, problems)
    if data is None:
        return ()
    name = path.name
    sections: list[Section] = []
    step_ids: set[str] = set()
    for i, raw in enumerate(data.get("sections", [])):
        code = str(raw.get("code", f"#{i + 1}"))
        errors: list[str] = []
        when: list[Applicability] = []
        for j, block in enumerate(raw.get("when", [])):
            extra = set(block) - _APPLIES_KEYS
            if extra:
                errors.append(f"when[{j}]: unknown key(s) {', '.join(sorted(extra))}")
            when.append(_read_applicability(block, errors))
        contact_kinds = tuple(raw.get("contact_kinds", []))
        for ck in contact_kinds:
            if ck not in CONTACT_KINDS:
                errors.append(f"contact_kinds: unknown contact kind {ck!r}")
        steps: list[Step] = []
        for raw_step in raw.get("steps", []):
            sid = str(raw_step.get("id", ""))
            if not sid.startswith(code + ".") or sid in step_ids:
                errors.append(f"step {sid!r}: ids are '<section>.<n>' and unique")
            step_ids.add(sid)
            for key in ("title_en", "title_ur", "basis"):
                if not isinstance(raw_step.get(key), str) or not raw_step[key].strip():
                    errors.append(f"step {sid}: '{key}' is required")
            steps.append(
                Step(
                    id=sid,
                    section=code,
                    title_en=str(raw_step.get("title_en", "")),
                    title_ur=str(raw_step.get("title_ur", "")),
                    basis=str(raw_step.get("basis", "")),
                    unchecked=str(raw_step.get("unchecked", "")).strip(),
                )
            )
        problems.extend(RuleProblem(name, f"section {code}", m) for m in errors)
        sections.append(
            Section(
                code=code,
                slug=str(raw.get("slug", code)),
                title_en=str(raw.get("title_en", "")),
                title_ur=str(raw.get("title_ur", "")),
                when=tuple(when),
                contact_kinds=contact_kinds,
                steps=tuple(steps),
            )
        )
    if not sections:
        problems.append(RuleProblem(name, "", "no [[sections]] found"))
    return tuple(sections)
