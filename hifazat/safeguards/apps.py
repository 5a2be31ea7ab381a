from django.apps import AppConfig


class SafeguardsConfig(AppConfig):
    name = "hifazat.safeguards"
    label = "safeguards"
    verbose_name = "Safeguards"
