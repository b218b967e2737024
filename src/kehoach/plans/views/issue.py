"""Issuing a reviewed plan (coordinators; a confirmation page, then POST)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kehoach.accounts.decorators import coordinator_required
from kehoach.plans.access import get_rw_plan_for_user
from kehoach.plans.issuing import issue_plan
from kehoach.plans.models import PlanStatus
from kehoach.plans.review import Review


@coordinator_required
def issue(request, plan_uuid):
    """GET: what issuing will create; POST: issue it."""
    plan = get_rw_plan_for_user(request.user, plan_uuid)
    if plan.status != PlanStatus.DRAFT:
        return redirect("plans:detail", plan_uuid=plan.uuid)
    if request.method == "POST":
        summary = issue_plan(plan)
        counts = {"tasks": summary.tasks, "assignments": summary.assignments}
        messages.success(request, _("Đã ban hành kế hoạch: %(tasks)s nhiệm vụ, %(assignments)s lượt giao "
                                    "cho đơn vị.") % counts)
        if summary.unmatched:
            messages.warning(request, _("%(n)s tên đơn vị chưa khớp danh bạ nên chưa được giao.")
                             % {"n": summary.unmatched})
        return redirect("plans:detail", plan_uuid=plan.uuid)
    context = Review(plan).context()
    context["assignment_count"] = sum(len(u.resolution.units) for t in context["tasks"] for u in t.units)
    return render(request, "plans/issue_confirm.html", context)
