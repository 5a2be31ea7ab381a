"""Running a benchmark's measuring half in a child process against a scratch PostgreSQL database.

Django's settings are fixed per process, so each benchmark re-runs its own script with
``--child`` and ``DATABASE_URL`` pointing at a database of its own; the child prints one JSON
object as its last line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def run_child(script: str, db_name: str, child_args: list[str], *, fresh: bool) -> dict[str, Any]:
    server = os.environ.get("DATABASE_URL", "")
    if not server.startswith("postgres"):
        sys.exit(f"{Path(script).name} needs PostgreSQL: set DATABASE_URL or use its make target.")
    if fresh:
        subprocess.run(
            ["psql", server, "-qc", f"DROP DATABASE IF EXISTS {db_name}"],
            check=True,
            capture_output=True,
        )
        subprocess.run(["psql", server, "-qc", f"CREATE DATABASE {db_name}"], check=True)
    # keys and the demo password a run creates go to a throwaway folder, never into the tree
    data_dir = os.environ.get("HIFAZAT_DATA_DIR") or tempfile.mkdtemp(prefix="hifazat-bench-")
    # Requests go through Django's test client, whose host name is "testserver".
    env = {
        **os.environ,
        "DATABASE_URL": server.rsplit("/", 1)[0] + "/" + db_name,
        "HIFAZAT_DATA_DIR": data_dir,
        "HIFAZAT_ALLOWED_HOSTS": "testserver",
    }
    cmd = [sys.executable, script, "--child", *child_args]
    out = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"benchmark failed (exit {out.returncode})")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result
