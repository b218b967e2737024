"""Background tasks of the plans app (JSON arguments only: ids, never models)."""

from __future__ import annotations

from django.tasks import task

from kehoach.plans.ingest import run_ingest
from kehoach.plans.models import ImportStatus, PlanSource


@task
def import_plan_source(source_id: int) -> str:
    """Read and parse one uploaded file into a draft plan; returns the final status."""
    source = PlanSource.objects.get(pk=source_id)
    if source.status not in (ImportStatus.QUEUED,):
        return source.status  # already imported (a task delivered twice)
    return run_ingest(source).status
