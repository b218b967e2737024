"""iCalendar feeds: a unit's deadlines and a plan's period, phases and reporting duties.

Builders take plain entries and return the .ics bytes; `duty_entries` turns the record's
`reporting` duties ("trước ngày 16 hằng tháng") into recurring all-day events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

PRODID = "-//kehoach//Lich han bao cao//VI"
# recurrence → (RRULE FREQ, INTERVAL, wording)
RECURRENCES = {
    "daily": ("DAILY", 1, "hằng ngày"),
    "weekly": ("WEEKLY", 1, "hằng tuần"),
    "monthly": ("MONTHLY", 1, "hằng tháng"),
    "quarterly": ("MONTHLY", 3, "hằng quý"),
    "half_yearly": ("MONTHLY", 6, "6 tháng"),
    "yearly": ("YEARLY", 1, "hằng năm"),
}


@dataclass(frozen=True)
class Entry:
    """One all-day event; `last` is the last day it covers (inclusive), `rrule` repeats it."""

    uid: str
    summary: str
    first: dt.date
    last: dt.date | None = None
    description: str = ""
    rrule: dict | None = None


def build_calendar(name: str, entries: Iterable[Entry], stamp: dt.datetime) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for entry in entries:
        calendar.add_component(_event(entry, stamp))
    return calendar.to_ical()


def _event(entry: Entry, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("summary", entry.summary)
    event.add("dtstart", entry.first)
    last = max(entry.last or entry.first, entry.first)
    event.add("dtend", last + dt.timedelta(days=1))  # DTEND of a date is exclusive
    if entry.description:
        event.add("description", entry.description)
    if entry.rrule:
        event.add("rrule", entry.rrule)
    return event


def last_day_before(day_of_month: int) -> int:
    """"Trước ngày 16" leaves the 15th as the last day; "trước ngày 1" the month's last day (-1)."""
    return day_of_month - 1 if day_of_month > 1 else -1


def _first_monthly(start: dt.date, by_day: int) -> dt.date:
    """The first day on or after `start` that falls on `by_day` (-1: the month's last day)."""
    year, month = start.year, start.month
    while True:
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        day = last if by_day == -1 else min(by_day, last)
        if dt.date(year, month, day) >= start:
            return dt.date(year, month, day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


Window = tuple[dt.date | None, dt.date | None]


def duty_entry(duty: dict, uid: str, label: str, window: Window) -> Entry | None:
    """The event of one reporting duty, or None when it has no time (on request, on event)."""
    start, end = window
    due = dt.date.fromisoformat(duty["due"]) if duty.get("due") else None
    recurrence = RECURRENCES.get(duty.get("recurrence") or "")
    to = f"Gửi: {duty['to']}" + (f" (qua {duty['via']})" if duty.get("via") else "") if duty.get("to") else ""
    if recurrence is None:
        return Entry(uid, f"Hạn báo cáo — {label}", due, description=to) if due else None
    freq, interval, wording = recurrence
    rule: dict = {"freq": freq, "interval": interval}
    summary = f"Báo cáo {wording} — {label}"
    first = due or start
    if freq == "MONTHLY" and duty.get("day_of_month") and start:
        rule["bymonthday"] = last_day_before(int(duty["day_of_month"]))
        first = _first_monthly(start, rule["bymonthday"])
        summary = f"Báo cáo {wording} (trước ngày {duty['day_of_month']}) — {label}"
    if first is None:
        return None
    if end:
        rule["until"] = end
    return Entry(uid, summary, first, description=to, rrule=rule)
