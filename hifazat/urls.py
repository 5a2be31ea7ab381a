from django.urls import include, path

urlpatterns = [
    path("api/v1/", include(("hifazat.api.urls", "api"), namespace="api")),
    path("releases/", include("hifazat.publishing.urls")),
    path("stats/", include("hifazat.stats.urls")),
    path("safeguards/", include("hifazat.safeguards.urls")),
    path("", include("hifazat.web.urls")),
]

handler403 = "hifazat.web.views.pages.forbidden"
handler404 = "hifazat.web.views.pages.not_found"
handler500 = "hifazat.web.views.pages.server_error"
