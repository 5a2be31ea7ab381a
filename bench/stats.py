"""Benchmark: statistics on PostgreSQL with 1,000,000 generated cases.

    make bench-stats                          # throwaway PostgreSQL, 1,000,000 cases
    python bench/stats.py --cases 20000       # with DATABASE_URL set to a server

Loads cases with bench/register.py's generator (COPY), then prints p50/p95 for:
* the full annual report of the province holding the cases: every table, exact (internal) and
  disclosure-controlled (public), each as one build from the register (no cache);
* the dashboard page (/stats/) through Django's full request stack, for an auditor (exact
  tables) and an analyst (public tables) of that province: first view (cache cleared before each
  request, so every request counts in the database) and repeat views within the dashboard's
  five-minute cache.
Targets (issue 6): report < 5 s, dashboard p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._machine import describe
from bench._pg import run_child
from bench.register import load, pct, setup_django

DB = "hifazat_bench_stats"


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

    auditor = _client_for("bench.stats.auditor", "auditor", "PB")
    analyst = _client_for("bench.stats.analyst", "analyst", "PB")
    dpo = _client_for("bench.stats.dpo", "dpo", "KSR")
    url = f"/stats/?year={year}"
    for who, client in (
        ("auditor, province, exact", auditor),
        ("analyst, province, public", analyst),
        ("DPO, district, exact", dpo),
    ):
        for mode in ("first view", "repeat view"):
            times, queries = [], []
            client.get(url)
            for _ in range(samples):
                if mode == "first view":
                    cache.clear()
                with CaptureQueriesContext(connection) as ctx:
                    t = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - t) * 1000)
                assert response.status_code == 200, response.status_code
                queries.append(len(ctx.captured_queries))
            results[f"dashboard ({who}, {mode})"] = _summary(times, queries)
    return results


def child(args: argparse.Namespace) -> None:
    setup_django()
    out: dict[str, Any] = {}
    if not args.skip_load:
        out["load"] = load(args.cases, args.seed)
    else:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
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
    m = r["measure"]
    print(
        f"cases in the database: {m.pop('cases_in_database'):,}; "
        f"in this year's report: {m.pop('cases_in_report'):,}"
    )
    targets = {"annual report": 5000, "dashboard": 300}
    print(f"\n{'measurement':<52} {'p50 ms':>9} {'p95 ms':>9} {'queries':>8}  target")
    for name, v in m.items():
        if "p50" not in v:
            print(f"{name:<52} {v['ms']:>9.0f} {'':>9} {'':>8}  ({v['bytes']:,} bytes)")
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
