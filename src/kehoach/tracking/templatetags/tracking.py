"""Cells the tracking tables repeat on every row, rendered in Python: a table of 50 rows would
otherwise cost some 250 template includes, most of a cold page's time."""

from __future__ import annotations

import html
from functools import lru_cache

from django import template
from django.template.defaultfilters import floatformat
from django.utils.safestring import SafeData, SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kehoach.tracking.states import ReportState

register = template.Library()


def _escaped(value) -> str:
    return value if isinstance(value, SafeData) else html.escape(str(value))


def markup(template: str, *args) -> SafeString:
    """format_html without its checks for lazy arguments: a table calls it hundreds of times."""
    return SafeString(template.format(*map(_escaped, args)))


def markup_join(template: str, rows) -> SafeString:
    """format_html_join, the same way."""
    return SafeString("".join(template.format(*map(_escaped, row)) for row in rows))


def badge(status: str, label: str) -> SafeString:
    """The markup of partials/badge.html."""
    return markup('<span class="badge badge-{}">{}</span>', status or "none", label or status)


@register.simple_tag
def state_badges(report, late: bool = False) -> SafeString:
    """The report's state (or "not reported") and, when late, a late badge."""
    return state_value_badges(report.state if report else "", late)


@register.simple_tag
def state_value_badges(state: str, late: bool = False) -> SafeString:
    """A report state by its value ("" = not reported) and, when late, a late badge."""
    return _state_badges(state, late, get_language())


@lru_cache(maxsize=64)
def _state_badges(state: str, late: bool, language: str) -> SafeString:
    """The few badges every row repeats, made once per state, lateness and language."""
    html = badge(state, ReportState(state).label) if state else badge("none", _("Chưa báo cáo"))
    return markup("{} {}", html, badge("overdue", _("Trễ hạn"))) if late else html  # str + SafeString: unsafe


@register.simple_tag
def figure_cells(f) -> SafeString:
    """A row's figures (a dict or a counters object): assigned, reported, accepted, late, missing, bar."""
    get = f.get if isinstance(f, dict) else lambda name: getattr(f, name)
    late = get("late")
    cells = markup('<td class="num">{}</td><td class="num">{}</td><td class="num">{}</td>'
                        '<td class="num{}">{}</td><td class="num">{}</td>', get("assigned"), get("reported"),
                        get("accepted"), " late-text" if late else "", late, get("missing"))
    return cells + markup('<td class="bar-cell">{}</td>', _bar(get) if get("assigned") else "")


def _bar(get) -> SafeString:
    return markup('<div class="bar" title="{}"><span class="seg accepted" style="flex-grow: {}"></span>'
                       '<span class="seg reported" style="flex-grow: {}"></span>'
                       '<span class="seg missing" style="flex-grow: {}"></span></div>',
                       _("Đã chấp nhận / đã gửi / chưa báo cáo"),
                       get("accepted"), get("pending"), get("missing"))


@register.simple_tag
def targets(figures) -> SafeString:
    """What is asked beside what was achieved (figures = assignment.figure_rows)."""
    if not figures:
        return SafeString("")
    return markup('<ul class="targets">{}</ul>', markup_join("<li>{}{} {}</li>", (
        (_achieved(f["achieved"]), _quantity(f["target"].get("quantity")),
         f["target"].get("unit") or f["target"].get("text", "")) for f in figures)))


def _achieved(value) -> SafeString:
    if value is None:
        return SafeString('<span class="achieved none">—</span>')
    return markup('<span class="achieved">{}</span>', number(value))


def _quantity(value) -> SafeString:
    return SafeString("") if value is None else markup('<span class="muted"> / {}</span>', number(value))


def number(value) -> str:
    """floatformat:"-2", with the common whole number done without its Decimal round trip."""
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return str(int(value))
    return floatformat(value, "-2")
