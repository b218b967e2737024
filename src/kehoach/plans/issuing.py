"""Issuing a reviewed plan: tasks, the units named on them, and one Assignment per
(task, unit) — collectives expanded — with due dates from the task or the reporting duty."""

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


def reporting_due(record: dict, today: dt.date) -> dt.date | None:
    """The units' reporting deadline from the plan's duties: the first one-off date, else the
    next "trước ngày N hằng tháng" from `today`."""
    duties = record.get("reporting") or []
    dated = sorted(d for d in (iso_date(duty.get("due")) for duty in duties) if d)
    if dated:
        return dated[0]
    monthly = [duty["day_of_month"] for duty in duties if duty.get("day_of_month")]
    if not monthly:
        return None
    day = min(monthly[0], 28)
    this_month = today.replace(day=day)
    return this_month if this_month >= today else (this_month + dt.timedelta(days=31)).replace(day=day)


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


def _create_task(plan: Plan, position: int, task: dict) -> PlanTask:
    window = task.get("window") or {}
    lines = task.get("lines") or []
    return PlanTask.objects.create(
        plan=plan, key=task["key"][:40], position=position, text=task.get("text") or "",
        due=iso_date(task.get("due")), window_start=iso_date(window.get("start")),
        window_end=iso_date(window.get("end")), targets=task.get("targets") or [], lines=lines)


def _assign(plan: Plan, record: dict, resolver: PlanResolver, summary: IssueSummary) -> list[Assignment]:
    fallback_due = reporting_due(record, timezone.localdate())
    assignments: dict[tuple[int, int], Assignment] = {}
    for position, task in enumerate(record.get("tasks") or [], start=1):
        plan_task = _create_task(plan, position, task)
        due = plan_task.due or fallback_due
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
