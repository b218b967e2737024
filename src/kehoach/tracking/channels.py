"""Delivery channels for reminders (see reminders.CHANNELS)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from kehoach.accounts.models import Role
from kehoach.tracking import notifications
from kehoach.tracking.models import NotificationKind


def render_email(kind: str, context: dict) -> tuple[str, str, str]:
    """Subject, text body and HTML body of an email kind, from its three templates."""
    prefix = f"tracking/emails/{kind}"
    subject = " ".join(render_to_string(f"{prefix}-subject.txt", context).split())
    return subject, render_to_string(f"{prefix}-body-text.txt", context), render_to_string(
        f"{prefix}-body-html.html", context)


class EmailChannel:
    """Email to the unit's reporters and head."""

    def recipients(self, assignment) -> list[str]:
        users = assignment.unit.users.filter(is_active=True, role__in=(Role.REPORTER, Role.UNIT_HEAD))
        return sorted({u.email for u in users if u.email})

    def send(self, assignment, context: dict) -> None:
        to = self.recipients(assignment)
        if not to:
            raise LookupError(f"đơn vị {assignment.unit.name} chưa có địa chỉ email nhận nhắc nhở")
        subject, text, html = render_email("reminder", context)
        message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, to)
        message.attach_alternative(html, "text/html")
        message.send()


class InAppChannel:
    """A notification in the app to every member of the unit, email address or not."""

    def send(self, assignment, context: dict) -> None:
        notifications.notify(assignment, NotificationKind.REMINDER)
