"""``hifazat guard``: JSON shape and exit codes, run as a real subprocess reading stdin."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from hifazat.publishing import cli


def run_cli(text: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "hifazat.publishing.cli", *args, "-"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
        timeout=120,
    )


def test_json_output_and_exit_codes_from_a_subprocess() -> None:
    text = "مسماۃ فاطمہ\u200c دختر محمد اسلم، فون ۰۳۰۰۱۲۳۴۵۶۷\n"
    out = run_cli(text, "--json")
    assert out.returncode == 1, out.stderr.decode()
    data = json.loads(out.stdout)
    assert set(data) == {"verdict", "findings", "redacted"}
    assert data["verdict"] == "redacted"
    for f in data["findings"]:
        assert set(f) == {"start", "end", "category", "detector", "confidence", "reason"}
        assert isinstance(f["start"], int) and isinstance(f["end"], int)
        assert isinstance(f["confidence"], float)
    phones = [f for f in data["findings"] if f["category"] == "phone"]
    assert text[phones[0]["start"] : phones[0]["end"]] == "۰۳۰۰۱۲۳۴۵۶۷"
    assert "[فون نمبر]" in data["redacted"]


def test_clean_and_blocked_exit_codes() -> None:
    assert run_cli("Punjab Police registered 42 cases this year.\n").returncode == 0
    out = run_cli("Ayesha d/o Aslam. Her photo is attached.\n", "--json")
    assert out.returncode == 2
    assert json.loads(out.stdout)["verdict"] == "blocked"


@pytest.mark.parametrize(
    ("text", "code", "verdict"),
    [
        ("The DPO held an open court.", 0, "clean"),
        ("Call 0300-1234567.", 1, "redacted"),
        ("She is the only girl in class 5 at the school.", 2, "blocked"),
    ],
)
def test_run_returns_code_and_output(text: str, code: int, verdict: str) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    got, out = cli.run(["--json"], stdin=stdin)
    assert got == code
    assert json.loads(out)["verdict"] == verdict


def test_a_missing_file_is_an_error_not_a_crash() -> None:
    code, out = cli.run(["/nonexistent/release.txt"])
    assert code == cli.USAGE_ERROR
    assert "cannot read" in out


def test_lang_forces_placeholders() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Call 0300-1234567."), encoding="utf-8")
    _, out = cli.run(["--json", "--lang", "ur"], stdin=stdin)
    assert json.loads(out)["redacted"] == "Call [فون نمبر]."
