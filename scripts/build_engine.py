"""Compile the publication guard's hot modules to C with mypyc (part of ``make`` setup).

The guard's engine is plain, fully typed Python (``mypy --strict``). mypyc, which ships with
mypy, compiles its three hot modules (``text``, ``detect``, ``scan``) into extension modules:
the same code, the same findings (a test compares them), about 1.5 times as fast.

The result goes to ``hifazat/publishing/engine/native/`` (not in git) with ``stamp.json``: the
Python version and a hash of each source it was built from. ``engine/__init__.py`` loads the
compiled modules only while that stamp matches the sources, so an edited ``.py`` is never
shadowed by a stale build; otherwise (or with ``HIFAZAT_PURE_ENGINE=1``) the pure-Python
modules run. If this machine cannot compile (no C compiler, no Python headers), the build is
skipped with a message and everything still works, only slower.

    python scripts/build_engine.py          # build if the sources changed
    python scripts/build_engine.py --force  # rebuild
    python scripts/build_engine.py --clean  # remove the build (pure Python from then on)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "hifazat" / "publishing" / "engine"
NATIVE = ENGINE / "native"
# Keep in step with ``COMPILED`` in hifazat/publishing/engine/__init__.py.
MODULES = ("text", "detect", "scan")
# The modules' shared runtime library, importable as hifazat.publishing.engine._native__mypyc
GROUP = "hifazat.publishing.engine._native"


def wanted_stamp() -> dict[str, object]:
    return {
        "python": sys.implementation.cache_tag,
        "sources": {
            m: hashlib.sha256((ENGINE / f"{m}.py").read_bytes()).hexdigest() for m in MODULES
        },
    }


def current_stamp() -> dict[str, object] | None:
    try:
        stamp: dict[str, object] = json.loads((NATIVE / "stamp.json").read_text())
    except (OSError, ValueError):
        return None
    return stamp


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import Distribution

    with tempfile.TemporaryDirectory(prefix="hifazat-mypyc-") as tmp:
        here = os.getcwd()
        os.chdir(tmp)  # mypyc writes its C sources and cache under the working directory
        try:
            extensions = mypycify(
                [str(ENGINE / f"{m}.py") for m in MODULES], opt_level="3", group_name=GROUP
            )
            dist = Distribution({"name": "hifazat-engine-native", "ext_modules": extensions})
            cmd = dist.get_command_obj("build_ext")
            cmd.build_lib = str(Path(tmp) / "lib")
            cmd.build_temp = str(Path(tmp) / "obj")
            cmd.parallel = os.cpu_count() or 1
            dist.run_command("build_ext")
        finally:
            os.chdir(here)
        built = sorted((Path(tmp) / "lib" / "hifazat" / "publishing" / "engine").glob("*.so"))
        if len(built) != len(MODULES) + 1:
            raise RuntimeError(f"expected {len(MODULES) + 1} extension modules, got {len(built)}")
        staging = Path(tempfile.mkdtemp(prefix="native.", dir=ENGINE))
        for so in built:
            shutil.copy2(so, staging / so.name)
        (staging / "stamp.json").write_text(json.dumps(wanted_stamp(), indent=1) + "\n")
        shutil.rmtree(NATIVE, ignore_errors=True)
        staging.rename(NATIVE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args()
    if args.clean:
        shutil.rmtree(NATIVE, ignore_errors=True)
        print("compiled guard engine removed: the pure-Python engine runs")
        return 0
    if not args.force and current_stamp() == wanted_stamp():
        print("compiled guard engine is up to date")
        return 0
    print("compiling the guard engine with mypyc (about a minute) ...", flush=True)
    started = time.monotonic()
    try:
        build()
    except Exception as e:  # no compiler, no headers, an unsupported construct: stay pure
        shutil.rmtree(NATIVE, ignore_errors=True)
        print(
            f"compiled guard engine NOT built ({type(e).__name__}: {e}); "
            "the pure-Python engine runs (same findings, slower)",
            file=sys.stderr,
        )
        return 0
    print(f"compiled guard engine built in {time.monotonic() - started:.0f} s: {NATIVE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
