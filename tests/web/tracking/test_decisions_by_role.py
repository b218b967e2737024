"""Who may move a report on, tried by everyone else, on the pages and in the API: only the unit head
of the report's own unit approves or sends back what its reporter sent; only the office that owns
the plan accepts or returns what was submitted. Everyone else leaves the report as it was."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse

from kehoach.accounts.models import Role, User
from kehoach.api.models import ApiToken
from kehoach.tracking import services
from kehoach.tracking.models import Report, ReportEvent, ReportState
from kehoach.units.models import Unit, UnitKind

API = {"approve": "approve", "send_back": None, "accept": "accept", "return": "return"}  # no API send-back
HEAD_ACTIONS, OFFICE_ACTIONS = ("approve", "send_back"), ("accept", "return")
EVERYONE = ["admin", "coordinator", "coordinator_x", "reporter_a", "head_a", "viewer_a", "reporter_b",
            "head_b"]


@pytest.fixture
def people(personas):
    User.objects.create_user("head_b", role=Role.UNIT_HEAD, unit=personas.units.b)
    other = Unit.objects.create(name="Văn phòng Sở khác", kind=UnitKind.OFFICE)
    User.objects.create_user("coordinator_x", role=Role.COORDINATOR, unit=other)
    return {u.username: u for u in User.objects.all()}


def attempt(user: User, report: Report, action: str) -> None:
    """The action through the page (session) and through the API (token), as `user`."""
    page = Client()
    page.force_login(user)
    page.post(reverse("tracking:decide", kwargs={"report_uuid": report.uuid}),
              {"action": action, "comment": "Lý do"})
    if API[action]:
        _token, raw = ApiToken.objects.issue(user, "t")
        Client(headers={"Authorization": f"Bearer {raw}"}).post(
            f"/api/reports/{report.uuid}/{API[action]}", json.dumps({"comment": "Lý do"}),
            content_type="application/json")


def unchanged(report: Report, state: str, events: int) -> bool:
    report.refresh_from_db()
    return report.state == state and ReportEvent.objects.filter(report=report).count() == events


@pytest.fixture
def awaiting_head(assignment_a, reporter_a) -> Report:
    report = services.save_draft(assignment_a, reporter_a, narrative="Đã làm", achieved=[1, 200])
    return services.submit(report, reporter_a)


@pytest.mark.parametrize("action", HEAD_ACTIONS + OFFICE_ACTIONS)
@pytest.mark.parametrize("username", [u for u in EVERYONE if u != "head_a"])
def test_only_the_units_head_moves_a_report_awaiting_it(people, awaiting_head, username, action):
    events = ReportEvent.objects.filter(report=awaiting_head).count()
    attempt(people[username], awaiting_head, action)
    assert unchanged(awaiting_head, ReportState.AWAITING_HEAD, events)


@pytest.mark.parametrize(("action", "state"), [("approve", ReportState.SUBMITTED),
                                               ("send_back", ReportState.DRAFT)])
def test_the_units_head_does(people, awaiting_head, action, state):
    """With a comment typed in the one box the page has (approving with one was a server error)."""
    attempt(people["head_a"], awaiting_head, action)
    awaiting_head.refresh_from_db()
    assert awaiting_head.state == state
    assert awaiting_head.events.latest("pk").comment == "Lý do"


@pytest.fixture
def submitted(awaiting_head, head_a) -> Report:
    return services.head_approve(awaiting_head, head_a)


@pytest.mark.parametrize("action", HEAD_ACTIONS + OFFICE_ACTIONS)
@pytest.mark.parametrize("username", [u for u in EVERYONE if u not in ("admin", "coordinator")])
def test_only_the_owning_office_accepts_or_returns(people, submitted, username, action):
    events = ReportEvent.objects.filter(report=submitted).count()
    attempt(people[username], submitted, action)
    assert unchanged(submitted, ReportState.SUBMITTED, events)


@pytest.mark.parametrize(("username", "action", "state"), [
    ("coordinator", "accept", ReportState.ACCEPTED), ("coordinator", "return", ReportState.RETURNED),
    ("admin", "accept", ReportState.ACCEPTED)])
def test_the_owning_office_does(people, submitted, username, action, state):
    attempt(people[username], submitted, action)
    submitted.refresh_from_db()
    assert submitted.state == state
