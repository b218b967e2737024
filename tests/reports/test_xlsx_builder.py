"""The spreadsheet: one sheet per view, styled frozen headers, filters and real dates."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook
from tests.reports.samples import big_report, monthly_report, periods_report, small_report

from kehoach.reports import xlsx_export
from kehoach.reports.xlsx_export import build_xlsx


def workbook():
    return load_workbook(io.BytesIO(build_xlsx(small_report())))


def test_it_has_one_sheet_per_view():
    assert workbook().sheetnames == ["Ma trận", "Danh sách", "Theo đơn vị", "Trễ hạn"]


def test_every_sheet_has_a_styled_frozen_filtered_header():
    for sheet in workbook():
        assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("1F4E79")
        assert sheet.freeze_panes in ("A2", "D2")
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet.column_dimensions["A"].width > 5


def test_the_matrix_puts_tasks_down_and_units_across():
    sheet = workbook()["Ma trận"]
    assert [c.value for c in sheet[1]] == ["Mục", "Nhiệm vụ", "Hạn",
                                           "Bộ Ngoại giao", "Bộ Công an", "Tỉnh Lai Châu"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["II.1"][3:] == ("Đã chấp nhận", None, None)
    assert rows["II.3"][3:] == (None, "Trễ hạn", "Trễ hạn")


def test_dates_are_real_dates():
    sheet = workbook()["Danh sách"]
    first = [c for c in sheet[2]]
    assert first[5].value == dt.datetime(2025, 12, 15) and first[5].number_format == "DD/MM/YYYY"
    assert first[8].value == "1/1 hội nghị, 180/200 đại biểu"


def test_the_late_sheet_lists_late_units_with_days():
    rows = list(workbook()["Trễ hạn"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[5]) for r in rows] == [("Bộ Công an", "II.3", 10), ("Tỉnh Lai Châu", "II.3", 10)]


def test_each_period_of_a_recurring_duty_is_a_row_of_its_own():
    sheets = load_workbook(io.BytesIO(build_xlsx(monthly_report())))
    listed = [(r[2], r[4], r[6]) for r in sheets["Danh sách"].iter_rows(min_row=2, values_only=True)]
    assert listed == [("Bộ Ngoại giao", "Tháng 11/2025", "Đã chấp nhận"),
                      ("Bộ Ngoại giao", "Tháng 12/2025", "Trễ hạn")]
    late = [(r[0], r[3], r[5]) for r in sheets["Trễ hạn"].iter_rows(min_row=2, values_only=True)]
    assert late == [("Bộ Ngoại giao", "Tháng 12/2025", 4)]
    assert [(r[1], r[2], r[5]) for r in sheets["Theo đơn vị"].iter_rows(min_row=2, values_only=True)] == [
        (2, 1, 1)]


def test_the_matrix_turns_when_units_would_not_fit_across():
    sheet = load_workbook(io.BytesIO(build_xlsx(big_report(tasks=3, units=300))))["Ma trận"]
    assert [c.value for c in sheet[1]] == ["Đơn vị", "II.1", "II.2", "II.3"]
    assert sheet.max_row == 301 and sheet["A2"].value == "Ủy ban nhân dân xã số 1"
    assert sheet.freeze_panes == "B2"


def test_the_matrix_has_a_line_per_reporting_period_in_the_order_they_fall_due():
    sheet = load_workbook(io.BytesIO(build_xlsx(periods_report())))["Ma trận"]
    headers = ["Mục", "Nhiệm vụ", "Kỳ báo cáo", "Hạn", "Bộ Ngoại giao", "Bộ Công an"]
    assert [c.value for c in sheet[1]] == headers
    lines = [(r[0], r[2], r[3].date(), *r[4:]) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert lines == [
        ("II.1", "Tháng 10/2025", dt.date(2025, 10, 16), "Đã chấp nhận", "Đã chấp nhận"),
        ("II.1", "Tháng 11/2025", dt.date(2025, 11, 16), "Đã gửi", "Trễ hạn"),
        ("II.1", "Báo cáo tổng kết", dt.date(2025, 12, 15), "Đã chấp nhận", "Trễ hạn"),
        ("II.1", "Tháng 12/2025", dt.date(2025, 12, 16), "Trễ hạn", "Trễ hạn"),
        ("II.2", None, dt.date(2025, 12, 25), None, "Bản nháp"),
    ]
    assert sheet["B3"].value == "Báo cáo kết quả tuyên truyền"  # each line names its task, for the filter
    assert sheet["D2"].number_format == "DD/MM/YYYY" and sheet.freeze_panes == "E2"
    assert sheet["E3"].fill.fgColor.rgb.endswith("E4DFFF") and sheet["F3"].fill.fgColor.rgb.endswith("FFC7CE")


def test_the_turned_matrix_has_a_column_per_task_and_period(monkeypatch):
    monkeypatch.setattr(xlsx_export, "MAX_UNIT_COLUMNS", 1)
    sheet = load_workbook(io.BytesIO(build_xlsx(periods_report())))["Ma trận"]
    assert [c.value for c in sheet[1]] == ["Đơn vị", "II.1 – Tháng 10/2025", "II.1 – Tháng 11/2025",
                                           "II.1 – Báo cáo tổng kết", "II.1 – Tháng 12/2025", "II.2"]
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["Bộ Ngoại giao"] == ("Đã chấp nhận", "Đã gửi", "Đã chấp nhận", "Trễ hạn", None)
    assert rows["Bộ Công an"] == ("Đã chấp nhận", "Trễ hạn", "Trễ hạn", "Trễ hạn", "Bản nháp")
