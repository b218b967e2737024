"""In-app notifications: reminders and returned reports reach every member of the unit in the app
(email address or not), counted in the top bar, listed on a page, marked read per user; a unit
never sees another unit's."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from kehoach.accounts.models import User
from kehoach.tracking import reminders, services
from kehoach.tracking.models import Notification, NotificationKind, Reminder


def unread(username: str) -> int:
    return User.objects.get(username=username).unread_notifications


def test_a_unit_without_email_is_reminded_in_the_app(assignment_a, client_for):
    reminders.deliver(assignment_a)
    assert not mail.outbox and "email" in Reminder.objects.get(channel="email").error
    assert Reminder.objects.get(channel="in_app").error == ""
    note = Notification.objects.get()
    assert (note.unit_id, note.kind) == (assignment_a.unit_id, NotificationKind.REMINDER)
    assert (unread("reporter_a"), unread("head_a"), unread("viewer_a")) == (1, 1, 1)
    assert (unread("reporter_b"), unread("coordinator")) == (0, 0)
    body = client_for("reporter_a").get(reverse("tracking:portal")).content.decode()
    count = body.split('data-testid="unread-count"')[1]
    assert count.split(">", 1)[1].startswith("1</span>")
    page = client_for("reporter_a").get(reverse("tracking:notifications")).content.decode()
    assert page.count('data-testid="notification"') == 1 and "Nhắc nhở báo cáo" in page
    assert str(assignment_a.uuid) in page


def test_the_office_urging_a_unit_without_email_still_reaches_it(assignment_a, client_for):
    url = reverse("tracking:remind", kwargs={"assignment_uuid": assignment_a.uuid})
    response = client_for("coordinator").post(url, headers={"HX-Request": "true"})
    assert "Đã nhắc" in response.content.decode()
    assert unread("reporter_a") == 1


def test_a_returned_report_is_a_notification_with_the_reason(assignment_b, reporter_b, coordinator,
                                                              client_for):
    report = services.report_nothing(assignment_b, reporter_b)
    services.return_report(report, coordinator, "Thiếu minh chứng")
    note = Notification.objects.get()
    assert (note.kind, note.report, note.comment) == (NotificationKind.RETURNED, report, "Thiếu minh chứng")
    page = client_for("reporter_b").get(reverse("tracking:notifications")).content.decode()
    assert "Thiếu minh chứng" in page and str(report.uuid) in page


def test_each_member_marks_its_own_read(assignment_a, client_for):
    reminders.deliver(assignment_a)
    reminders.deliver(assignment_a)
    client = client_for("reporter_a")
    first = Notification.objects.order_by("id").first()
    client.post(reverse("tracking:mark_read"), {"id": first.pk})
    assert (unread("reporter_a"), unread("head_a")) == (1, 2)
    client.post(reverse("tracking:mark_read"), {"id": first.pk})  # again: nothing changes
    assert unread("reporter_a") == 1
    client.post(reverse("tracking:mark_read"))
    assert (unread("reporter_a"), unread("head_a")) == (0, 2)
    body = client.get(reverse("tracking:notifications")).content.decode()
    assert 'class="notification unread"' not in body and 'data-testid="unread-count"' not in body


def test_a_unit_never_sees_or_marks_another_units(assignment_a, client_for):
    reminders.deliver(assignment_a)
    note = Notification.objects.get()
    client_b = client_for("reporter_b")
    page = client_b.get(reverse("tracking:notifications")).content.decode()
    assert 'data-testid="notification"' not in page and str(assignment_a.uuid) not in page
    client_b.post(reverse("tracking:mark_read"), {"id": note.pk})
    assert not note.read_by.exists() and unread("reporter_a") == 1
    assert client_for("coordinator").get(reverse("tracking:notifications")).status_code == 404
    assert client_for(None).get(reverse("tracking:notifications")).status_code == 302
