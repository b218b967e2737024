"""The permissions proof: walk EVERY URL pattern of the project, fill its parameters with real
objects of unit A, and check that a unit-B user never gets unit A's data (pages, API, exports,
search, files) and changes nothing, and that anonymous users are sent to sign in."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from tests.web.tracking.conftest import png_bytes

from kehoach.api.models import ApiToken
from kehoach.plans.models import PlanSource
from kehoach.tracking import notifications, services
from kehoach.tracking.models import (
    Assignment,
    Attachment,
    Notification,
    NotificationKind,
    Reminder,
    Report,
    ReportEvent,
)

MARKER = "MATA7731"  # appears only in unit A's data
PARAM = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>")
# Reachable without signing in, on purpose.
SIGN_OUT = {"/accounts/logout/", "/admin/logout/"}  # walked last: they end the session
PUBLIC = {"accounts/login/", "admin/login/", "admin/logout/", "accounts/logout/", "i18n/setlang/",
          "api/openapi.json", "api/docs", "api/"}


def all_routes(resolver=None, prefix: str = ""):
    """(route string, pattern) for every URL pattern, nested includes flattened."""
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            yield from all_routes(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


@pytest.fixture
def world_a(make_issued_plan, personas, reporter_a, settings, tmp_path):
    """A plan that gives tasks to unit A only, with a report, a file, a source, a token."""
    u = personas.units
    plan = make_issued_plan(number="77", title=f"Kế hoạch riêng {MARKER}",
                            tasks=[(f"Nhiệm vụ riêng {MARKER}", u.a), ("Nhiệm vụ thứ hai", u.a)])
    make_issued_plan(number="78")  # a shared plan, so unit B has pages with its own data
    assignment = Assignment.objects.get(task__plan=plan, task__key="II.1")
    report = services.save_draft(assignment, reporter_a, narrative=f"Kết quả {MARKER}", achieved=[])
    attachment = services.add_attachment(report, reporter_a,
                                          SimpleUploadedFile(f"{MARKER}.png", png_bytes()))
    source = PlanSource(owner=u.office, plan=plan, original_name=f"{MARKER}.txt", sha256="0" * 64,
                        size=10, format="txt", text=f"KẾ HOẠCH {MARKER}")
    source.file.save("plan.txt", ContentFile(f"KẾ HOẠCH {MARKER}".encode()), save=True)
    token, _raw = ApiToken.objects.issue(reporter_a, f"khoá {MARKER}")
    note = notifications.notify(assignment, NotificationKind.RETURNED, report, comment=f"Trả lại {MARKER}")
    return {"plan_uuid": plan.uuid, "assignment_uuid": assignment.uuid, "report_uuid": report.uuid,
            "attachment_uuid": attachment.uuid, "source_uuid": source.uuid, "unit_uuid": u.a.uuid,
            "task_uuid": assignment.task.uuid, "token_id": token.pk,
            "notification_id": note.pk}


def fill(route: str, values: dict) -> str | None:
    """The route with every parameter filled from unit A's objects; None for admin regex routes."""
    if "(?P<" in route or route.startswith("^"):
        return None
    def value(match):
        name = match["name"]
        if name in values:
            return str(values[name])
        if route.startswith("admin/"):
            return "1"  # admin refuses non-staff before it looks at the object
        raise AssertionError(f"{route}: no unit-A object for <{name}>; add one to world_a")
    return "/" + PARAM.sub(value, route)


def routes(world):
    found = [(route, fill(route, world)) for route, _ in all_routes()]
    regex_only = [r for r, url in found if url is None]
    assert all(r.startswith("admin/") or "admin" in r for r in regex_only), regex_only
    return sorted({url for _, url in found if url})


def body_of(response) -> str:
    """The response as text; a DOCX or XLSX (a zip) as the text of its parts, where a marker would hide."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "".join(archive.read(name).decode(errors="replace") for name in archive.namelist())
    return content.decode(errors="replace")


def state_of_a() -> tuple:
    return (Report.objects.count(), ReportEvent.objects.count(), Attachment.objects.count(),
            Reminder.objects.count(), ApiToken.objects.filter(revoked=True).count(),
            Notification.read_by.through.objects.count(),
            sorted(Report.objects.values_list("state", "narrative")))


def check_no_leak(client: Client, method: str, url: str) -> None:
    if method in ("GET", "SEARCH"):
        response = client.get(url, {"q": MARKER.lower()} if method == "SEARCH" else {})
    else:
        response = client.post(url, json.dumps({"narrative": "x", "comment": "x", "action": "accept"}),
                               content_type="application/json")
        if response.status_code not in (401, 403, 404, 405):
            response = client.post(url, {"narrative": "x", "comment": "x", "action": "accept", "name": "x"})
    allowed = (200, 302, 400, 401, 403, 404, 405, 422)
    assert response.status_code in allowed, (method, url, response.status_code)
    if response.status_code == 302:
        response = client.get(response["Location"])
    assert MARKER not in body_of(response), f"{method} {url} shows unit A's data to unit B"


def test_a_unit_b_user_never_gets_unit_a_data(world_a, client_for):
    client = client_for("reporter_b")
    before = state_of_a()
    urls = [url for url in routes(world_a) if url not in SIGN_OUT]
    assert len(urls) > 25
    for url in urls:
        for method in ("GET", "SEARCH", "POST"):
            check_no_leak(client, method, url)
        assert client.session.get("_auth_user_id"), f"{url} signed the user out"
    assert state_of_a() == before


def test_a_unit_b_token_never_gets_unit_a_data(world_a, reporter_b):
    _token, raw = ApiToken.objects.issue(reporter_b, "b")
    client = Client(headers={"Authorization": f"Bearer {raw}"})
    before = state_of_a()
    for url in routes(world_a):
        if url.startswith("/api/"):
            for method in ("GET", "POST"):
                check_no_leak(client, method, url)
    assert state_of_a() == before


def test_anonymous_users_are_sent_to_sign_in(world_a):
    client = Client()
    for url in routes(world_a):
        if url.lstrip("/") in PUBLIC:
            continue
        response = client.get(url)
        if response.status_code == 405:
            response = client.post(url)
        if url.startswith("/api/"):
            assert response.status_code == 401, url
        elif url.startswith("/admin/"):
            assert response.status_code == 302 and "/admin/login/" in response["Location"], url
        else:
            assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), url

