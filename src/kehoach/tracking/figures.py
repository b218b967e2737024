"""What the dashboards read: a few indexed rows of the counters `progress` keeps, never an
aggregate over the assignments. Each is one query, pinned in tests."""

from __future__ import annotations

import datetime
import hashlib

from django.db import models
from django.db.models import Q, Sum

from kehoach.tracking.models import TaskProgress, UnitProgress
from kehoach.units.folding import fold

COUNTERS = ("assigned", "reported", "accepted", "pending")


def _summed(today: datetime.date) -> dict:
    """The dashboard's figures summed over a task's TaskProgress rows (never none: a task has one
    at least); late: missing where due < today."""
    missing = models.F("assigned") - models.F("reported")
    late = Sum(missing, filter=Q(due__lt=today))
    return {f"sum_{name}": Sum(name) for name in COUNTERS} | {"sum_late": late}


def progress_by_task(plan_id: int, today: datetime.date) -> list[dict]:
    """Dashboard of one plan: one row of figures per task (its sums under the counters' own names;
    the ORM refuses a sum named as its field)."""
    rows = list(TaskProgress.objects.filter(plan_id=plan_id)
                .values("task__key", "task__text", "task__due", "task__recurrence", "task__report_day",
                        "task__position")
                .annotate(**_summed(today)).order_by("task__position"))
    for row in rows:
        for name in (*COUNTERS, "late"):
            row[name] = row.pop(f"sum_{name}") or 0  # late: none when nothing was due yet
    return rows


def progress_by_unit(plan_id: int, search: str = ""):
    """Dashboard of one plan: one counters row (a dict) per unit, most late first (accent-insensitive
    unit search); their late counts are today's once `progress.plan_progress` ran."""
    rows = UnitProgress.objects.filter(plan_id=plan_id).order_by("-late", "unit_id").values(
        "unit__name", *COUNTERS, "late")
    return rows.filter(unit__search_key__contains=fold(search)) if search else rows


def plans_version(plans: list, counted: dict) -> str:
    """The key of the plan list's fragment: which plans, as titled and with what status, and the
    version of each (a change to one plan's reports changes it, as it must)."""
    shown = [(p.pk, p.status, str(p), p.issuer_name, counted[p.pk].version if p.pk in counted else 0)
             for p in plans]
    return hashlib.sha1(repr(shown).encode()).hexdigest()[:16]
