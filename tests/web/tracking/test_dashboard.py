"""The coordinator's dashboard: figures per plan, unit and task; filters; the "nhắc nhở" button."""

import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kehoach.tracking import services
from kehoach.tracking.models import Assignment, Reminder
from kehoach.units.models import Unit, UnitKind

DASHBOARD = reverse("tracking:dashboard")


def plan_url(plan):
    return reverse("tracking:plan_dashboard", kwargs={"plan_uuid": plan.uuid})


@time_machine.travel("2025-12-20 09:00 +0700", tick=False)
def test_it_counts_assigned_reported_accepted_late_missing(plan, assignment_b, reporter_b, client_for):
    services.report_nothing(assignment_b, reporter_b)
    response = client_for("coordinator").get(plan_url(plan))
    t = response.context["totals"]
    assert (t.assigned, t.reported, t.accepted, t.pending, t.late, t.missing) == (2, 1, 0, 1, 1, 1)
    rows = {r["unit__name"]: r for r in response.context["page_obj"]}
    assert rows["Bộ Ngoại giao"]["late"] == 1 and rows["Bộ Công an"]["reported"] == 1
    assert next(r["unit__name"] for r in response.context["page_obj"]) == "Bộ Ngoại giao"  # most late first


def test_it_lists_plans_with_figures(plan, client_for):
    response = client_for("coordinator").get(DASHBOARD)
    [(listed, figures)] = response.context["rows"]
    assert listed == plan and figures.assigned == 2


def test_it_searches_units_without_diacritics(plan, client_for):
    client = client_for("coordinator")
    names = [r["unit__name"] for r in client.get(plan_url(plan), {"q": "ngoai giao"}).context["page_obj"]]
    assert names == ["Bộ Ngoại giao"]


def test_it_searches_tasks_without_diacritics(plan, client_for):
    response = client_for("coordinator").get(plan_url(plan), {"view": "tasks", "q": "an ninh"})
    assert [r["task__key"] for r in response.context["page_obj"]] == ["II.2"]


@time_machine.travel("2025-12-20 09:00 +0700", tick=False)
def test_it_filters_assignments_by_lateness_and_state(plan, assignment_b, reporter_b, client_for):
    services.report_nothing(assignment_b, reporter_b)
    client = client_for("coordinator")
    late = client.get(plan_url(plan), {"view": "assignments", "overdue": "on"}).context["page_obj"]
    assert [a["unit__name"] for a in late] == ["Bộ Ngoại giao"]
    sent = client.get(plan_url(plan), {"view": "assignments", "state": "submitted"}).context["page_obj"]
    assert [a["unit__name"] for a in sent] == ["Bộ Công an"]


def test_a_unit_search_pages_without_counting_its_matches(plan, client_for):
    task = plan.tasks.get(key="II.1")
    units = [Unit.objects.create(name=f"Xã Hà Nam {i:02d}", kind=UnitKind.COMMUNE) for i in range(30)]
    Assignment.objects.bulk_create([Assignment(task=task, unit=unit) for unit in units])
    client = client_for("coordinator")
    with CaptureQueriesContext(connection) as queries:
        first = client.get(plan_url(plan), {"q": "ha nam"})
    assert not [q for q in queries if "COUNT(" in q["sql"]]
    assert len(first.context["page_obj"]) == 25 and first.context["page_obj"].has_next()
    assert "Trang 1</span>" in first.content.decode()  # no "/total": the matches are not counted
    second = client.get(plan_url(plan), {"q": "ha nam", "page": "2"}).context["page_obj"]
    assert [r["unit__name"] for r in second] == [f"Xã Hà Nam {i:02d}" for i in range(25, 30)]
    assert not second.has_next() and second.has_previous()
    stale = client.get(plan_url(plan), {"q": "ha nam", "page": "9"}).context["page_obj"]
    assert stale.number == 1 and len(stale) == 25  # a link past the matches: the first page


def test_it_refuses_unit_users(plan, client_for):
    assert client_for("reporter_a").get(DASHBOARD).status_code == 404
    assert client_for("reporter_a").get(plan_url(plan)).status_code == 404


def test_it_urges_a_unit_by_email_now(assignment_a, personas, client_for):
    personas.users["reporter_a"].email = "bng@example.vn"
    personas.users["reporter_a"].save()
    url = reverse("tracking:remind", kwargs={"assignment_uuid": assignment_a.uuid})
    response = client_for("coordinator").post(url, headers={"HX-Request": "true"})
    assert response.status_code == 200 and "Đã nhắc" in response.content.decode()
    assert Reminder.objects.get(assignment=assignment_a, channel="email").error == ""
    assert mail.outbox[0].to == ["bng@example.vn"] and "II.1" in mail.outbox[0].subject
    assert client_for("reporter_a").post(url).status_code == 404


def test_cached_figures_change_as_soon_as_a_report_does(plan, assignment_b, reporter_b, coordinator,
                                                        client_for):
    client = client_for("coordinator")

    def shown(label):
        return client.get(plan_url(plan)).content.decode().split(f"</span>{label}")[0].rsplit("<span>", 1)[1]

    assert shown("đã báo cáo") == "0" and shown("đã báo cáo") == "0"  # the second view is cached
    report = services.report_nothing(assignment_b, reporter_b)
    assert shown("đã báo cáo") == "1"
    services.accept(report, coordinator)
    assert shown("đã chấp nhận") == "1"


def test_a_repeat_view_runs_no_aggregate_query(plan, client_for, django_assert_max_num_queries):
    client = client_for("coordinator")
    client.get(plan_url(plan))
    with django_assert_max_num_queries(3):  # session, user with its unit, plan with its figures
        client.get(plan_url(plan))
