"""Benchmark: statistics on PostgreSQL with 1,000,000 generated cases.

    make bench-stats                          # throwaway PostgreSQL, 1,000,000 cases
    python bench/stats.py --cases 20000       # with DATABASE_URL set to a server

Loads cases with bench/register.py's generator (COPY), then prints p50/p95 for:
* the full annual report of the province holding the cases: every table, exact (internal) and
  disclosure-controlled (public), each as one build from the register (no cache);
* the statistics refresh (``hifazat stats refresh``, cron) for every area with cases, this year;
* the dashboard page (/stats/) and the scorecard page (/stats/scorecard/) through Django's full
  request stack, for an auditor (exact) and an analyst (public) of that province and a DPO of one
  district: first view (the process cache cleared before each request; the refresh's snapshot in
  the database), cold (no snapshot either: every request counts everything, as before any
  refresh) and repeat views within the five-minute cache.
Before measuring, every case's safeguard obligations are computed in bulk (the generator writes
timelines by COPY, past the refresh a real write goes through), so the scorecards have data.
Targets (issue 6): report < 5 s, dashboard p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._machine import describe
from bench._pg import run_child
from bench.register import load, pct, setup_django

DB = os.environ.get("HIFAZAT_BENCH_DB", "hifazat_bench_stats")


def _client_for(username: str, role: str, unit_code: str) -> Any:
    from django.test import Client
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from hifazat.accounts.models import OrgUnit, Role, User

    user = User.objects.filter(username=username).first() or User(username=username)
    user.role = Role.objects.get(code=role)
    user.org_unit = OrgUnit.objects.get(code=unit_code)
    user.set_unusable_password()
    user.save()
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
    client = Client()
    client.force_login(user)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return client


def _summary(times: list[float], queries: list[int]) -> dict[str, Any]:
    return {
        "p50": statistics.median(times),
        "p95": pct(times, 95),
        "max": max(times),
        "queries_max": max(queries) if queries else 0,
        "n": len(times),
    }


def measure(samples: int, report_runs: int) -> dict[str, Any]:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from hifazat.accounts.models import OrgUnit
    from hifazat.cases.models import Case
    from hifazat.stats import export
    from hifazat.stats.reports import make_report, make_reports, period_for
    from hifazat.stats.selectors import Period
    from hifazat.stats.tables import INTERNAL, PUBLIC

    results: dict[str, Any] = {}
    year = timezone.localdate().year
    province = OrgUnit.objects.get(code="PB")
    results["cases_in_database"] = Case.objects.count()

    # The annual report of this year so far (the generator spreads cases over the last 365 days,
    # so this year holds most of them), the same period for both grades.
    today = timezone.localdate()
    period = Period(dt.date(year, 1, 1), today + dt.timedelta(days=1))

    def timed(fn: Any) -> tuple[float, int, Any]:
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter()
            out = fn()
            elapsed = time.perf_counter() - t
        return elapsed * 1000, len(ctx.captured_queries), out

    def one(grade: str) -> Any:
        return make_report(unit=province, period=period, grade=grade, language="en")

    def both() -> Any:
        return make_reports(unit=province, period=period, language="en")

    timed(both)  # warm the database's cache
    rows: dict[str, tuple[list[float], list[int]]] = {
        "internal (exact)": ([], []),
        "public (disclosure-controlled)": ([], []),
        "both from one count": ([], []),
    }
    covered = 0
    for _ in range(report_runs):
        for name, fn in (
            ("internal (exact)", lambda: one(INTERNAL)),
            ("public (disclosure-controlled)", lambda: one(PUBLIC)),
            ("both from one count", both),
        ):
            ms, q, rep = timed(fn)
            rows[name][0].append(ms)
            rows[name][1].append(q)
            if name == "internal (exact)":
                covered = rep.headline.total or 0
    results["cases_in_report"] = covered
    for name, (times, queries) in rows.items():
        results[f"annual report, {name}"] = _summary(times, queries)
    t = time.perf_counter()
    pdf = export.to_pdf(
        make_report(unit=province, period=period_for(year, PUBLIC), grade=PUBLIC, language="ur")
    )
    results["annual report PDF (Urdu, public), one run"] = {
        "ms": (time.perf_counter() - t) * 1000,
        "bytes": len(pdf),
    }

    # The statistics refresh (cron): count every area with cases ahead, for this year.
    from django.core.management import call_command
    from django.test import override_settings

    out = io.StringIO()
    t = time.perf_counter()
    call_command("stats", "refresh", "--years", "1", stdout=out)
    results["statistics refresh (all areas with cases, this year), one run"] = {
        "ms": (time.perf_counter() - t) * 1000,
        "note": out.getvalue().strip().splitlines()[-1],
    }

    auditor = _client_for("bench.stats.auditor", "auditor", "PB")
    analyst = _client_for("bench.stats.analyst", "analyst", "PB")
    dpo = _client_for("bench.stats.dpo", "dpo", "KSR")
    pages = [
        ("dashboard", f"/stats/?year={year}", "auditor, province, exact", auditor),
        ("dashboard", f"/stats/?year={year}", "analyst, province, public", analyst),
        ("dashboard", f"/stats/?year={year}", "DPO, district, exact", dpo),
        ("scorecard", f"/stats/scorecard/?year={year}", "auditor, province, exact", auditor),
        ("scorecard", f"/stats/scorecard/?year={year}", "DPO, district, exact", dpo),
    ]
    for page, url, who, client in pages:
        # first view: nothing in the process's cache, the refresh's snapshot in the database;
        # cold: no snapshot either (as if the refresh had not run): everything counted;
        # repeat view: within the five-minute cache.
        for mode in ("first view", "cold, no snapshot", "repeat view"):
            times, queries = [], []
            n = max(3, samples // 3) if mode.startswith("cold") else samples
            young = 0 if mode.startswith("cold") else 30
            with override_settings(HIFAZAT_STATS_SNAPSHOT_MINUTES=young):
                client.get(url)
                for _ in range(n):
                    if mode != "repeat view":
                        cache.clear()
                    with CaptureQueriesContext(connection) as ctx:
                        t = time.perf_counter()
                        response = client.get(url)
                        times.append((time.perf_counter() - t) * 1000)
                    assert response.status_code == 200, response.status_code
                    queries.append(len(ctx.captured_queries))
            results[f"{page} ({who}, {mode})"] = _summary(times, queries)
    return results


def fill_obligations(batch: int = 5000) -> dict[str, Any]:
    """Every generated case's safeguard obligations, as ``services.refresh_case`` would store
    them, in bulk: the generator writes timelines by COPY, past the refresh that a real write
    goes through. Reads cases in id batches, builds each timeline with the refresh's own
    converter, evaluates it with the rule book, and COPYs the rows."""
    from django.db import connection
    from django.utils import timezone

    from hifazat.safeguards import selectors as sel
    from hifazat.safeguards.engine import evaluate
    from hifazat.safeguards.rulebook import rule_book

    book, now, convert = rule_book(), timezone.now(), sel._Convert()
    started = time.perf_counter()
    last, cases, written = 0, 0, 0
    columns = (
        "case_id, rule, status, reason, since, due_at, done_at, satisfied_by_id, breached_by_id,"
        " recorded_late, corrected, notified, next_check_at, refreshed_at"
    )

    def grouped(sql: str, lo: int, hi: int, *extra: Any) -> dict[int, list[tuple[Any, ...]]]:
        out: dict[int, list[tuple[Any, ...]]] = {}
        with connection.cursor() as cur:
            cur.execute(sql, [lo, hi, *extra])
            for row in cur.fetchall():
                out.setdefault(row[0], []).append(tuple(row[1:]))
        return out

    with connection.cursor() as cur:
        cur.execute("TRUNCATE safeguards_obligation")
    while True:
        with connection.cursor() as cur:
            cur.execute(
                "SELECT c.id, c.code, c.kind, c.status, c.unit_path, c.reported_at, c.station_id,"
                " ch.sex, ch.age_years, ch.age_pending FROM cases_case c"
                " JOIN cases_child ch ON ch.id = c.child_id WHERE c.id > %s ORDER BY c.id LIMIT %s",
                [last, batch],
            )
            rows = cur.fetchall()
        if not rows:
            break
        lo, hi = rows[0][0], rows[-1][0]
        offences = grouped(
            "SELECT co.case_id, o.code, o.sahil_category, o.tier, o.sexual, o.investigated_by"
            " FROM cases_offence o JOIN cases_case_offences co ON co.offence_id = o.id"
            " WHERE co.case_id BETWEEN %s AND %s ORDER BY co.case_id, o.code",
            lo,
            hi,
        )
        accused = grouped(
            "SELECT DISTINCT case_id, relation FROM cases_person"
            " WHERE case_id BETWEEN %s AND %s AND role = %s",
            lo,
            hi,
            "accused",
        )
        events = grouped(
            "SELECT case_id, id, kind, at, details, corrects_id, recorded_at FROM cases_event"
            " WHERE case_id BETWEEN %s AND %s ORDER BY case_id, at, id",
            lo,
            hi,
        )
        contacts = grouped(
            "SELECT case_id, id, kind, at, location, present, officer_sex, officer_rank"
            " FROM cases_contact WHERE case_id BETWEEN %s AND %s ORDER BY case_id, at, id",
            lo,
            hi,
        )
        out = []
        for raw in rows:
            row = sel.CaseRow(*raw)
            row = row._replace(reported_at=convert.when(row.reported_at))
            timeline = sel._timeline(
                row,
                now,
                offences.get(row.pk, []),
                accused.get(row.pk, []),
                events.get(row.pk, []),
                contacts.get(row.pk, []),
                convert,
            )
            for ob in evaluate(timeline, book, now):
                if not ob.in_scope or ob.status == "not_applicable":
                    continue
                out.append(
                    (
                        row.pk,
                        ob.rule.id,
                        ob.status,
                        ob.reason[:400],
                        ob.since,
                        ob.due_at,
                        ob.done_at,
                        ob.satisfied_by,
                        ob.breached_by,
                        ob.recorded_late,
                        ob.corrected,
                        "",
                        None,
                        now,
                    )
                )
        with (
            connection.cursor() as cur,
            cur.copy(f"COPY safeguards_obligation ({columns}) FROM STDIN") as copy,
        ):
            for record in out:
                copy.write_row(record)
        cases += len(rows)
        written += len(out)
        last = hi
        if cases % 100_000 < batch:
            print(f"  … obligations of {cases:,} cases", file=sys.stderr, flush=True)
    with connection.cursor() as cur:
        cur.execute("ANALYZE safeguards_obligation")
    seconds = time.perf_counter() - started
    return {"cases": cases, "obligations": written, "seconds": seconds}


def child(args: argparse.Namespace) -> None:
    setup_django()
    out: dict[str, Any] = {}
    if not args.skip_load:
        out["load"] = load(args.cases, args.seed)
    else:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
    from hifazat.safeguards.models import Obligation

    if not args.skip_load or not Obligation.objects.exists():
        out["obligations"] = fill_obligations()
    out["measure"] = measure(args.samples, args.report_runs)
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=30, help="dashboard requests per case")
    parser.add_argument("--report-runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-load", action="store_true", help="measure an existing database")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    print(f"machine: {describe()}")
    child_args = [
        "--cases",
        str(args.cases),
        "--samples",
        str(args.samples),
        "--report-runs",
        str(args.report_runs),
        "--seed",
        str(args.seed),
        *(["--skip-load"] if args.skip_load else []),
    ]
    r = run_child(__file__, DB, child_args, fresh=not args.skip_load)
    if "load" in r:
        ld = r["load"]
        print(
            f"\ngenerated {ld['cases']:,} cases ({ld['events']:,} timeline events) in "
            f"{ld['seconds']:.0f} s: {ld['rate']:,.0f} cases/s"
        )
    if "obligations" in r:
        ob = r["obligations"]
        print(
            f"safeguard obligations of {ob['cases']:,} cases: {ob['obligations']:,} rows in "
            f"{ob['seconds']:.0f} s (evaluated with the rule book, COPY)"
        )
    m = r["measure"]
    print(
        f"cases in the database: {m.pop('cases_in_database'):,}; "
        f"in this year's report: {m.pop('cases_in_report'):,}"
    )
    targets = {"annual report": 5000, "dashboard": 300, "scorecard": 300}
    print(f"\n{'measurement':<52} {'p50 ms':>9} {'p95 ms':>9} {'queries':>8}  target")
    for name, v in m.items():
        if "p50" not in v:
            extra = f"{v['bytes']:,} bytes" if "bytes" in v else v.get("note", "")
            print(f"{name:<52} {v['ms']:>9.0f} {'':>9} {'':>8}  ({extra})")
            continue
        target = next((t for k, t in targets.items() if name.startswith(k)), None)
        verdict = (
            ""
            if target is None
            else f"p95 < {target} ms {'met' if v['p95'] < target else 'MISSED'}"
        )
        print(f"{name:<52} {v['p50']:>9.1f} {v['p95']:>9.1f} {v['queries_max']:>8}  {verdict}")


if __name__ == "__main__":
    main()
