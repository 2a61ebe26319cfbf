from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Tin bài")

    def ready(self):
        # Imported here: the handlers import models, which are not loaded when this module is.
        from articles import signals

        signals.connect()
