"""The page shell's top bar links, written in Python: every page shows them, and the template's
loop over them (a few variable lookups and ifs per link) cost more than the rest of the bar."""

from __future__ import annotations

from html import escape

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

register = template.Library()

CURRENT = ' aria-current="page"'


@register.simple_tag
def nav_links(links) -> SafeString:
    """The links of `kehoach.web.navigation.nav_links`: the current page's marked, the unread count
    beside its link."""
    unread = escape(_("chưa đọc"))
    return SafeString("".join(
        f'<a href="{escape(link.url)}"{CURRENT if link.active else ""}>{escape(str(link.label))}'
        f'{_count(link.count, unread)}</a>' for link in links))


def _count(count: int, title: str) -> str:
    if not count:
        return ""
    return f' <span class="nav-count" data-testid="unread-count" title="{title}">{count}</span>'
