from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from hifazat.accounts.models import User
from hifazat.api.models import ApiToken
from hifazat.api.services import create_token, revoke_token


class Command(BaseCommand):
    help = "Create, list or revoke API tokens for integrations."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Create a token acting as USER")
        create.add_argument("username")
        create.add_argument("--name", default="integration")
        sub.add_parser("list")
        revoke = sub.add_parser("revoke")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "create":
            user = User.objects.filter(username=options["username"]).first()
            if user is None:
                raise CommandError(f"No user {options['username']!r}.")
            _record, token = create_token(actor=None, user=user, name=options["name"])
            self.stdout.write(token)
            self.stderr.write("Store this token now: it is not shown again.")
        elif options["action"] == "list":
            for t in ApiToken.objects.select_related("user").order_by("created_at"):
                state = "revoked" if t.revoked else "active"
                self.stdout.write(f"{t.prefix}  {t.user.username:<24} {t.name:<24} {state}")
        else:
            record = ApiToken.objects.filter(prefix=options["prefix"], revoked=False).first()
            if record is None:
                raise CommandError("No active token with that prefix.")
            revoke_token(actor=None, record=record)
            self.stdout.write("Revoked.")
