from django.apps import AppConfig


class SafeguardsConfig(AppConfig):
    name = "hifazat.safeguards"
    label = "safeguards"
    verbose_name = "Safeguards"

    def ready(self) -> None:
        from django.core import checks

        from hifazat.safeguards.rulebook import check_rule_book

        checks.register(check_rule_book)
