"""Reads for statistics: every table comes out of one SQL statement per request.

The statement has three parts, all compiled by the ORM and only stitched together here:

* ``r``: each case's gravest offence, as a rank (one GROUP BY over the case-offence links);
* ``f``: one narrow row per case of the period (kind, station, sex, age, place, urban/rural, month
  in Pakistan time, whether an FIR was registered), for the current and the previous period;
* then one ``GROUP BY`` per table, over ``f`` joined to ``r``, glued with ``UNION ALL`` so the
  database reads the cases once (``MATERIALIZED``: PostgreSQL ≥ 12 and SQLite ≥ 3.35 both
  honour it).

Counting happens in the database; Python receives a few thousand grouped rows at most. It works
unchanged on SQLite and PostgreSQL; on PostgreSQL the statement asks for more sort/hash memory
for its own transaction, so hashing a million cases stays in memory.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.db.models import Case as When_
from django.db.models import Exists, F, IntegerField, Min, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import TruncMonth

from hifazat.accounts.models import OrgUnit
from hifazat.cases.models import Case, Event, Offence, Person
from hifazat.stats.categories import classification

PKT = ZoneInfo("Asia/Karachi")

# The tables (arms of the statement): name -> columns grouped besides kind and rank.
ARMS: dict[str, tuple[str, ...]] = {
    "sex_age": ("sex", "age"),
    "station": ("station_id",),
    "month": ("month",),
    "fir": ("fir",),
    "place": ("place", "urban"),
    "relation": ("relation",),
    "previous": ("station_id",),
}


@dataclass(frozen=True)
class Period:
    """From ``start`` (inclusive) to ``end`` (exclusive), dates in Pakistan time."""

    start: dt.date
    end: dt.date

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        return (
            dt.datetime.combine(self.start, dt.time.min, tzinfo=PKT),
            dt.datetime.combine(self.end, dt.time.min, tzinfo=PKT),
        )

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def previous(self) -> Period:
        """What to compare with: the same dates a year earlier for a period starting on
        1 January (a year, or a year to date); otherwise the same length just before."""
        if (self.start.month, self.start.day) == (1, 1) and self.end <= self.start.replace(
            year=self.start.year + 1
        ):
            end = (
                self.end.replace(year=self.end.year - 1)
                if (self.end.month, self.end.day)
                != (
                    2,
                    29,
                )
                else dt.date(self.end.year - 1, 3, 1)
            )
            return Period(self.start.replace(year=self.start.year - 1), end)
        return Period(self.start - (self.end - self.start), self.start)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year + 1, 1, 1))


@dataclass
class Cube:
    """Grouped counts, per arm: key tuple (kind, rank, *columns) -> count."""

    arms: dict[str, Counter[tuple[object, ...]]] = field(default_factory=dict)

    def arm(self, name: str) -> Counter[tuple[object, ...]]:
        return self.arms.setdefault(name, Counter())


def _rank_expression() -> When_:
    """The rank of an offence link: 1 for the gravest Sahil category, as ``precedence`` says."""
    order = {code: i for i, code in enumerate(classification().precedence, start=1)}
    by_offence: dict[int, list[int]] = {}
    for pk, category in Offence.objects.values_list("pk", "sahil_category"):
        rank = order.get(category, len(order))
        by_offence.setdefault(rank, []).append(pk)
    whens = [When(offence_id__in=pks, then=Value(rank)) for rank, pks in sorted(by_offence.items())]
    if not whens:
        return When_(When(pk__lt=0, then=Value(0)), default=Value(0), output_field=IntegerField())
    return When_(*whens, default=Value(len(order)), output_field=IntegerField())


def _case_filter(prefix: str, path: str, start: dt.datetime, end: dt.datetime) -> Q:
    return Q(
        **{
            f"{prefix}unit_path__startswith": path,
            f"{prefix}reported_at__gte": start,
            f"{prefix}reported_at__lt": end,
        }
    )


def fetch_cube(*, scope: str, geo_scope: str, period: Period) -> Cube:
    """All grouped counts for one report.

    ``scope``: the org-unit path the report is about (every table but the geography);
    ``geo_scope``: the path whose stations the geography and previous-period tables cover (the
    whole country for public tables, whose protection runs top-down from the national total).
    ``geo_scope`` must contain ``scope``.
    """
    if not scope.startswith(geo_scope):
        raise ValueError("the geography must contain the report's unit")
    start, end = period.bounds()
    prev_start, prev_end = period.previous().bounds()
    q = _Queries(scope, geo_scope, start, end, prev_start, prev_end)
    cube = Cube()
    for name in ARMS:
        cube.arm(name)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Enough memory to hash a million cases; no JIT (it compiles for longer than these
            # simple expressions take to run).
            cursor.execute("SET LOCAL work_mem = '128MB'")
            cursor.execute("SET LOCAL jit = off")
            sql, params = _postgres_statement(q)
        else:
            sql, params = _portable_statement(q)
        cursor.execute(sql, params)
        for arm, cur, ins, kind, rank, a, b, n in cursor.fetchall():
            current, inside = int(cur) == 1, int(ins) == 1
            if arm == "station" and not current:
                arm = "previous"
            elif not current or (arm != "station" and not inside):
                continue
            key = (kind, int(rank), *_clean(arm, a, b))
            cube.arm(arm)[key] += int(n)
    return cube


class _Queries:
    """The ORM querysets the statements are assembled from (each compiles to SQL + params)."""

    def __init__(
        self,
        scope: str,
        geo_scope: str,
        start: dt.datetime,
        end: dt.datetime,
        prev_start: dt.datetime,
        prev_end: dt.datetime,
    ) -> None:
        self.scope, self.geo_scope = scope, geo_scope
        self.start, self.end, self.prev_start, self.prev_end = start, end, prev_start, prev_end
        ranks = Case.offences.through.objects.all()
        if geo_scope.count("/") > 2:
            # A district or a station: rank only its cases. For a province or the country,
            # ranking every link is cheaper than finding the period's first (one pass, no join).
            ranks = ranks.filter(_case_filter("case__", geo_scope, prev_start, end))
        self.ranks = (
            ranks.values("case_id").annotate(rank=Min(_rank_expression())).values("case_id", "rank")  # type: ignore[misc]  # the stubs cannot see the annotation
        )
        fir = Event.objects.filter(case_id=OuterRef("pk"), kind="fir_registered")
        self.facts = Case.objects.filter(_case_filter("", scope, start, end)).values(
            "id",
            "kind",
            "station_id",
            "place",
            "urban",
            sex=F("child__sex"),
            age=F("child__age_years"),
            month=TruncMonth("reported_at", tzinfo=PKT),
            fir=Exists(fir),
        )
        self.accused = (
            Person.objects.filter(role=Person.Role.ACCUSED)
            .filter(_case_filter("case__", scope, start, end))
            .values("relation")
        )

    def stations(self, *, current: bool) -> QuerySet[Case, Any]:
        """Cases by station: the previous period in the whole geography; this period outside
        the unit (inside it, the main pass counts them)."""
        lo, hi = (self.start, self.end) if current else (self.prev_start, self.prev_end)
        qs = Case.objects.filter(_case_filter("", self.geo_scope, lo, hi))
        if current:
            qs = qs.exclude(unit_path__startswith=self.scope)
        return qs.values("id", "kind", "station_id")


# The statements are assembled from constants and ORM-compiled SQL; every value is a query
# parameter (hence the S608 exemptions). Rows: (table, current period?, in scope?, kind, rank,
# value, value, count).

# Columns grouped by the tables of the report's own unit, besides kind and rank.
SETS: dict[str, tuple[str, ...]] = {
    "sex_age": ("sex", "age"),
    "station": ("station_id",),
    "month": ("month",),
    "fir": ("fir",),
    "place": ("place", "urban"),
}


def _tail(q: _Queries) -> tuple[str, list[Any]]:
    """The stations (this period and the previous one) and the accused, for both statements."""
    parts: list[str] = []
    params: list[Any] = []
    for flag, current in ((1, True), (0, False)):
        s_sql, s_params = q.stations(current=current).query.sql_with_params()
        parts.append(
            f"SELECT 'station', {flag}, 1, s.kind, COALESCE(r.rank, 0), "  # noqa: S608
            f"CAST(s.station_id AS VARCHAR(40)), NULL, COUNT(*) FROM ({s_sql}) s "
            "LEFT JOIN r ON r.case_id = s.id GROUP BY s.kind, COALESCE(r.rank, 0), s.station_id"
        )
        params.extend(s_params)
    # Accused persons are counted by relation only (no category): no rank needed.
    p_sql, p_params = q.accused.query.sql_with_params()
    parts.append(
        "SELECT 'relation', 1, 1, 'victim', 0, "  # noqa: S608
        f"CAST(p.relation AS VARCHAR(40)), NULL, COUNT(*) FROM ({p_sql}) p GROUP BY p.relation"
    )
    params.extend(p_params)
    return " UNION ALL ".join(parts), params


def _portable_statement(q: _Queries) -> tuple[str, list[Any]]:
    """SQLite (and any database): the unit's cases once, as a materialized CTE, then one GROUP BY
    per table, glued with UNION ALL."""
    r_sql, r_params = q.ranks.query.sql_with_params()
    f_sql, f_params = q.facts.query.sql_with_params()
    arms = []
    for name, cols in SETS.items():
        shown = [f"CAST(g.{c} AS VARCHAR(40))" for c in cols] + ["NULL"] * (2 - len(cols))
        group = ", ".join(["g.kind", "g.rank", *(f"g.{c}" for c in cols)])
        arms.append(
            f"SELECT '{name}', 1, 1, g.kind, g.rank, {', '.join(shown)}, COUNT(*) "  # noqa: S608
            f"FROM g GROUP BY {group}"
        )
    tail, t_params = _tail(q)
    sql = (
        f"WITH r AS MATERIALIZED ({r_sql}), g AS MATERIALIZED ("  # noqa: S608
        "SELECT f.kind, f.station_id, f.place, f.urban, f.sex, f.age, f.month, f.fir, "
        f"COALESCE(r.rank, 0) AS rank FROM ({f_sql}) f LEFT JOIN r ON r.case_id = f.id) "
        + " UNION ALL ".join([*arms, tail])
    )
    return sql, [*r_params, *f_params, *t_params]


def _postgres_statement(q: _Queries) -> tuple[str, list[Any]]:
    """PostgreSQL: the unit's tables in one pass over its cases, with GROUPING SETS."""
    r_sql, r_params = q.ranks.query.sql_with_params()
    f_sql, f_params = q.facts.query.sql_with_params()
    cols = ["sex", "age", "station_id", "month", "fir", "place", "urban"]
    base = ["f.kind", "COALESCE(r.rank, 0)"]
    sets = ", ".join(
        "(" + ", ".join([*base, *(f"f.{c}" for c in group)]) + ")" for group in SETS.values()
    )
    # GROUPING() sets a bit for each column a row is *not* grouped by: it names the table.
    which = ", ".join(f"f.{c}" for c in cols)
    case = " ".join(
        f"WHEN {sum(1 << (len(cols) - 1 - k) for k, c in enumerate(cols) if c not in group)} "
        f"THEN '{name}'"
        for name, group in SETS.items()
    )
    shown = {
        "sex_age": ("t.sex", "CAST(t.age AS VARCHAR(40))"),
        "station": ("CAST(t.station_id AS VARCHAR(40))", "NULL"),
        "month": ("CAST(t.month AS VARCHAR(40))", "NULL"),
        "fir": ("CAST(t.fir AS VARCHAR(40))", "NULL"),
        "place": ("t.place", "CAST(t.urban AS VARCHAR(40))"),
    }
    first = " ".join(f"WHEN '{n}' THEN {a}" for n, (a, _b) in shown.items())
    second = " ".join(f"WHEN '{n}' THEN {b}" for n, (_a, b) in shown.items())
    tail, t_params = _tail(q)
    sql = (
        f"WITH r AS MATERIALIZED ({r_sql}), t AS ("  # noqa: S608
        f"SELECT CASE GROUPING({which}) {case} END AS arm, f.kind, COALESCE(r.rank, 0) AS rank, "
        "f.sex, f.age, f.station_id, f.month, f.fir, f.place, f.urban, COUNT(*) AS n "
        f"FROM ({f_sql}) f LEFT JOIN r ON r.case_id = f.id GROUP BY GROUPING SETS ({sets})) "
        f"SELECT t.arm, 1, 1, t.kind, t.rank, CASE t.arm {first} END, CASE t.arm {second} END, "
        f"t.n FROM t UNION ALL {tail}"
    )
    return sql, [*r_params, *f_params, *t_params]


def _clean(arm: str, a: object, b: object) -> tuple[object, ...]:
    """Database-neutral values: booleans as True/False/None, months as 'YYYY-MM'."""
    if arm == "sex_age":
        return (a, _int(b))
    if arm in {"station", "previous"}:
        return (_int(a),)
    if arm == "month":
        return (str(a)[:7],)
    if arm == "fir":
        return (_bool(a) is True,)
    if arm == "place":
        return (a, _bool(b))
    return (a,)


def _int(v: object) -> int | None:
    return None if v is None else int(str(v))


def _bool(v: object) -> bool | None:
    if v is None:
        return None
    return str(v).lower() in {"1", "true", "t"}


@dataclass(frozen=True)
class Units:
    """The organisation as plain data: code, kind, names and parent of every unit."""

    by_id: dict[int, OrgUnit]
    by_code: dict[str, OrgUnit]
    children: dict[str, list[str]]

    def district_of(self, unit_id: int) -> OrgUnit | None:
        unit = self.by_id.get(unit_id)
        while unit is not None and unit.kind != OrgUnit.Kind.DISTRICT:
            unit = self.by_id.get(unit.parent_id) if unit.parent_id else None
        return unit

    def national(self) -> OrgUnit:
        """The country, the root of every geography."""
        return next(u for u in self.by_code.values() if u.kind == OrgUnit.Kind.NATIONAL)

    def ancestor_at(self, unit_id: int, kind: str) -> OrgUnit | None:
        unit = self.by_id.get(unit_id)
        while unit is not None and unit.kind != kind:
            unit = self.by_id.get(unit.parent_id) if unit.parent_id else None
        return unit


def org_units() -> Units:
    units = list(OrgUnit.objects.order_by("path"))
    by_id = {u.pk: u for u in units}
    children: dict[str, list[str]] = {}
    for u in units:
        if u.parent_id and u.parent_id in by_id:
            children.setdefault(by_id[u.parent_id].code, []).append(u.code)
    return Units(by_id, {u.code: u for u in units}, children)
