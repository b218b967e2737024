"""Issuing a reviewed plan: tasks, the units named on them, and one Assignment per
(task, unit) — collectives expanded — with due dates from the task or the reporting duty; under a
recurring duty, the Assignment of the first reporting period (the next ones open as they fall due)
and, when the plan also sets a dated report, the final report's (no period, due on that date)."""

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
from kehoach.tracking.periods import Period, Schedule, duty_schedule, final_label, first_period
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


def _due_dates(duties: list) -> list[dt.date]:
    """The dates of the dated duties among `duties`, earliest first."""
    return sorted(d for d in (iso_date(duty.get("due")) for duty in duties) if d)


def reporting_due(record: dict) -> dt.date | None:
    """The units' one-off reporting deadline from the plan's duties: the first dated one."""
    return next(iter(_due_dates(record.get("reporting") or [])), None)


def final_report_due(record: dict) -> dt.date | None:
    """Beside a recurring duty, the units' final report: the last dated duty that is not the office's
    own compiled report ("báo cáo tổng kết trước ngày 15/12/2026"); None when there is none."""
    duties = [d for d in record.get("reporting") or [] if isinstance(d, dict) and not d.get("compiled")]
    return next(reversed(_due_dates(duties)), None)


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


def _first_period(plan_task: PlanTask, record: dict, on: dt.date) -> Period | None:
    """A recurring task's first reporting period when issued `on`, within the task's window or else
    the plan's."""
    if not plan_task.recurrence:
        return None
    start = plan_task.window_start or iso_date((record.get("period") or {}).get("start"))
    schedule = Schedule(plan_task.recurrence, plan_task.report_day)
    return first_period(schedule, on, start)


@dataclass(frozen=True)
class Slot:
    """One report a unit owes on a task: a reporting period, the final report beside the periods
    (no period, named), or a one-off report (no period, no name)."""

    due: dt.date | None
    start: dt.date | None = None
    label: str = ""


def _slots(plan_task: PlanTask, record: dict, on: dt.date) -> list[Slot]:
    """The reports each unit of the task owes at issuing: a one-off task's one; a recurring task's
    first period, and its final report when the plan also sets a dated one."""
    period = _first_period(plan_task, record, on)
    if period is None:
        return [Slot(plan_task.due or reporting_due(record))]
    final = final_report_due(record)
    finals = [Slot(final, None, final_label())] if final else []
    return [Slot(period.due, period.start, period.label), *finals]


def _assignments(plan_task: PlanTask, unit_id: int, role: str, slots: list[Slot]) -> list[Assignment]:
    return [Assignment(task=plan_task, unit_id=unit_id, role=role, due=slot.due, period_start=slot.start,
                       period_label=slot.label, next_reminder_at=first_reminder_at(slot.due))
            for slot in slots]


def _assign(plan: Plan, record: dict, resolver: PlanResolver, summary: IssueSummary,
            on: dt.date) -> list[Assignment]:
    schedule = duty_schedule(record.get("reporting") or [])
    assignments: dict[tuple[int, int], list[Assignment]] = {}
    for position, task in enumerate(record.get("tasks") or [], start=1):
        plan_task = _create_task(plan, position, task, schedule)
        slots = _slots(plan_task, record, on)
        for named in named_units(task, resolver):
            task_unit = TaskUnit.objects.create(task=plan_task, role=named.role,
                                                name_as_written=named.name[:300])
            task_unit.units.set(named.resolution.units)
            summary.unmatched += not named.resolution.units
            for unit in named.resolution.units:
                existing = assignments.get((plan_task.id, unit.id))
                if existing is None:
                    assignments[(plan_task.id, unit.id)] = _assignments(plan_task, unit.id, named.role, slots)
                elif named.role == UnitRole.CHU_TRI:
                    for assignment in existing:  # lead wins over support for the same unit
                        assignment.role = UnitRole.CHU_TRI
        summary.tasks += 1
    return [a for unit_assignments in assignments.values() for a in unit_assignments]


def issue_plan(plan: Plan, on: dt.date | None = None) -> IssueSummary:
    """Issue a draft plan (404 if it is no longer a draft). All rows or none. `on`: the day the
    first reporting periods are counted from (default today; the demo issues a plan in the past)."""
    summary = IssueSummary()
    with transaction.atomic():
        plan = Plan.objects.select_for_update().get(pk=plan.pk)
        if plan.status != PlanStatus.DRAFT:
            raise Http404
        record = effective_record(plan)
        resolver = PlanResolver(plan, record)
        assignments = Assignment.objects.bulk_create(_assign(plan, record, resolver, summary,
                                                                  on or timezone.localdate()))
        summary.assignments = len(assignments)
        sync_plan_fields(plan, record)
        plan.implements = implemented_plan(plan, record)
        plan.status, plan.issued_at = PlanStatus.ISSUED, timezone.now()
        plan.save()
    return summary
