"""Reminders: due rows come from the indexed next_reminder_at column, claimed by compare-and-set,
and every delivery is one Reminder row (its error kept), so two workers never send the same one."""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

from kehoach.tracking import progress
from kehoach.tracking.models import DELIVERED, Assignment, Reminder

log = logging.getLogger(__name__)

REMIND_BEFORE = datetime.timedelta(days=3)
REPEAT_EVERY = datetime.timedelta(days=3)
AFTER_RETURN = datetime.timedelta(days=2)
SEND_HOUR = 8

# Delivery channels, imported lazily by name; each has send(assignment, context) -> None.
CHANNELS = {"email": "kehoach.tracking.channels.EmailChannel",
            "in_app": "kehoach.tracking.channels.InAppChannel"}


def first_reminder_at(due: datetime.date | None) -> datetime.datetime | None:
    """When to first remind a unit of a task due on `due`: 08:00 three days before (None without a due)."""
    if due is None:
        return None
    day = due - REMIND_BEFORE
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(SEND_HOUR)))


def after_return(now: datetime.datetime) -> datetime.datetime:
    """When to remind a unit whose report the office returned."""
    return now + AFTER_RETURN


def _is_open(assignment: Assignment) -> bool:
    report = assignment.current_report
    return report is None or report.state not in DELIVERED


def send_one_reminder(now: datetime.datetime | None = None) -> bool:
    """Claim and send one due reminder; False when none is due (the caller's loop ends)."""
    now = now or timezone.now()
    due = (Assignment.objects.filter(next_reminder_at__lte=now).order_by("next_reminder_at")
           .select_related("current_report").first())
    if due is None:
        return False
    open_ = _is_open(due)
    next_at = now + REPEAT_EVERY if open_ else None
    if claim(due.pk, due.next_reminder_at, next_at) and open_:
        deliver(due)
    return True


def claim(pk: int, seen: datetime.datetime, next_at: datetime.datetime | None) -> bool:
    """Compare-and-set: move the row on only if nobody did since we read `seen`."""
    return Assignment.objects.filter(pk=pk, next_reminder_at=seen).update(next_reminder_at=next_at) == 1


def deliver(assignment: Assignment, sender=None) -> list[Reminder]:
    """Send the reminder on every channel, one Reminder row each; failures are kept, not raised."""
    assignment = Assignment.objects.select_related("task__plan", "unit").get(pk=assignment.pk)
    context = reminder_context(assignment, sender)
    rows = []
    for name, path in CHANNELS.items():
        error = ""
        try:
            import_string(path)().send(assignment, context)
        except Exception as exc:  # a failed delivery is recorded on its row; the loop goes on
            log.exception("reminder %s failed for assignment %s", name, assignment.pk)
            error = str(exc) or type(exc).__name__  # shown on the pages: the reason, not the class
        rows.append(Reminder.objects.create(assignment=assignment, channel=name, error=error))
    progress.bump_version(assignment.task.plan_id)  # the office's list shows when it last urged
    return rows


def earlier_late(assignment: Assignment, today: datetime.date) -> list[str]:
    """The names of the unit's earlier periods of the same task still late on `today` (a recurring
    duty's reminder names them: they are no longer reminded by themselves)."""
    if assignment.period_start is None:
        return []
    return list(Assignment.objects.filter(task_id=assignment.task_id, unit_id=assignment.unit_id,
                                          period_start__lt=assignment.period_start, due__lt=today)
                .exclude(report_state__in=DELIVERED).order_by("period_start")
                .values_list("period_label", flat=True))


def reminder_context(assignment: Assignment, sender=None) -> dict:
    base = getattr(settings, "KEHOACH_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
    today = timezone.localdate()
    return {"assignment": assignment, "task": assignment.task, "plan": assignment.task.plan,
            "unit": assignment.unit, "sender": sender, "earlier_late": earlier_late(assignment, today),
            "is_late": assignment.due is not None and assignment.due < today,
            "url": f"{base}/assignments/{assignment.uuid}/"}
