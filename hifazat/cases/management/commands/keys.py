"""``hifazat keys status|rotate``: which keys seal identity data, and re-encryption under a new key.

Production: put the new key first in HIFAZAT_ENCRYPTION_KEY ("k2:<key>,k1:<old key>"), restart,
then run ``hifazat keys rotate``; when it reports nothing left under k1, remove k1.
Local mode: ``hifazat keys rotate --new-key`` also writes a new key into the data folder.
"""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.cases import identity as vault
from hifazat.cases.keys import key_usage, rotate
from hifazat.cases.vault import KeyRing


class Command(BaseCommand):
    help = "Encryption keys for identity data: `status`, or `rotate` to re-encrypt everything."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("status", help="Key ids in the ring and how many records each seals")
        rot = sub.add_parser("rotate", help="Re-encrypt every value under the current key")
        rot.add_argument(
            "--new-key",
            action="store_true",
            help="local mode: add a new key to the data folder first",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "rotate" and options["new_key"]:
            self._add_local_key()
        ring = vault.keyring()
        if options["action"] == "status":
            self.stdout.write(f"Key ring: {', '.join(ring.keys)} (current: {ring.current})")
            for key_id, n in sorted(key_usage().items()):
                self.stdout.write(f"  {key_id}: {n} children")
            return
        report = rotate(actor=None, progress=lambda what, n: self.stderr.write(f"… {what}: {n}"))
        self.stdout.write(
            f"Re-encrypted under {ring.current}: {report.children} children, {report.people} "
            f"people, {report.notes} contact notes. Now: {key_usage()}"
        )

    def _add_local_key(self) -> None:
        if settings.PRODUCTION:
            raise CommandError(
                "--new-key is for local mode; in production put the new key in "
                "HIFAZAT_ENCRYPTION_KEY and restart first."
            )
        path = settings.DATA_DIR / "encryption.key"
        if os.environ.get("HIFAZAT_ENCRYPTION_KEY"):
            raise CommandError("The key comes from HIFAZAT_ENCRYPTION_KEY; change it there.")
        ring = KeyRing.parse(path.read_text(encoding="ascii").strip())
        n = 1
        while f"k{n}" in ring.keys:
            n += 1
        new = ring.with_new_current(KeyRing.new_key_entry(f"k{n}"))
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(new.to_config() + "\n")
        os.replace(tmp, path)
        settings.HIFAZAT_ENCRYPTION_KEY = new.to_config()
        vault.keyring.cache_clear()
        self.stdout.write(f"Added key k{n} to {path}; it is now the current key.")
