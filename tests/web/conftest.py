"""Personas shared by every web test: a coordinating office, two member units (A, B), a
province with two communes, one user per role, and a factory for an issued plan.

Use:  def test_x(personas, client_for, make_issued_plan): ...
      client_for("reporter_a") → a Django test Client signed in as that user.
      personas.units.a, personas.users["coordinator"], PERSONAS (for parametrize).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from kehoach.accounts.models import Role, User
from kehoach.plans.models import Plan, PlanStatus, PlanTask, TaskUnit, UnitRole
from kehoach.tracking.models import Assignment
from kehoach.units.models import Unit, UnitKind

# username → (role, unit key). Password of each: password_of(username).
PERSONAS = {
    "admin": (Role.ADMIN, "office"),
    "coordinator": (Role.COORDINATOR, "office"),
    "reporter_a": (Role.REPORTER, "a"),
    "head_a": (Role.UNIT_HEAD, "a"),
    "viewer_a": (Role.VIEWER, "a"),
    "reporter_b": (Role.REPORTER, "b"),
}
UNIT_PERSONAS = ["reporter_a", "head_a", "viewer_a", "reporter_b"]
COORDINATOR_PERSONAS = ["admin", "coordinator"]


def password_of(username: str) -> str:
    return f"pw-{username}-2026"


@pytest.fixture(autouse=True)
def _fresh_thread_state():
    """Each test starts in Vietnamese (a request in English leaves English active in the thread)
    with an empty cache (login failures counted by one test must not lock out the next)."""
    translation.activate("vi")
    yield
    translation.deactivate()
    cache.clear()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """MD5 keeps the many test logins fast; tests of hashing itself override this back."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _make_units() -> SimpleNamespace:
    office = Unit.objects.create(name="Văn phòng Cơ quan Thường trực", short_name="VPCQTT",
                                 kind=UnitKind.OFFICE)
    a = Unit.objects.create(name="Bộ Ngoại giao", short_name="BNG", kind=UnitKind.CENTRAL)
    b = Unit.objects.create(name="Bộ Công an", short_name="BCA", kind=UnitKind.CENTRAL)
    province = Unit.objects.create(name="Tỉnh Lai Châu", kind=UnitKind.PROVINCE, admin_code="12")
    communes = [Unit.objects.create(name=name, kind=UnitKind.COMMUNE, parent=province)
                for name in ("Phường Tân Phong", "Xã Sìn Hồ")]
    return SimpleNamespace(office=office, a=a, b=b, province=province, communes=communes)


def _make_user(username: str, role: str, unit: Unit) -> User:
    return User.objects.create_user(
        username=username, password=password_of(username), role=role, unit=unit,
        is_staff=role == Role.ADMIN, is_superuser=role == Role.ADMIN,
    )


@pytest.fixture
def personas(db) -> SimpleNamespace:
    """`.units` (office, a, b, province, communes) and `.users` (dict by username)."""
    units = _make_units()
    users = {name: _make_user(name, role, getattr(units, key)) for name, (role, key) in PERSONAS.items()}
    return SimpleNamespace(units=units, users=users)


@pytest.fixture
def client_for(personas):
    """client_for("reporter_a") → a Client signed in as that persona (anonymous for None)."""

    def make(username: str | None) -> Client:
        client = Client()
        if username:
            client.force_login(personas.users[username])
        return client

    return make


def _add_task(plan: Plan, position: int, text: str, lead: Unit, due: dt.date | None) -> PlanTask:
    task = PlanTask.objects.create(plan=plan, key=f"II.{position}", position=position, text=text, due=due,
                                   lines=[10 + position, 10 + position])
    named = TaskUnit.objects.create(task=task, role=UnitRole.CHU_TRI, name_as_written=lead.name)
    named.units.add(lead)
    Assignment.objects.create(task=task, unit=lead, role=UnitRole.CHU_TRI, due=due)
    return task


@pytest.fixture
def make_issued_plan(personas):
    """make_issued_plan(number="12", tasks=None) → an ISSUED plan of the office whose tasks are
    assigned to unit A (first task) and unit B (second task), with Assignment rows."""

    def make(number: str = "12", title: str = "Tuyên truyền kỷ niệm Ngày Nhân quyền thế giới",
             tasks: list[tuple[str, Unit]] | None = None) -> Plan:
        u = personas.units
        plan = Plan.objects.create(
            owner=u.office, status=PlanStatus.ISSUED, number=number, symbol="KH-VPCQTT", title=title,
            issuer_name="Ban Chỉ đạo Nhân quyền Chính phủ", issued_date=dt.date(2025, 11, 1),
            period_start=dt.date(2025, 12, 1), period_end=dt.date(2025, 12, 30),
            record={"schema": "kehoach.plan/1", "tasks": []}, created_by=personas.users["coordinator"],
        )
        tasks = tasks or [("Tổ chức hội nghị cung cấp thông tin cho báo chí", u.a),
                          ("Bảo đảm an ninh, trật tự các hoạt động kỷ niệm", u.b)]
        for i, (text, lead) in enumerate(tasks, start=1):
            _add_task(plan, i, text, lead, dt.date(2025, 12, 15))
        return plan

    return make


# One fixture per persona and unit, for tests that need just one of them.
@pytest.fixture
def unit_a(personas) -> Unit:
    return personas.units.a


@pytest.fixture
def unit_b(personas) -> Unit:
    return personas.units.b


@pytest.fixture
def office(personas) -> Unit:
    return personas.units.office


def _persona_fixture(username: str):
    @pytest.fixture(name=username)
    def user(personas) -> User:
        return personas.users[username]

    return user


admin_user = _persona_fixture("admin")
coordinator = _persona_fixture("coordinator")
reporter_a = _persona_fixture("reporter_a")
head_a = _persona_fixture("head_a")
viewer_a = _persona_fixture("viewer_a")
reporter_b = _persona_fixture("reporter_b")
