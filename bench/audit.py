"""Benchmark: append audited events and verify the hash chain, on SQLite and PostgreSQL.

    python bench/audit.py [--events 100000] [--verify-million]

PostgreSQL is used when DATABASE_URL points at a server (``make bench-audit`` starts a throwaway
cluster); each database runs in its own subprocess with a fresh, empty database.
Target (issue 2): verifying 1,000,000 events takes under 30 s on PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._machine import describe


def run_one(events: int, verify_million: bool) -> dict[str, object]:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hifazat.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from hifazat.audit.chain import row_hash
    from hifazat.audit.models import GENESIS_HASH, AuditEvent
    from hifazat.audit.selectors import verify_chain
    from hifazat.audit.services import record_event

    call_command("migrate", verbosity=0)
    result: dict[str, object] = {"vendor": connection.vendor}
    with connection.cursor() as cursor:
        cursor.execute(
            "select version()" if connection.vendor == "postgresql" else "select sqlite_version()"
        )
        result["version"] = str(cursor.fetchone()[0]).split(" on ")[0]

    started = time.perf_counter()
    for i in range(events):
        with transaction.atomic():  # one audited change = one transaction
            record_event(
                actor=None,
                actor_label="bench",
                action="bench.append",
                subject_type="case",
                subject_id=i,
                details={"field": "status"},
            )
    append_s = time.perf_counter() - started
    result["append_events_per_s"] = events / append_s

    times = []
    for _ in range(3):
        t = time.perf_counter()
        report = verify_chain()
        times.append(time.perf_counter() - t)
        assert report.ok and report.checked == events, report
    result["verify_s_median"] = statistics.median(times)
    result["verify_events_per_s"] = events / statistics.median(times)

    if verify_million and connection.vendor == "postgresql":
        # Extend the chain to 1,000,000 rows with COPY (fast), then time a full verification.
        last = AuditEvent.objects.order_by("-seq").values_list("seq", "hash", "at").first()
        seq, prev, at = last if last else (0, GENESIS_HASH, None)
        from django.utils import timezone

        at = at or timezone.now()
        cols = (
            "seq",
            "at",
            "actor_label",
            "action",
            "subject_type",
            "subject_id",
            "reason",
            "details",
            "prev_hash",
            "hash",
        )
        t = time.perf_counter()
        raw = connection.connection
        with (
            raw.cursor() as cur,
            cur.copy(f"COPY audit_auditevent ({', '.join(cols)}) FROM STDIN") as copy,
        ):
            while seq < 1_000_000:
                seq += 1
                details = {"field": "status"}
                h = row_hash(
                    seq=seq,
                    at=at,
                    actor_id=None,
                    actor_label="bench",
                    action="bench.append",
                    subject_type="case",
                    subject_id=str(seq),
                    org_unit_id=None,
                    reason="",
                    details=details,
                    prev_hash=prev,
                )
                copy.write_row(
                    (
                        seq,
                        at,
                        "bench",
                        "bench.append",
                        "case",
                        str(seq),
                        "",
                        json.dumps(details),
                        prev,
                        h,
                    )
                )
                prev = h
        raw.commit()
        result["million_fill_s"] = time.perf_counter() - t
        times = []
        for _ in range(3):
            t = time.perf_counter()
            report = verify_chain()
            times.append(time.perf_counter() - t)
            assert report.ok and report.checked == 1_000_000, report
        result["verify_million_s_median"] = statistics.median(times)
        result["verify_million_s_all"] = times
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--verify-million", action="store_true", default=True)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.events, args.verify_million)))
        return

    print(f"machine: {describe()}")
    print(f"events appended per database: {args.events:,} (one transaction each)")
    targets = []
    with tempfile.TemporaryDirectory() as tmp:
        targets.append(("SQLite", f"sqlite:///{tmp}/bench.sqlite3", tmp))
        pg = os.environ.get("DATABASE_URL", "")
        if pg.startswith("postgres"):
            targets.append(("PostgreSQL", pg.rsplit("/", 1)[0] + "/hifazat_bench", tmp))
        else:
            print("PostgreSQL: skipped (set DATABASE_URL, or run `make bench-audit`)")
        for name, url, data_dir in targets:
            if name == "PostgreSQL":
                admin = pg
                subprocess.run(
                    ["psql", admin, "-qc", "DROP DATABASE IF EXISTS hifazat_bench"], check=True
                )
                subprocess.run(["psql", admin, "-qc", "CREATE DATABASE hifazat_bench"], check=True)
            env = {**os.environ, "DATABASE_URL": url, "HIFAZAT_DATA_DIR": data_dir}
            out = subprocess.run(
                [sys.executable, __file__, "--child", "--events", str(args.events)],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode != 0:
                print(f"{name}: FAILED\n{out.stderr[-2000:]}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"\n{name} {r['version']}")
            print(f"  append:            {r['append_events_per_s']:,.0f} events/s")
            print(
                f"  verify {args.events:,}:    {r['verify_s_median']:.2f} s median of 3 "
                f"({r['verify_events_per_s']:,.0f} events/s)"
            )
            if "verify_million_s_median" in r:
                ok = "meets" if r["verify_million_s_median"] < 30 else "MISSES"
                print(
                    f"  verify 1,000,000:  {r['verify_million_s_median']:.2f} s median of 3 "
                    f"({ok} the 30 s target; chain filled by COPY in {r['million_fill_s']:.1f} s)"
                )


if __name__ == "__main__":
    main()
