"""The coordinator's dashboard: figures per plan, then per unit, per task and per assignment.

The figures and tables are computed lazily inside cached template fragments keyed by
`data_version()`, so a repeat view of unchanged data runs no aggregate query."""

from __future__ import annotations

from django.utils import timezone

from kehoach.accounts.decorators import coordinator_required
from kehoach.plans.access import get_plan_for_user, plans_for
from kehoach.plans.models import PlanStatus
from kehoach.tracking.access import assignments_for
from kehoach.tracking.forms import AssignmentFilterForm
from kehoach.tracking.queries import UnitProgress, data_version, matches, progress_counts
from kehoach.tracking.views.common import later, page_of, render_page_or_fragment
from kehoach.units.folding import fold

VIEWS = ("units", "tasks", "assignments")
FIGURES = ("assigned", "reported", "accepted", "pending", "late", "missing")


def _plan_rows(user, search: str, today) -> list:
    plans = [p for p in plans_for(user).exclude(status=PlanStatus.DRAFT).order_by("-issued_at")
             if matches(search, str(p), p.issuer_name)]
    scoped = assignments_for(user).filter(task__plan__in=[p.pk for p in plans])
    figures = {row["task__plan_id"]: row for row in scoped.progress_by_plan(today)}
    return [(plan, figures.get(plan.pk, dict.fromkeys(FIGURES, 0))) for plan in plans]


@coordinator_required
def dashboard(request):
    today = timezone.localdate()
    search = request.GET.get("q", "")
    context = {"q": search, "today": today, "version": data_version(),
               "rows": later(lambda: _plan_rows(request.user, search, today))}
    return render_page_or_fragment(request, "tracking/dashboard.html", "tracking/_dashboard_rows.html",
                                   context)


@coordinator_required
def plan_dashboard(request, plan_uuid):
    plan = get_plan_for_user(request.user, plan_uuid)
    today = timezone.localdate()
    view = request.GET.get("view") if request.GET.get("view") in VIEWS else "units"
    form = AssignmentFilterForm(request.GET or None)
    chosen = form.values()
    scoped = assignments_for(request.user).filter(task__plan=plan)
    context = {"plan": plan, "view": view, "form": form, "today": today, "version": data_version(),
               "totals": later(lambda: scoped.aggregate(**progress_counts(today))),
               "page_obj": later(lambda: page_of(request, _rows(scoped, view, plan, chosen, today)))}
    fragment = f"tracking/_plan_{view}.html"
    return render_page_or_fragment(request, "tracking/plan_dashboard.html", fragment, context)


def _rows(scoped, view: str, plan, chosen: dict, today):
    if view == "units":
        return UnitProgress(scoped, plan.pk, today, search=chosen["q"])
    if view == "tasks":
        return [row for row in scoped.progress_by_task(plan.pk, today)
                if matches(chosen["q"], row["task__text"], row["task__key"])]
    rows = scoped.for_plan_review(plan.pk, today).filtered(
        state=chosen["state"], overdue=chosen["overdue"], today=today)
    return rows.filter(unit__search_key__contains=fold(chosen["q"])) if chosen["q"] else rows
