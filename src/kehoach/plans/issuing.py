"""Issuing a reviewed plan: tasks, the units named on them, and one Assignment per
(task, unit) — collectives expanded — with due dates from the task or the reporting duty; under a
recurring duty, the Assignment of the first reporting period (the next ones open as they fall due)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.http import Http404
from django.utils import timezone

from kehoach.plans.models import Plan, PlanStatus, PlanTask, TaskUnit, UnitRole
from kehoach.plans.records import effective_record, iso_date, sync_plan_fields
from kehoach.plans.unit_names import PlanResolver, named_units
from kehoach.tracking.models import Assignment
from kehoach.tracking.periods import Period, Schedule, duty_schedule, first_period
from kehoach.units.folding import fold

try:  # the tracking app schedules the first reminder of each assignment
    from kehoach.tracking.reminders import first_reminder_at
except ImportError:  # pragma: no cover - only while the tracking app lacks it
    def first_reminder_at(due):
        return None


@dataclass
class IssueSummary:
    tasks: int = 0
    assignments: int = 0
    unmatched: int = 0  # unit names that got no unit


def reporting_due(record: dict) -> dt.date | None:
    """The units' one-off reporting deadline from the plan's duties: the first dated one."""
    dated = sorted(d for d in (iso_date(duty.get("due")) for duty in record.get("reporting") or []) if d)
    return dated[0] if dated else None


def implemented_plan(plan: Plan, record: dict) -> Plan | None:
    """A plan in the system that this one says it carries out (a reference with implements=true)."""
    for ref in record.get("references") or []:
        if not ref.get("implements") or not ref.get("number"):
            continue
        candidates = Plan.objects.exclude(pk=plan.pk).filter(number=ref["number"])
        for candidate in candidates:
            if fold(candidate.symbol) == fold(ref.get("symbol") or ""):
                return candidate
    return None


def _create_task(plan: Plan, position: int, task: dict, schedule: Schedule | None) -> PlanTask:
    """The task row; one without a deadline of its own follows the plan's recurring duty."""
    window = task.get("window") or {}
    lines = task.get("lines") or []
    due = iso_date(task.get("due"))
    recurring = schedule if due is None else None
    return PlanTask.objects.create(
        plan=plan, key=task["key"][:40], position=position, text=task.get("text") or "",
        due=due, window_start=iso_date(window.get("start")),
        window_end=iso_date(window.get("end")), targets=task.get("targets") or [], lines=lines,
        recurrence=recurring.recurrence if recurring else "", report_day=recurring.day if recurring else None)


def _first_period(plan_task: PlanTask, record: dict) -> Period | None:
    """A recurring task's first reporting period, within the task's window or else the plan's."""
    if not plan_task.recurrence:
        return None
    start = plan_task.window_start or iso_date((record.get("period") or {}).get("start"))
    schedule = Schedule(plan_task.recurrence, plan_task.report_day)
    return first_period(schedule, timezone.localdate(), start)


def _assign(plan: Plan, record: dict, resolver: PlanResolver, summary: IssueSummary) -> list[Assignment]:
    fallback_due = reporting_due(record)
    schedule = duty_schedule(record.get("reporting") or [])
    assignments: dict[tuple[int, int], Assignment] = {}
    for position, task in enumerate(record.get("tasks") or [], start=1):
        plan_task = _create_task(plan, position, task, schedule)
        period = _first_period(plan_task, record)
        due = period.due if period else plan_task.due or fallback_due
        for named in named_units(task, resolver):
            task_unit = TaskUnit.objects.create(task=plan_task, role=named.role,
                                                name_as_written=named.name[:300])
            task_unit.units.set(named.resolution.units)
            summary.unmatched += not named.resolution.units
            for unit in named.resolution.units:
                existing = assignments.get((plan_task.id, unit.id))
                if existing is None:
                    assignments[(plan_task.id, unit.id)] = Assignment(
                        task=plan_task, unit=unit, role=named.role, due=due,
                        period_start=period.start if period else None,
                        period_label=period.label if period else "",
                        next_reminder_at=first_reminder_at(due))
                elif named.role == UnitRole.CHU_TRI:
                    existing.role = UnitRole.CHU_TRI  # lead wins over support for the same unit
        summary.tasks += 1
    return list(assignments.values())


def issue_plan(plan: Plan) -> IssueSummary:
    """Issue a draft plan (404 if it is no longer a draft). All rows or none."""
    summary = IssueSummary()
    with transaction.atomic():
        plan = Plan.objects.select_for_update().get(pk=plan.pk)
        if plan.status != PlanStatus.DRAFT:
            raise Http404
        record = effective_record(plan)
        resolver = PlanResolver(plan, record)
        assignments = Assignment.objects.bulk_create(_assign(plan, record, resolver, summary))
        summary.assignments = len(assignments)
        sync_plan_fields(plan, record)
        plan.implements = implemented_plan(plan, record)
        plan.status, plan.issued_at = PlanStatus.ISSUED, timezone.now()
        plan.save()
    return summary
