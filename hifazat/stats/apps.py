from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "hifazat.stats"
    label = "stats"
    verbose_name = "Statistics"
