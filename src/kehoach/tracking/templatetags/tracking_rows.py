"""Whole table rows of the tracking lists, built in Python: per row, the template engine's variable
lookups, filters, {% url %} and includes cost more than the page's queries (bench/web_bench.py).
The markup is the one the templates wrote before, cell for cell."""

from __future__ import annotations

import datetime
import uuid

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from kehoach.tracking.periods import EVERY, report_name
from kehoach.tracking.states import DELIVERED
from kehoach.tracking.templatetags.tracking import (
    badge,
    figure_cells,
    markup,
    markup_join,
    state_badges,
    targets,
)

register = template.Library()

_PLACEHOLDER = uuid.UUID(int=0)


def url_maker(name: str):
    """`name`'s URL for any uuid: reversed once, then filled in (a reverse per row is slow)."""
    pattern = reverse(name, args=[_PLACEHOLDER])
    return lambda value: pattern.replace(str(_PLACEHOLDER), str(value))


def truncated(text: str, length: int) -> str:
    """The truncatechars filter, skipping its character walk when the text already fits."""
    text = text or ""
    return text if len(text) <= length else Truncator(text).chars(length)


def day(value: datetime.date | None) -> str:
    """The date filter's "d/m/Y", or "—" without a date."""
    return value.strftime("%d/%m/%Y") if value else "—"


def task_due(f: dict) -> str:
    """A task's deadline, or how often it is reported ("Hằng tháng, ngày 16") when the duty recurs."""
    return recurrence_text(f["task__recurrence"], f["task__report_day"]) or day(f["task__due"])


@register.simple_tag
def recurrence_text(recurrence: str, report_day: int | None) -> str:
    """How often a recurring task is reported ("Hằng tháng, ngày 16"); "" for a one-off task."""
    every = EVERY.get(recurrence)
    if every is None:
        return ""
    if not report_day:
        return str(every)
    return _("%(every)s, ngày %(day)s") % {"every": every, "day": report_day}


@register.simple_tag
def period_of(a) -> str:
    """The name of the assignment's reporting period, or "Báo cáo tổng kết" beside the periods, in the
    reader's language ("" for a one-off duty)."""
    return report_name(a.task.recurrence, a.period_start)


def due_cell(a) -> SafeString:
    """An assignment's due date, with its reporting period (or final report) under it when the duty recurs."""
    name = period_of(a)
    if not name:
        return markup("{}", day(a.due))
    return markup('{}<div class="muted small-text period">{}</div>', day(a.due), name)


@register.simple_tag
def assignment_row(a, flash: str = "", urls: dict | None = None) -> SafeString:
    """One row of a plan's assignment list (the office's view: unit, report, reminder)."""
    urls = urls or assignment_urls()
    report = a.current_report
    link = markup('<div><a class="small-text" href="{}">{}</a></div>', urls["report"](report.uuid),
                       _("Xem báo cáo")) if report else ""
    return markup(
        '<tr id="row-{}" class="{}" data-testid="assignment-row">\n'
        '  <td><span class="task-key">{}</span>{}</td>\n  <td>{}</td>\n  <td class="nowrap">{}</td>\n'
        '  <td>{}</td>\n  <td class="nowrap">{}\n    {}</td>\n  <td class="nowrap">{}\n    {}</td>\n</tr>',
        a.uuid, "row-late" if a.is_late else "", a.task.key, truncated(a.task.text, 90), a.unit.name,
        due_cell(a), targets(a.figure_rows()), state_badges(report, a.is_late), link,
        _remind_button(a, urls), _remind_note(a, flash))


def _remind_button(a, urls: dict) -> SafeString | str:
    if a.current_report and a.current_report.state in DELIVERED:
        return ""
    return markup('<button type="button" class="small outline remind" hx-post="{}"\n'
                       '            hx-target="#row-{}" hx-swap="outerHTML">{}</button>',
                       urls["remind"](a.uuid), a.uuid, _("Nhắc nhở"))


def _remind_note(a, flash: str) -> SafeString | str:
    if flash:
        return markup('<small class="flash">{}</small>', flash)
    if a.last_reminded:
        when = timezone.localtime(a.last_reminded).strftime("%d/%m")
        return markup('<small class="muted">{}</small>', _("đã nhắc %(when)s") % {"when": when})
    return ""


def assignment_urls() -> dict:
    return {"report": url_maker("tracking:report"), "remind": url_maker("tracking:remind")}


@register.simple_tag
def assignment_rows(page) -> SafeString:
    urls = assignment_urls()
    return SafeString("".join(assignment_row(a, urls=urls) for a in page))


@register.simple_tag
def portal_rows(page) -> SafeString:
    """The rows of the unit portal's list: due, task and plan, targets, report state, the way in."""
    url = url_maker("tracking:assignment")
    return markup_join((
        '\n  <tr class="{}" data-testid="assignment-row">\n    <td class="nowrap">{}</td>\n'
        '    <td><span class="task-key">{}</span>{}\n      <div class="muted small-text">{} · {}</div></td>\n'
        '    <td>{}</td>\n    <td class="nowrap">{}</td>\n'
        '    <td><a role="button" class="small outline" href="{}">{}</a></td>\n  </tr>'), (
        ("row-late" if a.is_late else "", due_cell(a), a.task.key, truncated(a.task.text, 180), a.task.plan,
         a.get_role_display(), targets(a.figure_rows()), state_badges(a.current_report, a.is_late),
         url(a.uuid), _("Báo cáo")) for a in page))


@register.simple_tag
def plan_rows(rows) -> SafeString:
    """The coordinator dashboard's rows: each plan (issuer, date, status) with its figures."""
    url = url_maker("tracking:plan_dashboard")
    return markup_join((
        '\n  <tr><td><a href="{}">{}</a>\n      <div class="muted small-text">{}{}</div></td>\n'
        '    <td>{}</td>\n    {}</tr>'), (
        (url(plan.uuid), truncated(str(plan), 120), plan.issuer_name,
         f" · {day(plan.issued_date)}" if plan.issued_date else "",
         badge(plan.status, plan.get_status_display()), figure_cells(f)) for plan, f in rows))


@register.simple_tag
def unit_rows(page) -> SafeString:
    """A plan's rows per unit: the unit's name and its figures."""
    return markup_join("<tr><td>{}</td>{}</tr>", ((f.unit.name, figure_cells(f)) for f in page))


@register.simple_tag
def task_rows(page) -> SafeString:
    """A plan's rows per task: key, text, due date and the task's figures."""
    return markup_join((
        '<tr><td><span class="task-key">{}</span>{}</td>\n    <td class="nowrap">{}</td>{}</tr>'), (
        (f["task__key"], truncated(f["task__text"], 140), task_due(f), figure_cells(f))
        for f in page))
