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
    return language_badges(state, late, get_language())


@lru_cache(maxsize=64)
def language_badges(state: str, late: bool, language: str) -> SafeString:
    """The few badges every row repeats, made once per state, lateness and language."""
    html = badge(state, ReportState(state).label) if state else badge("none", _("Chưa báo cáo"))
    return markup("{} {}", html, badge("overdue", _("Trễ hạn"))) if late else html  # str + SafeString: unsafe


COUNTED = ("assigned", "reported", "accepted", "pending", "late")  # what figure_cells reads of a row


def figure_cells(f, bar_title: str) -> str:
    """A row's figures (a mapping of COUNTED): assigned, reported, accepted, late, missing, bar;
    `bar_title` is the bar's tooltip (`bar_title()`), translated once per table. Numbers only: no
    escaping needed."""
    assigned, reported, accepted, pending, late = (f[name] for name in COUNTED)
    missing = assigned - reported
    bar = (f'<div class="bar" title="{bar_title}"><span class="seg accepted" style="flex-grow: {accepted}">'
           f'</span><span class="seg reported" style="flex-grow: {pending}"></span>'
           f'<span class="seg missing" style="flex-grow: {missing}"></span></div>') if assigned else ""
    return (f'<td class="num">{assigned}</td><td class="num">{reported}</td><td class="num">{accepted}</td>'
            f'<td class="num{" late-text" if late else ""}">{late}</td><td class="num">{missing}</td>'
            f'<td class="bar-cell">{bar}</td>')


def bar_title() -> str:
    return html.escape(_("Đã chấp nhận / đã gửi / chưa báo cáo"))


@register.simple_tag
def targets(figures) -> SafeString:
    """What is asked beside what was achieved (figures = `figure_rows`)."""
    if not figures:
        return SafeString("")
    items = "".join(f'<li>{_achieved(f["achieved"])}{_quantity(f["target"].get("quantity"))} '
                    f'{html.escape(str(f["target"].get("unit") or f["target"].get("text", "")))}</li>'
                    for f in figures)
    return SafeString(f'<ul class="targets">{items}</ul>')


def _achieved(value) -> str:
    if value is None:
        return '<span class="achieved none">—</span>'
    return f'<span class="achieved">{number(value)}</span>'


def _quantity(value) -> str:
    return "" if value is None else f'<span class="muted"> / {number(value)}</span>'


def number(value) -> str:
    """floatformat:"-2" (markup-safe: digits and separators), with the common whole number done
    without its Decimal round trip."""
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return str(int(value))
    return html.escape(floatformat(value, "-2"))
