from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "hifazat.api"
    label = "api"
    verbose_name = "REST API"
