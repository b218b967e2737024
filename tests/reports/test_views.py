"""The report pages and downloads: the coordinator gets them, other units and strangers do not."""

from __future__ import annotations

import io

import icalendar
import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from kehoach.reports.views.common import DOCX, XLSX

DOWNLOADS = [("docx", DOCX, "bao-cao-12-kh-vpcqtt.docx"), ("xlsx", XLSX, "ket-qua-12-kh-vpcqtt.xlsx")]
PAGES = ["overview", "coverage", "docx", "xlsx", "plan_calendar"]


def url(plan, name: str) -> str:
    return reverse(f"reports:{name}", args=[plan.uuid])


@pytest.mark.parametrize(("name", "content_type", "filename"), DOWNLOADS)
def test_the_coordinator_downloads_the_plan_files(make_issued_plan, client_for, name, content_type, filename):
    response = client_for("coordinator").get(url(make_issued_plan(), name))
    assert response.status_code == 200 and response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'


def test_the_docx_is_the_plans_compiled_report(make_issued_plan, client_for):
    content = client_for("coordinator").get(url(make_issued_plan(), "docx")).content
    text = "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
    assert "Kết quả thực hiện Kế hoạch số 12/KH-VPCQTT ngày 01/11/2025" in text
    assert "1. Tổ chức hội nghị cung cấp thông tin cho báo chí" in text


def test_the_xlsx_lists_each_assignment(make_issued_plan, client_for):
    content = client_for("coordinator").get(url(make_issued_plan(), "xlsx")).content
    rows = list(load_workbook(io.BytesIO(content))["Danh sách"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[2] for r in rows) == ["Bộ Công an", "Bộ Ngoại giao"]


@pytest.mark.parametrize("page", PAGES)
def test_it_rejects_other_unit(make_issued_plan, client_for, unit_a, page):
    plan = make_issued_plan(tasks=[("Nhiệm vụ riêng của đơn vị A", unit_a)])
    assert client_for("reporter_b").get(url(plan, page)).status_code == 404


@pytest.mark.parametrize("page", ["overview", "coverage", "docx"])
def test_unit_members_get_no_compiled_outputs(make_issued_plan, client_for, page):
    assert client_for("reporter_a").get(url(make_issued_plan(), page)).status_code == 404


@pytest.mark.parametrize("page", PAGES)
def test_anonymous_users_are_sent_to_sign_in(make_issued_plan, client_for, page):
    response = client_for(None).get(url(make_issued_plan(), page))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_the_overview_shows_the_charts(make_issued_plan, client_for):
    body = client_for("coordinator").get(url(make_issued_plan(), "overview")).content.decode()
    assert body.count("<svg") == 2 and 'data-unit="Bộ Ngoại giao"' in body
    assert 'id="download-docx"' in body


@pytest.mark.parametrize(("name", "queries"), [("overview", 6), ("docx", 9), ("xlsx", 6)])
def test_report_views_use_a_fixed_number_of_queries(make_issued_plan, personas, client_for,
                                                    django_assert_num_queries, name, queries):
    """session + user (with its unit, for the page's top bar), plan, office, tasks, assignments
    (+ coverage: candidates, tasks, units)."""
    u = personas.units
    plan = make_issued_plan(tasks=[(f"Nhiệm vụ {i}", unit) for i in range(8) for unit in (u.a, u.b)])
    client = client_for("coordinator")
    with django_assert_num_queries(queries):
        assert client.get(url(plan, name)).status_code == 200


def test_the_plan_calendar_has_the_period_and_the_deadlines(make_issued_plan, client_for):
    response = client_for("coordinator").get(url(make_issued_plan(), "plan_calendar"))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    summaries = [str(e["summary"]) for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")]
    assert summaries[0] == "Thời gian thực hiện — KH số 12/KH-VPCQTT"
    assert len([s for s in summaries if s.startswith("Hạn:")]) == 2


def test_a_unit_member_sees_only_its_own_deadlines_in_the_plan_calendar(make_issued_plan, client_for):
    content = client_for("reporter_a").get(url(make_issued_plan(), "plan_calendar")).content
    summaries = [str(e["summary"]) for e in icalendar.Calendar.from_ical(content).walk("VEVENT")]
    assert [s for s in summaries if s.startswith("Hạn:")] == [
        "Hạn: Tổ chức hội nghị cung cấp thông tin cho báo chí (BNG)"]


def test_the_overview_pages_units_and_caps_the_late_list(make_issued_plan, client_for, monkeypatch):
    monkeypatch.setattr("kehoach.reports.views.pages.UNITS_PER_PAGE", 1)
    monkeypatch.setattr("kehoach.reports.views.pages.LATE_SHOWN", 1)
    body = client_for("coordinator").get(url(make_issued_plan(), "overview"), {"page": 2}).content.decode()
    table = body.split('id="unit-figures"')[1].split("</table>")[0]
    assert table.count("<tr>") == 2 and "Trang 2/2" in body  # header + one unit
    assert 'id="late-hidden"' in body and "… và 1 lượt trễ hạn khác" in body


def test_the_office_reports_on_to_the_superior_the_plan_names(make_issued_plan, client_for):
    plan = make_issued_plan()
    plan.record = {**plan.record, "reporting": [
        {"recurrence": "monthly", "day_of_month": 16, "to": "Văn phòng Cơ quan Thường trực"},
        {"due": "2026-01-10", "to": "Phó Thủ tướng, Trưởng Ban Chỉ đạo"}]}
    plan.save()
    content = client_for("coordinator").get(url(plan, "docx")).content
    closing = Document(io.BytesIO(content)).tables[-1].rows[0].cells[0]
    assert closing.paragraphs[1].text == "- Phó Thủ tướng, Trưởng Ban Chỉ đạo (để báo cáo);"


def test_a_unit_member_downloads_only_its_own_part(make_issued_plan, client_for):
    response = client_for("head_a").get(url(make_issued_plan(), "xlsx"))
    workbook = load_workbook(io.BytesIO(response.content))
    listed = list(workbook["Danh sách"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2]) for r in listed] == [("II.1", "Bộ Ngoại giao")]
    matrix = list(workbook["Ma trận"].iter_rows(values_only=True))
    assert matrix[0] == ("Mục", "Nhiệm vụ", "Hạn", "Bộ Ngoại giao") and len(matrix) == 2
