from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "hifazat.web"
    label = "web"
    verbose_name = "Web interface"
