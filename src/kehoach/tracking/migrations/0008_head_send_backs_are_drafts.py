"""Reports a unit head sent back to its reporter were "returned", like the office's returns: they
become drafts of the unit again (the office never had them), with the assignment's copy of the
state and the plan's version (its cached pages) in step. No counter moves: neither state counts."""

from django.db import migrations
from django.db.models import F, OuterRef, Subquery


def head_send_backs_to_drafts(apps, schema_editor):
    Report, ReportEvent = apps.get_model("tracking", "Report"), apps.get_model("tracking", "ReportEvent")
    last_send_back = (ReportEvent.objects.filter(report=OuterRef("pk"), action__in=("return", "head_return"))
                      .order_by("-at", "-id").values("action")[:1])
    reports = Report.objects.filter(state="returned").annotate(by=Subquery(last_send_back)).filter(
        by="head_return")
    ids = list(reports.values_list("pk", flat=True))
    if not ids:
        return
    Report.objects.filter(pk__in=ids).update(state="draft")
    assignments = apps.get_model("tracking", "Assignment").objects.filter(current_report_id__in=ids)
    plans = set(assignments.values_list("task__plan_id", flat=True))
    assignments.update(report_state="draft")
    apps.get_model("tracking", "PlanProgress").objects.filter(plan_id__in=plans).update(
        version=F("version") + 1)


class Migration(migrations.Migration):

    dependencies = [
        ("tracking", "0007_periods_of_existing_assignments"),
    ]

    operations = [
        migrations.RunPython(head_send_backs_to_drafts, migrations.RunPython.noop),
    ]
