"""The one way views and the API fetch plans: every lookup is scoped to the user's unit."""

from __future__ import annotations

import uuid

from django.db.models import QuerySet
from django.http import Http404

from kehoach.accounts.models import Role, User
from kehoach.plans.models import Plan, PlanSource, PlanStatus, PlanTask


def plans_for(user: User) -> QuerySet[Plan]:
    """Plans the user may see: all (admin), its office's (coordinator), or issued plans
    that give its unit a task (unit members)."""
    if not user.is_authenticated or not user.is_active:
        return Plan.objects.none()
    if user.role == Role.ADMIN:
        return Plan.objects.all()
    if user.unit_id is None:
        return Plan.objects.none()
    if user.role == Role.COORDINATOR:
        return Plan.objects.filter(owner_id=user.unit_id)
    return Plan.objects.filter(status=PlanStatus.ISSUED,
                               tasks__assignments__unit_id=user.unit_id).distinct()


def get_plan_for_user(user: User, plan_uuid: uuid.UUID | str, *, defer: tuple[str, ...] = (),
                      related: tuple[str, ...] = ()) -> Plan:
    """The plan, or 404 when it does not exist or lies outside the user's scope; `defer` leaves
    columns the page does not show in the database, `related` fetches rows along in the query."""
    plans = plans_for(user).defer(*defer)
    try:
        return (plans.select_related(*related) if related else plans).get(uuid=plan_uuid)
    except (Plan.DoesNotExist, ValueError):
        raise Http404 from None


def tasks_for(user: User, plan: Plan) -> QuerySet[PlanTask]:
    """The plan's tasks the user may read: all of them for its office (and admins), only those given
    to the user's unit for a unit member — another unit's task in a shared plan is that unit's."""
    tasks = PlanTask.objects.filter(plan=plan)
    if user.role in (Role.ADMIN, Role.COORDINATOR):
        return tasks
    return tasks.filter(assignments__unit_id=user.unit_id).distinct()


def get_rw_plan_for_user(user: User, plan_uuid: uuid.UUID | str) -> Plan:
    """The plan for editing (review, issue): only its coordinating office or an admin."""
    plan = get_plan_for_user(user, plan_uuid)
    if user.role not in (Role.ADMIN, Role.COORDINATOR):
        raise Http404
    return plan


def is_uuid(value: str) -> bool:
    """True for a well-formed UUID (ids that come in forms and query strings)."""
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def sources_for(user: User) -> QuerySet[PlanSource]:
    """Uploaded plan files the user may see: its office's (coordinator), all (admin), none (others)."""
    if not user.is_authenticated or not user.is_active:
        return PlanSource.objects.none()
    if user.role == Role.ADMIN:
        return PlanSource.objects.all()
    if user.role != Role.COORDINATOR or user.unit_id is None:
        return PlanSource.objects.none()
    return PlanSource.objects.filter(owner_id=user.unit_id)


def get_source_for_user(user: User, source_uuid: uuid.UUID | str) -> PlanSource:
    """The uploaded file, or 404 outside the user's scope."""
    try:
        return sources_for(user).get(uuid=source_uuid)
    except (PlanSource.DoesNotExist, ValueError):
        raise Http404 from None
