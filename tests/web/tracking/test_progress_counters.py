"""The dashboards' counters equal a fresh count of the assignments after every transition, and
`recount_progress` rebuilds them. (Merging units moves no assignment, so it has no step here.)"""

import datetime as dt

import time_machine
from django.core.management import call_command
from django.db.models import F, Value
from django.utils import timezone

from kehoach.plans.models import PlanTask
from kehoach.tracking import progress, services
from kehoach.tracking.models import Assignment, PlanProgress, TaskProgress, UnitProgress

COUNTERS = ("assigned", "reported", "accepted", "pending")


def fresh(plan) -> tuple[dict, dict, dict]:
    """For the plan, per unit (both with today's late) and per (task, due), counted from the
    assignments now."""
    mine = Assignment.objects.filter(task__plan=plan)
    today = timezone.localdate()
    units = {r.pop("unit_id"): r for r in progress.counted(mine, "unit_id", today=today)}
    [whole] = progress.counted(mine.annotate(one=Value(1)), "one", today=today)
    whole.pop("one")
    tasks = {(r.pop("task_id"), r.pop("due")): r for r in progress.counted(mine, "task_id", "due")}
    return whole | {"units": len(units)}, units, tasks


def stored(plan) -> tuple[dict, dict, dict]:
    whole = PlanProgress.objects.filter(plan=plan).values(*COUNTERS, "late", "units").get()
    units = {r.pop("unit_id"): r for r in UnitProgress.objects.filter(plan=plan).values("unit_id", *COUNTERS,
                                                                                         "late")}
    tasks = {(r.pop("task_id"), r.pop("due")): r
             for r in TaskProgress.objects.filter(plan=plan).values("task_id", "due", *COUNTERS)}
    return whole, units, tasks


def assert_counted(plan) -> None:
    progress.plan_progress([plan.pk], timezone.localdate())  # late counts are kept for today
    assert stored(plan) == fresh(plan)


@time_machine.travel("2025-12-20 09:00 +0700", tick=False)
def test_counters_follow_every_transition(plan, assignment_a, assignment_b, reporter_a, head_a, reporter_b,
                                          coordinator, personas):
    assert_counted(plan)
    report = services.save_draft(assignment_a, reporter_a, narrative="Bản đầu", achieved=[1, 150])
    assert_counted(plan)
    services.submit(report, reporter_a)  # awaiting the unit head
    assert_counted(plan)
    services.head_return(report, head_a, "Bổ sung số liệu")
    assert_counted(plan)
    services.submit(services.save_draft(assignment_a, reporter_a, narrative="Bản hai", achieved=[1, 180]),
                    reporter_a)
    services.head_approve(report, head_a)  # submitted: reported, not late any more
    assert_counted(plan)
    services.return_report(report, coordinator, "Thiếu minh chứng")
    assert_counted(plan)
    services.submit(services.save_draft(assignment_a, head_a, narrative="Bản ba", achieved=[1, 200]), head_a)
    assert_counted(plan)
    services.accept(report, coordinator)
    assert_counted(plan)
    services.report_nothing(assignment_b, reporter_b)
    assert_counted(plan)
    task = PlanTask.objects.create(plan=plan, key="II.3", position=3, text="Việc mới",
                                   due=dt.date(2026, 1, 5))
    Assignment.objects.bulk_create([Assignment(task=task, unit=personas.units.a, due=task.due),
                                    Assignment(task=task, unit=personas.units.b, due=task.due)])  # issuing
    assert_counted(plan)
    Assignment.objects.create(task=task, unit=personas.units.province, due=dt.date(2025, 12, 1))
    assert_counted(plan)
    assert UnitProgress.objects.get(plan=plan, unit=personas.units.province).late == 1


def test_late_counts_move_to_the_new_day(plan, assignment_b, reporter_b):
    with time_machine.travel("2025-12-10 09:00 +0700", tick=False):
        assert_counted(plan)
        services.save_draft(assignment_b, reporter_b, narrative="Đang làm", achieved=[])
        assert sum(UnitProgress.objects.filter(plan=plan).values_list("late", flat=True)) == 0
    with time_machine.travel("2025-12-20 09:00 +0700", tick=False):  # both tasks are due on the 15th
        before = PlanProgress.objects.get(plan=plan).version
        assert progress.plan_progress([plan.pk], timezone.localdate())[plan.pk].version > before
        assert sorted(UnitProgress.objects.filter(plan=plan).values_list("late", flat=True)) == [1, 1]
        assert_counted(plan)


def test_recount_progress_rebuilds_wrong_counters(plan, assignment_b, reporter_b):
    services.report_nothing(assignment_b, reporter_b)
    UnitProgress.objects.update(assigned=F("assigned") + 7, reported=0)
    TaskProgress.objects.all().delete()
    call_command("recount_progress", verbosity=0)
    assert_counted(plan)
    assert stored(plan)[1][assignment_b.unit_id]["reported"] == 1


def test_a_report_bumps_only_its_own_plans_version(plan, make_issued_plan, assignment_b, reporter_b):
    other = make_issued_plan(number="99")
    versions = dict(PlanProgress.objects.values_list("plan_id", "version"))
    services.report_nothing(assignment_b, reporter_b)
    after = dict(PlanProgress.objects.values_list("plan_id", "version"))
    assert after[plan.pk] > versions[plan.pk] and after[other.pk] == versions[other.pk]
