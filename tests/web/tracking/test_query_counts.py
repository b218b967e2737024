"""Each page's queryset is named for the page and its query count is pinned: no N+1, counts do not
grow with rows."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kehoach.plans.models import PlanTask
from kehoach.tracking import figures, progress, services
from kehoach.tracking.models import Assignment
from kehoach.tracking.templatetags.tracking_rows import assignment_rows, portal_rows, task_rows, unit_rows

TODAY = dt.date(2025, 12, 20)


@pytest.fixture
def many(make_issued_plan, personas, reporter_a):
    """A plan with 12 tasks for unit A (some reported) and one for B."""
    u = personas.units
    plan = make_issued_plan(tasks=[(f"Nhiệm vụ {i}", u.a) for i in range(12)] + [("Việc của B", u.b)])
    for assignment in Assignment.objects.filter(task__plan=plan, unit=u.a)[:5]:
        services.save_draft(assignment, reporter_a, narrative="Đã làm", achieved=[])
    return plan


def test_unit_portal_is_one_query(many, unit_a, django_assert_num_queries):
    with django_assert_num_queries(1):
        rows = list(Assignment.objects.for_unit_portal(unit_a.pk))
        html = portal_rows(rows)  # everything the portal's rows read, its plan's title among it
    assert html.count("data-testid") == 12 and str(many) in html


def test_plan_review_list_is_one_query(many, unit_b, reporter_b, django_assert_num_queries):
    services.report_nothing(Assignment.objects.get(task__plan=many, unit=unit_b), reporter_b)  # sent: a link
    with django_assert_num_queries(1):
        html = assignment_rows(list(Assignment.objects.for_plan_review(many.pk)))
    assert html.count("data-testid") == 13 and html.count("Xem báo cáo") == 1  # A's drafts are A's own


def test_plan_progress_by_unit_is_one_query(many, unit_a, django_assert_num_queries):
    with django_assert_num_queries(1):
        rows = list(figures.progress_by_unit(many.pk))
        html = unit_rows(rows)
    assert sum(r["assigned"] for r in rows) == 13 and html.count("<tr>") == 2 and unit_a.name in html


def test_plan_progress_by_task_is_one_query(many, django_assert_num_queries):
    with django_assert_num_queries(1):
        rows = figures.progress_by_task(many.pk, TODAY)
        html = task_rows(rows)
    assert sum(r["assigned"] for r in rows) == 13 and len(rows) == 13 and html.count("<tr>") == 13


def test_progress_by_plan_is_one_query_once_late_is_counted_for_the_day(many, make_issued_plan,
                                                                       django_assert_num_queries):
    other = make_issued_plan(number="13")
    progress.plan_progress([many.pk, other.pk], TODAY)
    with django_assert_num_queries(1):
        counted = progress.plan_progress([many.pk, other.pk], TODAY)
    assert counted[many.pk].assigned == 13 and counted[other.pk].assigned == 2


def page_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(("user", "url"), [
    ("reporter_a", "tracking:portal"), ("coordinator", "tracking:dashboard"),
    ("coordinator", "plan_units"), ("coordinator", "plan_tasks"), ("coordinator", "plan_assignments"),
])
def test_page_query_counts_do_not_grow_with_rows(make_issued_plan, personas, reporter_a, client_for,
                                                 user, url):
    u = personas.units
    plan = make_issued_plan(tasks=[("Một việc", u.a), ("Việc của B", u.b)])
    if url.startswith("plan_"):
        url = reverse("tracking:plan_dashboard", kwargs={"plan_uuid": plan.uuid}) + "?view=" + url[5:]
    else:
        url = reverse(url)
    client = client_for(user)
    few = page_queries(client, url)
    make_issued_plan(number="14", tasks=[(f"Việc {i}", u.a) for i in range(15)])
    for i, unit in enumerate([u.a, u.province, *u.communes] * 3, start=10):  # more rows in this plan too
        task = PlanTask.objects.create(plan=plan, key=f"III.{i}", position=i, text=f"Việc {i}",
                                       targets=[{"quantity": 2, "unit": "cuộc"}])
        Assignment.objects.create(task=task, unit=unit, due=dt.date(2025, 12, 1))
    for assignment in Assignment.objects.filter(unit=u.a)[:6]:
        services.save_draft(assignment, reporter_a, narrative="Đã làm",
                            achieved=[1] * len(assignment.task.targets))
    assert page_queries(client, url) == few
    # session, user with its unit (top bar); plan pages: plan with its figures, rows (counted by the
    # figures); portal: the plan filter's plans with when the unit's figures in each last changed
    # (its version), rows
    assert few <= 4
