"""The ``hifazat`` console command: Django's management commands plus the project's own."""

from __future__ import annotations

import os
import sys

_DASHED = {"demo-code", "load-reference"}


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hifazat.settings")
    from django.core.management import execute_from_command_line

    from hifazat.env import MissingSetting

    args = list(sys.argv if argv is None else ["hifazat", *argv])
    if len(args) > 1:
        # Our own commands are spelt with dashes on the command line (``demo-code``) and with
        # underscores as Python modules (``demo_code.py``).
        args[1] = args[1].replace("-", "_") if args[1] in _DASHED else args[1]
    try:
        execute_from_command_line(args)
    except MissingSetting as exc:
        print(f"hifazat: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
