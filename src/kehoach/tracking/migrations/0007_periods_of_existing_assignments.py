"""Assignments issued before reporting periods existed, on a recurring task, become its first
period: the one their due date (else their day of issuing) falls in; their reports take its name.
Issuing gave every unit of a task the same due date, so the task's counters row moves with them."""

from django.db import migrations
from django.utils import timezone

from kehoach.tracking.periods import Schedule


def name_periods(apps, schema_editor):
    Assignment, Report = apps.get_model("tracking", "Assignment"), apps.get_model("tracking", "Report")
    TaskProgress = apps.get_model("tracking", "TaskProgress")
    rows = Assignment.objects.exclude(task__recurrence="").filter(period_start__isnull=True)
    done = set()
    for first in rows.select_related("task").order_by("task_id", "due", "id"):
        if (first.task_id, first.due) in done:
            continue
        done.add((first.task_id, first.due))
        schedule = Schedule(first.task.recurrence, first.task.report_day)
        period = schedule.current(first.due or timezone.localdate(first.created_at))
        same = rows.filter(task_id=first.task_id, due=first.due)
        Report.objects.filter(assignment__in=same).update(period_label=period.label)
        TaskProgress.objects.filter(task_id=first.task_id, due=first.due).update(due=period.due)
        same.update(due=period.due, period_start=period.start, period_label=period.label)


class Migration(migrations.Migration):

    dependencies = [
        ("tracking", "0006_reporting_periods_notifications"),
    ]

    operations = [
        migrations.RunPython(name_periods, migrations.RunPython.noop),
    ]
