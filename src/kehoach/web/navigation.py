"""The navigation links each role sees, in one table; links to pages not built yet are left out."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kehoach.accounts.models import UNIT_ROLES, Role

COORDINATORS = (Role.COORDINATOR, Role.ADMIN)
ALL_ROLES = COORDINATORS + UNIT_ROLES

# (URL name, label, roles that see it). Order is the order in the top bar.
NAV_LINKS = [
    ("plans:list", _("Kế hoạch"), COORDINATORS),
    ("plans:upload", _("Nhập kế hoạch"), COORDINATORS),
    ("tracking:dashboard", _("Theo dõi"), COORDINATORS),
    ("tracking:portal", _("Nhiệm vụ của đơn vị"), UNIT_ROLES),
    ("tracking:notifications", _("Thông báo"), UNIT_ROLES),
    ("reports:index", _("Báo cáo"), COORDINATORS),
    ("units:list", _("Danh bạ đơn vị"), COORDINATORS),
    ("tracking:tokens", _("Khoá API"), ALL_ROLES),
    ("admin:index", _("Quản trị"), (Role.ADMIN,)),
]


# The link that shows the user's count of unread notifications (read from the user row: no query).
COUNTED = "tracking:notifications"
# Pages of a task and its report belong to the tasks section, whatever their URL (a report's,
# /reports/<uuid>/, lies under the compiled reports' "Báo cáo"): the unit's tasks for its members,
# the office's tracking for the office (each role sees one of the two links).
TASK_PAGES = frozenset({"tracking:assignment", "tracking:report"})
TASK_SECTIONS = ("tracking:portal", "tracking:dashboard")


@dataclass(frozen=True)
class NavLink:
    url: str
    label: str
    active: bool
    count: int = 0


def safe_reverse(name: str, **kwargs) -> str | None:
    """The URL of `name`, or None while that page does not exist yet."""
    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None


def nav_links(user, path: str, page: str = "") -> list[NavLink]:
    """The links `user` sees; the active one is the tasks section on a task's or report's page
    (`page`: the URL's namespaced name), else the one whose URL prefixes `path` most closely."""
    if not user.is_authenticated:
        return []
    urls = (get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    links = _role_links(user.role, get_language(), urls)
    if page in TASK_PAGES:
        active = next((url for name, url, _ in links if name in TASK_SECTIONS), None)
    else:  # the longest link the page lies under: /plans/import/ lights "Nhập kế hoạch", not "Kế hoạch" too
        active = max((url for _, url, _ in links if path.startswith(url)), key=len, default=None)
    return [NavLink(url, label, url == active, user.unread_notifications if name == COUNTED else 0)
            for name, url, label in links]


@lru_cache(maxsize=64)
def _role_links(role: str, language: str, urls: tuple) -> tuple[tuple[str, str, str], ...]:
    """(URL name, URL, label) of the links a role sees: the same for every request in that language
    and URL configuration, so reversed once rather than on every page."""
    shown = ((name, safe_reverse(name), label) for name, label, roles in NAV_LINKS if role in roles)
    return tuple((name, url, str(label)) for name, url, label in shown if url)
