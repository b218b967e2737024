"""The one way views and the API fetch assignments and reports, scoped to the user's unit.

Unit members (reporter, unit head, viewer) see only their own unit's assignments;
a coordinator sees the assignments of the plans its office owns; an admin sees all.
A report the unit has not sent (a draft, or one waiting for its head) is the unit's own: the office
sees that it exists (its state), not what it says, its files or its history, until it is sent.
Anything outside the scope is a 404, never a 403, so its existence does not leak.
"""

from __future__ import annotations

import uuid

from django.db.models import QuerySet
from django.http import Http404

from kehoach.accounts.models import Role, User
from kehoach.plans.models import PlanStatus
from kehoach.tracking.models import Assignment, Attachment, Report
from kehoach.tracking.states import UNSENT

WRITERS = (Role.REPORTER, Role.UNIT_HEAD)


def assignments_for(user: User) -> QuerySet[Assignment]:
    """Assignments the user may see."""
    if not user.is_authenticated or not user.is_active:
        return Assignment.objects.none()
    if user.role == Role.ADMIN:
        return Assignment.objects.all()
    if user.unit_id is None:
        return Assignment.objects.none()
    if user.role == Role.COORDINATOR:
        return Assignment.objects.filter(task__plan__owner_id=user.unit_id)
    return Assignment.objects.filter(unit_id=user.unit_id, task__plan__status=PlanStatus.ISSUED)


def reports_for(user: User) -> QuerySet[Report]:
    """Reports the user may see: those on assignments it may see, and only sent ones outside the unit."""
    reports = Report.objects.filter(assignment__in=assignments_for(user))
    return reports if reads_unsent(user) else reports.exclude(state__in=UNSENT)


def reads_unsent(user: User) -> bool:
    """Whether the user reads reports its unit has not sent yet: only the unit's own members do."""
    return user.is_authenticated and user.is_unit_member


def report_shown(user: User, assignment: Assignment) -> Report | None:
    """The assignment's current report if the user may read it (None before it is sent, for the office)."""
    report = assignment.current_report
    if report is None or (report.state in UNSENT and not reads_unsent(user)):
        return None
    return report


def get_assignment_for_user(user: User, assignment_uuid: uuid.UUID | str) -> Assignment:
    """The assignment, or 404 outside the user's scope."""
    try:
        return assignments_for(user).select_related("task__plan", "unit").get(uuid=assignment_uuid)
    except (Assignment.DoesNotExist, ValueError):
        raise Http404 from None


def get_rw_assignment_for_user(user: User, assignment_uuid: uuid.UUID | str) -> Assignment:
    """The assignment for reporting on: only a reporter or head of the assigned unit."""
    assignment = get_assignment_for_user(user, assignment_uuid)
    if user.role not in WRITERS or assignment.unit_id != user.unit_id:
        raise Http404
    return assignment


def get_report_for_user(user: User, report_uuid: uuid.UUID | str) -> Report:
    """The report, or 404 outside the user's scope."""
    try:
        return reports_for(user).select_related("assignment__task__plan", "assignment__unit").get(
            uuid=report_uuid)
    except (Report.DoesNotExist, ValueError):
        raise Http404 from None


def get_attachment_for_user(user: User, attachment_uuid: uuid.UUID | str) -> Attachment:
    """The evidence file, or 404 outside the user's scope (the report's scope decides)."""
    try:
        return Attachment.objects.select_related("report__assignment").get(
            uuid=attachment_uuid, report__in=reports_for(user))
    except (Attachment.DoesNotExist, ValueError):
        raise Http404 from None


def get_coordinated_assignment(user: User, assignment_uuid: uuid.UUID | str) -> Assignment:
    """The assignment for the office's actions on it (urging a unit): coordinators and admins only."""
    if user.role not in (Role.ADMIN, Role.COORDINATOR):
        raise Http404
    return get_assignment_for_user(user, assignment_uuid)
