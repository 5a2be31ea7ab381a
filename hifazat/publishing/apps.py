from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "hifazat.publishing"
    label = "publishing"
    verbose_name = "Publication guard"
