from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    """The shell every page shares: base templates, static assets, template tags."""

    name = "kehoach.web"
    label = "web"
    verbose_name = _("Giao diện chung")
