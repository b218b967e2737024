"""Assignment queries, each named for the page it feeds; their query counts are pinned in tests."""

from __future__ import annotations

import datetime

from django.apps import apps
from django.db import models, transaction
from django.db.models import OuterRef, Q, Subquery

from kehoach.plans.models import PlanStatus
from kehoach.tracking.states import DELIVERED, ReportState
from kehoach.units.folding import fold

NO_REPORT = "none"  # the filter value for "nothing started yet"
# The columns each list shows, fetched as dicts: a row of four tables is then one dict, not four
# model objects, and a plan's record or a report's narrative stay in the database.
# Whether a row is late is worked out in Python (`is_late`): cheaper than building the expression.
ROW_FIELDS = ("uuid", "due", "period_start", "report_state", "task__recurrence", "task__key", "task__text",
              "task__targets", "current_report__uuid", "current_report__figures")
PLAN_REVIEW_FIELDS = (*ROW_FIELDS, "unit__name", "last_reminded")
PORTAL_FIELDS = (*ROW_FIELDS, "role", "task__plan__number", "task__plan__symbol", "task__plan__title")

def delivered_q() -> Q:
    return Q(report_state__in=DELIVERED)


def late_q(today: datetime.date) -> Q:
    """Late: the due date has passed and the office holds no submitted or accepted report."""
    return Q(due__lt=today) & ~delivered_q()


def is_late(due: datetime.date | None, report_state: str, today: datetime.date) -> bool:
    """`late_q` for an assignment in hand."""
    return due is not None and due < today and report_state not in DELIVERED


class AssignmentQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        """Issuing a plan creates its assignments here: count them in the same transaction."""
        from kehoach.tracking import progress

        with transaction.atomic(using=self.db):
            created = super().bulk_create(objs, *args, **kwargs)
            plans = apps.get_model("plans", "PlanTask").objects.filter(pk__in={a.task_id for a in created})
            progress.recount(plans.values_list("plan_id", flat=True).distinct())
        return created

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

    def for_unit_portal(self, unit_id: int) -> AssignmentQuerySet:
        """The unit's tasks across issued plans, soonest due first, with their current report: a
        dict per row (PORTAL_FIELDS)."""
        return (self.filter(unit_id=unit_id, task__plan__status=PlanStatus.ISSUED)
                .order_by(models.F("due").asc(nulls_last=True), "task__plan_id", "task__position")
                .values(*PORTAL_FIELDS))

    def for_plan_review(self, plan_id: int) -> AssignmentQuerySet:
        """One plan's assignments with units, current reports and last reminder, for the office's
        list: a dict per row (PLAN_REVIEW_FIELDS)."""
        reminders = apps.get_model("tracking", "Reminder").objects.filter(assignment=OuterRef("pk"))
        return (self.filter(task__plan_id=plan_id)
                .annotate(last_reminded=Subquery(reminders.order_by("-sent_at").values("sent_at")[:1]))
                .order_by("task_id", "unit_id")  # the (task, unit) index: no sort of the whole plan
                .values(*PLAN_REVIEW_FIELDS))


def matches(search: str, *texts: str) -> bool:
    """Accent- and case-insensitive containment: "ha noi" matches "Hà Nội"."""
    needle = fold(search)
    return not needle or any(needle in fold(text or "") for text in texts)
