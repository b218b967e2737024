"""Calendar entries read from the database: a unit's deadlines and a plan's time line."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet

from kehoach.plans.models import Plan
from kehoach.reports.calendars import Entry, duty_entry
from kehoach.reports.summary import STATE_LABELS
from kehoach.tracking.models import Assignment

UID_DOMAIN = "kehoach"


def plan_label(plan: Plan) -> str:
    return f"KH số {plan.number or '…'}/{plan.symbol}" if plan.symbol else f"KH {plan.title[:40]}"


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None  # a record edited by hand may hold a malformed date; leave the event out


def duty_entries(plan: Plan) -> list[Entry]:
    """The plan's reporting duties (record `reporting`) over its period."""
    window = (plan.period_start or plan.issued_date, plan.period_end)
    found = []
    for i, duty in enumerate((plan.record or {}).get("reporting") or []):
        if isinstance(duty, dict) and (duty.get("due") is None or _date(duty.get("due"))):
            entry = duty_entry(duty, f"{plan.uuid}-duty-{i}@{UID_DOMAIN}", plan_label(plan), window)
            if entry:
                found.append(entry)
    return found


def assignment_entries(assignments: QuerySet[Assignment]) -> list[Entry]:
    """One all-day event on each assignment's due date (each period's, for a recurring duty)."""
    rows = (assignments.filter(due__isnull=False).select_related("task__plan", "unit", "current_report")
            .order_by("due", "task__position"))
    return [Entry(f"{a.uuid}@{UID_DOMAIN}", f"Hạn{f' {a.period_label}' if a.period_label else ''}: "
                  f"{a.task.text[:90]} ({a.unit.short_name or a.unit.name})", a.due, description=_describe(a))
            for a in rows]


def _describe(assignment: Assignment) -> str:
    state = assignment.current_report.state if assignment.current_report else None
    return (f"{plan_label(assignment.task.plan)} — mục {assignment.task.key}\n{assignment.task.text}\n"
            f"Đơn vị: {assignment.unit.name}\nTrạng thái: {STATE_LABELS.get(state, state)}")


def unit_entries(assignments: QuerySet[Assignment]) -> list[Entry]:
    """A unit's deadlines: its assignments' due dates and the duties of the plans they belong to."""
    plans = Plan.objects.filter(pk__in=assignments.values("task__plan_id")).order_by("pk")
    return assignment_entries(assignments) + [e for plan in plans for e in duty_entries(plan)]


def plan_entries(plan: Plan, assignments: QuerySet[Assignment]) -> list[Entry]:
    """The plan's period and phases, its reporting duties and the deadlines the user may see."""
    found = []
    if plan.period_start:
        found.append(Entry(f"{plan.uuid}-period@{UID_DOMAIN}", f"Thời gian thực hiện — {plan_label(plan)}",
                           plan.period_start, plan.period_end, description=plan.title))
    for i, phase in enumerate((plan.record or {}).get("phases") or []):
        start = _date(phase.get("start")) if isinstance(phase, dict) else None
        if start:
            found.append(Entry(f"{plan.uuid}-phase-{i}@{UID_DOMAIN}", f"{phase.get('name') or 'Giai đoạn'} "
                               f"— {plan_label(plan)}", start, _date(phase.get("end")) or start))
    return found + duty_entries(plan) + assignment_entries(assignments.filter(task__plan=plan))
