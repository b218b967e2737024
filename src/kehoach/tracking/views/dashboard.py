"""The coordinator's dashboard: figures per plan, then per unit, per task and per assignment.

The figures come from the counters `progress` keeps (a few indexed rows), so an empty cache costs
little; the tables are also cached as fragments keyed by each plan's version, so a change to one
plan leaves the others' fragments alone."""

from __future__ import annotations

from django.core.paginator import Page
from django.utils import timezone

from kehoach.accounts.decorators import coordinator_required
from kehoach.plans.access import get_plan_for_user, plans_for
from kehoach.plans.models import PlanStatus
from kehoach.tracking import figures, progress
from kehoach.tracking.access import assignments_for
from kehoach.tracking.forms import AssignmentFilterForm
from kehoach.tracking.models import PlanProgress
from kehoach.tracking.queries import matches
from kehoach.tracking.states import ReportState
from kehoach.tracking.views.common import (
    LISTED_PLAN,
    PLAN_RECORD,
    later,
    page_of,
    render_page_or_fragment,
    uncounted_page_of,
)
from kehoach.units.folding import fold

VIEWS = ("units", "tasks", "assignments")


@coordinator_required
def dashboard(request):
    today = timezone.localdate()
    search = request.GET.get("q", "")
    plans = [p for p in plans_for(request.user).exclude(status=PlanStatus.DRAFT).only(*LISTED_PLAN)
             .order_by("-issued_at") if matches(search, str(p), p.issuer_name)]
    counted = progress.plan_progress([p.pk for p in plans], today)
    context = {"q": search, "today": today, "version": figures.plans_version(plans, counted),
               "rows": [(plan, counted.get(plan.pk) or PlanProgress(plan=plan)) for plan in plans]}
    return render_page_or_fragment(request, "tracking/dashboard.html", "tracking/_dashboard_rows.html",
                                   context)


@coordinator_required
def plan_dashboard(request, plan_uuid):
    plan = get_plan_for_user(request.user, plan_uuid, defer=PLAN_RECORD, related=("progress",))
    today = timezone.localdate()
    view = request.GET.get("view") if request.GET.get("view") in VIEWS else "units"
    form = AssignmentFilterForm(request.GET or None)
    chosen = form.values()
    counted = getattr(plan, "progress", None)  # None until the plan has assignments
    totals = progress.todays(counted, today) if counted else PlanProgress(plan=plan)
    context = {"plan": plan, "view": view, "form": form, "today": today, "version": totals.version,
               "totals": totals,
               "page_obj": later(lambda: _page(request, view, plan, chosen, today, totals))}
    fragment = f"tracking/_plan_{view}.html"
    return render_page_or_fragment(request, "tracking/plan_dashboard.html", fragment, context)


def _page(request, view: str, plan, chosen: dict, today, totals) -> Page:
    """The page of rows asked for; a unit search in SQL is not counted (`UncountedPaginator`)."""
    rows = _rows(request.user, view, plan, chosen, today, totals)
    return uncounted_page_of(request, rows) if chosen["q"] and view != "tasks" else page_of(request, rows)


def _rows(user, view: str, plan, chosen: dict, today, totals):
    if view == "units":
        rows = figures.progress_by_unit(plan.pk, search=chosen["q"])
        return rows if chosen["q"] else CountedRows(rows, totals.units)
    if view == "tasks":
        rows = figures.progress_by_task(plan.pk, today)
        if chosen["q"]:
            rows = [row for row in rows if matches(chosen["q"], row["task__text"], row["task__key"])]
        return rows
    rows = assignments_for(user).for_plan_review(plan.pk).filtered(
        state=chosen["state"], overdue=chosen["overdue"], today=today)
    if chosen["q"]:
        return rows.filter(unit__search_key__contains=fold(chosen["q"]))
    counter = COUNTED_BY.get((chosen["state"], chosen["overdue"]))
    return CountedRows(rows, getattr(totals, counter)) if counter else rows


# (state filter, overdue only) → the plan total that counts those assignments, so the paginator
# need not count thousands of rows
COUNTED_BY = {("", False): "assigned", ("", True): "late", (ReportState.SUBMITTED, False): "pending",
              (ReportState.ACCEPTED, False): "accepted"}


class CountedRows:
    """Rows whose number the counters already know, for a Paginator."""

    def __init__(self, rows, total: int):
        self.rows, self.total = rows, total

    def count(self) -> int:
        return self.total

    def __getitem__(self, window: slice) -> list:
        return list(self.rows[window])
