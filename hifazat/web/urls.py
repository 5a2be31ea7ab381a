from django.urls import path

from hifazat.web.views import admin, audit, auth, pages

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
    path("audit/", audit.audit_log, name="audit"),
    path("audit/verify/", audit.audit_verify, name="audit_verify"),
]
