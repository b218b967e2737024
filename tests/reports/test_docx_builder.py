"""The compiled report follows Nghị định 30/2020/NĐ-CP, Phụ lục I."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from tests.reports.samples import big_report, monthly_report, periods_report, small_report

from kehoach.reports.docx_report import PLACEHOLDER, build_docx
from kehoach.reports.summary import Signer
from kehoach.reports.texts import decree_date


def open_docx(report) -> Document:
    return Document(io.BytesIO(build_docx(report)))


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def header_cells(document) -> tuple[list[str], list[str]]:
    left, right = document.tables[0].rows[0].cells
    return [p.text for p in left.paragraphs if p.text], [p.text for p in right.paragraphs if p.text]


def test_it_uses_a4_and_the_decree_margins():
    section = open_docx(small_report()).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    assert within(section.top_margin, 20, 25) and within(section.bottom_margin, 20, 25)
    assert within(section.left_margin, 30, 35) and within(section.right_margin, 15, 20)


def within(length, low_mm: float, high_mm: float) -> bool:
    """Lengths are stored in twips, so 15 mm comes back as 14.99 mm."""
    return Mm(low_mm - 0.05) <= length <= Mm(high_mm + 0.05)


def test_it_writes_times_new_roman_13_to_14_in_the_body():
    document = open_docx(small_report())
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and Pt(13) <= normal.size <= Pt(14)
    defaults = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts")[0]
    assert defaults.get(qn("w:ascii")) == defaults.get(qn("w:hAnsi")) == "Times New Roman"
    assert defaults.get(qn("w:asciiTheme")) is None  # a theme font would win over the named one
    runs = [r for p in document.paragraphs for r in p.runs]
    assert runs and all(r.font.name is None for r in runs)  # every run inherits the document font
    body = document.styles["KH Nội dung"]
    assert body.font.name is None and body.base_style.name == "Normal"


def test_the_header_names_the_bodies_and_the_motto():
    left, right = header_cells(open_docx(small_report()))
    assert left[:2] == ["BAN CHỈ ĐẠO NHÂN QUYỀN CHÍNH PHỦ", "VĂN PHÒNG CƠ QUAN THƯỜNG TRỰC"]
    assert left[2].startswith("Số:") and left[2].endswith("/BC-VPCQTT")
    assert right[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert right[2] == "Hà Nội, ngày 20 tháng 12 năm 2025"


def test_the_header_formats_follow_the_decree():
    document = open_docx(small_report())
    left, right = document.tables[0].rows[0].cells
    owner = next(p for p in left.paragraphs if p.text == "VĂN PHÒNG CƠ QUAN THƯỜNG TRỰC")
    motto = next(p for p in right.paragraphs if p.text.startswith("Độc lập"))
    date = next(p for p in right.paragraphs if p.text.startswith("Hà Nội"))
    assert owner.runs[0].bold and motto.runs[0].bold and date.runs[0].italic
    rules = [p for cell in (left, right) for p in cell.paragraphs if p._p.xpath("./w:pPr/w:pBdr/w:top")]
    assert len(rules) == 2  # under the issuing body and under the motto


def test_the_kind_and_summary_are_bold_and_centred():
    document = open_docx(small_report())
    paragraphs = document.paragraphs
    at = [p.text for p in paragraphs].index("BÁO CÁO")
    kind, summary = paragraphs[at], paragraphs[at + 1]
    assert summary.text.startswith("Kết quả thực hiện Kế hoạch số 12/KH-VPCQTT ngày 01/11/2025")
    assert kind.runs[0].bold and summary.runs[0].bold
    assert kind.alignment == summary.alignment == 1  # WD_ALIGN_PARAGRAPH.CENTER


def test_the_body_reports_per_task_and_names_late_units():
    body = "\n".join(texts(open_docx(small_report())))
    assert "1. Tổ chức hội nghị cung cấp thông tin cho báo chí" in body
    assert "+ Bộ Ngoại giao: đã chấp nhận; đạt 1/1 hội nghị, 180/200 đại biểu." in body
    assert "Đơn vị trễ hạn báo cáo (2 lượt): Bộ Công an, Tỉnh Lai Châu." in body
    assert "- Chưa báo cáo: Tỉnh Lai Châu, Bộ Công an." in body
    assert body.count(PLACEHOLDER) == 3  # ưu điểm, hạn chế, kiến nghị


def test_a_recurring_duty_reports_each_period_and_names_the_late_ones():
    body = "\n".join(texts(open_docx(monthly_report())))
    assert "đơn vị được giao: Bộ Ngoại giao." in body  # once, whatever its periods
    assert "- Tháng 11/2025 (hạn 16/11/2025):\n+ Bộ Ngoại giao: đã chấp nhận. Đã tuyên truyền." in body
    assert "- Tháng 12/2025 (hạn 16/12/2025):\n+ Bộ Ngoại giao: chưa báo cáo." in body
    assert "- Chưa báo cáo: Bộ Ngoại giao (Tháng 12/2025)." in body


def test_periods_come_in_the_order_they_fall_due_each_with_its_units():
    body = "\n".join(texts(open_docx(periods_report())))
    task = body.split("1. Báo cáo kết quả tuyên truyền\n")[1].split("\n2. ")[0].splitlines()
    assert task == [
        "- Mục II.1; đơn vị được giao: Bộ Ngoại giao, Bộ Công an.",
        "- Tháng 10/2025 (hạn 16/10/2025):", "+ Bộ Ngoại giao: đã chấp nhận.", "+ Bộ Công an: đã chấp nhận.",
        "- Tháng 11/2025 (hạn 16/11/2025):", "+ Bộ Ngoại giao: đã gửi.", "+ Bộ Công an: chưa báo cáo.",
        "- Báo cáo tổng kết (hạn 15/12/2025):", "+ Bộ Ngoại giao: đã chấp nhận.", "+ Bộ Công an: bản nháp.",
        "- Tháng 12/2025 (hạn 16/12/2025):", "+ Bộ Ngoại giao: chưa báo cáo.", "+ Bộ Công an: trả lại.",
        "- Chưa báo cáo: Bộ Ngoại giao (Tháng 12/2025), Bộ Công an (Tháng 11/2025), "
        "Bộ Công an (Báo cáo tổng kết), Bộ Công an (Tháng 12/2025)."]


def test_the_overall_table_counts_each_unit():
    table = open_docx(small_report()).tables[1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["STT", "Đơn vị", "Được giao", "Đã báo cáo", "Đã chấp nhận", "Trễ hạn"]
    assert ["1", "Bộ Ngoại giao", "2", "2", "1", "0"] in rows
    assert rows[-1] == ["", "Tổng cộng", "5", "2", "1", "2"]


def test_the_closing_has_recipients_left_and_signer_right():
    report = small_report()
    report.signer = Signer("KT. CHÁNH VĂN PHÒNG", "Phó Chánh Văn phòng", "Nguyễn Văn An")
    closing = open_docx(report).tables[-1].rows[0].cells
    recipients = closing[0].paragraphs
    assert recipients[0].text == "Nơi nhận:" and recipients[0].runs[0].bold and recipients[0].runs[0].italic
    assert recipients[1].runs[0].font.size == Pt(11)
    assert recipients[-1].text == "- Lưu: VT, VPCQTT."
    signer = [p for p in closing[1].paragraphs if p.text]
    assert [p.text for p in signer] == ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "(Chữ ký, dấu)",
                                        "Nguyễn Văn An"]
    assert signer[0].runs[0].bold and signer[1].runs[0].bold and signer[-1].runs[0].bold


def test_a_large_plan_still_builds_one_valid_document():
    document = open_docx(big_report(tasks=12, units=9))
    assert len(document.tables[1].rows) == 1 + 9 + 1


def test_a_task_given_to_many_units_is_summed_up_in_one_line():
    body = "\n".join(texts(open_docx(big_report(tasks=2, units=40))))
    assert "- Kết quả: đã nhận báo cáo của 16/40 đơn vị (40%), đã chấp nhận 8; 24 đơn vị trễ hạn." in body
    assert "+ Ủy ban nhân dân xã số 1:" not in body


def test_the_report_goes_to_whom_the_plan_names():
    report = small_report()
    report.plan = replace(report.plan, report_to="Phó Thủ tướng, Trưởng Ban Chỉ đạo")
    recipients = [p.text for p in open_docx(report).tables[-1].rows[0].cells[0].paragraphs]
    assert recipients[1] == "- Phó Thủ tướng, Trưởng Ban Chỉ đạo (để báo cáo);"


@pytest.mark.parametrize(("day", "written"), [(dt.date(2026, 5, 3), "ngày 03 tháng 5 năm 2026"),
                                              (dt.date(2026, 2, 14), "ngày 14 tháng 02 năm 2026"),
                                              (dt.date(2025, 12, 20), "ngày 20 tháng 12 năm 2025")])
def test_dates_are_written_as_the_decree_says(day, written):
    assert decree_date(day) == written
