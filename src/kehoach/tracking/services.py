"""The report workflow: pure functions on models, each one transaction, each change kept as an event.

draft → (reporter, unit has a head) awaiting_head → submitted → accepted
  ↖ (head sends back) ↙                              ↘ returned → (edit, resubmit)
A reporter of a unit without a head, or the head, submits straight to the office. A head's
send-back stays inside the unit: the report is a draft again (the event and the head's comment
say why), so "returned" is only ever the office's own return.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kehoach.accounts.models import Role, User
from kehoach.tracking import evidence, notifications, progress, reminders
from kehoach.tracking.models import Assignment, Attachment, NotificationKind, Report, ReportEvent, ReportState

EDITABLE = (ReportState.DRAFT, ReportState.RETURNED)
WRITERS = (Role.REPORTER, Role.UNIT_HEAD)


class WorkflowError(ValueError):
    """An action the report's state or the user's role does not allow; a one-line Vietnamese reason."""


def snapshot(report: Report) -> dict:
    """What the report said at this moment, for the history."""
    return {"state": report.state, "narrative": report.narrative, "figures": report.figures,
            "nothing_to_report": report.nothing_to_report,
            "attachments": [a.original_name for a in report.attachments.all()]}


def _record(report: Report, actor: User, action: str, from_state: str, comment: str = "") -> None:
    """Keep the change as an event, and the assignment's copy of the state and the counters in step."""
    progress.change_state(report.assignment_id, report.pk, report.state)
    ReportEvent.objects.create(report=report, actor=actor, action=action, from_state=from_state,
                               to_state=report.state, comment=comment, snapshot=snapshot(report))


def _require_writer(assignment: Assignment, user: User) -> None:
    if user.role not in WRITERS or user.unit_id != assignment.unit_id:
        raise WorkflowError(_("Chỉ cán bộ của đơn vị được giao mới được báo cáo."))


def _require_coordinator(report: Report, user: User) -> None:
    owner_id = report.assignment.task.plan.owner_id
    if not (user.role == Role.ADMIN or (user.role == Role.COORDINATOR and user.unit_id == owner_id)):
        raise WorkflowError(_("Chỉ văn phòng theo dõi kế hoạch mới được duyệt báo cáo."))


def _require_state(report: Report, *states: str) -> None:
    if report.state not in states:
        raise WorkflowError(_("Báo cáo đang ở trạng thái “%(state)s”, không thực hiện được thao tác này.")
                            % {"state": report.get_state_display()})


def clean_figures(assignment: Assignment, achieved: Sequence[object]) -> list[dict]:
    """One figure per target of the task: {"target": index, "achieved": number or None}."""
    targets = assignment.task.targets or []
    if len(achieved) != len(targets):
        raise WorkflowError(_("Cần đúng %(n)s số liệu, theo các chỉ tiêu của nhiệm vụ.")
                            % {"n": len(targets)})
    return [{"target": i, "achieved": _number(value, targets[i])} for i, value in enumerate(achieved)]


def _number(value: object, target: dict) -> float | int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        number = Decimal(-1)
    if not number.is_finite() or number < 0:
        raise WorkflowError(_("Số liệu “%(value)s” cho chỉ tiêu “%(unit)s” phải là số không âm.")
                            % {"value": value, "unit": target.get("unit") or target.get("text", "")})
    return int(number) if number == number.to_integral_value() else float(number)


def open_report(assignment: Assignment, user: User) -> Report:
    """The report the unit is working on, or a new draft when it has none (named for the
    assignment's reporting period). An accepted report closes the assignment: a new draft would
    make it count as unreported again."""
    _require_writer(assignment, user)
    current = assignment.current_report
    if current is not None and current.state in EDITABLE:
        return current
    if current is not None and current.state == ReportState.ACCEPTED:
        raise WorkflowError(_("Báo cáo đã được chấp nhận, không sửa được nữa."))
    if current is not None:
        raise WorkflowError(_("Báo cáo đã gửi đang chờ duyệt, chưa sửa được."))
    figures = [{"target": i, "achieved": None} for i in range(len(assignment.task.targets or []))]
    report = Report.objects.create(assignment=assignment, created_by=user,
                                   period_label=assignment.period_label, figures=figures)
    Assignment.objects.filter(pk=assignment.pk).update(current_report=report)
    assignment.current_report = report
    _record(report, user, "create", "")
    return report


@transaction.atomic
def save_draft(assignment: Assignment, user: User, *, narrative: str, achieved: Sequence[object],
               nothing_to_report: bool = False) -> Report:
    """Create or edit the unit's open report."""
    report = open_report(assignment, user)
    report.narrative = narrative.strip()
    report.figures = clean_figures(assignment, achieved)
    report.nothing_to_report = nothing_to_report
    report.save()
    _record(report, user, "edit", report.state)
    return report


@transaction.atomic
def report_nothing(assignment: Assignment, user: User) -> Report:
    """ "Không phát sinh" in one click: an empty report, sent at once."""
    report = save_draft(assignment, user, narrative=_("Không phát sinh."),
                        achieved=[None] * len(assignment.task.targets or []), nothing_to_report=True)
    return submit(report, user)


def _unit_has_head(unit_id: int) -> bool:
    return User.objects.filter(unit_id=unit_id, role=Role.UNIT_HEAD, is_active=True).exists()


@transaction.atomic
def submit(report: Report, user: User) -> Report:
    """Send the report: to the unit head when a reporter's unit has one, else to the office."""
    _require_writer(report.assignment, user)
    _require_state(report, *EDITABLE)
    if not report.nothing_to_report and not report.narrative:
        raise WorkflowError(_("Hãy nhập kết quả thực hiện trước khi gửi."))
    before = report.state
    via_head = user.role == Role.REPORTER and _unit_has_head(report.assignment.unit_id)
    report.state = ReportState.AWAITING_HEAD if via_head else ReportState.SUBMITTED
    resent = before == ReportState.RETURNED or report.sent_back_by_head
    return _deliver(report, user, before, "resubmit" if resent else "submit")


def _deliver(report: Report, user: User, before: str, action: str, comment: str = "") -> Report:
    if report.state == ReportState.SUBMITTED:
        report.submitted_at = timezone.now()
        Assignment.objects.filter(pk=report.assignment_id).update(next_reminder_at=None)
    report.save()
    _record(report, user, action, before, comment)
    return report


@transaction.atomic
def head_approve(report: Report, user: User, comment: str = "") -> Report:
    """The unit head passes a reporter's report on to the office (a comment is kept in the history)."""
    _require_head(report, user)
    _require_state(report, ReportState.AWAITING_HEAD)
    report.state = ReportState.SUBMITTED
    return _deliver(report, user, ReportState.AWAITING_HEAD, "head_approve", comment.strip())


def _require_head(report: Report, user: User) -> None:
    if user.role != Role.UNIT_HEAD or user.unit_id != report.assignment.unit_id:
        raise WorkflowError(_("Chỉ lãnh đạo đơn vị mới được duyệt báo cáo của đơn vị."))


@transaction.atomic
def head_return(report: Report, user: User, comment: str) -> Report:
    """The unit head sends the report back to the reporter with a comment: a draft of the unit again
    (never sent, to the office), not a return, which is the office's."""
    _require_head(report, user)
    _require_state(report, ReportState.AWAITING_HEAD)
    return _send_back(report, user, comment, "head_return", ReportState.DRAFT)


def _send_back(report: Report, user: User, comment: str, action: str, state: ReportState) -> Report:
    comment = comment.strip()
    if not comment:
        raise WorkflowError(_("Hãy ghi rõ lý do trả lại."))
    before = report.state
    report.state, report.reviewer_comment = state, comment
    if state == ReportState.RETURNED:  # the office's review; a head's send-back is not one
        report.reviewed_at = timezone.now()
    report.save()
    _record(report, user, action, before, comment)
    notifications.notify(report.assignment, NotificationKind.RETURNED, report, comment)
    return report


@transaction.atomic
def accept(report: Report, user: User, comment: str = "") -> Report:
    """The office accepts a submitted report."""
    _require_coordinator(report, user)
    _require_state(report, ReportState.SUBMITTED)
    report.state, report.reviewed_at = ReportState.ACCEPTED, timezone.now()
    report.reviewer_comment = comment.strip()
    report.save()
    _record(report, user, "accept", ReportState.SUBMITTED, comment.strip())
    return report


@transaction.atomic
def return_report(report: Report, user: User, comment: str) -> Report:
    """The office returns a submitted report with a comment; the unit is reminded again later."""
    _require_coordinator(report, user)
    _require_state(report, ReportState.SUBMITTED)
    Assignment.objects.filter(pk=report.assignment_id).update(
        next_reminder_at=reminders.after_return(timezone.now()))
    return _send_back(report, user, comment, "return", ReportState.RETURNED)


@transaction.atomic
def add_attachment(report: Report, user: User, upload: UploadedFile) -> Attachment:
    """Store an evidence file under a random name after checking its real type and size."""
    _require_writer(report.assignment, user)
    _require_state(report, *EDITABLE)
    name = (upload.name or "tep").rsplit("/", 1)[-1][:255]
    try:
        content_type = evidence.check(name, upload.size or 0, upload)
    except evidence.EvidenceError as error:
        raise WorkflowError(str(error)) from None
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    attachment = Attachment(report=report, original_name=name, content_type=content_type,
                            size=upload.size, sha256=digest.hexdigest(), uploaded_by=user)
    attachment.file.save(name, upload, save=True)
    _record(report, user, "attach", report.state, name)
    return attachment


@transaction.atomic
def remove_attachment(attachment: Attachment, user: User) -> None:
    """Drop an evidence file from an open report."""
    report = attachment.report
    _require_writer(report.assignment, user)
    _require_state(report, *EDITABLE)
    name = attachment.original_name
    transaction.on_commit(lambda: attachment.file.storage.delete(attachment.file.name))
    attachment.delete()
    _record(report, user, "detach", report.state, name)
