"""The review screen and its HTMX edits (each returns the fragment it changed)."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from kehoach.accounts.decorators import coordinator_required
from kehoach.plans import edits as plan_edits
from kehoach.plans.access import get_rw_plan_for_user, is_uuid
from kehoach.plans.forms import DocumentForm, TaskForm
from kehoach.plans.models import Plan, PlanStatus
from kehoach.plans.records import sync_plan_fields
from kehoach.plans.review import Review
from kehoach.plans.unit_names import choice_key
from kehoach.units.matching import match_unit
from kehoach.units.models import Unit


def _draft(request, plan_uuid) -> Plan:
    """The plan under review: the user's office's draft, else 404."""
    plan = get_rw_plan_for_user(request.user, plan_uuid)
    if plan.status != PlanStatus.DRAFT:
        raise Http404
    return plan


def _save_edits(plan: Plan, edits: dict) -> None:
    plan.edits = edits
    sync_plan_fields(plan, plan_edits.apply_edits(plan.record, edits))
    plan.save()


def _fragment(request, plan: Plan, template: str, context: dict):
    """The changed fragment for HTMX; a full reload of the review page otherwise."""
    if not request.htmx:
        return redirect("plans:review", plan_uuid=plan.uuid)
    return render(request, template, context)


@coordinator_required
@require_GET
def review(request, plan_uuid):
    plan = get_rw_plan_for_user(request.user, plan_uuid)
    if plan.status != PlanStatus.DRAFT:
        return redirect("plans:detail", plan_uuid=plan.uuid)
    plan = Plan.objects.select_related("source", "owner").get(pk=plan.pk)
    return render(request, "plans/review.html", Review(plan).context())


@coordinator_required
@require_POST
def edit_document(request, plan_uuid):
    plan = _draft(request, plan_uuid)
    form = DocumentForm(request.POST)
    if form.is_valid():
        values = form.values()
        edits = plan_edits.set_period(plan.record, plan.edits or {}, values.pop("period_start"),
                                      values.pop("period_end"))
        for field, value in values.items():
            edits = plan_edits.set_document_field(plan.record, edits, field, value)
        _save_edits(plan, edits)
    context = Review(plan).context()
    if not form.is_valid():
        context["document_form"] = form
    return _fragment(request, plan, "plans/_document.html", context)


@coordinator_required
@require_POST
def edit_task(request, plan_uuid):
    plan = _draft(request, plan_uuid)
    key = request.POST.get("task", "")
    review = Review(plan)
    if key not in {t["key"] for t in review.record["tasks"]}:
        raise Http404
    form = TaskForm(request.POST, prefix=TaskForm.prefix_for(key))
    if form.is_valid():
        _save_edits(plan, plan_edits.set_task_fields(plan.record, plan.edits or {}, key, form.values()))
        review = Review(plan)
    item = review.task(key)
    if not form.is_valid():
        item.form = form
    context = {"plan": plan, "item": item, "open": not form.is_valid()}
    return _fragment(request, plan, "plans/_task.html", context)


@coordinator_required
@require_POST
def add_task(request, plan_uuid):
    plan = _draft(request, plan_uuid)
    edits, key = plan_edits.add_task(plan.record, plan.edits or {}, {"text": request.POST.get("text", "")})
    _save_edits(plan, edits)
    return _fragment(request, plan, "plans/_task.html", {"plan": plan, "item": Review(plan).task(key),
                                                         "open": True})


@coordinator_required
@require_POST
def remove_task(request, plan_uuid):
    plan = _draft(request, plan_uuid)
    key = request.POST.get("task", "")
    if key in {t["key"] for t in Review(plan).record["tasks"]}:
        _save_edits(plan, plan_edits.remove_task(plan.record, plan.edits or {}, key))
    if request.htmx:
        return HttpResponse("")
    return redirect("plans:review", plan_uuid=plan.uuid)


@coordinator_required
@require_POST
def pick_unit(request, plan_uuid):
    """The reviewer's unit for a name: a unit uuid, "none" (no unit), or "auto" (back to matching)."""
    plan = _draft(request, plan_uuid)
    name, choice = request.POST.get("name", ""), request.POST.get("unit", "auto")
    choices = dict(plan.unit_choices or {})
    if choice == "auto":
        choices.pop(choice_key(name), None)
    elif choice == "none":
        choices[choice_key(name)] = []
    else:
        unit = Unit.objects.filter(uuid=choice, active=True).first() if is_uuid(choice) else None
        if unit is None:
            raise Http404
        choices[choice_key(name)] = [unit.id]
    plan.unit_choices = choices
    plan.save(update_fields=["unit_choices", "search_text"])
    return _fragment(request, plan, "plans/_tasks.html", Review(plan).context())


@coordinator_required
@require_GET
def unit_search(request, plan_uuid):
    """Directory units for the search box under a unit name (HTMX fragment)."""
    plan = _draft(request, plan_uuid)
    query, name = request.GET.get("q", "").strip(), request.GET.get("name", "")
    matches = match_unit(query, limit=8) if len(query) >= 2 else []
    return render(request, "plans/_unit_suggestions.html",
                  {"plan": plan, "name": name, "suggestions": matches})
