"""Navigation entries and the permission each needs. Later features add their entries here."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: str | Promise
    permission: str | None


NAV: list[NavItem] = [
    NavItem("web:home", _("Home"), None),
    NavItem("web:cases", _("Cases"), "case.view"),
    NavItem("web:case_register", _("New contact"), "case.create"),
    NavItem("safeguards:board", _("Board"), "safeguards.board"),
    NavItem("safeguards:notices", _("Notices"), None),
    NavItem("safeguards:rules", _("Rule book"), "rules.view"),
    NavItem("stats:dashboard", _("Statistics"), "stats.aggregate"),
    NavItem("stats:scorecard", _("Scorecards"), "stats.aggregate"),
    NavItem("publishing:releases", _("Releases"), "release.draft"),
    NavItem("publishing:review_queue", _("Releases to review"), "release.approve_command"),
    NavItem("publishing:check_text", _("Check a text"), "release.draft"),
    NavItem("web:users", _("Users"), "users.manage"),
    NavItem("web:stations", _("Police stations"), "orgunits.manage"),
    NavItem("web:roles", _("Roles"), "users.manage"),
    NavItem("web:audit", _("Audit trail"), "audit.view"),
]
