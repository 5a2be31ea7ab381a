"""Conditions on an event's details or a contact's fields: parsed from rule files, checked against
the timeline's vocabulary once at start-up, then compiled into plain closures.

Rule files write them as TOML inline tables::

    { field = "location", in = ["police_lockup", "jail"] }
    { any = [{ field = "by_sex", in = ["female"] }, { field = "present", has_any = ["lawyer"] }] }
    { not = { field = "where", in = ["police_station"] } }
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from hifazat.cases.timeline import KINDS

from .model import AllOf, AnyOf, EventMatch, Not, Predicate, Test
from .vocab import (
    CONTACT_LOCATIONS,
    CONTACT_PREFIX,
    OFFICER_SEXES,
    PRESENT_CODES,
    RANK_LEVELS,
    describe_happening,
    rank_level,
)

Check = Callable[[Any], bool]

_OPS_BY_TYPE: dict[str, frozenset[str]] = {
    "choice": frozenset({"in", "not_in"}),
    "text": frozenset({"in", "not_in"}),
    "rank": frozenset({"rank_at_least"}),
    "choices": frozenset({"has_any", "has_all", "has_none"}),
    "offences": frozenset({"has_any", "has_all", "has_none"}),
    "bool": frozenset({"is"}),
    "date": frozenset(),
}
ALL_OPS = ("in", "not_in", "has_any", "has_all", "has_none", "is", "rank_at_least")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    label: str
    type: str
    choices: Mapping[str, str]


_RANK_FIELDS = frozenset({"by_rank", "officer_rank"})

CONTACT_FIELDS: dict[str, FieldSpec] = {
    "location": FieldSpec("location", "Where", "choice", CONTACT_LOCATIONS),
    "present": FieldSpec("present", "Who else was present", "choices", PRESENT_CODES),
    "officer_sex": FieldSpec("officer_sex", "Officer (sex)", "choice", OFFICER_SEXES),
    "officer_rank": FieldSpec("officer_rank", "Officer (rank)", "rank", {}),
}


def fields_of(kind: str) -> dict[str, FieldSpec]:
    """The fields a predicate may test on an event kind or a "contact:<kind>"."""
    if kind.startswith(CONTACT_PREFIX):
        return CONTACT_FIELDS
    spec = KINDS.get(kind)
    if spec is None:
        return {}
    out = {}
    for f in spec.fields:
        ftype = "rank" if f.name in _RANK_FIELDS else f.type
        out[f.name] = FieldSpec(f.name, f.label, ftype, dict(f.choices))
    return out


# ---- Parsing ----------------------------------------------------------------------------------


def parse_predicate(raw: object, where: str) -> Predicate:
    """Turn a TOML table into a Predicate. Raises ValueError naming ``where`` and the problem."""
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: expected a table such as {{ field = ..., in = [...] }}")
    table = cast(dict[str, object], raw)
    if "any" in table or "all" in table:
        key = "any" if "any" in table else "all"
        if len(table) != 1:
            raise ValueError(f"{where}: '{key}' stands alone in its table")
        items = table[key]
        if not isinstance(items, list) or not items:
            raise ValueError(f"{where}.{key}: expected a non-empty list of conditions")
        parsed = tuple(parse_predicate(item, f"{where}.{key}[{i}]") for i, item in enumerate(items))
        return AnyOf(parsed) if key == "any" else AllOf(parsed)
    if "not" in table:
        if len(table) != 1:
            raise ValueError(f"{where}: 'not' stands alone in its table")
        return Not(parse_predicate(table["not"], f"{where}.not"))
    name = table.get("field")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{where}: a condition needs 'field' (or 'any', 'all', 'not')")
    ops = [k for k in table if k != "field"]
    if len(ops) != 1 or ops[0] not in ALL_OPS:
        raise ValueError(
            f"{where}: give exactly one test for field {name!r}, one of {', '.join(ALL_OPS)}"
        )
    op = ops[0]
    value = table[op]
    values: tuple[str | bool, ...]
    if op == "is":
        if not isinstance(value, bool):
            raise ValueError(f"{where}: 'is' takes true or false")
        values = (value,)
    elif op == "rank_at_least":
        if not isinstance(value, str) or rank_level(value) is None:
            known = ", ".join(sorted(RANK_LEVELS))
            raise ValueError(f"{where}: unknown rank {value!r} (known: {known})")
        values = (value,)
    else:
        items = value if isinstance(value, list) else [value]
        if not items or not all(isinstance(v, str) for v in items):
            raise ValueError(f"{where}: '{op}' takes a list of codes")
        values = tuple(cast(list[str], items))
    return Test(name, cast(Any, op), values)


def check_predicate(pred: Predicate, kind: str, where: str) -> list[str]:
    """Problems with ``pred`` on ``kind``: unknown fields, wrong tests, unknown choice codes."""
    specs = fields_of(kind)
    if isinstance(pred, AnyOf | AllOf):
        return [p for item in pred.items for p in check_predicate(item, kind, where)]
    if isinstance(pred, Not):
        return check_predicate(pred.item, kind, where)
    spec = specs.get(pred.field)
    if spec is None:
        known = ", ".join(sorted(specs)) or "none"
        return [f"{where}: {kind!r} has no field {pred.field!r} (its fields: {known})"]
    if pred.op not in _OPS_BY_TYPE.get(spec.type, frozenset()):
        allowed = ", ".join(sorted(_OPS_BY_TYPE.get(spec.type, ()))) or "none"
        return [
            f"{where}: field {pred.field!r} ({spec.type}) cannot be tested with "
            f"'{pred.op}' (use: {allowed})"
        ]
    if spec.choices:
        bad = [v for v in pred.values if isinstance(v, str) and v not in spec.choices]
        if bad:
            return [
                f"{where}: {bad[0]!r} is not a choice of {kind}.{pred.field} "
                f"(choices: {', '.join(spec.choices)})"
            ]
    return []


# ---- Compiling --------------------------------------------------------------------------------


def _event_value(obj: Any, name: str) -> object:
    return obj.details.get(name)


def _contact_value(obj: Any, name: str) -> object:
    return getattr(obj, name, None)


def compile_predicate(pred: Predicate, *, contact: bool) -> Check:
    """A closure ``obj -> bool`` for a TimelineEvent (``contact=False``) or a ContactFact."""
    get = _contact_value if contact else _event_value
    if isinstance(pred, AnyOf | AllOf):
        parts = tuple(compile_predicate(p, contact=contact) for p in pred.items)
        if len(parts) == 2:  # the usual shape; avoids a generator per call
            first, second = parts
            if isinstance(pred, AnyOf):
                return lambda o: first(o) or second(o)
            return lambda o: first(o) and second(o)
        if isinstance(pred, AnyOf):

            def any_of(o: Any) -> bool:
                return any(p(o) for p in parts)

            return any_of

        def all_of(o: Any) -> bool:
            return all(p(o) for p in parts)

        return all_of
    if isinstance(pred, Not):
        inner = compile_predicate(pred.item, contact=contact)
        return lambda o: not inner(o)
    name = pred.field
    values: frozenset[object] = frozenset(pred.values)
    op = pred.op
    # Choice and text fields hold strings; anything else (a list typed into a choice field) is
    # treated as not recorded rather than crashing the evaluation.
    if op == "in":
        return lambda o: isinstance(v := get(o, name), str) and v in values
    if op == "not_in":
        return lambda o: isinstance(v := get(o, name), str) and v != "" and v not in values
    if op == "is":
        wanted = pred.values[0]
        return lambda o: get(o, name) is wanted
    if op == "rank_at_least":
        level = rank_level(pred.values[0]) or 0
        return lambda o: (rank_level(get(o, name)) or 0) >= level

    # Multiple-choice fields hold lists (a single string is read as a list of one). None means
    # not recorded; an empty list means recorded as nobody / nothing.
    if op == "has_any":

        def has_any(o: Any) -> bool:
            v = get(o, name)
            if isinstance(v, str):
                return v in values
            return isinstance(v, list | tuple) and not values.isdisjoint(v)

        return has_any
    if op == "has_all":

        def has_all(o: Any) -> bool:
            v = get(o, name)
            if isinstance(v, str):
                v = (v,)
            return isinstance(v, list | tuple) and values.issubset(v)

        return has_all

    def has_none(o: Any) -> bool:
        v = get(o, name)
        if isinstance(v, str):
            return v not in values
        return isinstance(v, list | tuple) and values.isdisjoint(v)

    return has_none


# ---- Words ------------------------------------------------------------------------------------


def describe_predicate(pred: Predicate, kind: str) -> str:
    """English for reasons and the rule book: "Who else was present includes Female police
    officer or Female family member"."""
    specs = fields_of(kind)
    if isinstance(pred, AnyOf):
        return " or ".join(_wrap(describe_predicate(p, kind), p) for p in pred.items)
    if isinstance(pred, AllOf):
        return " and ".join(_wrap(describe_predicate(p, kind), p) for p in pred.items)
    if isinstance(pred, Not):
        return f"not ({describe_predicate(pred.item, kind)})"
    spec = specs.get(pred.field)
    label = spec.label if spec else pred.field
    choices = spec.choices if spec else {}
    names = [choices.get(v, v) if isinstance(v, str) else str(v) for v in pred.values]
    either = " or ".join(f"“{n}”" for n in names)
    both = " and ".join(f"“{n}”" for n in names)
    if pred.op == "in":
        return f"{label} is {either}"
    if pred.op == "not_in":
        return f"{label} is recorded and is not {either}"
    if pred.op == "has_any":
        return f"{label} includes {either}"
    if pred.op == "has_all":
        return f"{label} includes {both}"
    if pred.op == "has_none":
        return f"{label} is recorded and includes none of {either}"
    if pred.op == "is":
        return f"{label}: {'yes' if pred.values[0] else 'no'}"
    return f"{label} is {pred.values[0]} or above"


def describe_match(match: EventMatch) -> str:
    """“Custody location changed” where Now held at is “Police lock-up”."""
    base = describe_happening(match.kind)
    if match.where is None:
        return base
    return f"{base} where {describe_predicate(match.where, match.kind)}"


def _wrap(text: str, pred: Predicate) -> str:
    return f"({text})" if isinstance(pred, AnyOf | AllOf) else text
