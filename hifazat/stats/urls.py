from django.urls import URLPattern, path

from hifazat.stats import views

app_name = "stats"

urlpatterns: list[URLPattern] = [
    path("", views.dashboard, name="dashboard"),
    path("export/public/", views.export_public, name="export_public"),
    path("export/internal/", views.export_internal, name="export_internal"),
    path("scorecard/", views.scorecard, name="scorecard"),
    path("scorecard/cases/", views.scorecard_cases, name="scorecard_cases"),
]
