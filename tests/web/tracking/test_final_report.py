"""A plan with monthly reports and a dated final one ("báo cáo tổng kết trước ngày 15/12/2026"): the
final report is an assignment of its own beside the periods, counted, late, reminded, listed and
exported like any other."""

from __future__ import annotations

import datetime as dt
import io

import time_machine
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook

from kehoach.tracking import notifications, progress, recurring, services
from kehoach.tracking.models import Assignment, NotificationKind, UnitProgress
from kehoach.tracking.tasks import send_due


def at(day: dt.date):
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC), tick=False)


def test_periods_keep_opening_beside_the_final_report(final_reports):
    final_a = final_reports[0]
    assert recurring.open_periods(dt.date(2026, 12, 20)) == 4  # November and December, for A and B
    chain = Assignment.objects.filter(task=final_a.task, unit=final_a.unit).order_by("due")
    assert [(a.period_label, a.due) for a in chain] == [
        ("Tháng 10/2026", dt.date(2026, 10, 16)), ("Tháng 11/2026", dt.date(2026, 11, 16)),
        ("Báo cáo tổng kết", dt.date(2026, 12, 15)), ("Tháng 12/2026", dt.date(2026, 12, 16))]
    final_a.refresh_from_db()
    assert final_a.next_reminder_at is not None  # a later period does not silence the final report


def test_the_final_report_is_counted_and_late_like_any_assignment(final_reports, head_a, coordinator):
    final_a, _final_b = final_reports
    services.accept(services.report_nothing(final_a, head_a), coordinator)
    plan_id = final_a.task.plan_id
    totals = progress.plan_progress([plan_id], dt.date(2026, 12, 20))[plan_id]
    # October for A and B, the two final reports: A's final delivered, the rest late on 20/12
    assert (totals.assigned, totals.reported, totals.accepted, totals.late) == (4, 1, 1, 3)
    late = dict(UnitProgress.objects.filter(plan_id=plan_id).values_list("unit__name", "late"))
    assert late == {"Bộ Ngoại giao": 1, "Bộ Công an": 2}


def test_the_portal_and_the_assignment_page_name_the_final_report(final_reports, client_for):
    recurring.open_periods(dt.date(2026, 11, 20))
    client = client_for("reporter_a")
    with at(dt.date(2026, 12, 16)):
        portal = client.get(reverse("tracking:portal")).content.decode()
        page = client.get(reverse("tracking:assignment", args=[final_reports[0].uuid])).content.decode()
    row = portal.split("15/12/2026")[1].split("</tr>")[0]
    assert row.startswith('<div class="muted small-text period">Báo cáo tổng kết</div>')
    assert "Trễ hạn" in row
    assert 'data-testid="period">Báo cáo tổng kết' in page
    assert page.count('data-testid="period-row"') == 4  # October, November, the final report, December
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    with at(dt.date(2026, 12, 16)):
        english = client.get(reverse("tracking:portal")).content.decode()
    assert "Final report" in english and "Báo cáo tổng kết" not in english


def test_a_notification_names_the_final_report(final_reports, client_for):
    notifications.notify(final_reports[0], NotificationKind.REMINDER)
    page = client_for("reporter_a").get(reverse("tracking:notifications")).content.decode()
    assert " · Báo cáo tổng kết · hạn 15/12/2026" in page


def test_the_final_report_is_reminded_under_its_name(final_reports, personas):
    for user in personas.users.values():
        user.email = f"{user.username}@example.vn"
        user.save()
    with at(dt.date(2026, 12, 14)):
        send_due()  # opens November and December too, each reminded under its own name
    subjects = {m.subject.split(" — ")[0] for m in mail.outbox}
    assert {"Nhắc báo cáo nhiệm vụ II.1 (Báo cáo tổng kết)", "Nhắc báo cáo nhiệm vụ II.2 (Báo cáo tổng kết)",
            "Nhắc báo cáo nhiệm vụ II.1 (Tháng 12/2026)"} <= subjects


def test_the_exports_list_the_final_report_where_it_falls_due(final_reports, client_for):
    recurring.open_periods(dt.date(2026, 10, 20))
    plan = final_reports[0].task.plan
    xlsx = client_for("coordinator").get(reverse("reports:xlsx", args=[plan.uuid])).content
    sheet = load_workbook(io.BytesIO(xlsx))["Danh sách"]
    listed = [r[4] for r in sheet.iter_rows(min_row=2, values_only=True) if r[2] == "Bộ Ngoại giao"]
    assert listed == ["Tháng 10/2026", "Tháng 11/2026", "Báo cáo tổng kết"]
    matrix = load_workbook(io.BytesIO(xlsx))["Ma trận"]
    assert [c.value for c in matrix[1]][:4] == ["Mục", "Nhiệm vụ", "Kỳ báo cáo", "Hạn"]
    lines = [(r[0], r[2]) for r in matrix.iter_rows(min_row=2, values_only=True)]
    assert lines == [(key, period) for key in ("II.1", "II.2")
                     for period in ("Tháng 10/2026", "Tháng 11/2026", "Báo cáo tổng kết")]
    feed = client_for("viewer_a").get(reverse("reports:unit_calendar", args=[final_reports[0].unit.uuid]))
    assert "Hạn Báo cáo tổng kết:" in feed.content.decode().replace("\r\n ", "")
    items = client_for("reporter_a").get("/api/assignments").json()["items"]
    assert [(a["period"], a["due"]) for a in items] == [
        ("Tháng 10/2026", "2026-10-16"), ("Tháng 11/2026", "2026-11-16"), ("Báo cáo tổng kết", "2026-12-15")]
