from django.urls import URLPattern, path

from hifazat.stats import scorecard_views, views

app_name = "stats"

urlpatterns: list[URLPattern] = [
    path("", views.dashboard, name="dashboard"),
    path("export/public/", views.export_public, name="export_public"),
    path("export/internal/", views.export_internal, name="export_internal"),
    path("scorecard/", scorecard_views.scorecard, name="scorecard"),
    path("scorecard/cases/", scorecard_views.scorecard_cases, name="scorecard_cases"),
]
