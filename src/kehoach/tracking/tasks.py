"""Background tasks of the tracking app (Django's tasks framework, django-tasks-db backend)."""

from __future__ import annotations

from django.tasks import task

from kehoach.tracking.reminders import send_one_reminder


@task
def send_due_reminders() -> int:
    """Send every reminder that is due; returns how many rows were claimed."""
    count = 0
    while send_one_reminder():
        count += 1
    return count
