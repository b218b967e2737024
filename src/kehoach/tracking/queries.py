"""Assignment queries, each named for the page it feeds; their query counts are pinned in tests."""

from __future__ import annotations

import datetime

from django.apps import apps
from django.db import connection, models
from django.db.models import Count, OuterRef, Q, Subquery

from kehoach.plans.models import PlanStatus
from kehoach.tracking.states import DELIVERED, ReportState
from kehoach.units.folding import fold

NO_REPORT = "none"  # the filter value for "nothing started yet"


def delivered_q() -> Q:
    return Q(report_state__in=DELIVERED)


def late_q(today: datetime.date) -> Q:
    """Late: the due date has passed and the office holds no submitted or accepted report."""
    return Q(due__lt=today) & ~delivered_q()


def progress_counts(today: datetime.date) -> dict[str, Count]:
    """The dashboard's figures (pending: submitted, awaiting the office), as aggregates over assignments."""
    return {
        "assigned": Count("task"),
        "reported": Count("task", filter=delivered_q()),
        "accepted": Count("task", filter=Q(report_state=ReportState.ACCEPTED)),
        "pending": Count("task", filter=Q(report_state=ReportState.SUBMITTED)),
        "late": Count("task", filter=late_q(today)),
        "missing": Count("task", filter=~delivered_q()),
    }


class AssignmentQuerySet(models.QuerySet):
    def with_late_flag(self, today: datetime.date) -> AssignmentQuerySet:
        late = models.ExpressionWrapper(late_q(today), output_field=models.BooleanField())
        return self.annotate(is_late=late)

    def filtered(self, *, plan: str = "", state: str = "", overdue: bool = False,
                 today: datetime.date) -> AssignmentQuerySet:
        """The filters the portal and dashboard share (plan uuid, report state, overdue only)."""
        qs = self
        if plan:
            qs = qs.filter(task__plan__uuid=plan)
        if state == NO_REPORT:
            qs = qs.filter(report_state="")
        elif state in ReportState.values:
            qs = qs.filter(report_state=state)
        if overdue:
            qs = qs.filter(late_q(today))
        return qs

    def for_unit_portal(self, unit_id: int, today: datetime.date) -> AssignmentQuerySet:
        """The unit's tasks across issued plans, soonest due first, with their current report."""
        return (self.filter(unit_id=unit_id, task__plan__status=PlanStatus.ISSUED)
                .select_related("task__plan", "current_report")
                .with_late_flag(today)
                .order_by(models.F("due").asc(nulls_last=True), "task__plan_id", "task__position"))

    def for_plan_review(self, plan_id: int, today: datetime.date) -> AssignmentQuerySet:
        """One plan's assignments with units, current reports and last reminder, for the office's list."""
        reminders = apps.get_model("tracking", "Reminder").objects.filter(assignment=OuterRef("pk"))
        return (self.filter(task__plan_id=plan_id)
                .select_related("task", "unit", "current_report")
                .with_late_flag(today)
                .annotate(last_reminded=Subquery(reminders.order_by("-sent_at").values("sent_at")[:1]))
                .order_by("task_id", "unit_id"))  # the (task, unit) index: no sort of the whole plan

    def progress_by_plan(self, today: datetime.date):
        """Dashboard: one row of figures per plan."""
        return self.values("task__plan_id").annotate(**progress_counts(today)).order_by()

    def for_plan_units(self, plan_id: int, search: str = "") -> AssignmentQuerySet:
        qs = self.filter(task__plan_id=plan_id)
        return qs.filter(unit__search_key__contains=fold(search)) if search else qs

    def progress_by_unit(self, plan_id: int, today: datetime.date, search: str = ""):
        """Dashboard of one plan: one row of figures per unit id, latest first (accent-insensitive
        unit search). Grouping by the integer id alone keeps the sort small; see UnitProgress."""
        return (self.for_plan_units(plan_id, search).values("unit_id").annotate(**progress_counts(today))
                .order_by("-late", "unit_id"))

    def progress_by_task(self, plan_id: int, today: datetime.date):
        """Dashboard of one plan: one row of figures per task."""
        return (self.filter(task__plan_id=plan_id)
                .values("task__uuid", "task__key", "task__text", "task__due", "task__position")
                .annotate(**progress_counts(today)).order_by("task__position"))


class UnitProgress:
    """The per-unit rows of a plan for a Paginator: counts units without grouping twice, and names
    only the units of the page it slices."""

    def __init__(self, scoped: AssignmentQuerySet, plan_id: int, today: datetime.date, search: str = ""):
        self.units = scoped.for_plan_units(plan_id, search)
        self.rows = scoped.progress_by_unit(plan_id, today, search)

    def count(self) -> int:
        return self.units.values("unit_id").distinct().count()

    def __getitem__(self, window: slice) -> list[dict]:
        rows = list(self.rows[window])
        units = apps.get_model("units", "Unit").objects.in_bulk([row["unit_id"] for row in rows])
        for row in rows:
            row["unit"] = units[row["unit_id"]]
        return rows


def data_version() -> str:
    """A key that changes whenever a dashboard figure may change: every report change writes an
    event, issuing adds assignments, reminders are rows, and plans come and go. Cached page
    fragments carry it."""
    tables = {name: apps.get_model(*name.split(".", 1))._meta.db_table
              for name in ("tracking.ReportEvent", "tracking.Assignment", "tracking.Reminder", "plans.Plan")}
    with connection.cursor() as cursor:
        cursor.execute(  # table names from the models' meta, no user input
            f"SELECT (SELECT MAX(id) FROM {tables['tracking.ReportEvent']}), "
            f"(SELECT MAX(id) FROM {tables['tracking.Assignment']}), "
            f"(SELECT MAX(id) FROM {tables['tracking.Reminder']}), "
            f"(SELECT COUNT(*) FROM {tables['plans.Plan']}), "
            f"(SELECT MAX(issued_at) FROM {tables['plans.Plan']})")
        return "-".join(str(value) for value in cursor.fetchone()).replace(" ", "_")


def matches(search: str, *texts: str) -> bool:
    """Accent- and case-insensitive containment: "ha noi" matches "Hà Nội"."""
    needle = fold(search)
    return not needle or any(needle in fold(text or "") for text in texts)
