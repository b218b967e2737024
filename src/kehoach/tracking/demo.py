"""Demo reports in every state on the issued plans, for the demo users (called by load_demo)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from kehoach.accounts.models import Role, User
from kehoach.plans.models import PlanStatus
from kehoach.tracking import services
from kehoach.tracking.models import Assignment

NARRATIVE = ("Đơn vị đã triển khai nhiệm vụ theo kế hoạch: ban hành văn bản hướng dẫn, "
             "tổ chức thực hiện và tổng hợp kết quả.")
# One step of the cycle per assignment, so every state appears; "none" leaves it unreported.
CYCLE = ("none", "draft", "submitted", "accepted", "returned", "nothing", "awaiting_head", "accepted")
# A recurring duty's periods: the past ones mostly accepted, some never sent (late), one returned,
# one awaiting the office; the current one being drafted or not started yet.
PAST_PERIODS = ("accepted", "none", "accepted", "returned", "nothing", "accepted", "submitted")
CURRENT_PERIODS = ("draft", "none")


def _people(assignment: Assignment) -> dict[str, User]:
    users = User.objects.filter(unit_id=assignment.unit_id, is_active=True).order_by("id")
    found = {}
    for user in users:
        found.setdefault(user.role, user)
    return found


def _coordinator(assignment: Assignment) -> User | None:
    return (User.objects.filter(unit_id=assignment.task.plan.owner_id, role=Role.COORDINATOR, is_active=True)
            .order_by("id").first())


def _achieved(assignment: Assignment, share: float) -> list[float]:
    return [round((t.get("quantity") or 1) * share) for t in assignment.task.targets or []]


def _play(assignment: Assignment, step: str) -> bool:
    """Take the assignment to `step`; False when its unit has nobody to report (or step is "none")."""
    people, office = _people(assignment), _coordinator(assignment)
    writer = people.get(Role.UNIT_HEAD) or people.get(Role.REPORTER)
    if step == "awaiting_head":
        writer = people.get(Role.REPORTER) if Role.UNIT_HEAD in people else None
    if writer is None or office is None or step == "none":
        return False
    if step == "nothing":
        services.accept(services.report_nothing(assignment, writer), office)
        return True
    share = 1.0 if step == "accepted" else 0.6
    report = services.save_draft(assignment, writer, narrative=NARRATIVE,
                                 achieved=_achieved(assignment, share))
    if step == "draft":
        return True
    services.submit(report, writer)
    if step == "accepted":
        services.accept(report, office, "Báo cáo đầy đủ.")
    elif step == "returned":
        services.return_report(report, office, "Đề nghị bổ sung số liệu cụ thể và tài liệu minh chứng.")
    return True


@transaction.atomic
def add_demo_reports() -> int:
    """Reports on the issued plans' assignments that have none yet; returns how many were made.
    Running it again changes nothing (assignments with a report are left alone)."""
    issued = (Assignment.objects.filter(task__plan__status=PlanStatus.ISSUED)
              .select_related("task__plan", "unit").order_by("task__plan_id", "task__position", "id"))
    touched = set(issued.filter(reports__isnull=False).values_list("id", flat=True))
    today = timezone.localdate()
    count = 0
    for i, assignment in enumerate(issued):  # the step follows the position, so reruns agree
        if assignment.pk not in touched and _play(assignment, _step(assignment, i, today)):
            count += 1
    return count


def _step(assignment: Assignment, i: int, today: dt.date) -> str:
    """The state the i-th assignment is taken to: a period by whether it is past, others by the cycle."""
    if assignment.period_start is None:
        return CYCLE[i % len(CYCLE)]
    steps = PAST_PERIODS if assignment.due < today else CURRENT_PERIODS
    return steps[i % len(steps)]
