"""A unit head sending a report back to its reporter is inside the unit: to the office the report
was never sent, so it is a draft there (state only, not its text), and the office's "returned"
means only the reports the office itself returned — on its dashboard, filters and API. The unit's
own pages still tell the reporter that the head sent it back, and why."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from kehoach.api.models import ApiToken
from kehoach.tracking import services
from kehoach.tracking.models import Report

TEXT, WHY = "Đã tổ chức NOIBO7731", "Thiếu số đại biểu HEAD5520"


@pytest.fixture
def sent_back(assignment_a, reporter_a, head_a) -> Report:
    """Unit A's report, sent to its head and sent back by the head with a comment."""
    report = services.save_draft(assignment_a, reporter_a, narrative=TEXT, achieved=[1, 190])
    services.submit(report, reporter_a)
    return services.head_return(report, head_a, WHY)


def api_client(user) -> Client:
    return Client(headers={"Authorization": f"Bearer {ApiToken.objects.issue(user, 't')[1]}"})


def assignment_rows(client: Client, plan, **filters) -> str:
    return client.get(f"/dashboard/{plan.uuid}/", {"view": "assignments", **filters}).content.decode()


def test_the_office_sees_a_draft_not_a_return(sent_back, plan, client_for, coordinator):
    office = client_for("coordinator")
    rows = assignment_rows(office, plan)
    assert "badge-draft" in rows and "badge-returned" not in rows and TEXT not in rows
    assert 'data-testid="assignment-row"' not in assignment_rows(office, plan, state="returned")
    assert "Bộ Ngoại giao" in assignment_rows(office, plan, state="draft")
    assert office.get(f"/reports/{sent_back.uuid}/").status_code == 404


def test_the_offices_api_sees_a_draft_not_a_return(sent_back, coordinator):
    api = api_client(coordinator)
    states = {a["unit"]: a["state"] for a in api.get("/api/assignments").json()["items"]}
    assert states["Bộ Ngoại giao"] == "draft"
    assert api.get("/api/assignments", {"state": "returned"}).json()["items"] == []
    assert api.get("/api/reports").json()["items"] == []
    assert api.get(f"/api/reports/{sent_back.uuid}").status_code == 404


def test_the_offices_own_return_is_still_a_return(sent_back, plan, reporter_a, head_a, coordinator,
                                                  client_for):
    services.submit(sent_back, reporter_a)
    services.head_approve(sent_back, head_a)
    services.return_report(sent_back, coordinator, "Văn phòng: bổ sung ảnh")
    assert "Bộ Ngoại giao" in assignment_rows(client_for("coordinator"), plan, state="returned")
    returned = api_client(coordinator).get("/api/assignments", {"state": "returned"}).json()["items"]
    assert [a["unit"] for a in returned] == ["Bộ Ngoại giao"]
    page = client_for("reporter_a").get(f"/assignments/{sent_back.assignment.uuid}/").content.decode()
    assert "Văn phòng trả lại báo cáo:" in page and "Văn phòng: bổ sung ảnh" in page


def test_the_unit_is_told_the_head_sent_it_back(sent_back, client_for, reporter_a):
    page = client_for("reporter_a").get(f"/assignments/{sent_back.assignment.uuid}/").content.decode()
    assert "Lãnh đạo đơn vị trả lại báo cáo:" in page and WHY in page
    assert "Văn phòng trả lại báo cáo:" not in page and 'id="submit-report"' in page
    own = api_client(reporter_a).get(f"/api/reports/{sent_back.uuid}").json()
    assert (own["state"], own["reviewer_comment"], own["narrative"]) == ("draft", WHY, TEXT)


@pytest.mark.django_db(transaction=True)
def test_the_migration_makes_earlier_head_send_backs_drafts():
    """Reports sent back by a head before this were "returned": they become drafts; a report the
    office returned last stays returned, even if its head had sent it back before."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    before = [("tracking", "0007_periods_of_existing_assignments")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    unit = apps.get_model("units", "Unit").objects.create(name="Bộ Ngoại giao", search_key="bo ngoai giao")
    plan = apps.get_model("plans", "Plan").objects.create(owner=unit, status="issued", number="9")
    task = apps.get_model("plans", "PlanTask").objects.create(plan=plan, key="1", position=1, text="Hội nghị")
    progress = apps.get_model("tracking", "PlanProgress").objects.create(plan=plan, version=3)
    states = {}
    for day, actions in enumerate((["head_return"], ["head_return", "return"], ["return"]), start=1):
        assignment = apps.get_model("tracking", "Assignment").objects.create(
            task=task, unit=unit, report_state="returned", period_start=dt.date(2026, day, 1))
        report = apps.get_model("tracking", "Report").objects.create(assignment=assignment, state="returned")
        assignment.current_report = report
        assignment.save()
        for action in actions:
            apps.get_model("tracking", "ReportEvent").objects.create(report=report, action=action)
        states[report.pk] = actions[-1]

    executor = MigrationExecutor(connection)
    executor.migrate(leaves)
    apps = executor.loader.project_state(leaves).apps
    after = {r.pk: (r.state, r.assignment.report_state)
             for r in apps.get_model("tracking", "Report").objects.select_related("assignment")}
    assert after == {pk: ("draft", "draft") if last == "head_return" else ("returned", "returned")
                     for pk, last in states.items()}
    assert apps.get_model("tracking", "PlanProgress").objects.get(pk=progress.pk).version == 4
