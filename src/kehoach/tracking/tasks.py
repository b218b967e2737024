"""Background tasks of the tracking app (Django's tasks framework, django-tasks-db backend)."""

from __future__ import annotations

from django.tasks import task
from django.utils import timezone

from kehoach.tracking.recurring import open_periods
from kehoach.tracking.reminders import send_one_reminder


def send_due() -> int:
    """Open the reporting periods that have begun (so they are reminded too), then send every
    reminder that is due; returns how many rows were claimed."""
    open_periods(timezone.localdate())
    count = 0
    while send_one_reminder():
        count += 1
    return count


@task
def send_due_reminders() -> int:
    """`send_due` in the background worker."""
    return send_due()
