"""Helpers the report views share: the scoped report data and file responses."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

from kehoach.plans.access import get_plan_for_user, plans_for
from kehoach.plans.models import Plan
from kehoach.reports.queries import plan_coverage, plan_report
from kehoach.reports.summary import PlanReport, Signer
from kehoach.tracking.access import assignments_for, reads_unsent
from kehoach.units.folding import fold

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ICS = "text/calendar; charset=utf-8"
SIGNER_FIELDS = ("authority", "position", "name")


def scoped_report(request, plan_uuid, *, coverage: bool = False) -> tuple[Plan, PlanReport]:
    """The plan (404 outside the user's scope) and its report data from what the user may see: a
    unit member gets its own unit's assignments and only the tasks given to it."""
    plan = get_plan_for_user(request.user, plan_uuid)
    report = plan_report(plan, assignments_for(request.user), timezone.localdate(), signer_from(request.GET),
                         unsent_shown=reads_unsent(request.user))
    if not request.user.is_coordinator:
        own = {row.task_key for row in report.assignments}
        report.tasks = [task for task in report.tasks if task.key in own]
    if coverage:
        report.coverage = plan_coverage(plan, plans_for(request.user))
    return plan, report


def signer_from(params) -> Signer:
    """The signature block the office typed on the overview page; ND 30 placeholders otherwise."""
    given = {f: params.get(f, "").strip()[:200] for f in SIGNER_FIELDS}
    return Signer(**{f: v for f, v in given.items() if v})


def file_stem(prefix: str, plan: Plan) -> str:
    """An ASCII file name: "bao-cao-12-kh-vpcqtt" (mail programs mangle accented names)."""
    return slugify(fold(f"{prefix} {plan.number} {plan.symbol}")) or prefix


def attachment(content: bytes, content_type: str, filename: str, inline: bool = False) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
