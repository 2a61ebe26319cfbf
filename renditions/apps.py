from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RenditionsConfig(AppConfig):
    name = "renditions"
    verbose_name = _("Ảnh hiển thị")
