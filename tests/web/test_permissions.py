"""Every page of the web-core half, for every persona: coordinators of the plan's office (and
admins) get in; unit users and other offices get 404; anonymous users go to the login page."""

import pytest
from django.test import Client
from django.urls import reverse
from tests.web.conftest import COORDINATOR_PERSONAS, UNIT_PERSONAS

from kehoach.accounts.models import Role, User
from kehoach.plans.models import Plan, PlanSource, PlanStatus
from kehoach.units.models import Unit, UnitKind

# (URL name, needs a plan, method, POST data)
PAGES = [
    ("plans:list", None, "get", None),
    ("plans:upload", None, "get", None),
    ("plans:imports", None, "get", None),
    ("units:list", None, "get", None),
    ("plans:detail", "issued", "get", None),
    ("plans:review", "draft", "get", None),
    ("plans:issue", "draft", "get", None),
    ("plans:unit_search", "draft", "get", None),
    ("plans:edit_document", "draft", "post", {"title": "Đổi"}),
    ("plans:edit_task", "draft", "post", {"task": "#1"}),
    ("plans:add_task", "draft", "post", {}),
    ("plans:remove_task", "draft", "post", {"task": "#1"}),
    ("plans:pick_unit", "draft", "post", {"name": "X", "unit": "none"}),
    ("plans:issue", "draft", "post", {}),
]


@pytest.fixture
def world(personas, make_issued_plan):
    draft = Plan.objects.create(owner=personas.units.office, status=PlanStatus.DRAFT, number="9",
                                record={"document": {"title": "Nháp"},
                                        "tasks": [{"text": "Việc", "lead": []}]})
    PlanSource.objects.create(owner=personas.units.office, plan=draft, original_name="n.txt", sha256="1" * 64,
                              text="Nháp", status="done")
    other_office = Unit.objects.create(name="Văn phòng khác", kind=UnitKind.OFFICE)
    User.objects.create_user("coordinator_x", password="x-2026-pw", role=Role.COORDINATOR, unit=other_office)
    return {"draft": draft, "issued": make_issued_plan()}


def _call(client: Client, world, name, plan_kind, method, data):
    url = reverse(name, kwargs={"plan_uuid": world[plan_kind].uuid} if plan_kind else None)
    return getattr(client, method)(url, data or {})


@pytest.mark.parametrize(("name", "plan_kind", "method", "data"), PAGES)
@pytest.mark.parametrize("username", COORDINATOR_PERSONAS)
def test_coordinators_of_the_office_get_in(client_for, world, username, name, plan_kind, method, data):
    response = _call(client_for(username), world, name, plan_kind, method, data)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert not response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize(("name", "plan_kind", "method", "data"), PAGES)
@pytest.mark.parametrize("username", UNIT_PERSONAS)
def test_unit_users_get_404(client_for, world, username, name, plan_kind, method, data):
    assert _call(client_for(username), world, name, plan_kind, method, data).status_code == 404


@pytest.mark.parametrize(("name", "plan_kind", "method", "data"), [p for p in PAGES if p[1]])
def test_another_office_gets_404(world, name, plan_kind, method, data):
    client = Client()
    client.force_login(User.objects.get(username="coordinator_x"))
    assert _call(client, world, name, plan_kind, method, data).status_code == 404


@pytest.mark.parametrize(("name", "plan_kind", "method", "data"), PAGES)
def test_anonymous_users_go_to_login(world, name, plan_kind, method, data):
    response = _call(Client(), world, name, plan_kind, method, data)
    assert response.status_code == 302 and response["Location"].startswith(reverse("accounts:login"))


def test_unit_pages_are_for_coordinators(client_for, personas):
    url = reverse("units:detail", args=[personas.units.a.uuid])
    assert client_for("coordinator").get(url).status_code == 200
    for username in UNIT_PERSONAS:
        assert client_for(username).get(url).status_code == 404


def test_a_draft_is_invisible_to_the_unit_it_names(client_for, world, personas):
    """Even when a draft names unit A, A's users see nothing of it before it is issued."""
    from kehoach.plans.access import plans_for

    assert world["draft"] not in plans_for(personas.users["reporter_a"])
    assert world["issued"] in plans_for(personas.users["reporter_a"])
    assert world["issued"] not in plans_for(User.objects.get(username="coordinator_x"))


def test_other_offices_do_not_see_imports(client_for, world):
    client = Client()
    client.force_login(User.objects.get(username="coordinator_x"))
    assert "n.txt" not in client.get(reverse("plans:imports")).content.decode()
    assert "n.txt" in client_for("coordinator").get(reverse("plans:imports")).content.decode()
