"""Reading a plan's data out of the database into the plain shapes the builders take.

Every function receives querysets already scoped by the access helpers; each one issues a
fixed number of queries, whatever the number of tasks and units (pinned in tests).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db.models import QuerySet
from django.utils import timezone

from kehoach.plans.models import Plan, PlanTask, TaskUnit
from kehoach.reports.coverage import CoverPlan, CoverTask, PlanCoverage, cover, implements
from kehoach.reports.summary import AssignmentRow, PlanInfo, PlanReport, Signer, TaskInfo
from kehoach.tracking.models import Assignment
from kehoach.tracking.states import UNSENT
from kehoach.units.folding import fold
from kehoach.units.models import Unit

ROW_FIELDS = ("task__key", "unit__name", "role", "due", "period_label", "current_report__state",
              "current_report__narrative", "current_report__figures", "current_report__submitted_at",
              "current_report__reviewed_at")


def plan_info(plan: Plan) -> PlanInfo:
    """The plan's header facts; one query (its office and the office's parent)."""
    owner = Unit.objects.select_related("parent").get(pk=plan.owner_id)
    parent = owner.parent.name if owner.parent else ""
    if not parent and plan.issuer_name and fold(plan.issuer_name) != fold(owner.name):
        parent = plan.issuer_name
    document = (plan.record or {}).get("document") or {}
    return PlanInfo(number=plan.number, symbol=plan.symbol, title=plan.title, issuer=plan.issuer_name,
                    owner=owner.name, owner_short=owner.short_name, parent_issuer=parent,
                    place=document.get("place") or "", issued=plan.issued_date,
                    period=(plan.period_start, plan.period_end), report_to=_report_to(plan, owner))


def _report_to(plan: Plan, owner: Unit) -> str:
    """The first reporting duty addressed to someone other than the office itself (units report to
    the office; the office reports on to the issuer or a superior)."""
    for duty in (plan.record or {}).get("reporting") or []:
        to = duty.get("to") if isinstance(duty, dict) else None
        if to and fold(owner.name) not in fold(to) and fold(to) not in fold(owner.name):
            return to
    return ""


def _local_date(moment: dt.datetime | None) -> dt.date | None:
    return timezone.localtime(moment).date() if moment else None


def _achieved(figures: list | None, targets: int) -> tuple:
    given = {f.get("target"): f.get("achieved") for f in figures or [] if isinstance(f, dict)}
    return tuple(given.get(i) for i in range(targets))


def _row(values: dict, targets: dict[str, int], unsent_shown: bool) -> AssignmentRow:
    if not unsent_shown and values["current_report__state"] in UNSENT:  # the unit's own until sent
        values = {**values, "current_report__narrative": "", "current_report__figures": None}
    return AssignmentRow(
        task_key=values["task__key"], unit=values["unit__name"], role=values["role"], due=values["due"],
        state=values["current_report__state"], narrative=values["current_report__narrative"] or "",
        achieved=_achieved(values["current_report__figures"], targets.get(values["task__key"], 0)),
        submitted=_local_date(values["current_report__submitted_at"]),
        reviewed=_local_date(values["current_report__reviewed_at"]), period=values["period_label"],
    )


def plan_report(plan: Plan, assignments: QuerySet[Assignment], today: dt.date,
                signer: Signer | None = None, unsent_shown: bool = False) -> PlanReport:
    """The plan's report data from its tasks and the assignments the user may see (3 queries); what
    unsent reports say only with `unsent_shown` (tracking.access.reads_unsent: the unit's members)."""
    tasks = [TaskInfo(t.key, t.text, t.due, tuple(t.targets or ()))
             for t in plan.tasks.order_by("position").only("key", "text", "due", "targets")]
    counts = {t.key: len(t.targets) for t in tasks}
    values = (assignments.filter(task__plan=plan)
              .order_by("task__position", "role", "unit__name", "due", "id").values(*ROW_FIELDS))
    rows = [_row(v, counts, unsent_shown) for v in values]
    return PlanReport(plan_info(plan), tasks, rows, today, signer or Signer())


def _tasks_by_plan(plan_ids: list[int]) -> dict[int, list[CoverTask]]:
    """Each plan's tasks with the unit names written on them (2 queries)."""
    units: dict[int, list[str]] = defaultdict(list)
    for task_id, name in TaskUnit.objects.filter(task__plan_id__in=plan_ids).values_list(
            "task_id", "name_as_written"):
        units[task_id].append(name)
    found: dict[int, list[CoverTask]] = defaultdict(list)
    for pk, plan_id, key, text in PlanTask.objects.filter(plan_id__in=plan_ids).order_by(
            "plan_id", "position").values_list("pk", "plan_id", "key", "text"):
        found[plan_id].append(CoverTask(key, text, tuple(units[pk])))
    return found


def _record_tasks(record: dict) -> list[CoverTask]:
    """Tasks straight from a parser record, for a plan not yet reviewed into task rows."""
    return [CoverTask(str(t.get("id") or i), t.get("text") or "", (*t.get("lead", []), *t.get("support", [])))
            for i, t in enumerate(record.get("tasks") or [], start=1)]


def _is_implementing(candidate: dict, plan: Plan) -> bool:
    if candidate["implements_id"] == plan.pk:
        return True
    references = (candidate["record"] or {}).get("references") or []
    return any(isinstance(r, dict) and implements(r, plan.number, plan.symbol) for r in references)


def _label(candidate: dict) -> str:
    number, symbol = candidate["number"] or "…", candidate["symbol"]
    return f"Kế hoạch số {number}/{symbol}" if symbol else f"Kế hoạch {candidate['title'][:60]}"


def plan_coverage(plan: Plan, visible: QuerySet[Plan]) -> list[PlanCoverage]:
    """How the plans the user may see that implement `plan` cover its tasks (3 queries)."""
    candidates = [c for c in visible.exclude(pk=plan.pk).values(
        "pk", "uuid", "number", "symbol", "title", "issuer_name", "implements_id", "record")
        if _is_implementing(c, plan)]
    tasks = _tasks_by_plan([plan.pk, *(c["pk"] for c in candidates)])
    lowers = [CoverPlan(_label(c), c["issuer_name"],
                        tuple(tasks.get(c["pk"]) or _record_tasks(c["record"] or {})), str(c["uuid"]))
              for c in candidates]
    return cover(tasks.get(plan.pk, []), lowers)
