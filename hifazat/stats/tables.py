"""The statistics tables, laid out like Sahil's Cruel Numbers, exact or disclosure-controlled.

``build_report`` turns the grouped counts of ``selectors.fetch_cube`` into a ``Report``: headline
figures and a list of ``Table``s, each a grid of numbers with labelled rows and columns (total
lines included). The *internal* grade is exact and may break a district down by police station.
The *public* grade goes through ``disclosure``: it never shows a station, never a count of 1-9,
and every number is rounded to 5.

Labels are resolved in the active language when the report is built (build it inside
``translation.override``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils import dates
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from hifazat.accounts.models import OrgUnit
from hifazat.cases.models import Person, Place, Sex
from hifazat.stats import disclosure as sdc
from hifazat.stats.categories import Classification, classification, sahil_data
from hifazat.stats.selectors import Cube, Period, Units

INTERNAL = "internal"
PUBLIC = "public"
TOTAL = "total"


@dataclass(frozen=True)
class Line:
    """A row or column heading. ``dims`` are its values in the JSON export."""

    code: str
    label: str
    dims: tuple[tuple[str, str], ...]
    total: bool = False
    level: int = 0


@dataclass
class Table:
    key: str
    title: str
    description: str
    rows: list[Line]
    cols: list[Line]
    values: list[list[int | None]]
    # Drill-down to the (masked) case list, for exact internal tables: (row, col) -> URL.
    links: dict[tuple[int, int], str] = field(default_factory=dict)
    chart: str = "bars"  # "bars" (one bar per row), "columns" (a time series), "" (no chart)
    notes: list[str] = field(default_factory=list)
    # Row headings that open another page (a district's own dashboard): row -> URL.
    row_links: dict[int, str] = field(default_factory=dict)

    def grid(self) -> list[tuple[Line, str | None, list[tuple[int | None, str | None]]]]:
        """For templates: each row, its heading link, and its (value, link) cells."""
        return [
            (
                row,
                self.row_links.get(i),
                [(v, self.links.get((i, j))) for j, v in enumerate(self.values[i])],
            )
            for i, row in enumerate(self.rows)
        ]

    def records(self) -> list[dict[str, object]]:
        """Every number as one record: its dimension values and ``count`` (None if withheld)."""
        out: list[dict[str, object]] = []
        for i, row in enumerate(self.rows):
            for j, col in enumerate(self.cols):
                out.append({**dict(row.dims), **dict(col.dims), "count": self.values[i][j]})
        return out

    def dimensions(self) -> list[str]:
        names: list[str] = []
        for line in [*self.rows[:1], *self.cols[:1]]:
            names.extend(k for k, _v in line.dims if k not in names)
        return names

    def series(self) -> list[tuple[str, int | None]]:
        """The chart's data: each non-total row and its total (the last column)."""
        return [(r.label, self.values[i][-1]) for i, r in enumerate(self.rows) if not r.total]


@dataclass
class Headline:
    total: int | None
    per_day: float | None
    fir_share: int | None  # per cent
    previous_total: int | None
    change: int | None  # per cent against the previous period


@dataclass
class Report:
    unit: OrgUnit
    period: Period
    previous: Period
    grade: str
    language: str
    headline: Headline
    tables: list[Table]
    notes: list[str]
    generated_at: dt.datetime
    review: list[str] = field(default_factory=list)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def to_json(self) -> dict[str, Any]:
        return {
            "unit": {"code": self.unit.code, "kind": self.unit.kind, "name": self.unit.name_en},
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat()},
            "previous_period": {
                "start": self.previous.start.isoformat(),
                "end": self.previous.end.isoformat(),
            },
            "grade": self.grade,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "disclosure_control": (
                {
                    "withheld": "counts of 1-9, and others so that none can be worked out",
                    "rounding": "every published count to the nearest 5, totals on their own",
                    "finest_geography": "district",
                }
                if self.grade == PUBLIC
                else None
            ),
            "summary": {
                "cases": self.headline.total,
                "cases_per_day": self.headline.per_day,
                "fir_registered_percent": self.headline.fir_share,
                "previous_period_cases": self.headline.previous_total,
                "change_percent": self.headline.change,
            },
            "tables": {
                t.key: {"title": t.title, "dimensions": t.dimensions(), "rows": t.records()}
                for t in self.tables
            },
            "notes": self.notes,
        }


# -- exact counts from the cube ------------------------------------------------------------------


@dataclass
class Exact:
    """Exact counts of one period for the report's unit (plain dictionaries)."""

    by_category: Counter[str]
    sex: Counter[tuple[str, str]]  # (group, sex)
    age: Counter[tuple[str, str]]  # (group, band)
    month: Counter[str]
    fir: Counter[tuple[str, bool]]
    place: Counter[str]
    urban: Counter[bool | None]
    relation: Counter[str]
    geo: Counter[tuple[str, str]]  # (child unit code, group), children of the unit
    previous_groups: Counter[str]

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


def exact_counts(
    cube: Cube, units: Units, unit: OrgUnit, *, stations: bool, cls: Classification | None = None
) -> Exact:
    cls = cls or classification()
    group_of = cls.group_of

    def cat(key: tuple[object, ...]) -> str:
        return cls.category_of(str(key[0]), int(str(key[1])))

    by_category: Counter[str] = Counter()
    sex: Counter[tuple[str, str]] = Counter()
    age: Counter[tuple[str, str]] = Counter()
    for key, n in cube.arm("sex_age").items():
        c = cat(key)
        by_category[c] += n
        sex[(group_of[c], str(key[2] or "unknown"))] += n
        a = key[3]
        age[(group_of[c], cls.age_band(a if isinstance(a, int) else None))] += n
    month: Counter[str] = Counter()
    for key, n in cube.arm("month").items():
        month[str(key[2])] += n
    fir: Counter[tuple[str, bool]] = Counter()
    for key, n in cube.arm("fir").items():
        fir[(group_of[cat(key)], bool(key[2]))] += n
    place: Counter[str] = Counter()
    urban: Counter[bool | None] = Counter()
    for key, n in cube.arm("place").items():
        place[str(key[2] or "unknown")] += n
        u = key[3]
        urban[u if isinstance(u, bool) else None] += n
    relation: Counter[str] = Counter()
    for key, n in cube.arm("relation").items():
        relation[str(key[2] or "unknown")] += n
    geo: Counter[tuple[str, str]] = Counter()
    for key, n in cube.arm("station").items():
        child = child_of(units, unit, key[2], stations=stations)
        if child is not None:
            geo[(child, group_of[cat(key)])] += n
    previous: Counter[str] = Counter()
    for key, n in cube.arm("previous").items():
        station = units.by_id.get(int(str(key[2])))
        if station is not None and station.path.startswith(unit.path):
            previous[group_of[cat(key)]] += n
    return Exact(by_category, sex, age, month, fir, place, urban, relation, geo, previous)


def child_of(units: Units, unit: OrgUnit, station_id: object, *, stations: bool) -> str | None:
    """The child of ``unit`` that a station's case belongs to (None if outside the unit)."""
    station = units.by_id.get(int(str(station_id)))
    if station is None or not station.path.startswith(unit.path) or station.pk == unit.pk:
        return None
    rest = station.path[len(unit.path) :].strip("/").split("/")
    code = rest[0]
    child = units.by_code.get(code)
    if child is None or (child.kind == OrgUnit.Kind.STATION and not stations):
        return None
    return code


def geo_tree_counts(
    cube: Cube, units: Units, arm: str, cls: Classification | None = None
) -> dict[str, list[int]]:
    """Counts by group for the nation, every province and every district (never stations)."""
    cls = cls or classification()
    groups = cls.group_codes()
    index = {g: k for k, g in enumerate(groups)}
    counts: dict[str, list[int]] = {}
    for u in units.by_code.values():
        if u.kind in {OrgUnit.Kind.NATIONAL, OrgUnit.Kind.PROVINCE, OrgUnit.Kind.DISTRICT}:
            counts[u.code] = [0] * len(groups)
    for key, n in cube.arm(arm).items():
        station = units.by_id.get(int(str(key[2])))
        if station is None:
            continue
        g = index[cls.group_of[cls.category_of(str(key[0]), int(str(key[1])))]]
        for kind in (OrgUnit.Kind.DISTRICT, OrgUnit.Kind.PROVINCE, OrgUnit.Kind.NATIONAL):
            up = units.ancestor_at(station.pk, kind)
            if up is not None:
                counts[up.code][g] += n
    return counts


def geo_tree_children(units: Units) -> dict[str, list[str]]:
    kinds = {OrgUnit.Kind.NATIONAL, OrgUnit.Kind.PROVINCE, OrgUnit.Kind.DISTRICT}
    out: dict[str, list[str]] = {}
    for parent, kids in units.children.items():
        if units.by_code[parent].kind not in kinds:
            continue
        keep = [k for k in kids if units.by_code[k].kind in kinds]
        if keep:
            out[parent] = keep
    return out


# -- building the tables ---------------------------------------------------------------------------


Linker = Callable[..., str | None]


class _Builder:
    def __init__(
        self,
        *,
        units: Units,
        unit: OrgUnit,
        period: Period,
        grade: str,
        cls: Classification,
        policy: sdc.Policy,
        linker: Linker | None,
    ) -> None:
        self.units, self.unit, self.period, self.grade = units, unit, period, grade
        self.cls, self.policy, self.linker = cls, policy, linker
        self.lang = (get_language() or "en")[:2]
        self.groups = cls.group_codes()
        self.public = grade == PUBLIC
        # Lines where every counted case shares one attribute (group disclosure): for a person to
        # look at before publishing (identity-protection.md §4); shown on the dashboard only.
        self.review: list[str] = []

    def check_groups(
        self, title: str, p: sdc.Protected, rows: list[Line], cols: list[Line]
    ) -> None:
        for i in sdc.attribute_disclosures(p):
            j = next(k for k, v in enumerate(p.grid.cells[i]) if v)
            self.review.append(
                _("%(table)s: every case counted in “%(row)s” is in “%(col)s”.")
                % {"table": title, "row": rows[i].label, "col": cols[j].label}
            )

    # labels -----------------------------------------------------------------------------------
    def group_line(self, g: str, *, dims: tuple[tuple[str, str], ...] = ()) -> Line:
        return Line(g, self.cls.name(g, self.lang), dims or (("group", g),))

    def total_line(self, name: str, label: str | None = None) -> Line:
        return Line(TOTAL, label or _("Total"), ((name, TOTAL),), total=True)

    def group_lines(self) -> list[Line]:
        return [self.group_line(g) for g in self.groups]

    # grids ------------------------------------------------------------------------------------
    def matrix(
        self,
        rows: Sequence[str],
        cols: Sequence[str],
        get: Callable[[str, str], int],
    ) -> list[list[int]]:
        return [[get(r, c) for c in cols] for r in rows]

    @staticmethod
    def with_totals(cells: list[list[int]]) -> list[list[int | None]]:
        """Exact cells with a total column and a total row."""
        out: list[list[int | None]] = [[*row, sum(row)] for row in cells]
        cols = [sum(col) for col in zip(*cells, strict=True)] if cells else []
        out.append([*cols, sum(cols)])
        return out

    @staticmethod
    def published(p: sdc.Protected) -> list[list[int | None]]:
        R, C = p.grid.shape
        out = [[*[p.cell(i, j) for j in range(C)], p.row_total(i)] for i in range(R)]
        out.append([*[p.col_total(j) for j in range(C)], p.grand_total()])
        return out

    @staticmethod
    def published_list(p: sdc.Protected) -> list[list[int | None]]:
        R, _C = p.grid.shape
        return [[p.value(i)] for i in range(R)] + [[p.grand_total()]]


def build_report(
    cube: Cube,
    *,
    units: Units,
    unit: OrgUnit,
    period: Period,
    grade: str,
    policy: sdc.Policy = sdc.DEFAULT_POLICY,
    linker: Linker | None = None,
    now: dt.datetime | None = None,
) -> Report:
    """Every table of the annual summary for ``unit`` and ``period``, exact or public."""
    if grade not in {INTERNAL, PUBLIC}:
        raise ValueError(f"unknown grade {grade!r}")
    if grade == PUBLIC and unit.kind == OrgUnit.Kind.STATION:
        raise ValueError("public tables go no finer than a district")
    cls = classification()
    b = _Builder(
        units=units,
        unit=unit,
        period=period,
        grade=grade,
        cls=cls,
        policy=policy,
        linker=linker if grade == INTERNAL else None,
    )
    ex = exact_counts(cube, units, unit, stations=grade == INTERNAL, cls=cls)
    prot = _protection(cube, units, unit, ex, b) if b.public else None

    tables = [
        _categories_table(b, ex, prot),
        _spoke_table(
            b,
            ex,
            prot,
            key="sex",
            title=_("Cases by sex of the child"),
            description=_("Each case is one child; the sex recorded for the child."),
            name="sex",
            codes=[c for c, _l in Sex.choices],
            labels=[str(label) for _c, label in Sex.choices],
            counts=ex.sex,
        ),
        _spoke_table(
            b,
            ex,
            prot,
            key="age",
            title=_("Cases by age of the child"),
            description=_("Sahil's age bands; the age recorded for the child, in years."),
            name="age_band",
            codes=cls.age_band_codes(),
            labels=[_age_label(code) for code in cls.age_band_codes()],
            counts=ex.age,
        ),
        _geography_table(b, ex, prot),
        _month_table(b, ex, prot),
        _spoke_table(
            b,
            ex,
            prot,
            key="fir",
            title=_("Cases registered as an FIR"),
            description=_("A case counts as registered when an FIR was recorded on its timeline."),
            name="fir",
            codes=["registered", "not_registered"],
            labels=[_("FIR registered"), _("No FIR recorded")],
            counts=Counter(
                {(g, "registered" if f else "not_registered"): n for (g, f), n in ex.fir.items()}
            ),
        ),
        _list_table(
            b,
            prot,
            key="place",
            title=_("Place of occurrence"),
            description=_(
                "Sahil's places; cases other than offences against a child are mostly 'not known'."
            ),
            name="place",
            codes=[c for c, _l in Place.choices],
            labels=[str(label) for _c, label in Place.choices],
            counts=ex.place,
            fixed_total=True,
        ),
        _list_table(
            b,
            prot,
            key="urban",
            title=_("Urban or rural"),
            description=_("Where the case was recorded as urban or rural."),
            name="area",
            codes=["urban", "rural", "unknown"],
            labels=[_("Urban"), _("Rural"), _("Not recorded")],
            counts=Counter(
                {
                    {True: "urban", False: "rural", None: "unknown"}[k]: n
                    for k, n in ex.urban.items()
                }
            ),
            fixed_total=True,
        ),
        _list_table(
            b,
            prot,
            key="relation",
            title=_("Relation of the accused to the child"),
            description=_(
                "Accused persons recorded in the period's cases (a case may have several), "
                "in Sahil's categories."
            ),
            name="relation",
            codes=[c for c, _l in Person.Relation.choices],
            labels=[str(label) for _c, label in Person.Relation.choices],
            counts=ex.relation,
            fixed_total=False,
        ),
        _previous_table(b, ex, prot),
    ]
    headline = _headline(b, ex, tables)
    tables.append(_sahil_table(b, ex, tables, headline))
    notes = list(prot.notes) if prot else []
    generated = now or dt.datetime.now(tz=dt.UTC)
    return Report(
        unit=unit,
        period=period,
        previous=period.previous(),
        grade=grade,
        language=b.lang,
        headline=headline,
        tables=[t for t in tables if t.rows],
        notes=notes,
        generated_at=generated,
        review=b.review,
    )


def _age_label(code: str) -> str:
    if code == "unknown":
        return _("Age not known")
    if code.startswith("16"):
        return _("16–18 years")
    low, high = code.split("-")
    return _("%(low)s–%(high)s years") % {"low": low, "high": high}


# -- public protection of the whole release --------------------------------------------------------


@dataclass
class _Protection:
    """The disclosure-control decisions for one public release."""

    node: sdc.NodeStatus  # the unit's counts by group and total
    children_grid: sdc.Protected | None  # the unit's children (districts, provinces) by group
    children: list[str]
    previous: sdc.NodeStatus
    notes: list[str]


def _protection(cube: Cube, units: Units, unit: OrgUnit, ex: Exact, b: _Builder) -> _Protection:
    root = units.national()
    children = geo_tree_children(units)
    now_tree = sdc.protect_tree(
        geo_tree_counts(cube, units, "station"), children, root.code, b.policy
    )
    prev_tree = sdc.protect_tree(
        geo_tree_counts(cube, units, "previous"), children, root.code, b.policy
    )
    notes = [f"{_('Disclosure control')}: {n}" for n in now_tree.notes]
    return _Protection(
        node=now_tree.nodes[unit.code],
        children_grid=now_tree.grids.get(unit.code),
        children=now_tree.children.get(unit.code, []),
        previous=prev_tree.nodes[unit.code],
        notes=notes,
    )


def _categories_table(b: _Builder, ex: Exact, prot: _Protection | None) -> Table:
    """Sahil's categories: each group, with its categories under it when it has several."""
    cls = b.cls
    rows: list[Line] = []
    values: list[list[int | None]] = []
    for k, group in enumerate(cls.groups):
        leaves = list(group.categories)
        counts = [ex.by_category[c] for c in leaves]
        g_total = sum(counts)
        if prot is None:
            g_value: int | None = g_total
            leaf_values: list[int | None] = list(counts)
        else:
            status = prot.node.groups[k]
            g_value = None if status in sdc.WITHHELD else sdc.round_count(g_total, b.policy.base)
            if len(leaves) > 1:
                p = sdc.protect(
                    sdc.Grid.one_way(
                        counts, total_fixed=True, total_withheld=status in sdc.WITHHELD
                    ),
                    b.policy,
                )
                leaf_values = [p.value(i) for i in range(len(leaves))]
            else:
                leaf_values = [g_value]
        if len(leaves) > 1:
            rows.append(
                Line(
                    group.code,
                    cls.name(group.code, b.lang),
                    (("group", group.code), ("category", TOTAL)),
                    total=True,
                )
            )
            values.append([g_value])
            for c, v in zip(leaves, leaf_values, strict=True):
                rows.append(
                    Line(
                        c,
                        cls.name(c, b.lang, group=group.code),
                        (("group", group.code), ("category", c)),
                        level=1,
                    )
                )
                values.append([v])
        else:
            rows.append(
                Line(
                    group.code,
                    cls.name(group.code, b.lang),
                    (("group", group.code), ("category", group.code)),
                )
            )
            values.append([g_value])
    total = ex.total if prot is None else _pub(prot.node.total, ex.total, b)
    rows.append(Line(TOTAL, _("All cases"), (("group", TOTAL), ("category", TOTAL)), total=True))
    values.append([total])
    table = Table(
        "categories",
        _("Cases by category"),
        _(
            "Each case is counted once, in its gravest category (Sahil's categories, child sexual "
            "abuse broken down). Police-registered cases, not media reports."
        ),
        rows,
        [Line("count", _("Cases"), ())],
        values,
    )
    if b.linker:
        for i, row in enumerate(rows):
            if row.code in {"conflict", "witness", "found"}:
                url = b.linker(kind=row.code)
                if url:
                    table.links[(i, 0)] = url
            elif row.code == TOTAL:
                url = b.linker()
                if url:
                    table.links[(i, 0)] = url
    return table


def _pub(status: sdc.Status, n: int, b: _Builder) -> int | None:
    return None if status in sdc.WITHHELD else sdc.round_count(n, b.policy.base)


def _spoke_table(
    b: _Builder,
    ex: Exact,
    prot: _Protection | None,
    *,
    key: str,
    title: str,
    description: str,
    name: str,
    codes: list[str],
    labels: list[str],
    counts: Counter[tuple[str, str]],
) -> Table:
    """Groups by one more dimension; the group totals are the categories table's."""
    cells = b.matrix(b.groups, codes, lambda g, c: counts[(g, c)])
    if prot is None:
        values = b.with_totals(cells)
    else:
        grid = sdc.Grid.of(
            cells,
            rows=sdc.Margin(shown=True, fixed=True, withheld=prot.node.withheld_groups),
            cols=sdc.Margin(shown=True),
            total_fixed=True,
            total_withheld=prot.node.total_withheld,
        )
        protected = sdc.protect(grid, b.policy)
        values = b.published(protected)
    rows = [*b.group_lines(), b.total_line("group", _("All cases"))]
    cols = [Line(c, lab, ((name, c),)) for c, lab in zip(codes, labels, strict=True)]
    cols.append(b.total_line(name))
    if prot is not None:
        b.check_groups(title, protected, rows, cols)
    return Table(key, title, description, rows, cols, values, chart="")


def _geography_table(b: _Builder, ex: Exact, prot: _Protection | None) -> Table:
    unit, units = b.unit, b.units
    if prot is not None:
        kids = prot.children
        grid = prot.children_grid
        if not kids or grid is None:
            return Table("geography", "", "", [], [], [])
        values = b.published(grid)
    else:
        kids = list(units.children.get(unit.code, []))
        if not kids:
            return Table("geography", "", "", [], [], [])
        cells = b.matrix(kids, b.groups, lambda k, g: ex.geo[(k, g)])
        values = b.with_totals(cells)
    kind = units.by_code[kids[0]].kind
    name = {"province": "province", "district": "district", "station": "station"}.get(kind, "unit")
    title = {
        "province": _("Cases by province"),
        "district": _("Cases by district"),
        "station": _("Cases by police station"),
    }.get(kind, _("Cases by unit"))
    rows = [Line(k, units.by_code[k].display_name(b.lang), ((name, k),)) for k in kids]
    rows.append(b.total_line(name, unit.display_name(b.lang)))
    cols = [b.group_line(g) for g in b.groups]
    cols.append(b.total_line("group", _("All cases")))
    if prot is not None and prot.children_grid is not None:
        b.check_groups(title, prot.children_grid, rows, cols)
    table = Table(
        "geography",
        title,
        _("Cases in each unit, by category group."),
        rows,
        cols,
        values,
        chart="bars",
    )
    if b.linker and kind == OrgUnit.Kind.STATION:
        for i, k in enumerate(kids):
            station = units.by_code[k]
            for j, g in enumerate([*b.groups, TOTAL]):
                kind_ = g if g in {"conflict", "witness", "found"} else None
                if g == TOTAL or kind_:
                    url = b.linker(station=station.pk, kind=kind_)
                    if url:
                        table.links[(i, j)] = url
    return table


def _months(period: Period) -> list[str]:
    out, d = [], period.start.replace(day=1)
    while d < period.end:
        out.append(f"{d.year:04d}-{d.month:02d}")
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def _month_table(b: _Builder, ex: Exact, prot: _Protection | None) -> Table:
    months = _months(b.period)
    counts = [ex.month[m] for m in months]
    if prot is None:
        values: list[list[int | None]] = [[c] for c in [*counts, sum(counts)]]
    else:
        values = b.published_list(
            sdc.protect(
                sdc.Grid.one_way(counts, total_fixed=True, total_withheld=prot.node.total_withheld),
                b.policy,
            )
        )
    rows = [
        Line(m, f"{capfirst(dates.MONTHS_3[int(m[5:])])} {m[:4]}", (("month", m),)) for m in months
    ]
    rows.append(b.total_line("month", _("All months")))
    table = Table(
        "month",
        _("Cases by month reported"),
        _("Month in which the case was reported (Pakistan time)."),
        rows,
        [Line("count", _("Cases"), ())],
        values,
        chart="columns",
    )
    if b.linker:
        for i, m in enumerate(months):
            first = dt.date(int(m[:4]), int(m[5:]), 1)
            last = min(
                (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1),
                b.period.end,
            ) - dt.timedelta(days=1)
            url = b.linker(date_from=max(first, b.period.start), date_to=last)
            if url:
                table.links[(i, 0)] = url
    return table


def _list_table(
    b: _Builder,
    prot: _Protection | None,
    *,
    key: str,
    title: str,
    description: str,
    name: str,
    codes: list[str],
    labels: list[str],
    counts: Counter[str],
    fixed_total: bool,
) -> Table:
    """A one-way table. With ``fixed_total`` its total is all the unit's cases (shared with the
    categories table); otherwise it counts something else (accused persons) and owns its total."""
    data = [counts[c] for c in codes]
    if prot is None:
        values: list[list[int | None]] = [[v] for v in [*data, sum(data)]]
    else:
        grid = sdc.Grid.one_way(
            data,
            total_fixed=fixed_total,
            total_withheld=fixed_total and prot.node.total_withheld,
        )
        values = b.published_list(sdc.protect(grid, b.policy))
    rows = [Line(c, lab, ((name, c),)) for c, lab in zip(codes, labels, strict=True)]
    rows.append(b.total_line(name))
    column = _("Accused persons") if key == "relation" else _("Cases")
    return Table(key, title, description, rows, [Line("count", column, ())], values)


def _previous_table(b: _Builder, ex: Exact, prot: _Protection | None) -> Table:
    now_cells = [sum(ex.by_category[c] for c in g.categories) for g in b.cls.groups]
    prev_cells = [ex.previous_groups[g] for g in b.groups]
    if prot is None:
        now: list[int | None] = [*now_cells, sum(now_cells)]
        prev: list[int | None] = [*prev_cells, sum(prev_cells)]
    else:
        now = [_pub(s, n, b) for s, n in zip(prot.node.groups, now_cells, strict=True)]
        now.append(_pub(prot.node.total, sum(now_cells), b))
        prev = [_pub(s, n, b) for s, n in zip(prot.previous.groups, prev_cells, strict=True)]
        prev.append(_pub(prot.previous.total, sum(prev_cells), b))
    values: list[list[int | None]] = []
    for a, p in zip(now, prev, strict=True):
        values.append([a, p, _change(a, p)])
    rows = [*b.group_lines(), b.total_line("group", _("All cases"))]
    prev_period = b.period.previous()
    cols = [
        Line("current", _("This period"), (("period", "current"),)),
        Line("previous", _("Previous period"), (("period", "previous"),)),
        Line("change", _("Change, %"), (("period", "change_percent"),)),
    ]
    return Table(
        "change",
        _("Change against the previous period"),
        _("The previous period is %(start)s to %(end)s.")
        % {
            "start": prev_period.start.isoformat(),
            "end": (prev_period.end - dt.timedelta(days=1)).isoformat(),
        },
        rows,
        cols,
        values,
        chart="",
    )


def _change(now: int | None, before: int | None) -> int | None:
    if now is None or before is None or before == 0:
        return None
    return round((now - before) * 100 / before)


def _headline(b: _Builder, ex: Exact, tables: list[Table]) -> Headline:
    cats = next(t for t in tables if t.key == "categories")
    total = cats.values[-1][0]
    per_day = round(total / b.period.days, 1) if total is not None and b.period.days else None
    fir = next(t for t in tables if t.key == "fir")
    registered, all_cases = fir.values[-1][0], fir.values[-1][-1]
    share = round(registered * 100 / all_cases) if registered is not None and all_cases else None
    change = next(t for t in tables if t.key == "change")
    return Headline(total, per_day, share, change.values[-1][1], change.values[-1][2])


# -- side by side with Sahil ---------------------------------------------------------------------


SAHIL_ROWS = [
    "sexual_abuse",
    "sodomy",
    "rape",
    "gang_rape",
    "attempted_abuse",
    "pornography",
    "murder_after_abuse",
    "abduction",
    "missing",
    "child_marriage",
    "abandoned_newborn",
]


def _sahil_table(b: _Builder, ex: Exact, tables: list[Table], headline: Headline) -> Table:
    """Our numbers next to Sahil's for the same calendar year, where Sahil published one."""
    year = b.period.start.year
    whole_year = b.period.start == dt.date(year, 1, 1) and b.period.end == dt.date(year + 1, 1, 1)
    sahil = sahil_data()["years"].get(str(year)) if whole_year else None
    if not sahil:
        return Table("sahil", "", "", [], [], [])
    cats = next(t for t in tables if t.key == "categories")
    ours: dict[str, int | None] = {}
    for row, value in zip(cats.rows, cats.values, strict=True):
        dims = dict(row.dims)
        code = dims["group"] if dims["category"] == TOTAL else dims["category"]
        ours[code] = value[0]
    sex = next(t for t in tables if t.key == "sex")
    girls = sex.values[-1][0]
    boys = sex.values[-1][1]
    urban = next(t for t in tables if t.key == "urban")
    u, r, all_ = urban.values[0][0], urban.values[1][0], urban.values[-1][0]
    measures: list[tuple[str, str, int | None, int | None]] = [
        ("total_cases", _("All cases"), headline.total, sahil.get("total_cases")),
        ("girls", _("Girls"), girls, (sahil.get("by_sex") or {}).get("girls")),
        ("boys", _("Boys"), boys, (sahil.get("by_sex") or {}).get("boys")),
    ]
    by_cat = sahil.get("by_category") or {}
    for code in SAHIL_ROWS:
        measures.append((code, b.cls.name(code, b.lang), ours.get(code), by_cat.get(code)))
    pct = [
        (
            "urban_percent",
            _("Urban, %"),
            _percent(u, all_),
            (sahil.get("by_urban_rural_pct") or {}).get("urban"),
        ),
        (
            "rural_percent",
            _("Rural, %"),
            _percent(r, all_),
            (sahil.get("by_urban_rural_pct") or {}).get("rural"),
        ),
        (
            "fir_registered_percent",
            _("Registered with police (FIR), %"),
            headline.fir_share,
            sahil.get("fir_registered_pct"),
        ),
    ]
    measures.extend(pct)
    rows = [Line(code, label, (("measure", code),)) for code, label, _o, _s in measures]
    values: list[list[int | None]] = [[o, s] for _c, _l, o, s in measures]
    cols = [
        Line("police", _("Police-registered (Hifazat)"), (("source", "police_registered"),)),
        Line("sahil", _("Media-reported (Sahil)"), (("source", "media_reported"),)),
    ]
    edition = sahil.get("edition", "")
    table = Table(
        "sahil",
        _("Side by side with Sahil's Cruel Numbers %(year)s") % {"year": year},
        _(
            "Sahil counts incidents reported in newspapers across Pakistan (%(edition)s); this "
            "report counts cases registered with police in %(unit)s. The two are different "
            "measures: read them together, never add them. A dash means not published."
        )
        % {"edition": edition, "unit": b.unit.display_name(b.lang)},
        rows,
        cols,
        values,
        chart="",
    )
    if sahil.get("notes"):
        table.notes.append(str(sahil["notes"]))
    return table


def _percent(part: int | None, whole: int | None) -> int | None:
    if part is None or not whole:
        return None
    return round(part * 100 / whole)
