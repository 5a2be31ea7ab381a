"""Settings come from the environment; production refuses to start without its secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PRODUCTION_OK = {
    "HIFAZAT_ENV": "production",
    "HIFAZAT_SECRET_KEY": "x" * 50,
    "HIFAZAT_ENCRYPTION_KEY": "k" * 44,
    "HIFAZAT_ALLOWED_HOSTS": "hifazat.police.example",
    "HIFAZAT_SECURE_COOKIES": "true",
    "DATABASE_URL": "postgres://app@127.0.0.1:5/hifazat",
}


def run_check(
    env_changes: dict[str, str | None], tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HIFAZAT_", "DATABASE_URL"))}
    env["HIFAZAT_DATA_DIR"] = str(tmp_path / "data")
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'], settings.SESSION_COOKIE_SECURE, "
        "settings.DEBUG)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "DJANGO_SETTINGS_MODULE": "hifazat.settings"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_local_mode_needs_no_configuration_and_generates_its_keys(tmp_path: Path) -> None:
    result = run_check({}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "sqlite3" in result.stdout
    key = tmp_path / "data" / "encryption.key"
    assert key.exists() and (tmp_path / "data" / "secret.key").exists()
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    # Running again reuses the same keys.
    before = key.read_text()
    assert run_check({}, tmp_path).returncode == 0
    assert key.read_text() == before


def test_production_with_everything_set_starts(tmp_path: Path) -> None:
    result = run_check(PRODUCTION_OK, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "True", "False"]
    assert not (tmp_path / "data" / "encryption.key").exists()


@pytest.mark.parametrize(
    ("missing", "value"),
    [
        ("HIFAZAT_SECRET_KEY", None),
        ("HIFAZAT_ENCRYPTION_KEY", ""),
        ("HIFAZAT_ALLOWED_HOSTS", None),
        ("HIFAZAT_SECURE_COOKIES", "false"),
    ],
)
def test_production_refuses_to_start_naming_the_missing_setting(
    missing: str, value: str | None, tmp_path: Path
) -> None:
    result = run_check({**PRODUCTION_OK, missing: value}, tmp_path)
    assert result.returncode != 0
    assert f"HIFAZAT_ENV=production needs {missing}" in result.stderr


def test_the_console_command_prints_one_clear_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HIFAZAT_", "DATABASE_URL"))}
    env.update({**PRODUCTION_OK, "HIFAZAT_SECRET_KEY": "", "HIFAZAT_DATA_DIR": str(tmp_path)})
    hifazat = Path(sys.executable).with_name("hifazat")
    result = subprocess.run(
        [str(hifazat), "check"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "hifazat: HIFAZAT_ENV=production needs HIFAZAT_SECRET_KEY to be set (and not empty or "
        "false); refusing to start."
    ]


def test_a_mistyped_boolean_is_named(tmp_path: Path) -> None:
    result = run_check({"HIFAZAT_SECURE_COOKIES": "sometimes"}, tmp_path)
    assert result.returncode != 0
    assert "HIFAZAT_SECURE_COOKIES must be true or false" in result.stderr
