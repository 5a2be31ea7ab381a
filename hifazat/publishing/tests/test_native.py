"""The compiled engine (mypyc, ``scripts/build_engine.py``) gives exactly the findings of the
pure-Python source, and a stale build is never used."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hifazat.publishing import engine
from hifazat.publishing.engine import detect

ROOT = Path(__file__).resolve().parents[3]

# Prints, for generated documents of every kind and language, the findings in a child case and
# outside one; run once compiled and once as pure Python.
_DUMP = """
import json, sys
from hifazat.publishing import engine, synth
from hifazat.publishing.engine import ScanContext, scan
docs = list(synth.generate(synth.dev_templates(), "dev", 240, seed=7))
out = []
for d in docs:
    for child in (True, False):
        out.append([[f.start, f.end, str(f.category), f.detector, f.confidence, f.reason]
                    for f in scan(d.text, ScanContext(child_case=child))])
json.dump({"native": engine.NATIVE, "findings": out}, sys.stdout)
"""


def _dump(pure: bool) -> dict[str, object]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT)}
    if pure:
        env["HIFAZAT_PURE_ENGINE"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", _DUMP],
        capture_output=True,
        check=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_compiled_engine_is_loaded_and_finds_exactly_what_the_source_finds() -> None:
    if not engine.NATIVE:
        # ``make test`` builds it first and sets HIFAZAT_EXPECT_NATIVE, so there it must be used
        assert not os.environ.get("HIFAZAT_EXPECT_NATIVE"), (
            "the compiled engine is missing or older than its sources: make engine"
        )
        pytest.skip("the compiled engine is not built, or is older than its sources: make engine")
    assert Path(detect.__file__).parent == engine.NATIVE_DIR
    compiled, pure = _dump(pure=False), _dump(pure=True)
    assert compiled["native"] is True and pure["native"] is False
    assert compiled["findings"] == pure["findings"]
    # and it is not comparing nothing: most generated documents have findings
    assert sum(1 for f in pure["findings"] if f) > 300  # type: ignore[attr-defined]


def test_a_build_is_used_only_while_it_matches_every_source(tmp_path: Path) -> None:
    src = tmp_path / "engine"
    native = src / "native"
    native.mkdir(parents=True)
    for m in engine.COMPILED:
        (src / f"{m}.py").write_text(f"# {m}\n")
    stamp = {
        "python": sys.implementation.cache_tag,
        "sources": {
            m: hashlib.sha256((src / f"{m}.py").read_bytes()).hexdigest() for m in engine.COMPILED
        },
    }
    assert not engine.native_build_matches(native, src)  # no stamp: not built
    (native / "stamp.json").write_text(json.dumps(stamp))
    assert engine.native_build_matches(native, src)
    (src / "detect.py").write_text("# detect, edited since the build\n")
    assert not engine.native_build_matches(native, src)
    (src / "detect.py").write_text("# detect\n")
    (native / "stamp.json").write_text(json.dumps({**stamp, "python": "cpython-27"}))
    assert not engine.native_build_matches(native, src)
    (native / "stamp.json").write_text("{not json")
    assert not engine.native_build_matches(native, src)


def test_the_build_script_compiles_the_modules_the_engine_expects() -> None:
    spec = importlib.util.spec_from_file_location("build_engine", ROOT / "scripts/build_engine.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert tuple(build.MODULES) == engine.COMPILED
    assert build.NATIVE == engine.NATIVE_DIR
    # its stamp is the one the engine checks
    if engine.NATIVE:
        assert build.current_stamp() == build.wanted_stamp()


def test_pure_engine_when_asked() -> None:
    env = {"PATH": "/usr/bin:/bin", "HIFAZAT_PURE_ENGINE": "1"}
    code = (
        "from hifazat.publishing import engine; from hifazat.publishing.engine import detect;"
        "print(engine.NATIVE, detect.__file__.endswith('.py'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, env=env, cwd=ROOT, text=True
    )
    assert out.stdout.split() == ["False", "True"]
