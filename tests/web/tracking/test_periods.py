"""Reports per recurring period: the calendar of periods, issuing the first one, opening the next
ones as they fall due, and what the portal, the assignment page and the counters show of them."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from kehoach.plans.models import PlanTask
from kehoach.tracking import progress, recurring, services
from kehoach.tracking.models import Assignment, PlanProgress, TaskProgress, UnitProgress
from kehoach.tracking.periods import Schedule, duty_schedule, first_period
from kehoach.tracking.reminders import first_reminder_at
from kehoach.tracking.tasks import send_due

MONTHLY = Schedule("monthly", 16)


@pytest.mark.parametrize(("schedule", "day", "label", "due"), [
    (MONTHLY, dt.date(2026, 11, 5), "Tháng 11/2026", dt.date(2026, 11, 16)),
    (MONTHLY, dt.date(2026, 11, 16), "Tháng 11/2026", dt.date(2026, 11, 16)),  # due day: still this one
    (MONTHLY, dt.date(2026, 11, 17), "Tháng 12/2026", dt.date(2026, 12, 16)),
    (MONTHLY, dt.date(2026, 12, 20), "Tháng 1/2027", dt.date(2027, 1, 16)),
    (Schedule("monthly", 31), dt.date(2026, 2, 3), "Tháng 2/2026", dt.date(2026, 2, 28)),
    (Schedule("monthly"), dt.date(2026, 4, 30), "Tháng 4/2026", dt.date(2026, 4, 30)),
    (Schedule("quarterly"), dt.date(2026, 11, 5), "Quý IV/2026", dt.date(2026, 12, 31)),
    (Schedule("quarterly", 15), dt.date(2026, 3, 16), "Quý II/2026", dt.date(2026, 6, 15)),
    (Schedule("half_yearly"), dt.date(2026, 2, 1), "6 tháng đầu năm 2026", dt.date(2026, 6, 30)),
    (Schedule("half_yearly"), dt.date(2026, 7, 1), "6 tháng cuối năm 2026", dt.date(2026, 12, 31)),
    (Schedule("yearly"), dt.date(2026, 3, 1), "Năm 2026", dt.date(2026, 12, 31)),
    (Schedule("weekly"), dt.date(2026, 12, 3), "Tuần 30/11 – 06/12/2026", dt.date(2026, 12, 4)),
    (Schedule("daily"), dt.date(2026, 12, 3), "Ngày 03/12/2026", dt.date(2026, 12, 3)),
])
def test_the_period_a_unit_works_on(schedule, day, label, due):
    period = schedule.current(day)
    assert (period.label, period.due) == (label, due)
    assert period.start <= due and schedule.following(period).due > due


def test_periods_open_one_after_another_and_stop_after_the_window():
    october = MONTHLY.current(dt.date(2026, 10, 1))
    opened = list(MONTHLY.opened_after(october, dt.date(2027, 3, 1), end=dt.date(2026, 12, 31)))
    assert [p.label for p in opened] == ["Tháng 11/2026", "Tháng 12/2026"]
    assert list(MONTHLY.opened_after(october, dt.date(2026, 10, 16), end=None)) == []  # due day: not yet
    opened = MONTHLY.opened_after(october, dt.date(2026, 10, 17), end=None)
    assert [p.label for p in opened] == ["Tháng 11/2026"]


def test_the_first_period_is_the_one_current_when_the_window_opens_or_on_issuing():
    assert first_period(MONTHLY, dt.date(2026, 9, 1), dt.date(2026, 12, 1)).label == "Tháng 12/2026"
    assert first_period(MONTHLY, dt.date(2026, 11, 20), dt.date(2026, 1, 1)).label == "Tháng 12/2026"
    assert first_period(MONTHLY, dt.date(2026, 11, 20), None).label == "Tháng 12/2026"


def test_the_units_duty_is_the_finest_recurrence_they_owe():
    duties = [{"due": "2026-12-20", "recurrence": None},
              {"recurrence": "quarterly", "compiled": True},  # the office's own report to its superior
              {"recurrence": "yearly"}, {"recurrence": "half_yearly"}, {"recurrence": "on_request"}]
    assert duty_schedule(duties) == Schedule("half_yearly")
    assert duty_schedule([{"recurrence": "monthly", "day_of_month": 16}]) == MONTHLY
    assert duty_schedule([{"due": "2026-02-10", "recurrence": None}, {"recurrence": "on_event"}]) is None


ROW = re.compile(r'<tr class="(row-late|)" data-testid="assignment-row">\s*<td class="nowrap">([\d/]+)'
                 r'<div class="muted small-text period">([^<]+)</div>(.*?)</tr>', re.S)


def periods_of(assignment) -> list[tuple[str, dt.date]]:
    return list(Assignment.objects.filter(task=assignment.task, unit=assignment.unit)
                .order_by("period_start").values_list("period_label", "due"))


def test_a_report_per_period_and_the_next_period_opens_once_one_falls_due(monthly, head_a,
                                                                         coordinator):
    october_a, october_b = monthly
    report = services.report_nothing(october_a, head_a)
    services.accept(report, coordinator)
    assert report.period_label == "Tháng 10/2026"
    assert recurring.open_periods(dt.date(2026, 10, 16)) == 0  # the due day itself: still October's
    assert recurring.open_periods(dt.date(2026, 10, 17)) == 2
    assert periods_of(october_a) == [("Tháng 10/2026", dt.date(2026, 10, 16)),
                                     ("Tháng 11/2026", dt.date(2026, 11, 16))]
    november = Assignment.objects.get(task=october_a.task, unit=october_a.unit, period_label="Tháng 11/2026")
    assert november.current_report is None and november.report_state == ""  # a fresh report is asked
    assert november.next_reminder_at == first_reminder_at(dt.date(2026, 11, 16))
    assert recurring.open_periods(dt.date(2026, 10, 17)) == 0  # opened once
    assert recurring.open_periods(dt.date(2027, 6, 1)) == 2  # December only: the window ends there
    assert [label for label, _ in periods_of(october_b)] == ["Tháng 10/2026", "Tháng 11/2026",
                                                               "Tháng 12/2026"]


def test_the_counters_count_each_period_and_late_is_a_period_past_due_undelivered(monthly, head_a,
                                                                                 coordinator):
    october_a, _ = monthly
    services.accept(services.report_nothing(october_a, head_a), coordinator)
    recurring.open_periods(dt.date(2026, 11, 10))  # November for both; B never reported October
    plan_id = october_a.task.plan_id
    totals = progress.plan_progress([plan_id], dt.date(2026, 11, 20))[plan_id]
    assert (totals.assigned, totals.reported, totals.accepted, totals.late) == (4, 1, 1, 3)
    late = dict(UnitProgress.objects.filter(plan_id=plan_id).values_list("unit__name", "late"))
    assert late == {"Bộ Ngoại giao": 1, "Bộ Công an": 2}
    per_task = TaskProgress.objects.filter(task=october_a.task).order_by("due")
    assert [(row.due.month, row.assigned, row.reported) for row in per_task] == [(10, 1, 1), (11, 1, 0)]
    recurring.open_periods(dt.date(2026, 11, 10))
    assert PlanProgress.objects.get(plan_id=plan_id).assigned == 4  # opening again counts nothing twice


def test_the_dashboard_per_task_sums_the_periods_and_says_how_often(monthly, client_for):
    recurring.open_periods(dt.date(2026, 11, 10))
    url = reverse("tracking:plan_dashboard", args=[monthly[0].task.plan.uuid]) + "?view=tasks"
    with time_machine.travel(dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC), tick=False):
        body = client_for("coordinator").get(url).content.decode()
    row = body.split('<span class="task-key">II.1</span>')[1].split("</tr>")[0]
    assert "Hằng tháng, ngày 16" in row
    assert [int(n) for n in re.findall(r'<td class="num[^"]*">(\d+)</td>', row)] == [2, 0, 0, 2, 2]


def test_the_reminder_job_opens_the_new_period_and_reminds_of_its_due_date(monthly, personas):
    for user in personas.users.values():
        user.email = f"{user.username}@example.vn"
        user.save()
    with time_machine.travel(dt.datetime(2026, 11, 14, 9, tzinfo=dt.UTC), tick=False):
        send_due()
    november = Assignment.objects.filter(period_label="Tháng 11/2026")
    assert november.count() == 2
    assert all(a.reminders.filter(channel="email", error="").exists() for a in november)
    # October, never reported, is no longer reminded by itself: November's reminder names it
    october = Assignment.objects.filter(period_label="Tháng 10/2026")
    assert list(october.values_list("next_reminder_at", flat=True)) == [None, None]
    subjects = {m.subject.split(" — ")[0]: m.body for m in mail.outbox}
    assert set(subjects) == {"Nhắc báo cáo nhiệm vụ II.1 (Tháng 11/2026)",
                             "Nhắc báo cáo nhiệm vụ II.2 (Tháng 11/2026)"}
    body = subjects["Nhắc báo cáo nhiệm vụ II.1 (Tháng 11/2026)"]
    assert "Kỳ báo cáo: Tháng 11/2026\nHạn báo cáo: 16/11/2026" in body
    assert "Các kỳ trước chưa báo cáo: Tháng 10/2026" in body


def test_a_returned_report_of_an_earlier_period_is_still_reminded(monthly, head_a, coordinator):
    october_a, october_b = monthly
    services.return_report(services.report_nothing(october_a, head_a), coordinator, "Thiếu số liệu")
    recurring.open_periods(dt.date(2026, 10, 20))
    october_a.refresh_from_db()
    october_b.refresh_from_db()
    assert october_a.next_reminder_at is not None and october_b.next_reminder_at is None


def test_the_portal_shows_the_current_period_past_ones_and_late_ones(monthly, head_a, client_for):
    october_a, _ = monthly
    services.report_nothing(october_a, head_a)
    recurring.open_periods(dt.date(2026, 12, 20))  # November (late, unreported) and December
    with time_machine.travel(dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC), tick=False):
        body = client_for("reporter_a").get(reverse("tracking:portal")).content.decode()
        rows = {day: (late, state, label) for late, day, label, state in ROW.findall(body)}
    assert set(rows) == {"16/10/2026", "16/11/2026", "16/12/2026"}  # past periods, the current one
    late, state, label = rows["16/11/2026"]
    assert (late, label) == ("row-late", "Tháng 11/2026")
    assert '<span class="badge badge-overdue">Trễ hạn</span>' in state  # markup, not escaped text
    assert rows["16/10/2026"][0] == "" and "Đã gửi" in rows["16/10/2026"][1]
    assert rows["16/12/2026"][:1] == ("",) and rows["16/12/2026"][2] == "Tháng 12/2026"


def test_periods_are_named_in_the_readers_language_and_stored_in_vietnamese(monthly, client_for):
    recurring.open_periods(dt.date(2026, 10, 20))
    with translation.override("en"):
        assert Schedule("quarterly").current(dt.date(2026, 11, 5)).label == "Quý IV/2026"
    client = client_for("reporter_a")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    with time_machine.travel(dt.datetime(2026, 10, 20, 9, tzinfo=dt.UTC), tick=False):
        portal = client.get(reverse("tracking:portal")).content.decode()
        page = client.get(reverse("tracking:assignment", args=[monthly[0].uuid])).content.decode()
    assert "Month 10/2026" in portal and "Month 11/2026" in portal and "Tháng 1" not in portal
    assert 'data-testid="period">Month 10/2026' in page and "Reporting periods" in page


def test_the_assignment_page_lists_the_units_periods_only(monthly, reporter_a, client_for):
    october_a, october_b = monthly
    recurring.open_periods(dt.date(2026, 11, 20))
    november = Assignment.objects.get(task=october_a.task, unit=october_a.unit, period_label="Tháng 11/2026")
    with time_machine.travel(dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC), tick=False):
        page = reverse("tracking:assignment", args=[november.uuid])
        body = client_for("reporter_a").get(page).content.decode()
    assert body.count('data-testid="period-row"') == 3  # October, November and December
    assert 'data-testid="period">Tháng 11/2026' in body
    assert str(october_a.uuid) in body and str(october_b.uuid) not in body
    assert client_for("reporter_b").get(page).status_code == 404


def test_page_queries_do_not_grow_with_periods(monthly, client_for, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    october_a, _ = monthly
    client = client_for("reporter_a")
    pages = [reverse("tracking:portal"), reverse("tracking:assignment", args=[october_a.uuid])]

    def counts():
        found = []
        for url in pages:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            found.append(len(queries))
        return found

    few = counts()
    PlanTask.objects.filter(pk=october_a.task_id).update(recurrence="weekly")
    recurring.open_periods(dt.date(2027, 1, 1))  # a dozen weekly periods more
    assert Assignment.objects.filter(task=october_a.task).count() > 10
    assert counts() == few


def test_the_compiled_reports_show_each_period(monthly, head_a, coordinator, client_for):
    october_a, _ = monthly
    services.accept(services.report_nothing(october_a, head_a), coordinator)
    recurring.open_periods(dt.date(2026, 10, 20))
    plan = october_a.task.plan
    client = client_for("coordinator")
    xlsx = client.get(reverse("reports:xlsx", args=[plan.uuid])).content
    sheet = load_workbook(io.BytesIO(xlsx))["Danh sách"]
    listed = [(r[2], r[4]) for r in sheet.iter_rows(min_row=2, values_only=True) if r[2] == "Bộ Ngoại giao"]
    assert listed == [("Bộ Ngoại giao", "Tháng 10/2026"), ("Bộ Ngoại giao", "Tháng 11/2026")]
    feed = client_for("viewer_a").get(reverse("reports:unit_calendar", args=[october_a.unit.uuid]))
    text = feed.content.decode().replace("\r\n ", "")
    assert "Hạn Tháng 10/2026:" in text and "Hạn Tháng 11/2026:" in text

