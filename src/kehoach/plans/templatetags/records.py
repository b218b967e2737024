"""Filters for showing a parsed plan record (`kehoach.plan/1`) the way an office reads it."""

from __future__ import annotations

import datetime as dt

from django import template

register = template.Library()


@register.filter
def record_date(value) -> str:
    """A record's ISO date ("2026-03-12") as written in Vietnamese documents ("12/03/2026"); anything
    else (a hand-edited value that is not a date) as it is."""
    try:
        return dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return "" if value is None else str(value)
