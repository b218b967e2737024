"""Reporting periods of a recurring duty ("trước ngày 16 hằng tháng", "hằng quý", "6 tháng", "hằng năm").

The convention (docs/decisions.md): a period is a calendar block — a day, a week (Monday to
Sunday), a month, a quarter, a half-year or a year — named as offices name it ("Tháng 11/2026",
"Quý IV/2026"). Its report is due on the day the plan names, in the block's last month ("trước
ngày 16 hằng tháng" → 16/11/2026 for Tháng 11/2026), else on the block's last day (a week's on
its Friday). The period a unit works on is the first one due today or later: the next one opens
the day after the one before it falls due. Pure functions, so migrations may use them too.
A period's stored name is Vietnamese, like the plan's own text; pages show it in the reader's
language (`period_name`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override

# Recurrences with a calendar, finest first (the parser's "on_request" and "on_event" have none),
# with how pages say how often a task is reported.
EVERY = {"daily": gettext_lazy("Hằng ngày"), "weekly": gettext_lazy("Hằng tuần"),
         "monthly": gettext_lazy("Hằng tháng"), "quarterly": gettext_lazy("Hằng quý"),
         "half_yearly": gettext_lazy("6 tháng một lần"), "yearly": gettext_lazy("Hằng năm")}
RECURRING = tuple(EVERY)
# A recurring task's one-off report beside its periods ("báo cáo tổng kết trước ngày 15/12/2026"):
# an assignment of the task with no period.
FINAL = gettext_lazy("Báo cáo tổng kết")
MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}
ROMAN = ("I", "II", "III", "IV")
FRIDAY = 4


@dataclass(frozen=True)
class Period:
    """One reporting period: the first day of its block, the day its report is due, its name."""

    start: dt.date
    due: dt.date
    label: str


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_name(recurrence: str, start: dt.date) -> str:
    """The name of the period whose block begins on `start`, in the active language."""
    if recurrence == "daily":
        return _("Ngày %(day)s") % {"day": f"{start:%d/%m/%Y}"}
    if recurrence == "weekly":
        return _("Tuần %(first)s – %(last)s") % {"first": f"{start:%d/%m}",
                                                 "last": f"{start + dt.timedelta(days=6):%d/%m/%Y}"}
    if recurrence == "monthly":
        return _("Tháng %(month)s/%(year)s") % {"month": start.month, "year": start.year}
    if recurrence == "quarterly":
        return _("Quý %(quarter)s/%(year)s") % {"quarter": ROMAN[(start.month - 1) // 3], "year": start.year}
    if recurrence == "half_yearly" and start.month <= 6:
        return _("6 tháng đầu năm %(year)s") % {"year": start.year}
    if recurrence == "half_yearly":
        return _("6 tháng cuối năm %(year)s") % {"year": start.year}
    return _("Năm %(year)s") % {"year": start.year}


def report_name(recurrence: str, start: dt.date | None) -> str:
    """What an assignment of a task reporting `recurrence` reports on, in the active language: its
    period, the final report when it has none (a recurring task), or "" for a one-off duty."""
    if start is not None:
        return period_name(recurrence, start)
    return str(FINAL) if recurrence else ""


def final_label() -> str:
    """The final report's stored name (Vietnamese, like a period's)."""
    with override("vi"):
        return str(FINAL)


def _label(recurrence: str, start: dt.date) -> str:
    with override("vi"):
        return period_name(recurrence, start)


@dataclass(frozen=True)
class Schedule:
    """A recurring duty: its recurrence and the day of the month its reports are due (None: the
    period's last day)."""

    recurrence: str
    day: int | None = None

    def block_start(self, day: dt.date) -> dt.date:
        """The first day of the calendar block holding `day`."""
        if self.recurrence == "daily":
            return day
        if self.recurrence == "weekly":
            return day - dt.timedelta(days=day.weekday())
        months = MONTHS[self.recurrence]
        return dt.date(day.year, (day.month - 1) // months * months + 1, 1)

    def period(self, start: dt.date) -> Period:
        """The period whose block begins on `start`."""
        if self.recurrence == "daily":
            due = start
        elif self.recurrence == "weekly":
            due = start + dt.timedelta(days=FRIDAY)
        else:
            last_month = _add_months(start, MONTHS[self.recurrence] - 1)
            length = calendar.monthrange(last_month.year, last_month.month)[1]
            due = last_month.replace(day=min(self.day or length, length))
        return Period(start, due, _label(self.recurrence, start))

    def following(self, period: Period) -> Period:
        if self.recurrence in ("daily", "weekly"):
            return self.period(period.start + dt.timedelta(days=1 if self.recurrence == "daily" else 7))
        return self.period(_add_months(period.start, MONTHS[self.recurrence]))

    def current(self, day: dt.date) -> Period:
        """The period a unit works on on `day`: the first one due on `day` or later."""
        period = self.period(self.block_start(day))
        return period if period.due >= day else self.following(period)

    def opened_after(self, period: Period, today: dt.date, end: dt.date | None) -> Iterator[Period]:
        """The periods after `period` that have opened by `today` (up to today's current one),
        none beginning after `end`, the last day of the plan's window."""
        while period.due < today:
            period = self.following(period)
            if end is not None and period.start > end:
                return
            yield period


def first_period(schedule: Schedule, issued_on: dt.date, start: dt.date | None) -> Period:
    """The period a unit starts with: the one current when the plan's window opens, or on the day
    of issuing when the window opened before (earlier periods were never asked of anyone)."""
    return schedule.current(max(issued_on, start) if start else issued_on)


def duty_schedule(duties: list) -> Schedule | None:
    """The recurring duty the units owe, from the record's `reporting`: the finest recurrence among
    the units' own duties (else among all, the office's compiled report included); None when every
    duty is one-off, on request or on an event."""
    periodic = [d for d in duties if isinstance(d, dict) and d.get("recurrence") in RECURRING]
    duty = min([d for d in periodic if not d.get("compiled")] or periodic,
               key=lambda d: RECURRING.index(d["recurrence"]), default=None)
    if duty is None:
        return None
    day = duty.get("day_of_month")
    return Schedule(duty["recurrence"], day if isinstance(day, int) and 1 <= day <= 31 else None)
