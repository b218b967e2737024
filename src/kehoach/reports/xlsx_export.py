"""A plan's assignments and reports as an XLSX workbook: one sheet per view (tasks × units matrix,
a flat list with targets and achieved figures, units by figures, late units)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kehoach.reports.summary import PROGRESS_LABELS, PeriodRows, PlanReport, Progress, TaskInfo, by_period
from kehoach.reports.texts import achieved_text, target_text

DATE_FORMAT = "DD/MM/YYYY"
HEADER_FONT = Font(name="Times New Roman", bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
THIN = Side(style="thin", color="BFBFBF")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
CELL_ALIGN = Alignment(vertical="top", wrap_text=True)
WRAP_FROM_WIDTH = 30  # columns this wide hold running text, wrapped
FILLS = {
    Progress.ACCEPTED: PatternFill("solid", fgColor="C6EFCE"),
    Progress.SUBMITTED: PatternFill("solid", fgColor="E4DFFF"),
    Progress.DRAFT: PatternFill("solid", fgColor="DDEBF7"),
    Progress.MISSING: PatternFill("solid", fgColor="F2F2F2"),
    Progress.LATE: PatternFill("solid", fgColor="FFC7CE"),
}
# More units than this and the matrix turns (units down, tasks across): a sheet ends at 16,384
# columns, and nobody scrolls across thousands of communes.
MAX_UNIT_COLUMNS = 250
ROLE_LABELS = {"chu_tri": "Chủ trì", "phoi_hop": "Phối hợp"}


def build_xlsx(report: PlanReport) -> bytes:
    workbook = Workbook()
    _matrix(workbook.active, report)
    _flat_list(workbook.create_sheet("Danh sách"), report)
    _by_unit(workbook.create_sheet("Theo đơn vị"), report)
    _late(workbook.create_sheet("Trễ hạn"), report)
    workbook.properties.title = f"Kết quả thực hiện {report.plan.reference}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _table(sheet: Worksheet, headers: Sequence[str], rows: Sequence[Sequence], widths: Sequence[int]) -> None:
    """Header row styled and frozen, widths set, an auto-filter over the whole range."""
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = HEADER_ALIGN
    for row in rows:
        sheet.append(list(row))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(sheet.max_row, 1)}"
    dates = {i for row in rows for i, value in enumerate(row, start=1) if isinstance(value, dt.date)}
    # Styles are set per cell, which is what makes big sheets slow: only on the columns that need them.
    for i, width in enumerate(widths, start=1):
        if i in dates or width >= WRAP_FROM_WIDTH:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                if i in dates:
                    cell.number_format = DATE_FORMAT
                else:
                    cell.alignment = CELL_ALIGN


def _matrix(sheet: Worksheet, report: PlanReport) -> None:
    """Tasks down — a line per reporting period of a recurring task — and units across (units down,
    task-periods across, once the units would not fit); each cell the unit's report state, coloured
    by progress."""
    sheet.title = "Ma trận"
    units = report.units()
    lines = _matrix_lines(report)
    by_unit = [{r.unit: r for r in line.rows} for _task, line in lines]
    grid = [[cells.get(unit) for unit in units] for cells in by_unit]
    if len(units) <= MAX_UNIT_COLUMNS:
        _units_across(sheet, report, lines, units, grid)
    else:
        grid = [list(column) for column in zip(*grid, strict=True)] if grid else []
        _units_down(sheet, report, lines, units, grid)
    first = sheet.max_column - len(grid[0]) + 1 if grid else 1
    sheet.freeze_panes = sheet.cell(2, first).coordinate  # the names stay in view while scrolling
    for r, cells in enumerate(grid, start=2):
        for c, row in enumerate(cells, start=first):
            if row:
                sheet.cell(r, c).fill = FILLS[row.progress(report.today)]


def _units_across(sheet: Worksheet, report: PlanReport, lines: list[tuple[TaskInfo, PeriodRows]],
                  units: list[str], grid: list[list]) -> None:
    """A line per task (per task and period when a duty recurs: a "Kỳ báo cáo" column), units across."""
    periodic = any(line.period for _task, line in lines)
    heads = [[task.key, task.text, *([line.period or None] if periodic else []), line.due or task.due]
             for task, line in lines]
    headers = ["Mục", "Nhiệm vụ", *(["Kỳ báo cáo"] if periodic else []), "Hạn", *units]
    widths = [8, 60, *([18] if periodic else []), 12, *[18] * len(units)]
    _table(sheet, headers, _with_states(heads, grid, report), widths)


def _units_down(sheet: Worksheet, report: PlanReport, lines: list[tuple[TaskInfo, PeriodRows]],
                units: list[str], grid: list[list]) -> None:
    """A line per unit, a column per task ("II.1 – Tháng 11/2026" per period when a duty recurs)."""
    keys = [f"{task.key} – {line.period}" if line.period else task.key for task, line in lines]
    widths = [18 if line.period else 14 for _task, line in lines]
    _table(sheet, ["Đơn vị", *keys], _with_states([[unit] for unit in units], grid, report), [40, *widths])


def _matrix_lines(report: PlanReport) -> list[tuple[TaskInfo, PeriodRows]]:
    """The matrix's lines: each task in plan order, once per reporting period (once if it has none)."""
    by_task = report.rows_by_task()
    return [(task, line) for task in report.tasks
            for line in by_period(by_task.get(task.key, [])) or [PeriodRows("", task.due, [])]]


def _with_states(heads: list[list], grid: list[list], report: PlanReport) -> list[list]:
    return [[*head, *(_state(row, report) for row in line)] for head, line in zip(heads, grid, strict=True)]


def _state(row, report: PlanReport) -> str | None:
    if row is None:
        return None  # no cell at all: a large matrix is mostly empty
    progress = row.progress(report.today)
    return PROGRESS_LABELS[progress] if progress is Progress.LATE else row.state_label


def _flat_list(sheet: Worksheet, report: PlanReport) -> None:
    tasks = {t.key: t for t in report.tasks}
    headers = ["Mục", "Nhiệm vụ", "Đơn vị", "Vai trò", "Kỳ báo cáo", "Hạn", "Trạng thái", "Chỉ tiêu",
               "Kết quả đạt", "Ngày gửi", "Ngày chấp nhận", "Trễ hạn (ngày)", "Nội dung báo cáo"]
    rows = []
    for row in report.assignments:
        task = tasks.get(row.task_key)
        targets = list(task.targets) if task else []
        rows.append([row.task_key, task.text if task else "", row.unit, ROLE_LABELS.get(row.role, row.role),
                     row.period or None, row.due, _state(row, report),
                     "; ".join(target_text(t) for t in targets),
                     achieved_text(targets, row.achieved).removeprefix("; đạt "), row.submitted, row.reviewed,
                     row.days_late(report.today) or None, row.narrative])
    _table(sheet, headers, rows, [8, 50, 30, 10, 16, 12, 20, 35, 25, 12, 14, 10, 60])


def _by_unit(sheet: Worksheet, report: PlanReport) -> None:
    headers = ["Đơn vị", "Được giao", "Đã báo cáo", "Đã chấp nhận", "Chưa báo cáo", "Trễ hạn",
               "Tỉ lệ đã báo cáo"]
    rows = [[f.unit, f.assigned, f.reported, f.accepted, f.assigned - f.reported, f.late,
             f.reported / f.assigned if f.assigned else 0] for f in report.figures_by_unit()]
    _table(sheet, headers, rows, [40, 12, 12, 14, 14, 10, 16])
    for (cell,) in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        cell.number_format = "0.0%"


def _late(sheet: Worksheet, report: PlanReport) -> None:
    tasks = {t.key: t.text for t in report.tasks}
    rows = [[r.unit, r.task_key, tasks.get(r.task_key, ""), r.period or None, r.due,
             r.days_late(report.today), r.state_label] for r in report.late_rows()]
    _table(sheet, ["Đơn vị", "Mục", "Nhiệm vụ", "Kỳ báo cáo", "Hạn", "Số ngày trễ", "Trạng thái"], rows,
           [35, 8, 60, 16, 12, 12, 22])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.border = Border(bottom=THIN)
