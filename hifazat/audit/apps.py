from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "hifazat.audit"
    label = "audit"
    verbose_name = "Audit trail"
