"""Benchmark: evaluate 1,000,000 generated case timelines with the pure safeguards engine, and
refresh one case's stored obligations after an event, database included.

    python bench/safeguards.py [--timelines 1000000] [--seed 4] [--repeats 3]
    python bench/safeguards.py --skip-engine [--refresh-cases 300] [--refresh-samples 1000]
        [--refresh-runs 3]

Engine: one core, one process, no database: the engine as the periodic ``hifazat safeguards
tick`` would run it over every open case. Timelines are generated deterministically (same seed,
same cases, same results: the checksum printed at the end must not change between runs) in
chunks, so memory stays flat; only the ``evaluate`` calls are timed. Target (issue 4): under
60 s; aim for 10 s.

Refresh: demo cases are generated through the register's services (so every case already has
its obligations), then, many times over, one event is added to a random open case and
``safeguards.services.refresh_case`` is timed: the case and its timeline read, evaluated, the
obligations upserted, breaches and notices written, committed. Run on SQLite (a fresh file in a
temporary folder) and, when DATABASE_URL points at PostgreSQL, on PostgreSQL too (a scratch
database, hifazat_bench_safeguards, dropped and made again). Each database is measured
``--refresh-runs`` times (a fresh database each time) and the medians of the runs are printed,
with the load average before and after each run: the figures are wall times on a shared machine.
Target (issue 4): p95 < 5 ms.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._machine import describe
from hifazat.safeguards.engine import (
    CaseFacts,
    ContactFact,
    Offence,
    RuleBook,
    Timeline,
    TimelineEvent,
    checklist,
    evaluate,
    load_rules,
)

PKT = timezone(timedelta(hours=5))
EPOCH = datetime(2026, 1, 1, tzinfo=PKT)
H = timedelta(hours=1)

# Offences as cases/data/offences.json describes them (code, Sahil category, tier, sexual).
SEXUAL = [
    Offence("PPC-376(3)", "rape", "heinous", True),
    Offence("PPC-377", "sodomy", "heinous", True),
    Offence("PPC-377-B", "sexual_abuse", "heinous", True),
    Offence("PPC-354", "sexual_abuse", "minor", True),
    Offence("PPC-509", "harassment", "minor", True),
    Offence("PECA-22", "pornography", "heinous", True, "NCCIA"),
]
VIOLENCE = [
    Offence("PPC-328-A", "physical_abuse", "minor", False),
    Offence("PPC-336-B", "physical_abuse", "heinous", False),
    Offence("PPC-363", "abduction", "major", False),
]
ACCUSED = [
    Offence("PPC-328-A", "physical_abuse", "minor", False),
    Offence("PPC-363", "abduction", "major", False),
    Offence("PECA-24", "harassment", "major", False, "NCCIA"),
    Offence("PPC-302", "murder_after_abuse", "heinous", False),
]
MARRIAGE = [Offence("SCMRA2013-GROOM", "child_marriage", "minor", False)]
KINDS = [
    ("victim", 35),
    ("conflict", 20),
    ("missing", 20),
    ("found", 8),
    ("witness", 7),
    ("risk_marriage", 4),
    ("risk_domestic", 4),
    ("risk_labour", 2),
]
PROVINCES = [("PB", 50), ("SD", 20), ("KP", 15), ("BA", 5), ("ICT", 5), ("GB", 3), ("AJK", 2)]
RELATIONS = ["family_member", "relative", "acquaintance", "neighbour", "stranger", "unknown"]
LOCKUPS = ["observation_home", "observation_home", "observation_home", "police_lockup", "jail"]


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


def generate(rng: random.Random) -> tuple[Timeline, datetime]:
    """One plausible timeline and the moment to evaluate it at. Most duties are done, some late,
    some not at all; a few forbidden states, corrections and backdated entries."""
    kind = _pick(rng, KINDS)
    province = _pick(rng, PROVINCES)
    sex = "female" if rng.random() < 0.55 else ("male" if rng.random() < 0.97 else "unknown")
    age = rng.randint(3, 17) if rng.random() < 0.93 else None
    pending = age is None or rng.random() < 0.08
    opened = EPOCH + timedelta(minutes=rng.randrange(0, 525_600))
    events: list[TimelineEvent] = []
    contacts: list[ContactFact] = [
        ContactFact(1, "report", opened, "station", ("guardian",), "male", "SI")
    ]
    offences: tuple[Offence, ...] = ()
    relations: tuple[str, ...] = ()
    eid = 1

    def add(kind_: str, delay_h: float, details: dict[str, object] | None = None) -> None:
        nonlocal eid
        at = opened + delay_h * H
        late_typed = at + rng.random() * 30 * H if rng.random() < 0.1 else at
        events.append(TimelineEvent(eid, kind_, at, details or {}, None, late_typed))
        eid += 1

    def maybe(p: float, kind_: str, low: float, high: float, **details: object) -> None:
        if rng.random() < p:
            add(kind_, rng.uniform(low, high), details)

    add("child_found" if kind == "found" else "complaint_received", 0)
    if kind == "victim":
        offences = (rng.choice(SEXUAL if rng.random() < 0.6 else VIOLENCE),)
        relations = (rng.choice(RELATIONS),)
        maybe(0.9, "fir_registered", 0.1, 30, fir_number="1", fir_date="2026-01-01")
        maybe(0.7, "medical_exam", 1, 40, examiner_sex=rng.choice(["female", "male"]), consent=True)
        maybe(0.6, "anti_rape_cell_informed", 0.5, 12)
        maybe(0.5, "victim_informed_of_rights", 2, 48)
        maybe(0.5, "lawyer_contacted", 2, 96)
        maybe(0.4, "cp_referral", 2, 60, to=rng.choice(["cpwb", "cpu", "ngo"]))
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            maybe(
                1.0,
                "statement_recorded",
                1,
                72,
                by_sex=rng.choice(["female", "male"]),
                by_rank=rng.choice(["SI", "ASI", "Inspector"]),
                where=rng.choice(["home", "police_station", "child_desk"]),
                present=rng.sample(["guardian", "female_officer", "female_relative", "lawyer"], 2),
            )
    elif kind == "conflict":
        offences = (rng.choice(ACCUSED),)
        if rng.random() < 0.7:
            add("arrested", 0.2)
            contacts.append(ContactFact(2, "arrest", opened + 0.2 * H, "public", (), "male", "ASI"))
            maybe(0.85, "guardian_informed", 0.5, 6, how="phone")
            maybe(0.7, "probation_informed", 1, 40)
            maybe(0.9, "custody_changed", 0.5, 4, location=rng.choice(LOCKUPS))
            maybe(0.7, "lawyer_contacted", 2, 36, lawyer_kind="legal_aid")
            maybe(0.85, "court_production", 6, 30, court="juvenile")
            maybe(0.5, "bail", 10, 60, outcome=rng.choice(["granted", "refused"]))
            maybe(0.5, "medical_exam", 1, 30, examiner_sex="male", consent=True)
        maybe(0.4, "diversion_referral", 5, 200)
        maybe(
            0.7,
            "statement_recorded",
            1,
            20,
            by_sex=rng.choice(["female", "male"]),
            by_rank=rng.choice(["SI", "ASI", "Inspector", "HC"]),
            where="police_station",
            present=rng.sample(["guardian", "probation_officer", "lawyer", "female_officer"], 2),
        )
        maybe(0.3, "age_determined", 5, 100, method="document", age_years=str(age or 15))
    elif kind == "missing":
        maybe(0.92, "zarra_notified", 0.2, 4, reference="Z")
        maybe(0.9, "fir_registered", 0.1, 8, fir_number="1", fir_date="2026-01-01")
        for day in range(rng.randint(0, 4)):
            maybe(0.8, "zarra_notified", 20 + day * 24, 30 + day * 24, reference="Z")
            maybe(0.8, "guardian_informed", 10 + day * 24, 30 + day * 24, how="phone")
        if rng.random() < 0.6:
            found = rng.uniform(5, 120)
            add("child_recovered", found)
            maybe(0.6, "medical_exam", found + 1, found + 20, examiner_sex="female", consent=True)
            maybe(0.6, "released", found + 1, found + 10)
            maybe(0.5, "case_closed", found + 2, found + 48, outcome="recovered")
    elif kind == "found":
        maybe(0.8, "cp_referral", 1, 40, to=rng.choice(["cpwb", "cpu"]))
        maybe(0.6, "guardian_informed", 2, 72, how="in_person")
        maybe(0.2, "custody_changed", 0.5, 5, location=rng.choice(["shelter", "police_lockup"]))
    elif kind == "witness":
        maybe(0.7, "guardian_informed", 0, 5, how="phone")
        maybe(
            0.8,
            "statement_recorded",
            1,
            30,
            by_sex="male",
            by_rank="SI",
            where=rng.choice(["home", "police_station"]),
            present=["guardian"],
        )
    else:
        if kind == "risk_marriage" and rng.random() < 0.5:
            offences = tuple(MARRIAGE)
        maybe(0.5, "fir_registered", 1, 40, fir_number="1", fir_date="2026-01-01")
        maybe(0.5, "age_determined", 1, 50, method="document", age_years=str(age or 14))
        maybe(0.5, "cp_referral", 1, 50, to="cpu")
    if events and rng.random() < 0.03:
        # A correction of a mistyped entry (a wrong custody place or a wrong time).
        target = rng.choice(events)
        events.append(
            TimelineEvent(
                eid,
                "correction",
                target.at + 0.25 * H,
                {"kind": target.kind, **target.details},
                target.id,
                target.at + 5 * H,
            )
        )
    # As the register hands them over: ordered by (at, id) (Event.Meta.ordering).
    events.sort(key=lambda e: (e.at, e.id))
    facts = CaseFacts(kind, province, sex, age, pending, opened, offences, relations)
    now = opened + timedelta(hours=rng.choice([1, 3, 12, 30, 72, 240]) * rng.uniform(0.5, 1.5))
    return Timeline(facts, tuple(events), tuple(contacts)), now


@dataclass
class Result:
    eval_s: float = 0.0  # wall time of the evaluate calls
    cpu_s: float = 0.0  # CPU time of the same calls
    gen_s: float = 0.0  # generating the timelines (not part of the measure)
    events: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    checksum: str = ""


def run(book: RuleBook, total: int, seed: int, chunk: int) -> Result:
    rng = random.Random(seed)
    result = Result()
    digest = hashlib.sha256()
    evaluated = 0
    while evaluated < total:
        n = min(chunk, total - evaluated)
        t = time.perf_counter()
        batch = [generate(rng) for _ in range(n)]
        result.gen_s += time.perf_counter() - t
        result.events += sum(len(tl.events) for tl, _ in batch)
        # Timed: evaluate each case and let its result go, as the tick does once it has stored a
        # case's obligations. (Holding a chunk's 1.4 million results alive instead roughly
        # doubles the time, all of it in the garbage collector scanning them.)
        t, c = time.perf_counter(), time.process_time()
        for tl, now in batch:
            evaluate(tl, book, now)
        result.eval_s += time.perf_counter() - t
        result.cpu_s += time.process_time() - c
        # Untimed: the same evaluation again, to count the statuses and checksum every one.
        codes = []
        for tl, now in batch:
            obs = evaluate(tl, book, now)
            for ob in obs:
                if ob.in_scope:
                    result.statuses[ob.status] += 1
            codes.append("".join(ob.status[0] for ob in obs))
        digest.update("\n".join(codes).encode())
        evaluated += n
        del batch
    result.checksum = digest.hexdigest()[:16]
    return result


def single_case_latency(book: RuleBook, seed: int, samples: int = 20_000) -> tuple[float, float]:
    """p50 and p95 of one evaluate + checklist call (the pure part of refreshing one case)."""
    rng = random.Random(seed + 1)
    batch = [generate(rng) for _ in range(samples)]
    times = []
    for tl, now in batch:
        t = time.perf_counter()
        checklist(tl, book, now, evaluate(tl, book, now))
        times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.95)]


# ---- Refreshing one case, database included ----------------------------------------------------

# Steps an officer records on an open case, with the details each needs.
STEPS: list[tuple[str, dict[str, object]]] = [
    ("guardian_informed", {"how": "phone"}),
    ("probation_informed", {}),
    ("lawyer_contacted", {"lawyer_kind": "legal_aid"}),
    ("zarra_notified", {}),
    ("cp_referral", {"to": "cpwb"}),
    ("medical_exam", {"examiner_sex": "female", "consent": True}),
    ("child_informed", {"about": ["reason", "next_steps"]}),
    ("risk_assessed", {"level": "low"}),
    ("custody_changed", {"location": "observation_home"}),
]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def refresh_child(cases: int, samples: int, seed: int) -> None:
    """In a process of its own, with the database the environment names: load demo cases, then
    time ``refresh_case`` after one new event, many times. Prints one JSON line."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hifazat.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from hifazat.accounts.demo import ensure_demo_org_and_users
    from hifazat.cases import services as case_services
    from hifazat.cases.demo import generate_demo_cases
    from hifazat.cases.models import Case, Event
    from hifazat.safeguards.models import Obligation
    from hifazat.safeguards.rulebook import rule_book
    from hifazat.safeguards.services import refresh_case

    call_command("migrate", verbosity=0)
    ensure_demo_org_and_users(province_code="PB", stations_per_district=2)
    t = time.perf_counter()
    generate_demo_cases(province_code="PB", n=cases, seed=seed)
    load_s = time.perf_counter() - t
    rule_book()  # loaded once per process, as in the server
    open_ids = list(Case.objects.filter(status="open").values_list("pk", flat=True))
    if not open_ids:
        sys.exit("no open cases were generated")
    rng = random.Random(seed)
    queries = [0, 0]  # round trips (calls to the driver), statements (several can share one call)

    def count(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        queries[0] += 1
        queries[1] += sql.count(";") + 1  # the refresh's SQL has no ";" inside a statement
        return execute(sql, params, many, context)

    refresh_ms: list[float] = []
    refresh_cpu: list[float] = []
    refresh_q: list[int] = []
    refresh_s: list[int] = []
    quiet_ms: list[float] = []  # refreshes that recorded no new breach (most of them)
    breach_ms: list[float] = []
    service_ms: list[float] = []
    for i in range(samples):
        case = Case.objects.select_related("child").get(pk=rng.choice(open_ids))
        kind, details = rng.choice(STEPS)
        at = max(case.reported_at, timezone.now() - rng.uniform(0, 48) * H)
        recorder = case.created_by
        if i % 2:
            # The whole write an officer makes (validation, event, audit, refresh), for context.
            t = time.perf_counter()
            case_services.add_event(actor=recorder, case=case, kind=kind, at=at, details=details)
            service_ms.append((time.perf_counter() - t) * 1000)
            continue
        Event.objects.create(
            case=case, kind=kind, at=at, details=details, recorded_at=timezone.now(),
            recorded_by=recorder,
        )  # fmt: skip
        queries[0] = queries[1] = 0
        with connection.execute_wrapper(count):
            t, c = time.perf_counter(), time.process_time()
            done = refresh_case(case.pk, actor=recorder)
            ms = (time.perf_counter() - t) * 1000
            refresh_ms.append(ms)
            refresh_cpu.append((time.process_time() - c) * 1000)
        (breach_ms if done.breaches else quiet_ms).append(ms)
        refresh_q.append(queries[0])
        refresh_s.append(queries[1])
    # What one bare round trip to the database costs here, for scale.
    trips = []
    with connection.cursor() as cursor:
        for _ in range(200):
            t = time.perf_counter()
            cursor.execute("SELECT 1")
            cursor.fetchone()
            trips.append((time.perf_counter() - t) * 1000)
    events = Event.objects.count()
    result = {
        "trip50": pct(trips, 50),
        "vendor": connection.vendor,
        "cases": Case.objects.count(),
        "open": len(open_ids),
        "events": events,
        "obligations": Obligation.objects.count(),
        "load_s": load_s,
        "refresh": {
            "n": len(refresh_ms),
            "p50": pct(refresh_ms, 50),
            "p95": pct(refresh_ms, 95),
            "cpu50": pct(refresh_cpu, 50),
            "cpu95": pct(refresh_cpu, 95),
            "q50": pct([float(q) for q in refresh_q], 50),
            "qmax": max(refresh_q),
            "s50": pct([float(q) for q in refresh_s], 50),
            "quiet_n": len(quiet_ms),
            "quiet95": pct(quiet_ms, 95) if quiet_ms else 0.0,
            "breach_n": len(breach_ms),
            "breach50": pct(breach_ms, 50) if breach_ms else 0.0,
        },
        "service": {"n": len(service_ms), "p50": pct(service_ms, 50), "p95": pct(service_ms, 95)},
    }
    print(json.dumps(result))


def refresh_benchmark(cases: int, samples: int, seed: int, runs: int) -> None:
    """Run ``refresh_child`` ``runs`` times on SQLite, and on PostgreSQL when DATABASE_URL points
    at one, each on a fresh database; print each run and the medians of the runs."""
    pg = os.environ.get("DATABASE_URL", "")
    names = ["SQLite"]
    if pg.startswith("postgres"):
        names.append("PostgreSQL")
    else:
        print("(DATABASE_URL does not point at PostgreSQL: measuring SQLite only)")
    for name in names:
        results = []
        for i in range(runs):
            with tempfile.TemporaryDirectory(prefix="hifazat-bench-safeguards-") as tmp:
                env = _database_env(name, tmp, pg)
                before = os.getloadavg()[0]
                r = _refresh_run(env, name, cases, samples, seed)
                after = os.getloadavg()[0]
            ref = r["refresh"]
            results.append(r)
            print(
                f"  {name} run {i + 1}/{runs} (load average {before:.2f} -> {after:.2f}): "
                f"p50 {ref['p50']:.2f} ms, p95 {ref['p95']:.2f} ms wall; CPU p50 "
                f"{ref['cpu50']:.2f} ms, p95 {ref['cpu95']:.2f} ms; no new breach p95 "
                f"{ref['quiet95']:.2f} ms ({ref['quiet_n']}); new breach p50 {ref['breach50']:.2f} "
                f"ms ({ref['breach_n']})"
            )
        _print_refresh(name, results)
    if len(names) > 1:
        subprocess.run(
            ["psql", pg, "-qc", "DROP DATABASE IF EXISTS hifazat_bench_safeguards"],
            check=False,
            capture_output=True,
        )


def _database_env(name: str, tmp: str, pg: str) -> dict[str, str]:
    """The child's environment: a fresh SQLite file in ``tmp``, or a fresh scratch database."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        "HIFAZAT_DATA_DIR": tmp,
        "HIFAZAT_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DJANGO_SETTINGS_MODULE": "hifazat.settings",
    }
    if name == "PostgreSQL":
        for sql in (
            "DROP DATABASE IF EXISTS hifazat_bench_safeguards",
            "CREATE DATABASE hifazat_bench_safeguards",
        ):
            subprocess.run(["psql", pg, "-qc", sql], check=True, capture_output=True)
        env["DATABASE_URL"] = pg.rsplit("/", 1)[0] + "/hifazat_bench_safeguards"
    return env


def _refresh_run(
    env: dict[str, str], name: str, cases: int, samples: int, seed: int
) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--refresh-child",
        "--refresh-cases",
        str(cases),
        "--refresh-samples",
        str(samples),
        "--seed",
        str(seed),
    ]
    out = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"refresh benchmark on {name} failed (exit {out.returncode})")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _print_refresh(name: str, results: list[dict[str, Any]]) -> None:
    """The medians of the runs, each figure on its own (not one run's figures)."""

    def med(*path: str) -> float:
        values = []
        for result in results:
            value: Any = result
            for key in path:
                value = value[key]
            values.append(float(value))
        return statistics.median(values)

    r = results[-1]
    p95 = med("refresh", "p95")
    verdict = "meets" if p95 < 5 else "MISSES"
    print(
        f"refresh one case after an event, {name}, median of {len(results)} runs: "
        f"{r['cases']:,} demo cases ({r['events']:,} events, {r['obligations']:,} stored "
        f"obligations; loaded through the services in {med('load_s'):.0f} s); "
        f"{r['refresh']['n']} refreshes a run: p50 {med('refresh', 'p50'):.2f} ms, "
        f"p95 {p95:.2f} ms wall (this process's CPU: p50 {med('refresh', 'cpu50'):.2f} ms, "
        f"p95 {med('refresh', 'cpu95'):.2f} ms), {med('refresh', 's50'):.0f} SQL statements "
        f"in {med('refresh', 'q50'):.0f} calls to the driver (round trips on PostgreSQL) "
        "per refresh, plus the commit (at most "
        f"{max(x['refresh']['qmax'] for x in results)} calls; one bare round trip to the "
        f"database: p50 {med('trip50'):.2f} ms); target p95 < 5 ms: {verdict} it"
    )
    print(
        f"  of which those that recorded no new breach: p95 {med('refresh', 'quiet95'):.2f} ms; "
        f"those that recorded one (with its audit event, notices and e-mail; "
        f"{sum(x['refresh']['breach_n'] for x in results)} in all): "
        f"p50 {med('refresh', 'breach50'):.2f} ms"
    )
    print(
        f"  the whole write (add_event: validation, event, audit, refresh), {name}: "
        f"p50 {med('service', 'p50'):.2f} ms, p95 {med('service', 'p95'):.2f} ms "
        f"({r['service']['n']} writes a run)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timelines", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--chunk", type=int, default=20_000)
    parser.add_argument(
        "--repeats", type=int, default=3, help="repeats of a 100,000-timeline run for the median"
    )
    parser.add_argument("--skip-engine", action="store_true", help="only the refresh benchmark")
    parser.add_argument("--skip-refresh", action="store_true", help="only the engine benchmark")
    parser.add_argument("--refresh-cases", type=int, default=300)
    parser.add_argument("--refresh-samples", type=int, default=1000)
    parser.add_argument(
        "--refresh-runs", type=int, default=3, help="runs of the refresh benchmark, for medians"
    )
    parser.add_argument("--refresh-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.refresh_child:
        refresh_child(args.refresh_cases, args.refresh_samples, args.seed)
        return

    print(f"machine: {describe()}")
    if not args.skip_engine:
        engine_benchmark(args)
    if not args.skip_refresh:
        refresh_benchmark(args.refresh_cases, args.refresh_samples, args.seed, args.refresh_runs)


def engine_benchmark(args: argparse.Namespace) -> None:
    t = time.perf_counter()
    book = load_rules()
    print(
        f"rule book: {len(book.rules)} rules in {len(book.files)} files "
        f"(+{len(book.pending)} waiting for event kinds), loaded and validated in "
        f"{(time.perf_counter() - t) * 1000:.0f} ms"
    )
    gc.collect()

    sample = min(100_000, args.timelines)
    runs = [run(book, sample, args.seed, args.chunk) for _ in range(args.repeats)]
    wall = statistics.median(r.eval_s for r in runs)
    cpu = statistics.median(r.cpu_s for r in runs)
    print(
        f"{sample:,} timelines, median of {args.repeats} runs: {wall:.2f} s wall, {cpu:.2f} s CPU "
        f"({sample / wall:,.0f} timelines/s); runs (wall): "
        + ", ".join(f"{r.eval_s:.2f}" for r in runs)
    )

    result = run(book, args.timelines, args.seed, args.chunk)
    n = args.timelines
    total_obs = sum(result.statuses.values())
    print(
        f"{n:,} timelines ({result.events:,} events): evaluated in {result.eval_s:.1f} s wall, "
        f"{result.cpu_s:.1f} s CPU, on one core = {n / result.eval_s:,.0f} timelines/s, "
        f"{result.eval_s / n * 1e6:.1f} µs each (generating them took {result.gen_s:.1f} s, "
        "not counted)"
    )
    print(
        f"obligations in scope: {total_obs:,} ("
        + ", ".join(f"{k} {v / total_obs:.1%}" for k, v in result.statuses.most_common())
        + f"); checksum of every status: {result.checksum}"
    )
    verdict = "meets" if result.eval_s < 60 else "MISSES"
    aim = "meets" if result.eval_s < 10 else "misses"
    print(f"target: under 60 s: {verdict} it ({result.eval_s:.1f} s); aim 10 s: {aim} it")
    if result.cpu_s < result.eval_s * 0.9:
        print("(CPU time well below wall time: other processes were using the cores)")
    p50, p95 = single_case_latency(book, args.seed)
    print(
        f"one case, evaluate + checklist (no database): p50 {p50 * 1e6:.0f} µs, "
        f"p95 {p95 * 1e6:.0f} µs"
    )


if __name__ == "__main__":
    main()
