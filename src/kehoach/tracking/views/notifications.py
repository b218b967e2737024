"""The unit's notifications: reminders and returned reports, newest first; each member marks them read."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from kehoach.tracking import notifications
from kehoach.tracking.views.common import page_of

SHOWN = ("kind", "comment", "created_at", "assignment__uuid", "assignment__period_start", "assignment__due",
         "assignment__task__recurrence",
         "assignment__task__key", "assignment__task__text", "assignment__task__plan__number",
         "assignment__task__plan__symbol", "assignment__task__plan__title", "report__uuid")


@login_required
def notification_list(request):
    if not request.user.is_unit_member:
        raise Http404
    rows = (notifications.notifications_for(request.user)
            .select_related("assignment__task__plan", "report").only(*SHOWN))
    return render(request, "tracking/notifications.html", {"page_obj": page_of(request, rows)})


@login_required
@require_POST
def mark_read(request):
    """Mark one notification ("id") or all of the unit's read, for this user."""
    chosen = notifications.notifications_for(request.user)
    if request.POST.get("id"):
        chosen = chosen.filter(pk=request.POST["id"]) if request.POST["id"].isdigit() else chosen.none()
    notifications.mark_read(request.user, chosen)
    return redirect("tracking:notifications")
