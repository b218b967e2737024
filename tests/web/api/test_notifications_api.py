"""Notifications through the API: the unit's reminders and returned reports, unread first, marked
read per user, with the page's scope (a unit never reads or marks another unit's, guessed ids
included)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kehoach.accounts.models import User
from kehoach.tracking import notifications, services
from kehoach.tracking.models import Notification, NotificationKind


def unread(username: str) -> int:
    return User.objects.get(username=username).unread_notifications


def remind(assignment, times: int = 1) -> list[Notification]:
    return [notifications.notify(assignment, NotificationKind.REMINDER) for _ in range(times)]


def test_it_lists_the_units_notifications_unread_first(assignment_a, reporter_a, api_for):
    older, newer = remind(assignment_a, 2)
    notifications.mark_read(reporter_a, notifications.notifications_for(reporter_a).filter(pk=newer.pk))
    items = api_for("reporter_a").get("/api/notifications").json()["items"]
    assert [(n["id"], n["is_read"]) for n in items] == [(older.pk, False), (newer.pk, True)]
    first = items[0]
    assert (first["kind"], first["kind_label"], first["report"]) == ("reminder", "Nhắc nhở báo cáo", None)
    assert (first["assignment"], first["plan"]) == (str(assignment_a.uuid), str(assignment_a.task.plan.uuid))
    assert first["task"] == assignment_a.task.text
    only_unread = api_for("reporter_a").get("/api/notifications", {"unread": "true"}).json()
    assert [n["id"] for n in only_unread["items"]] == [older.pk] and only_unread["count"] == 1
    # another member of the unit has read neither
    head = api_for("head_a").get("/api/notifications").json()["items"]
    assert [n["is_read"] for n in head] == [False, False]


def test_a_returned_report_carries_its_reason(assignment_b, reporter_b, coordinator, api_for):
    report = services.report_nothing(assignment_b, reporter_b)
    services.return_report(report, coordinator, "Thiếu minh chứng")
    [item] = api_for("reporter_b").get("/api/notifications").json()["items"]
    assert (item["kind"], item["comment"]) == ("returned", "Thiếu minh chứng")
    assert item["report"] == str(report.uuid)


def test_it_marks_one_then_all_read_for_this_user_only(assignment_a, api_for):
    first, _second, _third = remind(assignment_a, 3)
    client = api_for("reporter_a")
    assert client.post(f"/api/notifications/{first.pk}/read").json() == {"marked": 1, "unread": 2}
    assert client.post(f"/api/notifications/{first.pk}/read").json() == {"marked": 0, "unread": 2}
    assert client.post("/api/notifications/read").json() == {"marked": 2, "unread": 0}
    assert (unread("reporter_a"), unread("head_a")) == (0, 3)
    assert client.get("/api/notifications", {"unread": "true"}).json()["count"] == 0


def test_a_unit_never_reads_or_marks_another_units(assignment_a, assignment_b, api_for):
    theirs = remind(assignment_a, 2)
    ours = remind(assignment_b)[0]
    client_b = api_for("reporter_b")
    assert [n["id"] for n in client_b.get("/api/notifications").json()["items"]] == [ours.pk]
    for guessed in [n.pk for n in theirs] + [ours.pk + 1000]:
        assert client_b.post(f"/api/notifications/{guessed}/read").status_code == 404
    assert client_b.post("/api/notifications/read").json() == {"marked": 1, "unread": 0}
    assert not Notification.read_by.through.objects.filter(notification__in=theirs).exists()
    assert unread("reporter_a") == 2


@pytest.mark.parametrize("username", ["coordinator", "admin"])
def test_users_outside_a_unit_have_none(assignment_a, api_for, username):
    note = remind(assignment_a)[0]
    client = api_for(username)
    assert client.get("/api/notifications").status_code == 404
    assert client.post(f"/api/notifications/{note.pk}/read").status_code == 404
    assert client.post("/api/notifications/read").status_code == 404


def test_it_needs_a_token(assignment_a, api_for):
    note = remind(assignment_a)[0]
    assert api_for(None).get("/api/notifications").status_code == 401
    assert api_for(None).post(f"/api/notifications/{note.pk}/read").status_code == 401


def test_the_list_query_count_does_not_grow_with_rows(assignment_a, assignment_b, reporter_b, coordinator,
                                                      api_for):
    client = api_for("reporter_a")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/api/notifications").status_code == 200
        return len(captured)

    remind(assignment_a)
    one = queries()
    remind(assignment_a, 11)
    assert queries() == one <= 4  # token with its user, count, the page of rows (with its joins)


def test_the_openapi_schema_has_the_notification_paths(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/notifications", "/api/notifications/read",
            "/api/notifications/{notification_id}/read"} <= set(paths)
    assert "get" in paths["/api/notifications"] and "post" in paths["/api/notifications/read"]
