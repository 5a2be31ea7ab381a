from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver

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
    def routes(self) -> dict[str, Route]:
        duty = self.personas["duty_officer"]
        return {
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
            "web:audit": Route("/audit/", "audit.view"),
            "web:audit_verify": Route("/audit/verify/", "audit.verify", method="post"),
        }

    def test_every_url_is_in_the_matrix(self) -> None:
        missing = all_url_names() - set(self.routes())
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
