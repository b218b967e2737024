"""The coordinator's plan list (filters, accent-insensitive search) and plan detail."""

from __future__ import annotations

from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from kehoach.accounts.decorators import coordinator_required
from kehoach.plans.access import get_rw_plan_for_user, plans_for
from kehoach.plans.models import PlanStatus, PlanTask, TaskUnit
from kehoach.tracking.models import Assignment
from kehoach.web.navigation import safe_reverse


class PlanFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False, widget=forms.TextInput(
        attrs={"type": "search", "placeholder": _("Số, trích yếu, cơ quan…")}))
    status = forms.ChoiceField(label=_("Trạng thái"), required=False,
                               choices=[("", _("Mọi trạng thái")), *PlanStatus.choices])
    year = forms.IntegerField(label=_("Năm"), required=False, min_value=1990, max_value=2100,
                              widget=forms.NumberInput(attrs={"placeholder": _("Năm")}))

    def apply(self, plans):
        if not self.is_valid():
            return plans
        data = self.cleaned_data
        if data["q"]:
            plans = plans.search(data["q"])
        if data["status"]:
            plans = plans.filter(status=data["status"])
        if data["year"]:
            plans = plans.filter(issued_date__year=data["year"])
        return plans


@coordinator_required
def plan_list(request):
    """Plans of the coordinator's office, newest first, 25 a page."""
    form = PlanFilterForm(request.GET or None)
    plans = form.apply(plans_for(request.user).for_plan_list()).order_by("-created_at")
    page = Paginator(plans, 25).get_page(request.GET.get("page"))
    return render(request, "plans/plan_list.html", {"page_obj": page, "form": form})


@coordinator_required
def plan_detail(request, plan_uuid):
    """An issued (or draft) plan: facts, tasks, the units each task went to."""
    plan = get_rw_plan_for_user(request.user, plan_uuid)
    tasks = PlanTask.objects.filter(plan=plan).prefetch_related(
        Prefetch("named_units", queryset=TaskUnit.objects.prefetch_related("units")),
        Prefetch("assignments", queryset=Assignment.objects.select_related("unit")),
    )
    return render(request, "plans/plan_detail.html", {
        "plan": plan, "tasks": tasks, "implementing": plan.implementing_plans.all(),
        "source": getattr(plan, "source", None),
        "tracking_dashboard_url": safe_reverse("tracking:plan_dashboard", plan_uuid=plan.uuid),
        "reports_url": safe_reverse("reports:overview", plan_uuid=plan.uuid)})
