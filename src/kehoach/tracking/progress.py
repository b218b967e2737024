"""The dashboards' counters (PlanProgress, UnitProgress, TaskProgress), kept in the transaction of
every change so a page reads a few indexed rows instead of counting 100,000 assignments.

A report's state change moves its assignment between the counted kinds (`change_state`); new
assignments and `recount_progress` rebuild a plan's rows from the assignments (`recount`); the
units' late counts depend on the day, so the first dashboard view of a day recounts them
(`plan_progress`). Every change bumps the plan's version, the key of its cached fragments.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from kehoach.tracking.models import Assignment, PlanProgress, TaskProgress, UnitProgress
from kehoach.tracking.states import DELIVERED, ReportState

KINDS = ("reported", "accepted", "pending")


def kinds(state: str) -> dict[str, int]:
    """The counters an assignment in this report state adds to (besides `assigned`)."""
    return {"reported": int(state in DELIVERED), "accepted": int(state == ReportState.ACCEPTED),
            "pending": int(state == ReportState.SUBMITTED)}


def delta(before: str, after: str) -> dict[str, int]:
    old, new = kinds(before), kinds(after)
    return {kind: new[kind] - old[kind] for kind in KINDS if new[kind] != old[kind]}


def bump_version(plan_id: int) -> None:
    """Mark the plan's pages changed (locks its PlanProgress row until the transaction ends)."""
    if not PlanProgress.objects.filter(plan_id=plan_id).update(version=F("version") + 1):
        PlanProgress.objects.get_or_create(plan_id=plan_id, defaults={"version": 1})


@transaction.atomic
def change_state(assignment_id: int, report_id: int, state: str) -> None:
    """The assignment's current report now has `state`: copy it and move the counters (a report
    that is not the current one changes only the plan's version)."""
    row = (Assignment.objects.select_for_update(of=("self",))
           .filter(pk=assignment_id, current_report_id=report_id)
           .values("report_state", "due", "task_id", "unit_id", "task__plan_id").first())
    if row is None:
        return
    plan_id = row["task__plan_id"]
    bump_version(plan_id)
    if row["report_state"] != state:
        Assignment.objects.filter(pk=assignment_id).update(report_state=state)
    moved = delta(row["report_state"], state)
    _add(TaskProgress.objects.filter(task_id=row["task_id"], due=row["due"]), moved)
    moved = _with_late(plan_id, row["due"], moved)
    _add(PlanProgress.objects.filter(plan_id=plan_id), moved)
    unit = UnitProgress.objects.filter(plan_id=plan_id, unit_id=row["unit_id"])
    _add(unit, moved, changed_at=timezone.now())


def _with_late(plan_id: int, due: datetime.date | None, moved: dict[str, int]) -> dict[str, int]:
    """Delivered is no longer late, and back: when due before the day late was counted for."""
    late_on = PlanProgress.objects.filter(plan_id=plan_id).values_list("late_on", flat=True).first()
    if moved.get("reported") and due is not None and late_on is not None and due < late_on:
        return {**moved, "late": -moved["reported"]}
    return moved


def _add(rows, moved: dict[str, int], **values) -> None:
    if moved or values:
        rows.update(**{kind: F(kind) + step for kind, step in moved.items()}, **values)


def counted(assignments, *keys: str, today: datetime.date | None = None) -> Iterable[dict]:
    """The counters of the assignments grouped by `keys`, from the assignments themselves."""
    figures = {"assigned": Count("pk"), "reported": Count("pk", filter=Q(report_state__in=DELIVERED)),
               "accepted": Count("pk", filter=Q(report_state=ReportState.ACCEPTED)),
               "pending": Count("pk", filter=Q(report_state=ReportState.SUBMITTED))}
    if today is not None:
        figures["late"] = Count("pk", filter=Q(due__lt=today) & ~Q(report_state__in=DELIVERED))
    return assignments.values(*keys).annotate(**figures).order_by()


@transaction.atomic
def recount(plan_ids: Iterable[int], today: datetime.date | None = None) -> None:
    """Rebuild the plans' counters from their assignments (new assignments, `recount_progress`)."""
    today = today or timezone.localdate()
    for plan_id in sorted(set(plan_ids)):
        bump_version(plan_id)
        PlanProgress.objects.filter(plan_id=plan_id).update(late_on=today)
        mine = Assignment.objects.filter(task__plan_id=plan_id)
        units = list(counted(mine, "unit_id", today=today))
        UnitProgress.objects.filter(plan_id=plan_id).delete()
        UnitProgress.objects.bulk_create([UnitProgress(plan_id=plan_id, **row) for row in units])
        totals = {kind: sum(row[kind] for row in units) for kind in ("assigned", *KINDS, "late")}
        PlanProgress.objects.filter(plan_id=plan_id).update(**totals, units=len(units))
        TaskProgress.objects.filter(plan_id=plan_id).delete()
        tasks = counted(mine, "task_id", "due")
        TaskProgress.objects.bulk_create([TaskProgress(plan_id=plan_id, **row) for row in tasks])


def plan_progress(plan_ids: list[int], today: datetime.date) -> dict[int, PlanProgress]:
    """The plans' figures and versions (their cached fragments' key), late counts made today's
    first: the first view of a day pays for one grouped count, later views and changes keep it."""
    rows = PlanProgress.objects.filter(plan_id__in=plan_ids)
    return {row.plan_id: todays(row, today) for row in rows}


def todays(row: PlanProgress, today: datetime.date) -> PlanProgress:
    """The plan's figures with its late counts made today's (the first view of a day counts them)."""
    return row if row.late_on == today else _count_late(row.plan_id, today)


@transaction.atomic
def _count_late(plan_id: int, today: datetime.date) -> PlanProgress:
    plan = PlanProgress.objects.select_for_update().get(plan_id=plan_id)  # changes to the plan wait
    if plan.late_on != today:
        late = (Assignment.objects.filter(task__plan_id=plan_id, unit_id=OuterRef("unit_id"), due__lt=today)
                .exclude(report_state__in=DELIVERED).values("unit_id").annotate(n=Count("pk")).values("n"))
        units = UnitProgress.objects.filter(plan_id=plan_id)
        units.update(late=Coalesce(Subquery(late), Value(0)))
        plan.late = units.aggregate(late=Coalesce(Sum("late"), 0))["late"]
        plan.late_on, plan.version = today, plan.version + 1
        plan.save()
    return plan


def with_unit_changes(plans, unit_id: int):
    """The plans, each with when the unit's figures in it last changed (`unit_changed`: a report of
    the unit; None before any): with the plans themselves, what the unit portal's version needs,
    in the query that lists them for its filter."""
    changed = UnitProgress.objects.filter(plan_id=OuterRef("pk"), unit_id=unit_id).values("changed_at")[:1]
    return plans.annotate(unit_changed=Subquery(changed))
