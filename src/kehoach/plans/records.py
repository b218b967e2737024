"""Reading plan records (`kehoach.plan/1`): the fields a Plan row mirrors, the effective record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kehoach.plans.edits import apply_edits


def iso_date(value: Any) -> dt.date | None:
    """An ISO date string → date; anything else (None, "", a bad date) → None."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def effective_record(plan) -> dict[str, Any]:
    """The parser's record with the reviewer's edits applied."""
    return apply_edits(plan.record or {}, plan.edits or {})


def sync_plan_fields(plan, record: dict[str, Any]) -> None:
    """Copy number, symbol, title, issuer, date and period from `record` onto `plan` (unsaved)."""
    document = record.get("document") or {}
    period = record.get("period") or {}
    plan.number = (document.get("number") or "")[:20]
    plan.symbol = (document.get("symbol") or "")[:60]
    plan.title = document.get("title") or ""
    plan.issuer_name = (document.get("issuer") or "")[:300]
    plan.issued_date = iso_date(document.get("date"))
    plan.period_start = iso_date(period.get("start"))
    plan.period_end = iso_date(period.get("end"))
