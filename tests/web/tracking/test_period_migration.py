"""The migrations on existing data: plans issued before reporting periods existed, whose duty
recurs ("trước ngày 16 hằng tháng", "hằng quý"), come out with their tasks recurring, each
assignment as the period it was due in (or issued in, without a due date), its report named for
that period and its counters row moved along."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("accounts", "0001_initial"), ("plans", "0002_review_state"), ("tracking", "0005_plan_figures")]
AFTER = [("accounts", "0002_user_unread_notifications"), ("plans", "0003_task_recurrence"),
         ("tracking", "0007_periods_of_existing_assignments")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
@time_machine.travel(dt.datetime(2026, 5, 10, 9, tzinfo=dt.UTC), tick=False)
def test_existing_recurring_assignments_become_their_period():
    apps = migrate(BEFORE)
    unit = apps.get_model("units", "Unit").objects.create(name="Bộ Ngoại giao", search_key="bo ngoai giao")
    plan = apps.get_model("plans", "Plan").objects.create(
        owner=unit, status="issued", number="9", record={"reporting": [
            {"due": None, "recurrence": "monthly", "day_of_month": 16}]})
    task_model = apps.get_model("plans", "PlanTask")
    recurring = task_model.objects.create(plan=plan, key="1", position=1, text="Báo cáo hằng tháng")
    dated = task_model.objects.create(plan=plan, key="2", position=2, text="Hội nghị",
                                      due=dt.date(2025, 12, 5))
    assignment_model = apps.get_model("tracking", "Assignment")
    monthly = assignment_model.objects.create(task=recurring, unit=unit, due=dt.date(2025, 12, 16))
    assignment_model.objects.create(task=dated, unit=unit, due=dt.date(2025, 12, 5))
    apps.get_model("tracking", "Report").objects.create(assignment=monthly, state="draft")
    progress_model = apps.get_model("tracking", "TaskProgress")
    progress_model.objects.create(plan=plan, task=recurring, due=dt.date(2025, 12, 16), assigned=1)
    quarterly = apps.get_model("plans", "Plan").objects.create(
        owner=unit, status="issued", number="10", record={"reporting": [{"recurrence": "quarterly"}]})
    task = task_model.objects.create(plan=quarterly, key="1", position=1, text="Báo cáo hằng quý")
    assignment_model.objects.create(task=task, unit=unit)  # no due date: the old code had none to give
    progress_model.objects.create(plan=quarterly, task=task, due=None, assigned=1)

    apps = migrate(AFTER)
    tasks = apps.get_model("plans", "PlanTask").objects.order_by("plan__number", "position")
    assert [t.recurrence for t in tasks] == ["quarterly", "monthly", ""]  # own deadline: one-off
    rows = apps.get_model("tracking", "Assignment").objects.order_by("task__plan__number", "task__position")
    assert [(a.period_label, a.period_start, a.due) for a in rows] == [
        ("Quý II/2026", dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        ("Tháng 12/2025", dt.date(2025, 12, 1), dt.date(2025, 12, 16)), ("", None, dt.date(2025, 12, 5))]
    assert apps.get_model("tracking", "Report").objects.get().period_label == "Tháng 12/2025"
    moved = apps.get_model("tracking", "TaskProgress").objects.order_by("plan__number")
    assert [row.due for row in moved] == [dt.date(2026, 6, 30), dt.date(2025, 12, 16)]
