"""In-app notifications: a unit's reminders and returned reports, for its members to read in the
app — a unit without email addresses is still reminded. Each member marks its own as read; the
top bar shows the member's unread count from its user row (kept here), so it costs no query."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Exists, F, OuterRef, QuerySet, Value
from django.db.models.functions import Greatest

from kehoach.accounts.models import UNIT_ROLES, User
from kehoach.tracking.models import Assignment, Notification, NotificationKind, Report


def _members(unit_id: int) -> QuerySet[User]:
    return User.objects.filter(unit_id=unit_id, is_active=True, role__in=UNIT_ROLES)


@transaction.atomic
def notify(assignment: Assignment, kind: NotificationKind, report: Report | None = None,
           comment: str = "") -> Notification:
    """A notification to the assignment's unit: each of its members has one more unread."""
    note = Notification.objects.create(unit_id=assignment.unit_id, assignment=assignment, report=report,
                                       kind=kind, comment=comment)
    _members(assignment.unit_id).update(unread_notifications=F("unread_notifications") + 1)
    return note


def notifications_for(user: User) -> QuerySet[Notification]:
    """The notifications the user may read: its own unit's, for unit members only; each row
    knows whether this user has read it."""
    read = Notification.read_by.through.objects.filter(notification_id=OuterRef("pk"), user_id=user.pk)
    rows = Notification.objects.annotate(is_read=Exists(read))
    if not user.is_authenticated or not user.is_unit_member or user.unit_id is None:
        return rows.none()
    return rows.filter(unit_id=user.unit_id)


@transaction.atomic
def mark_read(user: User, notifications: QuerySet[Notification]) -> int:
    """Mark these notifications (already scoped to the user) read by the user; returns how many
    were unread. The user's unread count drops by as many."""
    unread = list(notifications.filter(is_read=False).values_list("pk", flat=True))
    through = Notification.read_by.through
    through.objects.bulk_create([through(notification_id=pk, user_id=user.pk) for pk in unread],
                                ignore_conflicts=True)
    User.objects.filter(pk=user.pk).update(
        unread_notifications=Greatest(F("unread_notifications") - len(unread), Value(0)))
    return len(unread)
