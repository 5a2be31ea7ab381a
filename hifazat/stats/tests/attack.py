"""An attacker's toolkit for the disclosure tests: everything published, as linear equations.

The attacker knows how the tables fit together (each total is the sum of its parts, a district's
row in the table of districts is that district's own categories, ...) and reads every published
number. ``System.range_of`` is the smallest and largest value a withheld number can take in any
table of non-negative whole numbers that agrees with all of it (an integer program, solved with
HiGHS through scipy). Published numbers are taken as exact unless an interval is given (the
attacker's best case: rounding ignored), or, with ``rounding``, as the 5 values a rounded count can
stand for.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

BIG = 10**7


class System:
    def __init__(self) -> None:
        self.index: dict[Hashable, int] = {}
        self.sums: list[tuple[Hashable, list[Hashable]]] = []
        self.lo: dict[Hashable, float] = {}
        self.hi: dict[Hashable, float] = {}

    def var(self, key: Hashable) -> int:
        if key not in self.index:
            self.index[key] = len(self.index)
        return self.index[key]

    def total(self, whole: Hashable, parts: Iterable[Hashable]) -> None:
        parts = list(parts)
        self.var(whole)
        for p in parts:
            self.var(p)
        self.sums.append((whole, parts))

    def publish(self, key: Hashable, value: int | None, *, rounding: int = 0) -> None:
        """What the attacker reads; None means withheld (only non-negative)."""
        self.var(key)
        if value is None:
            return
        if rounding and value > 0:
            half = rounding // 2
            lo, hi = max(value - half, 0), value + half
            self.lo[key], self.hi[key] = (
                max(self.lo.get(key, 0), lo),
                min(self.hi.get(key, BIG), hi),
            )
        else:
            self.lo[key] = self.hi[key] = value

    def range_of(self, key: Hashable) -> tuple[int, int]:
        n = len(self.index)
        rows = []
        for whole, parts in self.sums:
            row = np.zeros(n)
            row[self.index[whole]] -= 1
            for p in parts:
                row[self.index[p]] += 1
            rows.append(row)
        lb = np.zeros(n)
        ub = np.full(n, float(BIG))
        for k, v in self.lo.items():
            lb[self.index[k]] = v
        for k, v in self.hi.items():
            ub[self.index[k]] = v
        cons = [LinearConstraint(np.array(rows), 0, 0)] if rows else []
        c = np.zeros(n)
        c[self.index[key]] = 1
        out = []
        for sign in (1, -1):
            res = milp(sign * c, constraints=cons, bounds=Bounds(lb, ub), integrality=np.ones(n))
            if res.status != 0:
                raise AssertionError(f"the published numbers are inconsistent: {res.message}")
            out.append(round(sign * res.fun))
        return out[0], out[1]


# -- reading published reports into equations ---------------------------------------------------

SPOKES = ("sex", "age", "fir")
LISTS = ("month", "place", "urban")


def _dims(line: object) -> dict[str, str]:
    return dict(line.dims)  # type: ignore[attr-defined]


def read_report(
    system: System | None, report: object, *, rounding: int = 0, threshold: int = 10
) -> dict:
    """Put one report's numbers into ``system`` (if given) under shared keys; return key -> value.

    Keys: (unit, "g", group), (unit, "N"), (unit, "leaf", group, category), (unit, table, group,
    value), (unit, table, "*", value), (unit, list, value), (unit, "rel", value/"*"),
    (unit, "pg", group), (unit, "pN").
    """
    u = report.unit.code  # type: ignore[attr-defined]
    values: dict = {}

    def put(key: tuple, value: int | None) -> None:
        values[key] = value
        if system is not None:
            system.publish(key, value, rounding=rounding)
            if rounding and value:
                system.lo[key] = max(system.lo[key], threshold)

    for t in report.tables:  # type: ignore[attr-defined]
        if t.key == "categories":
            groups: dict[str, list[tuple]] = {}
            for row, (v,) in zip(t.rows, t.values, strict=True):
                d = _dims(row)
                if d["group"] == "total":
                    put((u, "N"), v)
                elif row.level == 0:  # a group's subtotal, or a group of one category
                    put((u, "g", d["group"]), v)
                    groups.setdefault(d["group"], [])
                else:
                    put((u, "leaf", d["group"], d["category"]), v)
                    groups.setdefault(d["group"], []).append((u, "leaf", d["group"], d["category"]))
            if system is not None:
                for g, leaves in groups.items():
                    if leaves:
                        system.total((u, "g", g), leaves)
                system.total((u, "N"), [(u, "g", g) for g in groups])
        elif t.key in SPOKES:
            for i, row in enumerate(t.rows):
                g = _dims(row)["group"]
                for j, col in enumerate(t.cols):
                    v = t.values[i][j]
                    c = next(iter(_dims(col).values()))
                    if g == "total" and c == "total":
                        key: tuple = (u, "N")
                    elif g == "total":
                        key = (u, t.key, "*", c)
                    elif c == "total":
                        key = (u, "g", g)
                    else:
                        key = (u, t.key, g, c)
                    put(key, v)
            if system is not None:
                gs = [_dims(r)["group"] for r in t.rows if not r.total]
                cs = [next(iter(_dims(c).values())) for c in t.cols if not c.total]
                for g in gs:
                    system.total((u, "g", g), [(u, t.key, g, c) for c in cs])
                for c in cs:
                    system.total((u, t.key, "*", c), [(u, t.key, g, c) for g in gs])
                system.total((u, "N"), [(u, t.key, "*", c) for c in cs])
        elif t.key in LISTS or t.key == "relation":
            name = "rel" if t.key == "relation" else t.key
            whole = (u, "rel", "*") if t.key == "relation" else (u, "N")
            parts = []
            for row, (v,) in zip(t.rows, t.values, strict=True):
                c = next(iter(_dims(row).values()))
                if row.total:
                    put(whole, v)
                else:
                    put((u, name, c), v)
                    parts.append((u, name, c))
            if system is not None:
                system.total(whole, parts)
        elif t.key == "geography":
            kids = [next(iter(_dims(r).values())) for r in t.rows if not r.total]
            gs = [_dims(c)["group"] for c in t.cols if not c.total]
            for i, row in enumerate(t.rows):
                for j, col in enumerate(t.cols):
                    who = u if row.total else next(iter(_dims(row).values()))
                    key = (who, "N") if col.total else (who, "g", _dims(col)["group"])
                    put(key, t.values[i][j])
            if system is not None:
                for g in gs:
                    system.total((u, "g", g), [(k, "g", g) for k in kids])
                system.total((u, "N"), [(k, "N") for k in kids])
                for k in kids:
                    system.total((k, "N"), [(k, "g", g) for g in gs])
        elif t.key == "change":
            for row, vals in zip(t.rows, t.values, strict=True):
                g = _dims(row)["group"]
                put((u, "pN") if g == "total" else (u, "pg", g), vals[1])
            if system is not None:
                gs = [_dims(r)["group"] for r in t.rows if not r.total]
                system.total((u, "pN"), [(u, "pg", g) for g in gs])
    return values


def link_levels(system: System, parent: str, children: list[str], keys: Iterable[tuple]) -> None:
    """The attacker knows a parent's numbers are the sums of its children's: add those sums
    for every key the parent publishes (given without the unit, e.g. ("sex", "rape", "female"))."""
    for rest in keys:
        system.total((parent, *rest), [(c, *rest) for c in children])
