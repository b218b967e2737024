"""The office's report pages: its plans, one plan's overview with charts, the coverage page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import render

from kehoach.accounts.decorators import coordinator_required
from kehoach.plans.access import plans_for
from kehoach.plans.models import PlanStatus
from kehoach.reports.charts import progress_over_time_chart, progress_series, unit_progress_chart
from kehoach.reports.summary import Signer
from kehoach.reports.views.common import scoped_report

UNITS_PER_PAGE = 50
LATE_SHOWN = 100  # the rest are in the spreadsheet's "Trễ hạn" sheet


@coordinator_required
def index(request):
    plans = plans_for(request.user).exclude(status=PlanStatus.DRAFT).order_by("-issued_date", "-created_at")
    return render(request, "reports/index.html", {"plans": plans})


@coordinator_required
def overview(request, plan_uuid):
    plan, report = scoped_report(request, plan_uuid)
    totals, units, late = report.totals(), report.figures_by_unit(), report.late_rows()
    context = {
        "plan": plan, "report": report, "totals": totals,
        "page_obj": Paginator(units, UNITS_PER_PAGE).get_page(request.GET.get("page")),
        "late": [(row, row.days_late(report.today)) for row in late[:LATE_SHOWN]],
        "late_hidden": max(len(late) - LATE_SHOWN, 0), "signer": Signer(),
        "unit_chart": unit_progress_chart(units),
        "time_chart": progress_over_time_chart(progress_series(report), totals.assigned),
    }
    return render(request, "reports/overview.html", context)


@coordinator_required
def coverage(request, plan_uuid):
    plan, report = scoped_report(request, plan_uuid, coverage=True)
    return render(request, "reports/coverage.html", {"plan": plan, "report": report})
