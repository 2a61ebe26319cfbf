from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core import role_audit, sites  # noqa: F401 - sites registers the SITE_URL deploy check

        role_audit.connect()
