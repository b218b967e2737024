"""The coordinator's plan list and plan detail."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import render

from kehoach.accounts.decorators import coordinator_required
from kehoach.plans.access import plans_for


@coordinator_required
def plan_list(request):
    """Plans of the coordinator's office, newest first."""
    page = Paginator(plans_for(request.user), 25).get_page(request.GET.get("page"))
    return render(request, "plans/plan_list.html", {"page_obj": page})
