"""Whole table rows of the tracking lists, built in Python from rows fetched as dicts: per row, the
template engine's variable lookups, filters, {% url %} and includes cost more than the page's
queries (bench/web_bench.py). What every row repeats (labels, URL patterns, the reader's language)
is worked out once per table (`Kit`); only text from the database is escaped. The markup is the
one the templates wrote before, cell for cell."""

from __future__ import annotations

import datetime
import uuid
from functools import cached_property
from html import escape

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kehoach.plans.models import PlanStatus, UnitRole, plan_name
from kehoach.tracking.models import figure_rows
from kehoach.tracking.periods import EVERY, FINAL, report_name
from kehoach.tracking.queries import is_late
from kehoach.tracking.states import DELIVERED, UNSENT
from kehoach.tracking.templatetags.tracking import (
    COUNTED,
    badge,
    bar_title,
    figure_cells,
    language_badges,
    targets,
)

register = template.Library()

_PLACEHOLDER = uuid.UUID(int=0)


def url_maker(name: str):
    """`name`'s URL for any uuid: reversed once, then filled in (a reverse per row is slow)."""
    pattern = reverse(name, args=[_PLACEHOLDER])
    return lambda value: pattern.replace(str(_PLACEHOLDER), str(value))


class Kit:
    """What every row of a table repeats, worked out once per table (and only what it uses)."""

    def __init__(self) -> None:
        self.language, self.today = get_language(), timezone.localdate()

    @cached_property
    def report_url(self):
        return url_maker("tracking:report")

    @cached_property
    def remind_url(self):
        return url_maker("tracking:remind")

    @cached_property
    def assignment_url(self):
        return url_maker("tracking:assignment")

    @cached_property
    def labels(self) -> dict[str, str]:
        """The rows' fixed words in the reader's language, escaped."""
        return {"see_report": escape(_("Xem báo cáo")), "remind": escape(_("Nhắc nhở")),
                "report": escape(_("Báo cáo"))}

    @cached_property
    def roles(self) -> dict[str, str]:
        return {value: escape(str(label)) for value, label in UnitRole.choices}

    @cached_property
    def statuses(self) -> dict[str, str]:
        return {value: str(label) for value, label in PlanStatus.choices}

    def late(self, a: dict) -> bool:
        return is_late(a["due"], a["report_state"], self.today)

    def row_class(self, a: dict) -> str:
        return "row-late" if self.late(a) else ""

    def badges(self, a: dict) -> str:
        """The row's report state and, when late, a late badge (made once per state and language)."""
        return language_badges(a["report_state"], self.late(a), self.language)


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
def final_report_of(task) -> str:
    """"Báo cáo tổng kết: 15/12/2026" for a recurring task with a final report beside its periods
    (read from its prefetched assignments), else ""."""
    if not task.recurrence:
        return ""
    due = next((a.due for a in task.assignments.all() if a.period_start is None), None)
    return f"{FINAL}: {day(due)}" if due else ""


@register.simple_tag
def period_of(a) -> str:
    """The name of the assignment's reporting period, or "Báo cáo tổng kết" beside the periods, in the
    reader's language ("" for a one-off duty)."""
    return report_name(a.task.recurrence, a.period_start)


def task_cell(row: dict, length: int) -> str:
    """A row's task: its key and its text cut to `length` characters."""
    text = escape(truncated(row["task__text"], length))
    return f'<span class="task-key">{escape(row["task__key"])}</span>{text}'


def due_cell(a: dict) -> str:
    """A row's due date, with its reporting period (or final report) under it when the duty recurs."""
    name = report_name(a["task__recurrence"], a["period_start"])
    if not name:
        return day(a["due"])
    return f'{day(a["due"])}<div class="muted small-text period">{escape(name)}</div>'


def targets_cell(a: dict) -> str:
    """What the row's task asks beside what its current report says was achieved."""
    return targets(figure_rows(a["task__targets"], a["current_report__figures"]))


@register.simple_tag
def assignment_row(a: dict, flash: str = "", kit: Kit | None = None) -> SafeString:
    """One row of a plan's assignment list (the office's view: unit, report, reminder); `a` is a
    row of `for_plan_review`."""
    kit = kit or Kit()
    if a["report_state"] in UNSENT:  # the unit's own until sent: its state shows, not its figures or page
        a = {**a, "current_report__uuid": None, "current_report__figures": None}
    report = a["current_report__uuid"]
    link = (f'<div><a class="small-text" href="{kit.report_url(report)}">{kit.labels["see_report"]}</a></div>'
            if report else "")
    return SafeString(
        f'<tr id="row-{a["uuid"]}" class="{kit.row_class(a)}" data-testid="assignment-row">\n'
        f'  <td>{task_cell(a, 90)}</td>\n  <td>{escape(a["unit__name"])}</td>\n'
        f'  <td class="nowrap">{due_cell(a)}</td>\n'
        f'  <td>{targets_cell(a)}</td>\n  <td class="nowrap">{kit.badges(a)}\n    {link}</td>\n'
        f'  <td class="nowrap">{_remind_button(a, kit)}\n    {_remind_note(a, flash)}</td>\n</tr>')


def _remind_button(a: dict, kit: Kit) -> str:
    if a["report_state"] in DELIVERED:
        return ""
    return (f'<button type="button" class="small outline remind" hx-post="{kit.remind_url(a["uuid"])}"\n'
            f'            hx-target="#row-{a["uuid"]}" hx-swap="outerHTML">{kit.labels["remind"]}</button>')


def _remind_note(a: dict, flash: str) -> str:
    if flash:
        return f'<small class="flash">{escape(flash)}</small>'
    if a["last_reminded"]:
        when = timezone.localtime(a["last_reminded"]).strftime("%d/%m")
        return f'<small class="muted">{escape(_("đã nhắc %(when)s") % {"when": when})}</small>'
    return ""


@register.simple_tag
def assignment_rows(page) -> SafeString:
    kit = Kit()
    return SafeString("".join(assignment_row(a, kit=kit) for a in page))


@register.simple_tag
def portal_rows(page) -> SafeString:
    """The rows of the unit portal's list (`for_unit_portal`): due, task and plan, targets, report
    state, the way in."""
    kit = Kit()
    return SafeString("".join(
        f'\n  <tr class="{kit.row_class(a)}" data-testid="assignment-row">\n'
        f'    <td class="nowrap">{due_cell(a)}</td>\n    <td>{task_cell(a, 180)}\n'
        f'      <div class="muted small-text">{escape(portal_plan(a))} · {kit.roles[a["role"]]}</div></td>\n'
        f'    <td>{targets_cell(a)}</td>\n    <td class="nowrap">{kit.badges(a)}</td>\n'
        f'    <td><a role="button" class="small outline" href="{kit.assignment_url(a["uuid"])}">'
        f'{kit.labels["report"]}</a></td>\n  </tr>' for a in page))


def portal_plan(a: dict) -> str:
    """The name of a portal row's plan."""
    return plan_name(a["task__plan__number"], a["task__plan__symbol"], a["task__plan__title"])


@register.simple_tag
def plan_rows(rows) -> SafeString:
    """The coordinator dashboard's rows: each plan (issuer, date, status) with its figures."""
    url, title, statuses = url_maker("tracking:plan_dashboard"), bar_title(), Kit().statuses
    return SafeString("".join(
        f'\n  <tr><td><a href="{url(plan.uuid)}">{escape(truncated(str(plan), 120))}</a>\n'
        f'      <div class="muted small-text">{escape(plan.issuer_name)}'
        f'{f" · {day(plan.issued_date)}" if plan.issued_date else ""}</div></td>\n'
        f'    <td>{badge(plan.status, statuses.get(plan.status, plan.status))}</td>\n'
        f'    {figure_cells({name: getattr(f, name) for name in COUNTED}, title)}</tr>' for plan, f in rows))


@register.simple_tag
def unit_rows(page) -> SafeString:
    """A plan's rows per unit (`progress_by_unit`): the unit's name and its figures."""
    title = bar_title()
    return SafeString("".join(f"<tr><td>{escape(f['unit__name'])}</td>{figure_cells(f, title)}</tr>"
                              for f in page))


@register.simple_tag
def task_rows(page) -> SafeString:
    """A plan's rows per task (`progress_by_task`): key, text, due date and the task's figures."""
    title = bar_title()
    return SafeString("".join(
        f'<tr><td>{task_cell(f, 140)}</td>\n    <td class="nowrap">{escape(task_due(f))}</td>'
        f'{figure_cells(f, title)}</tr>'
        for f in page))
