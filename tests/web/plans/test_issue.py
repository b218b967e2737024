"""Issuing a reviewed plan: tasks, named units, one assignment per (task, unit), due dates."""

import datetime as dt

import time_machine
from django.urls import reverse

from kehoach.plans.edits import remove_task, set_task_fields
from kehoach.plans.issuing import final_report_due, reporting_due
from kehoach.plans.models import Plan, PlanStatus, PlanTask, TaskUnit
from kehoach.tracking.models import Assignment
from kehoach.units.models import Unit, UnitKind


def _issue(client, plan):
    return client.post(reverse("plans:issue", args=[plan.uuid]))


def test_it_asks_for_confirmation_first(client_for, import_seed):
    plan = import_seed("003")
    body = client_for("coordinator").get(reverse("plans:issue", args=[plan.uuid])).content.decode()
    assert 'id="confirm-issue"' in body and "nhiệm vụ" in body
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT and not PlanTask.objects.exists()


def test_it_creates_tasks_and_assignments(client_for, import_seed):
    plan = import_seed("003")
    response = _issue(client_for("coordinator"), plan)
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:detail", args=[plan.uuid])
    plan.refresh_from_db()
    assert plan.status == PlanStatus.ISSUED and plan.issued_at is not None
    assert PlanTask.objects.filter(plan=plan).count() == len(plan.record["tasks"])
    foreign = Assignment.objects.filter(task__plan=plan, unit__name="Bộ Ngoại giao")
    assert foreign.exists()
    first = PlanTask.objects.get(plan=plan, key=plan.record["tasks"][0]["id"])
    assert first.lines == plan.record["tasks"][0]["lines"]
    assert TaskUnit.objects.filter(task=first, name_as_written=plan.record["tasks"][0]["lead"][0]).exists()


def test_it_takes_due_dates_from_the_task_or_the_reporting_duty(client_for, import_seed):
    plan = import_seed("003")
    plan.edits = set_task_fields(plan.record, {}, plan.record["tasks"][0]["id"], {"due": "2025-12-05"})
    plan.save()
    _issue(client_for("coordinator"), plan)
    first, second = PlanTask.objects.filter(plan=plan).order_by("position")[:2]
    assert {a.due for a in first.assignments.all()} == {dt.date(2025, 12, 5)}
    assert {a.due for a in second.assignments.all()} == {dt.date(2026, 2, 10)}  # "trước ngày 10/02/2026"


def test_it_expands_a_collective_name_to_every_member(client_for, import_seed):
    plan = import_seed("003")
    key = plan.record["tasks"][0]["id"]
    plan.edits = set_task_fields(plan.record, {}, key, {"lead": ["UBND các tỉnh, thành phố"], "support": []})
    plan.save()
    _issue(client_for("coordinator"), plan)
    task = PlanTask.objects.get(plan=plan, key=key)
    assert task.assignments.count() == 34
    assert set(task.assignments.values_list("unit__kind", flat=True)) == {UnitKind.PROVINCE}
    assert task.named_units.get().units.count() == 34


def test_it_uses_the_reviewers_picks(client_for, import_seed):
    plan = import_seed("003")
    first, second = (t["id"] for t in plan.record["tasks"][:2])
    edits = set_task_fields(plan.record, {}, first, {"lead": ["Tổ công tác đặc biệt"], "support": []})
    edits = set_task_fields(plan.record, edits, second, {"lead": ["Bộ Ngoại giao"], "support": []})
    plan.edits = edits
    health = Unit.objects.get(name="Bộ Y tế")
    plan.unit_choices = {"to cong tac dac biet": [health.id], "bo ngoai giao": []}
    plan.save()
    _issue(client_for("coordinator"), plan)
    picked = PlanTask.objects.get(plan=plan, key=first).assignments.values_list("unit", flat=True)
    assert list(picked) == [health.id]
    assert not PlanTask.objects.get(plan=plan, key=second).assignments.exists()


def test_it_issues_the_effective_record(client_for, import_seed):
    plan = import_seed("000")
    first = plan.record["tasks"][0]["id"]
    plan.edits = remove_task(plan.record, {}, first)
    plan.save()
    _issue(client_for("coordinator"), plan)
    assert not PlanTask.objects.filter(plan=plan, key=first).exists()
    assert PlanTask.objects.filter(plan=plan).count() == len(plan.record["tasks"]) - 1


def test_it_records_the_plan_it_implements(client_for, import_seed, personas):
    parent = Plan.objects.create(owner=personas.units.office, status=PlanStatus.ISSUED, number="01",
                                 symbol="KH-BCĐNQ", title="Kế hoạch cấp trên")
    plan = import_seed("001")
    _issue(client_for("coordinator"), plan)
    plan.refresh_from_db()
    assert plan.implements == parent
    body = client_for("coordinator").get(reverse("plans:detail", args=[parent.uuid])).content.decode()
    assert reverse("plans:detail", args=[plan.uuid]) in body


def test_it_issues_only_once(client_for, import_seed):
    plan = import_seed("000")
    client = client_for("coordinator")
    _issue(client, plan)
    count = Assignment.objects.count()
    response = _issue(client, plan)
    assert response.status_code == 302 and Assignment.objects.count() == count


def test_the_detail_page_lists_tasks_and_units(client_for, import_seed):
    plan = import_seed("003")
    client = client_for("coordinator")
    _issue(client, plan)
    body = client.get(reverse("plans:detail", args=[plan.uuid])).content.decode()
    assert "Bộ Ngoại giao" in body and "Đã ban hành" in body
    assert body.count('<tr id="task-') == PlanTask.objects.filter(plan=plan).count()


def test_reporting_due_reads_one_off_duties():
    two_dates = {"reporting": [{"due": "2026-05-01"}, {"due": "2026-04-01"}]}
    assert reporting_due(two_dates) == dt.date(2026, 4, 1)
    assert reporting_due({"reporting": [{"recurrence": "monthly", "day_of_month": 16}]}) is None
    assert reporting_due({"reporting": [{"recurrence": "on_request"}]}) is None


@time_machine.travel(dt.datetime(2026, 11, 5, 9, tzinfo=dt.UTC), tick=False)
def test_a_monthly_duty_gives_each_unit_the_current_period(client_for, import_seed):
    plan = import_seed("001")  # "trước ngày 16 hằng tháng", no campaign window
    _issue(client_for("coordinator"), plan)
    tasks = PlanTask.objects.filter(plan=plan)
    assert {(t.recurrence, t.report_day) for t in tasks} == {("monthly", 16)}
    assignments = Assignment.objects.filter(task__plan=plan)
    assert assignments.exists()
    assert set(assignments.values_list("period_label", "due", "period_start")) == {
        ("Tháng 11/2026", dt.date(2026, 11, 16), dt.date(2026, 11, 1))}
    body = client_for("coordinator").get(reverse("plans:detail", args=[plan.uuid])).content.decode()
    assert "Hằng tháng, ngày 16" in body


# "báo cáo tổng kết trước ngày 15/12/2026", as the parser records it
FINAL_DUTY = {"due": "2026-12-15", "recurrence": None, "day_of_month": None,
              "to": "Ban chỉ đạo Nhân quyền tỉnh", "via": None, "lines": [50, 50], "compiled": False}


@time_machine.travel(dt.datetime(2026, 11, 5, 9, tzinfo=dt.UTC), tick=False)
def test_a_dated_report_beside_a_monthly_duty_is_each_units_final_report(client_for, import_seed):
    plan = import_seed("001")
    plan.record["reporting"].append(FINAL_DUTY)
    plan.save()
    _issue(client_for("coordinator"), plan)
    assignments = Assignment.objects.filter(task__plan=plan)
    assert set(assignments.values_list("period_label", "due", "period_start")) == {
        ("Tháng 11/2026", dt.date(2026, 11, 16), dt.date(2026, 11, 1)),
        ("Báo cáo tổng kết", dt.date(2026, 12, 15), None)}
    per_unit = {(a.task_id, a.unit_id) for a in assignments}
    assert assignments.count() == 2 * len(per_unit)
    assert not assignments.filter(next_reminder_at__isnull=True).exists()
    assert plan.progress.assigned == assignments.count()
    body = client_for("coordinator").get(reverse("plans:detail", args=[plan.uuid])).content.decode()
    assert 'data-testid="final-report">Báo cáo tổng kết: 15/12/2026</div>' in body


def test_the_final_report_is_the_units_last_dated_duty_not_the_offices():
    compiled = {**FINAL_DUTY, "due": "2027-01-10", "compiled": True}  # the office's own report upward
    sooner = {**FINAL_DUTY, "due": "2026-06-15"}
    monthly = {"recurrence": "monthly", "day_of_month": 16}
    assert final_report_due({"reporting": [monthly, sooner, FINAL_DUTY, compiled]}) == dt.date(2026, 12, 15)
    assert final_report_due({"reporting": [monthly, compiled]}) is None


def test_a_one_off_duty_keeps_one_assignment_without_period(client_for, import_seed):
    plan = import_seed("003")
    _issue(client_for("coordinator"), plan)
    assert set(PlanTask.objects.filter(plan=plan).values_list("recurrence", flat=True)) == {""}
    assert not Assignment.objects.filter(task__plan=plan).exclude(period_label="").exists()
