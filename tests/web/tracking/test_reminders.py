"""Reminders: due rows from next_reminder_at, claimed once, one Reminder row per send."""

import datetime as dt

import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from kehoach.tracking import reminders, services
from kehoach.tracking.models import Assignment, Reminder


def make_due(assignment, email="unit@example.vn"):
    for user in assignment.unit.users.all():
        user.email = email
        user.save()
    an_hour_ago = timezone.now() - dt.timedelta(hours=1)
    Assignment.objects.filter(pk=assignment.pk).update(next_reminder_at=an_hour_ago)


def test_it_schedules_the_first_reminder_three_days_before_the_due_date():
    at = reminders.first_reminder_at(dt.date(2025, 12, 15))
    assert timezone.localtime(at).replace(tzinfo=None) == dt.datetime(2025, 12, 12, 8, 0)
    assert reminders.first_reminder_at(None) is None


def test_it_sends_each_due_reminder_once_and_schedules_the_next(assignment_a):
    make_due(assignment_a)
    assert reminders.send_one_reminder() is True
    assert reminders.send_one_reminder() is False
    assert len(mail.outbox) == 1 and Reminder.objects.filter(channel="email").count() == 1
    message = mail.outbox[0]
    assert message.alternatives[0].mimetype == "text/html" and "Hà Nội" in message.body
    assignment_a.refresh_from_db()
    assert assignment_a.next_reminder_at > timezone.now() + dt.timedelta(days=2)


def test_only_one_of_two_workers_that_read_the_same_row_claims_it(assignment_a):
    make_due(assignment_a)
    seen = Assignment.objects.get(pk=assignment_a.pk).next_reminder_at  # both workers read this
    later = timezone.now() + reminders.REPEAT_EVERY
    assert reminders.claim(assignment_a.pk, seen, later) is True
    assert reminders.claim(assignment_a.pk, seen, later) is False


def test_it_stops_reminding_once_the_report_is_in(assignment_b, reporter_b):
    services.report_nothing(assignment_b, reporter_b)
    make_due(assignment_b)
    assert reminders.send_one_reminder() is True
    assert not mail.outbox and not Reminder.objects.exists()
    assignment_b.refresh_from_db()
    assert assignment_b.next_reminder_at is None


def test_it_keeps_the_error_when_a_unit_has_no_address(assignment_a):
    make_due(assignment_a, email="")
    reminders.send_one_reminder()
    error = Reminder.objects.get(channel="email").error
    assert error.startswith("đơn vị Bộ Ngoại giao chưa có địa chỉ email")  # the reason, no class name
    assert Reminder.objects.get(channel="in_app").error == ""  # the unit is still reminded in the app


@time_machine.travel("2025-12-13 09:00 +0700", tick=False)
def test_the_command_sends_everything_due(plan, assignment_a, assignment_b, capsys):
    for a in (assignment_a, assignment_b):
        make_due(a)
    call_command("send_reminders")
    assert "2 reminder(s) processed" in capsys.readouterr().out
    assert Reminder.objects.filter(channel="email").count() == 2


def test_a_return_schedules_a_new_reminder(assignment_b, reporter_b, coordinator):
    report = services.report_nothing(assignment_b, reporter_b)
    services.return_report(report, coordinator, "Thiếu minh chứng")
    assignment_b.refresh_from_db()
    assert assignment_b.next_reminder_at > timezone.now()
