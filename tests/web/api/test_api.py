"""The JSON API: bearer tokens, scope through the same access helpers, the report workflow."""

import datetime as dt
import json

from kehoach.api.models import ApiToken
from kehoach.plans.models import PlanTask
from kehoach.tracking.models import Assignment, Report, ReportState
from kehoach.tracking.periods import Schedule
from kehoach.tracking.recurring import open_periods


def post(client, url, data=None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def test_it_refuses_requests_without_a_valid_token(plan, api_for):
    assert api_for(None).get("/api/plans").status_code == 401
    bad = api_for(None)
    assert bad.get("/api/plans", headers={"Authorization": "Bearer kh_nope"}).status_code == 401


def test_it_refuses_a_revoked_token(plan, reporter_a, client):
    token, raw = ApiToken.objects.issue(reporter_a, "x")
    ApiToken.objects.filter(pk=token.pk).update(revoked=True)
    assert client.get("/api/plans", headers={"Authorization": f"Bearer {raw}"}).status_code == 401


def test_it_stores_only_a_hash_of_the_token(reporter_a):
    token, raw = ApiToken.objects.issue(reporter_a, "x")
    assert raw not in (token.digest, token.hint) and raw.endswith(token.hint)


def test_it_lists_plans_in_scope(plan, api_for):
    data = api_for("reporter_a").get("/api/plans").json()
    assert [p["uuid"] for p in data["items"]] == [str(plan.uuid)]
    detail = api_for("coordinator").get(f"/api/plans/{plan.uuid}").json()
    assert detail["tasks"][0]["targets"][0] == {"quantity": 1.0, "unit": "hội nghị",
                                               "text": "01 hội nghị cung cấp thông tin cho báo chí"}


def test_it_lists_only_the_units_assignments(plan, assignment_a, api_for):
    items = api_for("reporter_a").get("/api/assignments").json()["items"]
    assert [a["uuid"] for a in items] == [str(assignment_a.uuid)]
    assert items[0]["unit"] == "Bộ Ngoại giao" and items[0]["state"] is None and items[0]["period"] == ""
    assert len(api_for("coordinator").get("/api/assignments").json()["items"]) == 2


def test_it_hides_another_units_assignment(assignment_a, api_for):
    assert api_for("reporter_b").get(f"/api/assignments/{assignment_a.uuid}").status_code == 404
    response = post(api_for("reporter_b"), f"/api/assignments/{assignment_a.uuid}/report", {"narrative": "x"})
    assert response.status_code == 404


def test_it_runs_the_report_workflow(assignment_b, api_for):
    unit, office = api_for("reporter_b"), api_for("coordinator")
    draft = post(unit, f"/api/assignments/{assignment_b.uuid}/report", {"narrative": "Đã triển khai"}).json()
    assert draft["state"] == "draft"
    assert post(unit, f"/api/reports/{draft['uuid']}/submit").json()["state"] == "submitted"
    assert post(unit, f"/api/reports/{draft['uuid']}/accept").status_code == 409  # not the office
    returned = post(office, f"/api/reports/{draft['uuid']}/return", {"comment": "Bổ sung"}).json()
    assert returned["state"] == "returned" and returned["reviewer_comment"] == "Bổ sung"
    post(unit, f"/api/assignments/{assignment_b.uuid}/report", {"narrative": "Đã bổ sung"})
    post(unit, f"/api/reports/{draft['uuid']}/submit")
    assert post(office, f"/api/reports/{draft['uuid']}/accept").json()["state"] == "accepted"
    assert Report.objects.get().state == ReportState.ACCEPTED
    listed = office.get("/api/reports", {"assignment": str(assignment_b.uuid)}).json()["items"]
    assert [r["uuid"] for r in listed] == [draft["uuid"]]


def test_it_explains_a_refused_transition(assignment_b, api_for):
    unit = api_for("reporter_b")
    draft = post(unit, f"/api/assignments/{assignment_b.uuid}/report", {"narrative": ""}).json()
    response = post(unit, f"/api/reports/{draft['uuid']}/submit")
    assert response.status_code == 409 and "kết quả" in response.json()["detail"]


def test_it_serves_the_browser_session_too_but_checks_csrf_on_writes(assignment_b, client_for):
    client = client_for("reporter_b")
    client.handler.enforce_csrf_checks = True
    assert [a["uuid"] for a in client.get("/api/assignments").json()["items"]] == [str(assignment_b.uuid)]
    response = post(client, f"/api/assignments/{assignment_b.uuid}/report", {"narrative": "x"})
    assert response.status_code == 403 and not Report.objects.exists()


def test_it_makes_tokens_in_the_ui_and_by_command(reporter_a, client_for, capsys):
    from django.core.management import call_command

    client = client_for("reporter_a")
    page = client.post("/tokens/", {"name": "máy chủ báo cáo"}).content.decode()
    token = ApiToken.objects.get(user=reporter_a)
    assert token.hint in page and "máy chủ báo cáo" in page
    call_command("create_api_token", "reporter_a", "--name", "cron")
    raw = capsys.readouterr().out.strip()
    assert ApiToken.objects.user_for(raw) == reporter_a
    client.post(f"/tokens/{token.pk}/revoke/")
    assert ApiToken.objects.get(pk=token.pk).revoked


def test_the_openapi_schema_validates_and_has_the_key_paths(client, db):
    from openapi_spec_validator import validate

    schema = client.get("/api/openapi.json").json()
    validate(schema)
    for path in ("/api/plans", "/api/plans/{plan_uuid}", "/api/assignments",
                 "/api/assignments/{assignment_uuid}",
                 "/api/assignments/{assignment_uuid}/report", "/api/reports", "/api/reports/{report_uuid}",
                 "/api/reports/{report_uuid}/submit", "/api/reports/{report_uuid}/accept",
                 "/api/reports/{report_uuid}/return"):
        assert path in schema["paths"], path
    assert "BearerToken" in schema["components"]["securitySchemes"]
    assert client.get("/api/docs").status_code == 200


def test_a_reporters_report_goes_through_the_unit_head(assignment_a, api_for):
    draft = post(api_for("reporter_a"), f"/api/assignments/{assignment_a.uuid}/report",
                 {"narrative": "Đã tổ chức", "achieved": [1, 190]}).json()
    assert draft["figures"] == [{"target": 0, "achieved": 1.0}, {"target": 1, "achieved": 190.0}]
    reporter, head, url = api_for("reporter_a"), api_for("head_a"), f"/api/reports/{draft['uuid']}"
    assert post(reporter, f"{url}/submit").json()["state"] == "awaiting_head"
    assert post(reporter, f"{url}/approve").status_code == 409
    assert post(head, f"{url}/approve").json()["state"] == "submitted"


def test_it_names_each_reporting_period(assignment_a, api_for):
    october = Schedule("monthly", 16).current(dt.date(2025, 10, 1))
    PlanTask.objects.filter(pk=assignment_a.task_id).update(recurrence="monthly", report_day=16)
    Assignment.objects.filter(pk=assignment_a.pk).update(due=october.due, period_start=october.start,
                                                         period_label=october.label)
    open_periods(dt.date(2025, 10, 20), [assignment_a.task.plan_id])
    items = api_for("reporter_a").get("/api/assignments").json()["items"]
    assert [(a["period"], a["due"]) for a in items] == [("Tháng 10/2025", "2025-10-16"),
                                                       ("Tháng 11/2025", "2025-11-16")]
