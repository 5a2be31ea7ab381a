"""Grep the stored database for a child's identity: it must not be there in any form."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.db import connection
from django.test import TransactionTestCase

from hifazat.accounts.reference import load_reference_data
from hifazat.cases.reference import load_offences
from hifazat.cases.tests.factories import SYNTHETIC, register
from hifazat.testing import make_station, make_user

# Every identifying value of the synthetic child, as the bytes that would betray it.
MARKERS = [
    SYNTHETIC.given_name,
    SYNTHETIC.family_name,
    "ٹیسٹینا",
    "زرقون",
    "Testwala",
    "Namoona",
    "Misaal",
    "3997654321",
    "399-7654321",
    "7654321",
    "Test School",
]
GUARDIAN = "Rakhwala Testdar"


def _assert_clean(blob: bytes, where: str) -> None:
    lowered = blob.lower()
    for marker in [*MARKERS, GUARDIAN]:
        assert marker.lower().encode("utf-8") not in lowered, f"{marker!r} found in {where}"


def _populate() -> None:
    from hifazat.accounts.models import Role
    from hifazat.cases import identity as vault
    from hifazat.cases import services

    load_reference_data()
    load_offences()
    station = make_station("KSR", "TST-01", "Test City")
    io = make_user("io", Role.objects.get(code="investigating_officer"), station)
    case = register(io, station)
    services.add_person(
        actor=io,
        case=case,
        role="guardian",
        relation="family_member",
        sex="male",
        is_juvenile=False,
        identity=vault.PersonIdentity(name=GUARDIAN, phone="0399-1234567"),
    )
    services.record_contact(
        actor=io,
        case=case,
        kind="home_visit",
        at=case.reported_at,
        location="home",
        present=[],
        notes=f"Met {SYNTHETIC.given_name}",
    )


def test_the_sqlite_file_holds_no_plaintext_identity(tmp_path: Path) -> None:
    """A real SQLite file (with its WAL), written by a separate process through the services."""
    env = {
        **os.environ,
        "HIFAZAT_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "hifazat.settings",
    }
    env.pop("DATABASE_URL", None)
    script = textwrap.dedent("""
        import django; django.setup()
        from django.core.management import call_command
        call_command("migrate", verbosity=0)
        from hifazat.cases.tests.test_no_plaintext import _populate
        _populate()
    """)
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    files = list(tmp_path.glob("hifazat.sqlite3*"))
    assert files, "no database file written"
    for f in files:
        _assert_clean(f.read_bytes(), f.name)
    _assert_clean((result.stdout + result.stderr).encode(), "the process output")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump needs PostgreSQL")
class PostgresDumpTests(TransactionTestCase):
    def test_a_postgresql_dump_holds_no_plaintext_identity(self) -> None:
        _populate()
        s = connection.settings_dict
        env = {**os.environ, "PGPASSWORD": s.get("PASSWORD") or ""}
        dump = subprocess.run(
            ["pg_dump", "-h", s["HOST"], "-p", str(s["PORT"]), "-U", s["USER"], s["NAME"]],
            env=env,
            capture_output=True,
            timeout=120,
            check=True,
        ).stdout
        self.assertIn(b"COPY public.cases_child", dump)
        self.assertIn(b"v1.", dump)  # the sealed values are there
        _assert_clean(dump, "the pg_dump")
