from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UnitsConfig(AppConfig):
    name = "kehoach.units"
    verbose_name = _("Danh bạ đơn vị")
