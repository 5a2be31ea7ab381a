"""Benchmark: the case register on PostgreSQL with 1,000,000 generated cases.

    make bench-register                 # starts a throwaway PostgreSQL, 1,000,000 cases
    python bench/register.py --cases 100000   # with DATABASE_URL set to a server

Prints the generation rate (cases/s, with encryption, blind-index tokens, full timelines), then
p50/p95 and query counts for: the case list with filters, blind-index name search, and the case
page, each through Django's full request stack (middleware, sessions, templates).
Targets (issue 3): list p95 < 150 ms, name search p95 < 50 ms, case page p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._machine import describe
from bench._pg import run_child

BATCH = 5000


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def setup_django() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hifazat.settings")
    django.setup()


def load(n: int, seed: int) -> dict[str, Any]:
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from hifazat.accounts.demo import ensure_demo_org_and_users
    from hifazat.accounts.models import OrgUnit, Role, User
    from hifazat.cases import identity as vault
    from hifazat.cases.generate import Generator, OffenceRef, StationRef
    from hifazat.cases.models import Case, CaseSequence, Child, Offence
    from hifazat.cases.reference import load_offences, read_data

    call_command("migrate", verbosity=0)
    ensure_demo_org_and_users(province_code="PB", stations_per_district=3)
    load_offences()
    stations = {s.code: s for s in OrgUnit.objects.filter(kind="station").select_related("parent")}
    role = Role.objects.get(code="investigating_officer")
    recorder = User.objects.filter(username="bench.recorder").first() or User.objects.create(
        username="bench.recorder", role=role, org_unit=next(iter(stations.values()))
    )
    offences = {o.code: o for o in Offence.objects.all()}
    gen = Generator(
        names=read_data("names.json"),
        stations=[StationRef(s.code, s.parent.code) for s in stations.values()],
        offences=[OffenceRef(o.code, o.sahil_category, o.sexual) for o in offences.values()],
        seed=seed,
        now=timezone.now(),
    )
    next_child = (Child.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    next_case = (Case.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    next_contact, next_person = 1, 1
    seqs: dict[tuple[int, int], int] = {}
    raw = connection.connection
    uid = recorder.pk
    started = time.perf_counter()
    made = 0
    cols = {
        "cases_child": (
            "id",
            "ref",
            "sex",
            "age_years",
            "age_basis",
            "age_pending",
            "district_id",
            "disability",
            "languages",
            "identity_enc",
            "photo_enc",
            "key_id",
            "version",
            "created_at",
            "created_by_id",
        ),
        "cases_case": (
            "id",
            "code",
            "child_id",
            "kind",
            "status",
            "station_id",
            "district_id",
            "unit_path",
            "occurred_on",
            "place",
            "urban",
            "reported_at",
            "closed_at",
            "sealed",
            "version",
            "created_at",
            "created_by_id",
        ),
        "cases_contact": (
            "id",
            "ref",
            "case_id",
            "kind",
            "at",
            "location",
            "officer_id",
            "officer_rank",
            "officer_sex",
            "present",
            "notes_enc",
            "recorded_by_id",
            "recorded_at",
        ),
        "cases_event": (
            "case_id",
            "contact_id",
            "kind",
            "at",
            "details",
            "recorded_at",
            "recorded_by_id",
        ),
        "cases_person": (
            "id",
            "ref",
            "case_id",
            "role",
            "relation",
            "sex",
            "is_juvenile",
            "identity_enc",
            "key_id",
            "recorded_at",
            "recorded_by_id",
        ),
        "cases_identitytoken": ("child_id", "person_id", "district_id", "field", "token"),
        "cases_case_offences": ("case_id", "offence_id"),
    }
    key_id = vault.keyring().current
    while made < n:
        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in cols}
        for _ in range(min(BATCH, n - made)):
            r = gen.record()
            st = stations[r["station"]]
            district = st.parent
            at = dt.datetime.fromisoformat(r["at"])
            c = r["child"]
            ident = vault.ChildIdentity(
                **{k: v for k, v in c.items() if k in vault.ChildIdentity.__dataclass_fields__}
            )
            ref = uuid.uuid4()
            token, _k = vault.seal(ident, kind="child", ref=ref)
            cid, kid = next_child, next_case
            next_child += 1
            next_case += 1
            rows["cases_child"].append(
                (
                    cid,
                    ref,
                    c["sex"],
                    c["age_years"],
                    c["age_basis"],
                    c["age_pending"],
                    district.pk,
                    "none",
                    c["languages"],
                    token,
                    "",
                    key_id,
                    1,
                    at,
                    uid,
                )
            )
            for f, t in vault.child_tokens(ident):
                rows["cases_identitytoken"].append((cid, None, district.pk, f, t))
            year = at.year
            seqs[(district.pk, year)] = seqs.get((district.pk, year), 0) + 1
            code = f"{district.code}-{year}-{seqs[(district.pk, year)]:05d}"
            closed = next((e for e in r["events"] if e["kind"] == "case_closed"), None)
            closed_at = dt.datetime.fromisoformat(closed["at"]) if closed else None
            rows["cases_case"].append(
                (
                    kid,
                    code,
                    cid,
                    r["case_kind"],
                    "closed" if closed else "open",
                    st.pk,
                    district.pk,
                    st.path,
                    r["occurred_on"],
                    r["place"],
                    r["urban"],
                    at,
                    closed_at,
                    bool(closed) and r["case_kind"] == "conflict",
                    1,
                    at,
                    uid,
                )
            )
            rows["cases_contact"].append(
                (
                    next_contact,
                    uuid.uuid4(),
                    kid,
                    r["contact_kind"],
                    at,
                    r["location"],
                    uid,
                    "ASI",
                    "male",
                    json.dumps(r["present"]),
                    "",
                    uid,
                    at,
                )
            )
            opening = "child_found" if r["case_kind"] == "found" else "complaint_received"
            rows["cases_event"].append((kid, next_contact, opening, at, "{}", at, uid))
            next_contact += 1
            for e in r["events"]:
                e_at = dt.datetime.fromisoformat(e["at"])
                rows["cases_event"].append(
                    (kid, None, e["kind"], e_at, json.dumps(e["details"]), e_at, uid)
                )
            for p in r["people"]:
                rows["cases_person"].append(
                    (
                        next_person,
                        uuid.uuid4(),
                        kid,
                        p["role"],
                        p["relation"],
                        p["sex"],
                        False,
                        "",
                        "",
                        at,
                        uid,
                    )
                )
                next_person += 1
            for code_ in r["offences"]:
                rows["cases_case_offences"].append((kid, offences[code_].pk))
        with raw.cursor() as cur:
            for table, names in cols.items():
                with cur.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                    for row in rows[table]:
                        copy.write_row(row)
        raw.commit()
        made += len(rows["cases_case"])
        if made % 50_000 == 0 or made == n:
            rate = made / (time.perf_counter() - started)
            print(f"  … {made:,} cases ({rate:,.0f}/s)", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    with raw.cursor() as cur:
        for table in ("cases_child", "cases_case", "cases_contact", "cases_person"):
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        cur.execute("ANALYZE")
    raw.commit()
    for (district_id, year), last in seqs.items():
        CaseSequence.objects.update_or_create(
            district_id=district_id, year=year, defaults={"last": last}
        )
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM cases_event")
        events = cur.fetchone()[0]
    return {"cases": n, "seconds": elapsed, "rate": n / elapsed, "events": events}


def measure(samples: int, seed: int) -> dict[str, Any]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from hifazat.accounts.models import User
    from hifazat.cases.models import Case
    from hifazat.cases.selectors import children_matching_name

    rng = random.Random(seed)
    results: dict[str, Any] = {}

    def client_for(username: str) -> Client:
        user = User.objects.get(username=username)
        client = Client()
        client.force_login(user)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        session = client.session
        session["otp_device_id"] = device.persistent_id if device else None
        session.save()
        return client

    def timed(name: str, client: Client, urls: list[str], post: bool = False) -> None:
        """GET each URL; with ``post``, the items are name queries POSTed to the case list."""
        times, queries = [], []

        def fetch(item: str) -> Any:
            if post:
                return client.post("/cases/", {"q": item})
            return client.get(item)

        fetch(urls[0])  # warm
        for url in urls:
            with CaptureQueriesContext(connection) as ctx:
                t = time.perf_counter()
                response = fetch(url)
                times.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            queries.append(len(ctx.captured_queries))
        results[name] = {
            "p50": statistics.median(times),
            "p95": pct(times, 95),
            "queries_max": max(queries),
            "n": len(urls),
        }

    sho, dpo, io_ = (
        client_for("demo.sho"),
        client_for("demo.dpo"),
        client_for("demo.investigating_officer"),
    )
    station = User.objects.get(username="demo.sho").org_unit
    kinds = ["", "missing", "victim", "conflict", "found"]
    list_urls = []
    for i in range(samples):
        kind = rng.choice(kinds)
        page = rng.choice([1, 1, 2, 3])
        month = rng.randint(1, 12)
        q = [f"page={page}"]
        if kind:
            q.append(f"kind={kind}")
        if rng.random() < 0.5:
            q.append("status=open")
        if rng.random() < 0.3:
            q.append(f"date_from=2026-{month:02d}-01")
        if i % 2 == 0 and station is not None:
            q.append(f"station={station.pk}")
        list_urls.append("/cases/?" + "&".join(q))
    timed("case list (SHO, station scope, filters)", sho, list_urls)
    timed("case list (DPO, district scope, filters)", dpo, list_urls)

    # Names drawn from the generated population: common given names and family names.
    from hifazat.cases.reference import read_data

    names = read_data("names.json")
    queries = []
    for _ in range(samples):
        given = rng.choice(names["given_female"] + names["given_male"])["en"]
        family = rng.choice(names["family"])["en"]
        queries.append(f"{given} {family}" if rng.random() < 0.7 else given)
    sel_times = []
    district = [User.objects.get(username="demo.investigating_officer").org_unit.parent_id]
    for q in queries:
        t = time.perf_counter()
        children_matching_name(q, districts=district)
        sel_times.append((time.perf_counter() - t) * 1000)
    results["name search (blind index, one district)"] = {
        "p50": statistics.median(sel_times),
        "p95": pct(sel_times, 95),
        "queries_max": 1,
        "n": len(queries),
    }
    timed(
        "name search page (IO, district of KSR)",
        io_,
        ["/cases/?q=" + q.replace(" ", "+") for q in queries],
    )

    scope = User.objects.get(username="demo.sho").org_unit.path
    ids = list(
        Case.objects.filter(unit_path__startswith=scope, sealed=False).values_list("id", flat=True)[
            :5000
        ]
    )
    timed("case page (SHO)", sho, [f"/cases/{rng.choice(ids)}/" for _ in range(samples)])
    return results


def child(args: argparse.Namespace) -> None:
    setup_django()
    out: dict[str, Any] = {}
    if args.skip_load:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)  # newer apps' tables on an existing database
    else:
        out["load"] = load(args.cases, args.seed)
    out["measure"] = measure(args.samples, args.seed)
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=200)
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
        "--seed",
        str(args.seed),
        *(["--skip-load"] if args.skip_load else []),
    ]
    r = run_child(__file__, "hifazat_bench_register", child_args, fresh=not args.skip_load)
    if "load" in r:
        ld = r["load"]
        print(
            f"\ngenerated {ld['cases']:,} cases ({ld['events']:,} timeline events) in "
            f"{ld['seconds']:.0f} s: {ld['rate']:,.0f} cases/s "
            "(synthetic records, identity sealed, blind-index tokens, COPY into PostgreSQL)"
        )
    targets = {"case list": 150, "name search": 50, "case page": 100}
    print(f"\n{'measurement':<46} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}  target p95")
    for name, m in r["measure"].items():
        target = next((v for k, v in targets.items() if name.startswith(k)), None)
        verdict = (
            "" if target is None else (f"< {target} ms {'met' if m['p95'] < target else 'MISSED'}")
        )
        print(f"{name:<46} {m['p50']:>8.1f} {m['p95']:>8.1f} {m['queries_max']:>8}  {verdict}")


if __name__ == "__main__":
    main()
