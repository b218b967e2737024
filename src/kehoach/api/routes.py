"""The JSON API: the same access helpers and services as the pages, so the same permissions."""


import uuid

from django.http import Http404
from django.utils import timezone
from ninja import NinjaAPI
from ninja.pagination import paginate

from kehoach.accounts.models import User
from kehoach.api.auth import AUTH
from kehoach.api.schemas import (
    AssignmentOut,
    CommentIn,
    DraftIn,
    ErrorOut,
    MarkedOut,
    NotificationOut,
    PlanDetailOut,
    PlanOut,
    ReportOut,
)
from kehoach.plans.access import get_plan_for_user, plans_for, tasks_for
from kehoach.tracking import access, notifications, services

api = NinjaAPI(title="kehoach API", version="1", urls_namespace="api", auth=AUTH,
               description="Kế hoạch, nhiệm vụ được giao và báo cáo của đơn vị.")


@api.exception_handler(services.WorkflowError)
def workflow_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.get("/plans", response=list[PlanOut], tags=["plans"])
@paginate
def list_plans(request):
    return plans_for(request.user).order_by("-created_at")


@api.get("/plans/{plan_uuid}", response=PlanDetailOut, tags=["plans"])
def get_plan(request, plan_uuid: uuid.UUID):
    plan = get_plan_for_user(request.user, plan_uuid)
    plan.visible_tasks = list(tasks_for(request.user, plan))
    return plan


# What AssignmentOut shows of an assignment's rows: not the plan's parsed record (a large JSON
# document, decoded for every row) nor the report's narrative
ASSIGNMENT_OUT = ("uuid", "role", "due", "period_label", "task__uuid", "task__key", "task__text", "task__due",
                  "task__targets", "task__plan__uuid", "unit__name", "current_report__state")


def _scoped_assignments(request):
    return (access.assignments_for(request.user).select_related("task__plan", "unit", "current_report")
            .only(*ASSIGNMENT_OUT).with_late_flag(timezone.localdate())
            .order_by("task__plan_id", "task__position", "unit__name", "due", "id"))


@api.get("/assignments", response=list[AssignmentOut], tags=["assignments"])
@paginate
def list_assignments(request, plan: uuid.UUID | None = None, state: str = "", overdue: bool = False):
    return _scoped_assignments(request).filtered(plan=str(plan or ""), state=state, overdue=overdue,
                                                 today=timezone.localdate())


@api.get("/assignments/{assignment_uuid}", response=AssignmentOut, tags=["assignments"])
def get_assignment(request, assignment_uuid: uuid.UUID):
    access.get_assignment_for_user(request.user, assignment_uuid)  # 404 outside the scope
    return _scoped_assignments(request).get(uuid=assignment_uuid)


@api.post("/assignments/{assignment_uuid}/report", response={200: ReportOut, 409: ErrorOut},
          tags=["reports"])
def save_draft(request, assignment_uuid: uuid.UUID, body: DraftIn):
    """Create or edit the unit's draft report on the assignment."""
    assignment = access.get_rw_assignment_for_user(request.user, assignment_uuid)
    return services.save_draft(assignment, request.user, narrative=body.narrative, achieved=body.achieved,
                               nothing_to_report=body.nothing_to_report)


@api.get("/reports", response=list[ReportOut], tags=["reports"])
@paginate
def list_reports(request, assignment: uuid.UUID | None = None, state: str = ""):
    reports = access.reports_for(request.user).select_related("assignment").order_by("-updated_at")
    if assignment:
        reports = reports.filter(assignment__uuid=assignment)
    return reports.filter(state=state) if state else reports


@api.get("/reports/{report_uuid}", response=ReportOut, tags=["reports"])
def get_report(request, report_uuid: uuid.UUID):
    return access.get_report_for_user(request.user, report_uuid)


def _decide(service, with_comment: bool):
    def endpoint(request, report_uuid: uuid.UUID, body: CommentIn | None = None):
        report = access.get_report_for_user(request.user, report_uuid)
        comment = body.comment if body else ""
        return service(report, request.user, comment) if with_comment else service(report, request.user)

    return endpoint


for _path, _service, _with_comment, _doc in [
    ("submit", services.submit, False, "Gửi báo cáo (tới lãnh đạo đơn vị hoặc văn phòng)."),
    ("approve", services.head_approve, True, "Lãnh đạo đơn vị duyệt và gửi văn phòng (ý kiến tuỳ chọn)."),
    ("accept", services.accept, True, "Văn phòng chấp nhận báo cáo."),
    ("return", services.return_report, True, "Văn phòng trả lại báo cáo, kèm ý kiến (comment)."),
]:
    api.post(f"/reports/{{report_uuid}}/{_path}", response={200: ReportOut, 409: ErrorOut}, tags=["reports"],
             operation_id=f"report_{_path}", url_name=f"report_{_path}", summary=_doc)(
        _decide(_service, _with_comment))


def _unit_notifications(request):
    """The signed-in user's unit's notifications; 404 for users outside a unit, as on the page."""
    if not request.user.is_unit_member:
        raise Http404
    return notifications.notifications_for(request.user)


@api.get("/notifications", response=list[NotificationOut], tags=["notifications"])
@paginate
def list_notifications(request, unread: bool = False):
    """The unit's reminders and returned reports: unread first, newest first; `unread=true` for
    only those this user has not read."""
    rows = _unit_notifications(request).select_related("assignment__task__plan", "report")
    rows = rows.filter(is_read=False) if unread else rows
    return rows.order_by("is_read", "-created_at", "-id")


def _marked(request, chosen) -> dict[str, int]:
    marked = notifications.mark_read(request.user, chosen)
    unread = User.objects.values_list("unread_notifications", flat=True).get(pk=request.user.pk)
    return {"marked": marked, "unread": unread}


@api.post("/notifications/read", response=MarkedOut, tags=["notifications"])
def mark_all_read(request):
    """Mark every notification of the unit read, for this user."""
    return _marked(request, _unit_notifications(request))


@api.post("/notifications/{notification_id}/read", response=MarkedOut, tags=["notifications"])
def mark_one_read(request, notification_id: int):
    """Mark one notification read, for this user (404 outside the user's unit)."""
    chosen = _unit_notifications(request).filter(pk=notification_id)
    if not chosen.exists():
        raise Http404
    return _marked(request, chosen)
