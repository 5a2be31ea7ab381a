"""Small typed readers for settings that come from the environment.

Settings are read once, in ``settings.py``; nothing else reads the environment.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


class MissingSetting(RuntimeError):
    """A setting that production mode requires is absent or unsafe."""


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise MissingSetting(f"{name} must be true or false, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise MissingSetting(f"{name} must be a whole number, not {raw!r}") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def local_secret(data_dir: Path, filename: str, nbytes: int = 32) -> str:
    """Read a secret from the data folder, creating it on first use (demo and development only).

    The file is created with mode 0600 so that other users of the machine cannot read it.
    """
    path = data_dir / filename
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(nbytes)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value + "\n")
    return value


def require_production(values: dict[str, object]) -> None:
    """Refuse to start in production when a required setting is missing or unsafe.

    ``values`` maps an environment variable name to its value; the first falsy one is reported,
    in one line naming the variable.
    """
    for name, value in values.items():
        if not value:
            raise MissingSetting(
                f"HIFAZAT_ENV=production needs {name} to be set (and not empty or false); "
                f"refusing to start."
            )
