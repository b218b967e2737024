"""The harder half of the permissions proof: unit B *shares* a plan with unit A, so B reaches the
plan's pages, exports, calendars and API; walk every URL pattern as each of B's roles and as a
coordinator of another office, with A's ids put in every path parameter, query string and form
field, and check that none of A's reports, files, comments, figures or task texts comes back, and
that nothing of A's changes."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from tests.web.tracking.conftest import png_bytes
from tests.web.tracking.test_every_url_is_scoped import SIGN_OUT, all_routes, body_of, fill, state_of_a

from kehoach.accounts.models import Role, User
from kehoach.api.models import ApiToken
from kehoach.plans.models import Plan
from kehoach.tracking import reminders, services
from kehoach.tracking.models import Assignment, Notification
from kehoach.units.models import Unit, UnitKind

SECRET = "BAOCAO5519"  # in unit A's report, its file, the office's comment: never shown outside A
TASK = "NHIEMVU8842"  # in the text of the task given to A alone
ACTIONS = ("accept", "return", "approve", "send_back")  # every decision a report page takes
B_ROLES = [("reporter_b", Role.REPORTER), ("head_b", Role.UNIT_HEAD), ("viewer_b", Role.VIEWER)]


@pytest.fixture
def shared(make_issued_plan, personas, reporter_a, head_a, coordinator):
    """A plan giving task II.1 to A and II.2 to B; A's report sent, returned with a comment (so A
    has a notification), then edited again with a file; B's users of every role; a second office
    with its own plan for A."""
    u = personas.units
    plan = make_issued_plan(number="81", tasks=[(f"Việc riêng của A {TASK}", u.a), ("Việc của B", u.b)])
    mine = Assignment.objects.get(task__plan=plan, unit=u.a)
    report = services.save_draft(mine, reporter_a, narrative=f"Kết quả {SECRET}", achieved=[])
    services.head_approve(services.submit(report, reporter_a), head_a)
    services.return_report(report, coordinator, f"Thiếu số liệu {SECRET}")
    attachment = services.add_attachment(report, reporter_a, SimpleUploadedFile(f"{SECRET}.png", png_bytes()))
    reminders.deliver(mine)
    for username, role in B_ROLES[1:]:
        User.objects.create_user(username, password="pw-b-2026", role=role, unit=u.b)
    other = Unit.objects.create(name="Văn phòng Sở khác", kind=UnitKind.OFFICE)
    User.objects.create_user("coordinator_x", password="pw-x-2026", role=Role.COORDINATOR, unit=other)
    theirs = Plan.objects.get(pk=make_issued_plan(number="82").pk)
    theirs.owner = other
    theirs.save()
    return {"plan_uuid": plan.uuid, "assignment_uuid": mine.uuid, "report_uuid": report.uuid,
            "attachment_uuid": attachment.uuid, "unit_uuid": u.a.uuid,
            "task_uuid": mine.task.uuid, "token_id": ApiToken.objects.issue(reporter_a, "a")[0].pk,
            "notification_id": Notification.objects.filter(unit=u.a).first().pk}


def state() -> tuple:
    """What B could change of A's: reports, events, files, reminders, tokens, and A's notifications
    (each read mark and each member's unread count)."""
    reads = Notification.read_by.through.objects.count()
    unread = sorted(User.objects.filter(unit__short_name="BNG").values_list("unread_notifications"))
    return (*state_of_a(), reads, unread, Notification.objects.count())


def a_ids(world: dict) -> dict:
    """Every name a form field or a query parameter might carry an id under, set to A's objects."""
    return {"unit": world["unit_uuid"], "plan": world["plan_uuid"], "assignment": world["assignment_uuid"],
            "report": world["report_uuid"], "attachment": world["attachment_uuid"],
            "task": world["task_uuid"], "id": world["notification_id"], "token": world["token_id"],
            "q": SECRET.lower(), "view": "assignments"}


def routes(world: dict) -> list[str]:
    urls = {fill(route, world) for route, _ in all_routes()}
    return sorted(url for url in urls if url and url not in SIGN_OUT)


def assert_no_leak(response, client: Client, what: str) -> None:
    assert response.status_code in (200, 302, 400, 401, 403, 404, 405, 409, 422), (what, response.status_code)
    if response.status_code == 302:
        response = client.get(response["Location"])
    body = body_of(response)
    for marker in (SECRET, TASK):
        assert marker not in body, f"{what} shows unit A's {marker}"


def walk(client: Client, world: dict) -> None:
    ids = a_ids(world)
    for url in routes(world):
        assert_no_leak(client.get(url), client, f"GET {url}")
        assert_no_leak(client.get(url, ids), client, f"GET {url}?<A's ids>")
        assert_no_leak(client.get(url, ids, headers={"HX-Request": "true"}), client, f"HTMX GET {url}")
        for action in ACTIONS if "decide" in url else ACTIONS[:1]:
            form = {**ids, "narrative": "x", "comment": "x", "action": action, "name": "x", "submit": "1"}
            assert_no_leak(client.post(url, form), client, f"POST {url} {action}")
        assert_no_leak(client.post(url, json.dumps({"narrative": "x", "comment": "x", "assignment": str(
            world["assignment_uuid"])}), content_type="application/json"), client, f"POST json {url}")
        assert client.session.get("_auth_user_id"), f"{url} signed the user out"


@pytest.mark.parametrize("username", [name for name, _ in B_ROLES] + ["coordinator_x"])
def test_no_one_outside_a_sees_or_changes_its_part_of_a_shared_plan(shared, username):
    client = Client()
    client.force_login(User.objects.get(username=username))
    before = state()
    walk(client, shared)
    assert state() == before


@pytest.mark.parametrize("username", [name for name, _ in B_ROLES] + ["coordinator_x"])
def test_nor_through_the_api_with_a_token(shared, username):
    _token, raw = ApiToken.objects.issue(User.objects.get(username=username), "t")
    client = Client(headers={"Authorization": f"Bearer {raw}"})
    before = state()
    ids = a_ids(shared)
    for url in routes(shared):
        if url.startswith("/api/"):
            assert_no_leak(client.get(url, ids), client, f"GET {url}")
            assert_no_leak(client.post(url, json.dumps({"narrative": "x", "comment": "x"}),
                                       content_type="application/json"), client, f"POST {url}")
    assert state() == before
