"""The unit portal: the unit's tasks across plans, what is asked, what it reported, what is late."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone

from kehoach.plans.access import plans_for
from kehoach.tracking.access import assignments_for
from kehoach.tracking.forms import AssignmentFilterForm
from kehoach.tracking.queries import matches
from kehoach.tracking.views.common import page_of, render_page_or_fragment


@login_required
def portal(request):
    user = request.user
    if user.is_coordinator:
        return redirect("tracking:dashboard")
    if user.unit_id is None:
        raise Http404
    today = timezone.localdate()
    form = AssignmentFilterForm(request.GET or None, plans=plans_for(user).order_by("-issued_date"))
    chosen = form.values()
    rows = (assignments_for(user).for_unit_portal(user.unit_id, today)
            .filtered(plan=chosen["plan"], state=chosen["state"], overdue=chosen["overdue"], today=today))
    rows = [a for a in rows if matches(chosen["q"], a.task.text, str(a.task.plan), a.task.key)]
    context = {"form": form, "page_obj": page_of(request, rows), "today": today,
               "late_count": sum(1 for a in rows if a.is_late), "total": len(rows)}
    return render_page_or_fragment(request, "tracking/portal.html", "tracking/_portal_rows.html", context)
