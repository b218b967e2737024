"""Opening reporting periods: once a recurring assignment's period falls due, its unit gets the
next period's assignment (and any missed since, up to today's), within the plan's window; run
with the reminders (`send_reminders`), so a new period is counted and reminded like any task.
Reminders follow the current period: an earlier one, still late on every page, is no longer
reminded by itself once a later one opens (its reminder names it), unless the office returned
its report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Exists, Max, OuterRef

from kehoach.plans.models import PlanStatus, PlanTask
from kehoach.tracking.models import Assignment
from kehoach.tracking.periods import Schedule
from kehoach.tracking.reminders import first_reminder_at
from kehoach.tracking.states import ReportState

TASK_FIELDS = ("pk", "recurrence", "report_day", "window_end", "plan__period_end")


def _latest_periods(today: dt.date, plan_ids: Iterable[int] | None):
    """Per (task, unit) of a recurring task of an issued plan: its latest period, when that one
    fell due before today."""
    chains = Assignment.objects.filter(task__plan__status=PlanStatus.ISSUED, period_start__isnull=False)
    if plan_ids is not None:
        chains = chains.filter(task__plan_id__in=list(plan_ids))
    return (chains.values("task_id", "unit_id").annotate(start=Max("period_start"), last_due=Max("due"),
                                                           role=Max("role"))
            .filter(last_due__lt=today).order_by())


def next_assignments(today: dt.date, plan_ids: Iterable[int] | None = None) -> list[Assignment]:
    """The assignments of the periods that have opened by `today` and have none yet (unsaved)."""
    latest = list(_latest_periods(today, plan_ids))
    tasks = {row["pk"]: row for row in PlanTask.objects.filter(
        pk__in={chain["task_id"] for chain in latest}).values(*TASK_FIELDS)}
    made = []
    for chain in latest:
        task = tasks[chain["task_id"]]
        schedule = Schedule(task["recurrence"], task["report_day"])
        end = task["window_end"] or task["plan__period_end"]
        made += [Assignment(task_id=chain["task_id"], unit_id=chain["unit_id"], role=chain["role"],
                            due=period.due, period_start=period.start, period_label=period.label,
                            next_reminder_at=first_reminder_at(period.due))
                 for period in schedule.opened_after(schedule.period(chain["start"]), today, end)]
    return made


@transaction.atomic
def open_periods(today: dt.date, plan_ids: Iterable[int] | None = None) -> int:
    """Create the assignments of newly opened periods (counted in their plans' progress); returns
    how many. A period another worker opened meanwhile is skipped, not doubled."""
    made = next_assignments(today, plan_ids)
    if made:
        Assignment.objects.bulk_create(made, ignore_conflicts=True)
        _remind_current_only({a.task_id for a in made})
    return len(made)


def _later_periods() -> Exists:
    """Whether the unit has a later period of the same task."""
    return Exists(Assignment.objects.filter(task_id=OuterRef("task_id"), unit_id=OuterRef("unit_id"),
                                            period_start__gt=OuterRef("period_start")))


def _remind_current_only(task_ids: set[int]) -> None:
    """Stop the reminders of periods a later one has replaced (a returned report keeps its own)."""
    (Assignment.objects.filter(task_id__in=task_ids, next_reminder_at__isnull=False)
     .exclude(report_state=ReportState.RETURNED).filter(_later_periods())
     .update(next_reminder_at=None))

