"""Time to build the compiled report (DOCX) and the spreadsheet (XLSX) of a large plan.

    .venv/bin/python bench/reports_bench.py [--tasks 50] [--units 40] [--repeat 3]
    .venv/bin/python bench/reports_bench.py --db   # a plan of the web bench database (bench/web_data.py)

By default it builds from plain report data (no database), so the figure is the builders' own
cost; --db also times reading the report data out of PostgreSQL (a fixed handful of queries).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the samples live beside the tests

from tests.reports.samples import big_report

from kehoach.reports.charts import unit_progress_chart
from kehoach.reports.docx_report import build_docx
from kehoach.reports.xlsx_export import build_xlsx


def timed(build, report, repeat: int) -> tuple[float, int]:
    """Median seconds over `repeat` runs, and the size of the output in bytes."""
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(build(report))
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def database_report():
    """The first issued plan of the web bench database, read as the views read it."""
    import datetime as dt

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from web_setup import configure

    configure()
    from kehoach.plans.models import Plan, PlanStatus
    from kehoach.reports.queries import plan_report
    from kehoach.tracking.models import Assignment

    plan = Plan.objects.filter(status=PlanStatus.ISSUED).order_by("pk").first()
    start = time.perf_counter()
    report = plan_report(plan, Assignment.objects.all(), dt.date.today())
    print(f"read from the database: {(time.perf_counter() - start) * 1000:.0f} ms")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=50)
    parser.add_argument("--units", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", action="store_true", help="use a plan of the web bench database")
    args = parser.parse_args()
    report = database_report() if args.db else big_report(args.tasks, args.units)
    tasks, units, assignments = len(report.tasks), len(report.units()), len(report.assignments)
    print(f"plan: {tasks} tasks × {units} units = {assignments} assignments")
    builders = {
        "docx": build_docx,
        "xlsx": build_xlsx,
        "svg (units chart)": lambda r: unit_progress_chart(r.figures_by_unit()).encode(),
    }
    for name, build in builders.items():
        seconds, size = timed(build, report, args.repeat)
        print(f"{name:18} {seconds * 1000:8.0f} ms  {size / 1024:8.0f} KiB  (median of {args.repeat})")


if __name__ == "__main__":
    main()
