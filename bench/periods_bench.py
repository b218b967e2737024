"""Opening reporting periods at scale, on PostgreSQL: 10 issued plans whose 50 tasks each are
reported "trước ngày 16 hằng tháng" by 100 units (50,000 monthly chains); the job that opens the
next period (`recurring.open_periods`, run by `send_reminders`) is timed month after month, with
the rows it makes and what the counters say afterwards.

    .venv/bin/python bench/periods_bench.py [--months 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time

from web_setup import configure, ensure_database

DB = "postgres://postgres@127.0.0.1:5432/kehoach_periods_bench"
PLANS, TASKS_PER_PLAN, UNITS_PER_TASK, UNITS = 10, 50, 100, 1_000
FIRST = dt.date(2026, 1, 1)
BATCH = 5_000


def generate() -> list[int]:
    """The plans, tasks and each unit's first period (January 2026); returns the plan ids."""
    from kehoach.plans.models import Plan, PlanStatus, PlanTask
    from kehoach.tracking.models import Assignment
    from kehoach.tracking.periods import Schedule
    from kehoach.units.models import Unit, UnitKind

    office = Unit.objects.create(name="Văn phòng UBND tỉnh (bench kỳ báo cáo)", kind=UnitKind.OFFICE)
    units = Unit.objects.bulk_create([Unit(name=f"Xã số {i:04d}", kind=UnitKind.COMMUNE)
                                      for i in range(UNITS)])
    plans = Plan.objects.bulk_create([Plan(owner=office, status=PlanStatus.ISSUED, number=str(p),
                                           symbol="KH-UBND", title=f"Kế hoạch {p}") for p in range(PLANS)])
    tasks = PlanTask.objects.bulk_create([
        PlanTask(plan=plan, key=f"II.{t}", position=t, text=f"Báo cáo kết quả nhiệm vụ {t} hằng tháng",
                 recurrence="monthly", report_day=16) for plan in plans for t in range(TASKS_PER_PLAN)])
    january = Schedule("monthly", 16).current(FIRST)
    Assignment.objects.bulk_create([
        Assignment(task=task, unit=units[(i * 7 + k) % UNITS], due=january.due, period_start=january.start,
                   period_label=january.label)
        for i, task in enumerate(tasks) for k in range(UNITS_PER_TASK)], batch_size=BATCH)
    return [plan.pk for plan in plans]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--months", type=int, default=3)
    months = parser.parse_args().months
    os.environ["DATABASE_URL"] = DB
    ensure_database(DB)
    configure()
    from django.core.management import call_command
    from django.db import connection

    from kehoach.tracking import recurring
    from kehoach.tracking.models import Assignment, PlanProgress

    call_command("migrate", "--noinput", verbosity=0)
    call_command("flush", "--noinput", verbosity=0)  # each run starts from the same data
    started = time.perf_counter()
    plan_ids = generate()
    print(f"{Assignment.objects.count():,} assignments generated in {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    for month in range(1, months + 1):
        today = dt.date(2026, month, 17)  # the day after a period falls due
        started = time.perf_counter()
        made = recurring.open_periods(today)
        took = time.perf_counter() - started
        again = time.perf_counter()
        recurring.open_periods(today)  # nothing left to open: the cost of the job's every run
        idle = time.perf_counter() - again
        totals = PlanProgress.objects.get(plan_id=plan_ids[0])
        print(f"{today}: opened {made:,} periods in {took:.1f} s (a run with none to open: {idle:.2f} s); "
              f"plan 0: assigned {totals.assigned:,}, late on the real today {totals.late:,}")


if __name__ == "__main__":
    main()
