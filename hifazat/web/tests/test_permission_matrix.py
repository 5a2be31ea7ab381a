from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver

from hifazat.cases.tests.factories import register
from hifazat.publishing.tests.factories import matrix_releases
from hifazat.safeguards.tests.factories import matrix_breach
from hifazat.testing import HifazatTestCase, Route, check_matrix


def all_url_names() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list[URLPattern | URLResolver], prefix: str) -> None:
        for p in patterns:
            if isinstance(p, URLResolver):
                walk(p.url_patterns, f"{prefix}{p.namespace}:" if p.namespace else prefix)
            elif p.name:
                names.add(prefix + p.name)

    walk(get_resolver().url_patterns, "")
    return names


class PermissionMatrixTests(HifazatTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.case = register(cls.personas["investigating_officer"], cls.station)

    def routes(self) -> dict[str, Route]:
        duty = self.personas["duty_officer"]
        c = self.case
        where = c.unit_path
        rel, act, photo = matrix_releases(self.personas["media_officer"], self.station)
        rp = rel.unit_path
        breach, notice = matrix_breach(c, self.personas["sho"])
        return {
            "web:cases": Route("/cases/", "case.view"),
            "web:case_register": Route("/cases/new/", "case.create"),
            "web:case": Route(f"/cases/{c.pk}/", "case.view", unit_path=where),
            "web:case_reveal": Route(
                f"/cases/{c.pk}/reveal/",
                "identity.reveal",
                method="post",
                data={"reason": "short"},
                ok_status=(400,),
                unit_path=where,
            ),
            "web:case_event": Route(
                f"/cases/{c.pk}/events/new/?kind=guardian_informed", "case.edit", unit_path=where
            ),
            "web:case_contact": Route(f"/cases/{c.pk}/contacts/new/", "case.edit", unit_path=where),
            "web:case_person": Route(f"/cases/{c.pk}/people/new/", "case.edit", unit_path=where),
            "web:case_identity": Route(
                f"/cases/{c.pk}/identity/", "case.edit", ok_status=(302,), unit_path=where
            ),
            "web:case_facts": Route(
                f"/cases/{c.pk}/facts/",
                "case.edit",
                method="post",
                data={"version": "x"},
                ok_status=(400,),
                unit_path=where,
            ),
            "web:home": Route("/", None),
            "web:login": Route("/sign-in/", "public", ok_status=(200, 302)),
            "web:login_otp": Route("/sign-in/code/", "public", ok_status=(302,)),
            "web:enrol_otp": Route("/sign-in/set-up-two-factor/", "public", ok_status=(302,)),
            "web:logout": Route("/sign-out/", "public", method="post", ok_status=(302,)),
            "web:set_language": Route(
                "/language/", "public", method="post", data={"language": "en"}, ok_status=(302,)
            ),
            "web:healthz": Route("/healthz", "public"),
            "web:users": Route("/admin/users/", "users.manage"),
            "web:user_create": Route("/admin/users/new/", "users.manage"),
            "web:user_edit": Route(f"/admin/users/{duty.pk}/", "users.manage"),
            "web:stations": Route("/admin/stations/", "orgunits.manage"),
            "web:roles": Route("/admin/roles/", "users.manage"),
            "web:role_edit": Route("/admin/roles/analyst/", "users.manage"),
            "web:audit": Route("/audit/", "audit.view"),
            "web:audit_verify": Route("/audit/verify/", "audit.verify", method="post"),
            "publishing:releases": Route("/releases/", "release.draft"),
            "publishing:release_create": Route("/releases/new/", "release.draft"),
            "publishing:review_queue": Route("/releases/review/", "release.approve_command"),
            "publishing:check_text": Route("/releases/check/", "release.draft"),
            "publishing:release": Route(f"/releases/{rel.pk}/", "release.draft", unit_path=rp),
            "publishing:release_review": Route(
                f"/releases/{rel.pk}/review/", "release.approve_command", unit_path=rp
            ),
            "publishing:release_edit": Route(
                f"/releases/{rel.pk}/edit/", "release.draft", unit_path=rp
            ),
            "publishing:attachment_add": Route(
                f"/releases/{rel.pk}/photos/",
                "release.draft",
                method="post",
                ok_status=(400,),
                unit_path=rp,
            ),
            "publishing:attachment_remove": Route(
                f"/releases/{rel.pk}/photos/{photo.pk}/remove/",
                "release.draft",
                method="post",
                ok_status=(302,),
                unit_path=rp,
            ),
            "publishing:release_override": Route(
                f"/releases/{rel.pk}/override/",
                "guard.override",
                method="post",
                data={"target": "text", "reason": ""},
                ok_status=(400,),
                unit_path=rp,
            ),
            "publishing:release_check": Route(
                f"/releases/{act.pk}/check/",
                "release.draft",
                method="post",
                ok_status=(302,),
                unit_path=rp,
            ),
            "publishing:approve_media": Route(
                f"/releases/{act.pk}/approve/media/",
                "release.approve_media",
                method="post",
                ok_status=(400,),
                unit_path=rp,
            ),
            "publishing:approve_command": Route(
                f"/releases/{act.pk}/approve/command/",
                "release.approve_command",
                method="post",
                ok_status=(400,),
                unit_path=rp,
            ),
            "publishing:release_publish": Route(
                f"/releases/{act.pk}/publish/",
                "release.draft",
                method="post",
                ok_status=(400,),
                unit_path=rp,
            ),
            "safeguards:board": Route("/safeguards/board/", "safeguards.board"),
            "safeguards:acknowledge": Route(
                f"/safeguards/breaches/{breach.pk}/acknowledge/",
                "safeguards.acknowledge",
                method="post",
                data={"reason": ""},
                ok_status=(400,),
                unit_path=where,
            ),
            "safeguards:notices": Route("/safeguards/notices/", None),
            "safeguards:notice_read": Route(
                f"/safeguards/notices/{notice.pk}/read/", None, method="post", ok_status=(302,)
            ),
            "safeguards:notices_read_all": Route(
                "/safeguards/notices/read/", None, method="post", ok_status=(302,)
            ),
            "safeguards:rules": Route("/safeguards/rules/", "rules.view"),
            "safeguards:record_step": Route(
                f"/safeguards/cases/{c.pk}/record/",
                "case.edit",
                method="post",
                data={"kind": "guardian_informed", "at": ""},
                ok_status=(302,),
                unit_path=where,
            ),
            "stats:dashboard": Route("/stats/", "stats.aggregate"),
            "stats:scorecard": Route("/stats/scorecard/", "stats.aggregate"),
            "stats:scorecard_cases": Route(
                "/stats/scorecard/cases/", "stats.internal", data={"indicator": "1"}
            ),
            "stats:export_public": Route(
                "/stats/export/public/", "stats.publish", data={"format": "json"}
            ),
            "stats:export_internal": Route(
                "/stats/export/internal/", "stats.internal", data={"format": "csv"}
            ),
        }

    def test_every_url_is_in_the_matrix(self) -> None:
        api_names = {n for n in all_url_names() if n.startswith("api:")}
        missing = all_url_names() - set(self.routes()) - api_names
        self.assertEqual(missing, set(), "add these URLs to the permission matrix")

    def test_every_role_gets_exactly_what_its_permissions_allow(self) -> None:
        problems = check_matrix(self, list(self.routes().values()))
        self.assertEqual(problems, [])

    def test_the_matrix_refuses_what_the_issue_says(self) -> None:
        # A few fixed expectations, independent of the role data, so a bad edit of roles.json shows.
        for persona in ["analyst", "media_officer", "duty_officer", "outsider"]:
            client = self.client_for(persona)
            self.assertEqual(client.get("/admin/users/").status_code, 403, persona)
            self.assertEqual(client.get("/audit/").status_code, 403, persona)
        self.assertEqual(self.client_for("administrator").get("/admin/users/").status_code, 200)
        self.assertEqual(self.client_for("auditor").get("/audit/").status_code, 200)
