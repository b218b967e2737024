"""The one way views and the API fetch plans: every lookup is scoped to the user's unit."""

from __future__ import annotations

import uuid

from django.db.models import QuerySet
from django.http import Http404

from kehoach.accounts.models import Role, User
from kehoach.plans.models import Plan, PlanStatus


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


def get_plan_for_user(user: User, plan_uuid: uuid.UUID | str) -> Plan:
    """The plan, or 404 when it does not exist or lies outside the user's scope."""
    try:
        return plans_for(user).get(uuid=plan_uuid)
    except (Plan.DoesNotExist, ValueError):
        raise Http404 from None


def get_rw_plan_for_user(user: User, plan_uuid: uuid.UUID | str) -> Plan:
    """The plan for editing (review, issue): only its coordinating office or an admin."""
    plan = get_plan_for_user(user, plan_uuid)
    if user.role not in (Role.ADMIN, Role.COORDINATOR):
        raise Http404
    return plan
