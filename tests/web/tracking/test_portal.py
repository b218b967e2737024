"""The unit portal: only the unit's tasks, filters, accent-insensitive search, lateness."""

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kehoach.tracking import services

PORTAL = reverse("tracking:portal")


def test_it_shows_only_the_units_tasks(plan, client_for):
    body = client_for("reporter_a").get(PORTAL).content.decode()
    assert "Hà Nội" in body and "1 nhiệm vụ" in body
    assert "Bảo đảm an ninh" not in body  # unit B's task


def test_it_finds_without_diacritics(plan, client_for):
    client = client_for("reporter_a")
    assert "Hà Nội" in client.get(PORTAL, {"q": "ha noi"}).content.decode()
    assert "Hà Nội" not in client.get(PORTAL, {"q": "da nang"}).content.decode()


@time_machine.travel("2025-12-20 09:00 +0700", tick=False)
def test_it_marks_and_filters_late_tasks(plan, client_for):
    body = client_for("reporter_a").get(PORTAL, {"overdue": "on"}).content.decode()
    assert "1 trễ hạn" in body and "row-late" in body


@time_machine.travel("2025-12-20 09:00 +0700", tick=False)
def test_it_does_not_call_a_submitted_task_late(assignment_b, reporter_b, client_for):
    services.report_nothing(assignment_b, reporter_b)
    body = client_for("reporter_b").get(PORTAL, {"overdue": "on"}).content.decode()
    assert "Không có nhiệm vụ nào khớp" in body


def test_it_filters_by_state(assignment_a, reporter_a, client_for):
    services.save_draft(assignment_a, reporter_a, narrative="x", achieved=[None, None])
    client = client_for("reporter_a")
    assert "Hà Nội" in client.get(PORTAL, {"state": "draft"}).content.decode()
    assert "Hà Nội" not in client.get(PORTAL, {"state": "none"}).content.decode()


def test_it_returns_only_the_rows_to_htmx(plan, client_for):
    response = client_for("reporter_a").get(PORTAL, {"q": "hoi nghi"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "portal-table" in body and "<html" not in body


def test_it_sends_coordinators_to_the_dashboard(plan, client_for):
    response = client_for("coordinator").get(PORTAL)
    assert response.status_code == 302 and response["Location"] == reverse("tracking:dashboard")


def test_the_cached_list_changes_with_the_units_own_report(assignment_a, head_a, reporter_b, assignment_b,
                                                           client_for):
    client = client_for("head_a")
    assert "badge-none" in client.get(PORTAL).content.decode()
    services.report_nothing(assignment_b, reporter_b)  # another unit's report: A's list stays cached
    with CaptureQueriesContext(connection) as queries:
        assert "badge-none" in client.get(PORTAL).content.decode()
    assert not [q for q in queries.captured_queries if 'FROM "tracking_assignment"' in q["sql"]]
    services.save_draft(assignment_a, head_a, narrative="Đang làm", achieved=[None, None])
    assert "badge-draft" in client.get(PORTAL).content.decode()
