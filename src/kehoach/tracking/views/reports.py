"""A report's page: what the unit sent, its files and history; the office accepts or returns it,
and a unit head approves or sends back a reporter's report."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kehoach.accounts.models import Role
from kehoach.tracking import access, services
from kehoach.tracking.forms import DecisionForm
from kehoach.tracking.models import ReportState

# action → (service, needs a comment, message)
DECISIONS = {
    "accept": (services.accept, False, _("Đã chấp nhận báo cáo.")),
    "return": (services.return_report, True, _("Đã trả lại báo cáo cho đơn vị.")),
    "approve": (services.head_approve, False, _("Đã duyệt và gửi báo cáo lên văn phòng.")),
    "send_back": (services.head_return, True, _("Đã trả lại báo cáo cho cán bộ.")),
}


def decisions_for(user, report) -> list[str]:
    """The decisions the user may take on the report now."""
    if report.state == ReportState.SUBMITTED and user.is_coordinator:
        return ["accept", "return"]
    if (report.state == ReportState.AWAITING_HEAD and user.role == Role.UNIT_HEAD
            and user.unit_id == report.assignment.unit_id):
        return ["approve", "send_back"]
    return []


@login_required
def report_detail(request, report_uuid):
    report = access.get_report_for_user(request.user, report_uuid)
    return render(request, "tracking/report.html", {
        "report": report, "assignment": report.assignment, "task": report.assignment.task,
        "plan": report.assignment.task.plan, "figures": report.assignment.figure_rows(report),
        "attachments": report.attachments.order_by("uploaded_at"),
        "events": report.events.select_related("actor"),
        "decisions": decisions_for(request.user, report), "decision_form": DecisionForm(),
    })


@login_required
@require_POST
def decide(request, report_uuid):
    report = access.get_report_for_user(request.user, report_uuid)
    action = request.POST.get("action", "")
    form = DecisionForm(request.POST)
    if action not in decisions_for(request.user, report) or not form.is_valid():
        messages.error(request, _("Thao tác không hợp lệ với báo cáo này."))
        return redirect("tracking:report", report_uuid=report.uuid)
    service, with_comment, done = DECISIONS[action]
    comment = form.cleaned_data["comment"]
    try:
        service(report, request.user, comment) if with_comment or comment else service(report, request.user)
        messages.success(request, done)
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("tracking:report", report_uuid=report.uuid)
