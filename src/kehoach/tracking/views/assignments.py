"""An assignment's page: what is asked, the unit's report form, evidence files and the history."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kehoach.tracking import access, reminders, services
from kehoach.tracking.forms import DecisionForm, EvidenceForm, ReportForm
from kehoach.tracking.models import Assignment, Reminder, ReportEvent, figure_rows
from kehoach.tracking.periods import report_name
from kehoach.tracking.queries import is_late

PERIODS_SHOWN = 24  # a page of periods: two years of a monthly duty


def _can_write(user, assignment: Assignment) -> bool:
    return user.role in services.WRITERS and user.unit_id == assignment.unit_id


def _periods(user, assignment: Assignment) -> list[dict]:
    """The unit's reporting periods of this task and its final report, latest due first, each with
    its state and whether it is late (one query; none for a one-off duty)."""
    if not assignment.task.recurrence:
        return []
    today = timezone.localdate()
    rows = (access.assignments_for(user).filter(task_id=assignment.task_id, unit_id=assignment.unit_id)
            .order_by("-due", "-id").values("uuid", "period_start", "due", "report_state")[:PERIODS_SHOWN])
    return [{**row, "name": report_name(assignment.task.recurrence, row["period_start"]),
             "is_late": is_late(row["due"], row["report_state"], today),
             "is_this": row["uuid"] == assignment.uuid} for row in rows]


def _context(request, assignment: Assignment, form: ReportForm | None = None) -> dict:
    report = access.report_shown(request.user, assignment)
    targets = assignment.task.targets or []
    editable = _can_write(request.user, assignment) and (report is None or report.state in services.EDITABLE)
    return {
        "assignment": assignment, "task": assignment.task, "plan": assignment.task.plan,
        "report": report, "editable": editable, "targets": targets,
        "form": form or ReportForm.for_report(report if editable else None, targets),
        "state_of": assignment.current_report,  # its state is shown even where its content is not
        "figures": figure_rows(targets, report.figures if report else None),
        "attachments": list(report.attachments.order_by("uploaded_at")) if report else [],
        "evidence_form": EvidenceForm(), "decision_form": DecisionForm(),
        "events": ReportEvent.objects.filter(report__assignment=assignment, report__in=access.reports_for(
            request.user)).select_related("actor", "report"),
        "reminders": Reminder.objects.filter(assignment=assignment).order_by("-sent_at")[:10],
        "periods": _periods(request.user, assignment),
        "is_late": is_late(assignment.due, assignment.report_state, timezone.localdate()),
    }


@login_required
def assignment_detail(request, assignment_uuid):
    assignment = access.get_assignment_for_user(request.user, assignment_uuid)
    return render(request, "tracking/assignment.html", _context(request, assignment))


@login_required
@require_POST
def save_report(request, assignment_uuid):
    """Save the draft; with the "submit" button, send it as well."""
    assignment = access.get_rw_assignment_for_user(request.user, assignment_uuid)
    form = ReportForm(request.POST, targets=assignment.task.targets or [])
    if not form.is_valid():
        return render(request, "tracking/assignment.html", _context(request, assignment, form), status=400)
    try:
        with transaction.atomic():
            report = services.save_draft(assignment, request.user, narrative=form.cleaned_data["narrative"],
                                         achieved=form.achieved())
            if "submit" in request.POST:
                services.submit(report, request.user)
    except services.WorkflowError as error:
        messages.error(request, str(error))
        return redirect("tracking:assignment", assignment_uuid=assignment.uuid)
    messages.success(request, _("Đã gửi báo cáo.") if "submit" in request.POST else _("Đã lưu bản nháp."))
    return redirect("tracking:assignment", assignment_uuid=assignment.uuid)


@login_required
@require_POST
def report_nothing(request, assignment_uuid):
    assignment = access.get_rw_assignment_for_user(request.user, assignment_uuid)
    try:
        services.report_nothing(assignment, request.user)
        messages.success(request, _("Đã báo cáo “không phát sinh”."))
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("tracking:assignment", assignment_uuid=assignment.uuid)


@login_required
@require_POST
def upload_evidence(request, assignment_uuid):
    assignment = access.get_rw_assignment_for_user(request.user, assignment_uuid)
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Hãy chọn một tệp minh chứng."))
        return redirect("tracking:assignment", assignment_uuid=assignment.uuid)
    try:
        with transaction.atomic():
            report = services.open_report(assignment, request.user)
            attachment = services.add_attachment(report, request.user, form.cleaned_data["file"])
        messages.success(request, _("Đã đính kèm %(name)s.") % {"name": attachment.original_name})
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("tracking:assignment", assignment_uuid=assignment.uuid)


@login_required
def download_evidence(request, attachment_uuid):
    """Evidence files are never served as static files: only here, after the scope check."""
    attachment = access.get_attachment_for_user(request.user, attachment_uuid)
    response = FileResponse(attachment.file.open("rb"), as_attachment=True,
                            filename=attachment.original_name, content_type=attachment.content_type)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def delete_evidence(request, attachment_uuid):
    attachment = access.get_attachment_for_user(request.user, attachment_uuid)
    assignment = attachment.report.assignment
    try:
        services.remove_attachment(attachment, request.user)
        messages.success(request, _("Đã xoá tệp %(name)s.") % {"name": attachment.original_name})
    except services.WorkflowError as error:
        messages.error(request, str(error))
    return redirect("tracking:assignment", assignment_uuid=assignment.uuid)


@login_required
@require_POST
def remind(request, assignment_uuid):
    """The office urges a unit now ("nhắc nhở"); HTMX gets the refreshed row back."""
    assignment = access.get_coordinated_assignment(request.user, assignment_uuid)
    sent = reminders.deliver(assignment, sender=request.user)
    failed = [r.error for r in sent if r.error]
    reached = len(failed) < len(sent)  # the in-app notice reaches a unit that has no email address
    if request.htmx:
        rows = Assignment.objects.for_plan_review(assignment.task.plan_id)
        return render(request, "tracking/_plan_assignment_row.html", {
            "a": get_object_or_404(rows, pk=assignment.pk),
            "flash": _("Đã nhắc") if reached else failed[0]})
    if failed:
        messages.warning(request, _("Chưa gửi được nhắc nhở: %(error)s") % {"error": failed[0]})
    if reached:
        messages.success(request, _("Đã nhắc %(unit)s.") % {"unit": assignment.unit.name})
    plan_page = reverse("tracking:plan_dashboard", args=[assignment.task.plan.uuid])
    return redirect(f"{plan_page}?view=assignments")
