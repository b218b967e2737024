"""The compiled report (báo cáo kết quả thực hiện kế hoạch) as DOCX, in the form of
Nghị định 30/2020/NĐ-CP, Phụ lục I: header table, number, place and date, kind and trích yếu,
body, "Nơi nhận" and the signature block."""

from __future__ import annotations

import io

from kehoach.reports import docx_layout as lay
from kehoach.reports.summary import (
    AssignmentRow,
    PeriodRows,
    PlanReport,
    Progress,
    TaskInfo,
    UnitFigures,
    by_period,
)
from kehoach.reports.texts import (
    achieved_text,
    decree_date,
    document_symbol,
    figures_sentence,
    join_names,
    targets_text,
    task_figures_sentence,
    upper_vi,
)

HEADER_WIDTHS = [6.3, 10.2]
UNIT_TABLE_WIDTHS = [1.2, 7.3, 2.0, 2.0, 2.0, 2.0]
PLACEHOLDER = "(Văn phòng bổ sung nội dung trước khi trình ký.)"
# A task given to more units than this is summed up in one line (each unit's result is in the XLSX):
# a report listing hundreds of communes per task helps no reader and takes minutes to build.
UNITS_IN_DETAIL = 30


def build_docx(report: PlanReport) -> bytes:
    document = lay.new_document()
    flow = lay.Flow(document)
    _header(flow, report)
    _title(flow, report)
    _body(flow, report)
    _closing(flow, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _header(document: lay.Flow, report: PlanReport) -> None:
    plan = report.plan
    left, right = lay.layout_table(document, HEADER_WIDTHS).rows[0].cells
    if plan.parent_issuer:
        lay.line(left, upper_vi(plan.parent_issuer), size=13)
    lay.line(left, upper_vi(plan.owner), bold=True, size=13)
    lay.rule_after(left, 2.2, HEADER_WIDTHS[0])
    lay.line(left, f"Số:       /{document_symbol(plan)}", size=13, before=6)
    lay.line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    lay.line(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13)
    lay.rule_after(right, 6.1, HEADER_WIDTHS[1])
    date = report.today
    place = plan.place or "……"
    lay.line(right, f"{place}, {decree_date(date)}", italic=True, size=14, before=6)
    lay.tidy_cell(left)
    lay.tidy_cell(right)


def _title(document: lay.Flow, report: PlanReport) -> None:
    plan = report.plan
    lay.line(document, "BÁO CÁO", bold=True, size=14, before=18)
    about = f" về {plan.title}" if plan.title else ""
    issuer = f" của {plan.issuer}" if plan.issuer else ""
    lay.line(document, f"Kết quả thực hiện {plan.reference}{issuer}{about}", bold=True, size=14)
    lay.rule_after(document, 4.0, lay.TEXT_WIDTH_CM)
    lay.line(document, "", after=6)


def body_line(document: lay.Flow, text: str = "", *, bold: bool = False, italic: bool = False):
    """A paragraph of the body: its format comes from the body style, not from each paragraph."""
    paragraph = document.add_paragraph(lay.BODY_STYLE)
    lay.add_run(paragraph, text, bold=bold, italic=italic)
    return paragraph


def _body(document: lay.Flow, report: PlanReport) -> None:
    plan = report.plan
    body_line(document, f"Thực hiện {plan.reference}{f' của {plan.issuer}' if plan.issuer else ''}"
              f"{f' về {plan.title}' if plan.title else ''}, {plan.owner} báo cáo kết quả thực hiện "
              f"như sau:")
    body_line(document, "I. TÌNH HÌNH TRIỂN KHAI", bold=True)
    body_line(document, figures_sentence(report))
    _late(document, report)
    body_line(document, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    by_task = report.rows_by_task()
    for number, task in enumerate(report.tasks, start=1):
        _task(document, report, f"{number}. {task.text}", task, by_task.get(task.key, []))
    body_line(document, "III. KẾT QUẢ THEO ĐƠN VỊ", bold=True)
    _unit_table(document, report)
    body_line(document, "IV. VIỆC CỤ THỂ HÓA CỦA KẾ HOẠCH CẤP DƯỚI", bold=True)
    _coverage(document, report)
    body_line(document, "V. ĐÁNH GIÁ CHUNG", bold=True)
    for heading in ("1. Ưu điểm", "2. Hạn chế, khó khăn và nguyên nhân"):
        body_line(document, heading, bold=True)
        body_line(document, PLACEHOLDER, italic=True)
    body_line(document, "VI. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    body_line(document, PLACEHOLDER, italic=True)
    body_line(document, f"Trên đây là báo cáo kết quả thực hiện {plan.reference} của {plan.owner}./.")


def _late(document: lay.Flow, report: PlanReport) -> None:
    late = report.late_rows()
    if not late:
        body_line(document, "Không có đơn vị nào trễ hạn báo cáo.")
        return
    units = join_names(dict.fromkeys(row.unit for row in late))
    body_line(document, f"Đơn vị trễ hạn báo cáo ({len(late)} lượt): {units}.")


def _task(document: lay.Flow, report: PlanReport, heading: str, task: TaskInfo,
          rows: list[AssignmentRow]) -> None:
    """A task's section: who was given it, its targets, then each reporting period's results in the
    order they fall due (a one-off task's results directly)."""
    body_line(document, heading, bold=True)
    due = f" Hạn: {task.due:%d/%m/%Y}." if task.due else ""
    units = join_names(dict.fromkeys(r.unit for r in rows)) or "chưa giao"  # once, whatever its periods
    body_line(document, f"- Mục {task.key}; đơn vị được giao: {units}.{due}")
    if task.targets:
        body_line(document, f"- Chỉ tiêu: {targets_text(task.targets)}.")
    for group in by_period(rows):
        _results(document, report, task, group)
    missing = [r.who for r in rows if r.progress(report.today) in (Progress.MISSING, Progress.LATE)]
    if missing:
        body_line(document, f"- Chưa báo cáo: {join_names(missing)}.", italic=True)


def _results(document: lay.Flow, report: PlanReport, task: TaskInfo, group: PeriodRows) -> None:
    """One period's results under its name and due date, unit by unit or, for many units, summed."""
    label = _period_label(group) if group.period else "- Kết quả:"
    if len(group.rows) > UNITS_IN_DETAIL:
        body_line(document, f"{label} {task_figures_sentence(group.rows, report.today)} Chi tiết từng đơn vị "
                            f"tại bảng tính kèm theo.")
        return
    if group.period:
        body_line(document, label)
    for row in group.rows:
        result = achieved_text(task.targets, row.achieved)
        detail = f" {row.narrative.strip()}" if row.narrative.strip() else ""
        body_line(document, f"+ {row.unit}: {row.state_label.lower()}{result}.{detail}")


def _period_label(group: PeriodRows) -> str:
    """"- Tháng 11/2026 (hạn 16/11/2026):" """
    due = f" (hạn {group.due:%d/%m/%Y})" if group.due else ""
    return f"- {group.period}{due}:"


def _unit_table(document: lay.Flow, report: PlanReport) -> None:
    headers = ["STT", "Đơn vị", "Được giao", "Đã báo cáo", "Đã chấp nhận", "Trễ hạn"]
    grid = lay.grid_table(document, headers, UNIT_TABLE_WIDTHS)
    for i, unit in enumerate(report.figures_by_unit(), start=1):
        grid.add_row([str(i), unit.unit, *_figures(unit)])
    grid.add_row(["", "Tổng cộng", *_figures(report.totals())], bold=True)


def _figures(unit: UnitFigures) -> list[str]:
    return [str(n) for n in (unit.assigned, unit.reported, unit.accepted, unit.late)]


def _coverage(document: lay.Flow, report: PlanReport) -> None:
    if not report.coverage:
        body_line(document, "Chưa có kế hoạch cấp dưới nào trong hệ thống thực hiện Kế hoạch này.")
        return
    for found in report.coverage:
        covered = sum(m.covered for m in found.matches)
        issuer = found.plan.issuer or "đơn vị"
        body_line(document, f"- {found.plan.label} của {issuer}: có nhiệm vụ tương ứng với "
                            f"{covered}/{len(found.matches)} nhiệm vụ ({found.percent:g}%).")
        if found.uncovered:
            keys = ", ".join(t.key for t in found.uncovered)
            body_line(document, f"+ Chưa cụ thể hóa các nhiệm vụ: {keys}.", italic=True)


def _closing(document: lay.Flow, report: PlanReport) -> None:
    lay.line(document, "", after=6)
    left, right = lay.layout_table(document, [7.5, 9.0]).rows[0].cells
    heading = lay.line(left, "", align="left")
    lay.add_run(heading, "Nơi nhận:", bold=True, italic=True, size=12)
    for item in _recipients(report):
        lay.line(left, item, align="left", size=11)
    signer = report.signer
    for text in (signer.authority, signer.position):
        if text:
            lay.line(right, upper_vi(text), bold=True, size=14)
    lay.line(right, "(Chữ ký, dấu)", italic=True, size=14, after=60)
    lay.line(right, signer.name, bold=True, size=14)
    lay.tidy_cell(left)
    lay.tidy_cell(right)


def _recipients(report: PlanReport) -> list[str]:
    plan = report.plan
    superior = plan.report_to or plan.issuer
    items = [f"- {superior} (để báo cáo);"] if superior else []
    items.append(f"- Lãnh đạo {plan.owner_short or plan.owner};")
    items.append(f"- Lưu: VT, {plan.owner_short or 'đơn vị soạn thảo'}.")
    return items
