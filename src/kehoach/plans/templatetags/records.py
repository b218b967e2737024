"""Filters for showing a parsed plan record (`kehoach.plan/1`) the way an office reads it."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils.translation import gettext_lazy

from kehoach.tracking.periods import EVERY

register = template.Library()


@register.filter
def record_date(value) -> str:
    """A record's ISO date ("2026-03-12") as written in Vietnamese documents ("12/03/2026"); anything
    else (a hand-edited value that is not a date) as it is."""
    try:
        return dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return "" if value is None else str(value)


# The record's duties that open no periods (docs/decisions.md: they stay one-off), named for the page.
ONE_OFF = {"on_request": gettext_lazy("Đột xuất, khi có yêu cầu"),
           "on_event": gettext_lazy("Ngay khi có sự việc")}


@register.filter
def duty_label(recurrence) -> str:
    """How often a reporting duty of the record recurs, in words ("yearly" → "Hằng năm")."""
    return str(EVERY.get(recurrence) or ONE_OFF.get(recurrence) or recurrence or "")
