from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "hifazat.accounts"
    label = "accounts"
    verbose_name = "Accounts and organisation"
