from django.urls import path

from hifazat.web.views import admin, audit, auth, cases, pages

app_name = "web"

urlpatterns = [
    path("", pages.home, name="home"),
    path("sign-in/", auth.login_view, name="login"),
    path("sign-in/code/", auth.login_otp_view, name="login_otp"),
    path("sign-in/set-up-two-factor/", auth.enrol_otp_view, name="enrol_otp"),
    path("sign-out/", auth.logout_view, name="logout"),
    path("language/", pages.set_language, name="set_language"),
    path("healthz", pages.healthz, name="healthz"),
    path("admin/users/", admin.users, name="users"),
    path("admin/users/new/", admin.user_create, name="user_create"),
    path("admin/users/<int:user_id>/", admin.user_edit, name="user_edit"),
    path("admin/stations/", admin.stations, name="stations"),
    path("admin/roles/", admin.roles, name="roles"),
    path("admin/roles/<slug:code>/", admin.role_edit, name="role_edit"),
    path("cases/", cases.case_list, name="cases"),
    path("cases/new/", cases.case_register, name="case_register"),
    path("cases/<int:case_id>/", cases.case_detail, name="case"),
    path("cases/<int:case_id>/reveal/", cases.case_reveal, name="case_reveal"),
    path("cases/<int:case_id>/events/new/", cases.case_event, name="case_event"),
    path("cases/<int:case_id>/contacts/new/", cases.case_contact, name="case_contact"),
    path("cases/<int:case_id>/people/new/", cases.case_person, name="case_person"),
    path("cases/<int:case_id>/facts/", cases.case_facts, name="case_facts"),
    path("cases/<int:case_id>/identity/", cases.case_identity, name="case_identity"),
    path("audit/", audit.audit_log, name="audit"),
    path("audit/verify/", audit.audit_verify, name="audit_verify"),
]
