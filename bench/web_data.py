"""Generate the web benchmark's data on PostgreSQL with bulk_create: 10,000 units, 1,000 tasks
(10 issued plans × 100), 120,000 assignments and 100,000 reports in every state.

    .venv/bin/python bench/web_data.py [--reset]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time

from web_setup import BENCH_DB, configure, ensure_database

UNITS, PLANS, TASKS_PER_PLAN, UNITS_PER_TASK, REPORTS = 10_000, 10, 100, 120, 100_000
STATES = ("draft", "awaiting_head", "submitted", "accepted", "returned", "accepted", "submitted", "accepted")
BATCH = 5_000


def make_units(office_name: str):
    from kehoach.units.folding import fold
    from kehoach.units.models import Unit, UnitKind

    office = Unit.objects.create(name=office_name, kind=UnitKind.OFFICE)
    names = [
        f"Ủy ban nhân dân xã Đông Hòa {i:05d}" if i % 3 else f"Sở Nội vụ tỉnh Hà Nam {i:05d}"
        for i in range(UNITS)
    ]
    Unit.objects.bulk_create(
        [Unit(name=n, kind=UnitKind.COMMUNE, search_key=fold(n)) for n in names], batch_size=BATCH
    )
    return office, list(Unit.objects.exclude(pk=office.pk).order_by("id").values_list("id", flat=True))


def make_plans(office, coordinator):
    from kehoach.plans.models import Plan, PlanStatus, PlanTask

    today = dt.date.today()
    plans = Plan.objects.bulk_create(
        [
            Plan(
                owner=office,
                status=PlanStatus.ISSUED,
                number=str(100 + p),
                symbol="KH-UBND",
                title=f"Kế hoạch triển khai công tác chuyển đổi số năm 2026 — đợt {p + 1}",
                issuer_name="Ủy ban nhân dân tỉnh",
                issued_date=today,
                created_by=coordinator,
            )
            for p in range(PLANS)
        ]
    )
    tasks = [
        PlanTask(
            plan=plan,
            key=f"II.{t + 1}",
            position=t,
            due=today + dt.timedelta(days=t % 60 - 30),
            text=f"Tổ chức hội nghị tuyên truyền, phổ biến nội dung kế hoạch số {t + 1} tại cơ sở",
            targets=[{"quantity": 1, "unit": "hội nghị"}, {"quantity": 200, "unit": "đại biểu"}],
        )
        for plan in plans
        for t in range(TASKS_PER_PLAN)
    ]
    return PlanTask.objects.bulk_create(tasks, batch_size=BATCH)


def make_assignments(tasks, unit_ids):
    from kehoach.tracking.models import Assignment

    rows = [
        Assignment(task=task, unit_id=unit_ids[(i * UNITS_PER_TASK + k) % len(unit_ids)], due=task.due)
        for i, task in enumerate(tasks)
        for k in range(UNITS_PER_TASK)
    ]
    Assignment.objects.bulk_create(rows, batch_size=BATCH)
    return list(Assignment.objects.order_by("id").values_list("id", flat=True))


def make_reports(assignment_ids, reporter):
    from django.db import connection
    from django.utils import timezone

    from kehoach.tracking.models import Report

    now = timezone.now()
    reports = [
        Report(
            assignment_id=a,
            state=STATES[i % len(STATES)],
            created_by=reporter,
            narrative="Đã tổ chức 01 hội nghị với 180 đại biểu tham dự.",
            figures=[{"target": 0, "achieved": 1}, {"target": 1, "achieved": 180}],
            submitted_at=now if STATES[i % len(STATES)] in ("submitted", "accepted") else None,
        )
        for i, a in enumerate(assignment_ids[:REPORTS])
    ]
    Report.objects.bulk_create(reports, batch_size=BATCH)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE tracking_assignment a SET current_report_id = r.id, report_state = r.state "
            "FROM tracking_report r "
            "WHERE r.assignment_id = a.id"
        )


def generate() -> None:
    from django.core.management import call_command
    from django.db import connection, transaction

    from kehoach.accounts.models import Role, User

    with transaction.atomic():
        office, unit_ids = make_units("Văn phòng UBND tỉnh (bench)")
        coordinator = User.objects.create_user("bench_coordinator", role=Role.COORDINATOR, unit=office)
        reporter = User.objects.create_user("bench_reporter", role=Role.REPORTER, unit_id=unit_ids[0])
        tasks = make_plans(office, coordinator)
        assignment_ids = make_assignments(tasks, unit_ids)
    make_reports(assignment_ids, reporter)
    call_command("recount_progress", verbosity=0)  # the reports' states went in by SQL, past the counters
    with connection.cursor() as cursor:
        # the tables as autovacuum soon leaves them: statistics for the planner, and a visibility
        # map, without which an index-only scan still visits each row
        cursor.execute("VACUUM ANALYZE")


def main() -> None:
    ensure_database(os.environ.get("DATABASE_URL", BENCH_DB))
    configure()
    from django.core.management import call_command

    from kehoach.accounts.models import User

    if "--reset" in sys.argv:
        call_command("flush", "--noinput", verbosity=0)
    call_command("migrate", "--noinput", verbosity=0)
    if User.objects.filter(username="bench_coordinator").exists():
        print("bench data already there (use --reset to rebuild)")
        return
    started = time.perf_counter()
    generate()
    print(f"generated in {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
