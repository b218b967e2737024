"""The unit portal: the unit's tasks across plans, what is asked, what it reported, what is late."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone

from kehoach.plans.access import plans_for
from kehoach.tracking.access import assignments_for
from kehoach.tracking.forms import AssignmentFilterForm
from kehoach.tracking.progress import with_unit_changes
from kehoach.tracking.queries import is_late, matches
from kehoach.tracking.templatetags.tracking_rows import portal_plan
from kehoach.tracking.views.common import LISTED_PLAN, later, page_of, render_page_or_fragment


def _listing(request, chosen: dict, today) -> dict:
    rows = (assignments_for(request.user).for_unit_portal(request.user.unit_id)
            .filtered(plan=chosen["plan"], state=chosen["state"], overdue=chosen["overdue"], today=today))
    if chosen["q"]:
        rows = [a for a in rows if matches(chosen["q"], a["task__text"], portal_plan(a), a["task__key"])]
    rows = list(rows)
    return {"page_obj": page_of(request, rows), "total": len(rows),
            "late_count": sum(1 for a in rows if is_late(a["due"], a["report_state"], today))}


@login_required
def portal(request):
    user = request.user
    if user.is_coordinator:
        return redirect("tracking:dashboard")
    if user.unit_id is None:
        raise Http404
    today = timezone.localdate()
    plans = list(with_unit_changes(plans_for(user).only(*LISTED_PLAN), user.unit_id).order_by("-issued_date"))
    form = AssignmentFilterForm(request.GET or None, plans=plans)
    chosen = form.values()
    # the unit's rows change with its reports (in each plan) and new tasks; the plan list with
    # issuing and titles
    version = f"{[(plan.pk, plan.unit_changed) for plan in plans]}-{form.fields['plan'].choices}"
    context = {"form": form, "today": today, "version": version,
               "listing": later(lambda: _listing(request, chosen, today))}
    return render_page_or_fragment(request, "tracking/portal.html", "tracking/_portal_rows.html", context)
