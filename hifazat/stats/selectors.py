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
    prev = period.previous()
    start, end = period.bounds()
    prev_start, _ = prev.bounds()
    through = Case.offences.through
    ranks = (
        through.objects.filter(_case_filter("case__", geo_scope, prev_start, end))
        .values("case_id")
        .annotate(rank=Min(_rank_expression()))
        .values("case_id", "rank")  # type: ignore[misc]  # django-stubs cannot see the annotation
    )
    fir = Event.objects.filter(case_id=OuterRef("pk"), kind="fir_registered")
    facts: QuerySet[Case, dict[str, object]] = (
        Case.objects.filter(_case_filter("", geo_scope, prev_start, end))
        .annotate(
            cur=When_(
                When(reported_at__gte=start, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
            ins=When_(
                When(unit_path__startswith=scope, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
        .values(
            "id",
            "kind",
            "station_id",
            "place",
            "urban",
            "cur",
            "ins",
            sex=F("child__sex"),
            age=F("child__age_years"),
            month=TruncMonth("reported_at", tzinfo=PKT),
            fir=Exists(fir),
        )
    )
    r_sql, r_params = ranks.query.sql_with_params()
    f_sql, f_params = facts.query.sql_with_params()
    person = Person._meta.db_table
    arms_sql = []
    for name, cols in ARMS.items():
        if name == "relation":
            source = f"FROM g JOIN {person} p ON p.case_id = g.id AND p.role = 'accused'"
            cols = ("p.relation",)
        else:
            source = "FROM g"
        shown = [f"CAST({c} AS VARCHAR(40))" for c in cols] + ["NULL"] * (2 - len(cols))
        # No WHERE on the CTE: its row estimates are unknown to the planner, and a filter makes
        # it guess "one row" and sort instead of hash. The period and scope flags are grouped
        # on instead, and sorted out in Python.
        group = ", ".join(["g.cur", "g.ins", "g.kind", "g.rank", *cols])
        arms_sql.append(
            f"SELECT '{name}', g.cur, g.ins, g.kind, g.rank, {', '.join(shown)}, COUNT(*) "
            f"{source} GROUP BY {group}"
        )
    sql = (
        f"WITH r AS ({r_sql}), f AS ({f_sql}), g AS MATERIALIZED ("  # noqa: S608
        "SELECT f.id, f.kind, f.station_id, f.place, f.urban, f.cur, f.ins, f.sex, f.age, "
        "f.month, f.fir, COALESCE(r.rank, 0) AS rank FROM f LEFT JOIN r ON r.case_id = f.id) "
        + " UNION ALL ".join(arms_sql)
    )
    cube = Cube()
    for name in ARMS:
        cube.arm(name)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL work_mem = '128MB'")
        cursor.execute(sql, [*r_params, *f_params])
        for arm, cur, ins, kind, rank, a, b, n in cursor.fetchall():
            current, inside = int(cur) == 1, int(ins) == 1
            if arm == "previous":
                if current:
                    continue
            elif not current or (arm != "station" and not inside):
                continue
            key = (kind, int(rank), *_clean(arm, a, b))
            cube.arm(arm)[key] += int(n)
    return cube


def _clean(arm: str, a: object, b: object) -> tuple[object, ...]:
    """Database-neutral values: booleans as True/False/None, months as 'YYYY-MM'."""
    if arm == "sex_age":
        return (a, None if a is None and b is None else _int(b))
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
