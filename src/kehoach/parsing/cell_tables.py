"""A table copied one cell after another, each cell closed by a line holding only "|".

Legal-text websites give a plan's tables (an appendix of tasks, a schedule) so:
the header row's cells, then each row's, every cell on lines of its own (broken
where its column was narrow) and closed by a bar line:

    TT / | / Nội dung nhiệm vụ / | / Cơ quan chủ trì / | / … / | / 1 / | / Tổ chức … / | / Sở Y tế / | / …

`rebuild_cell_tables` puts the rows back, one line a row with its cells apart
by " | ", as the readers give a table, so the table readers can read it. The
number of columns is the number of cells before the first row's number.
"""

from __future__ import annotations

import re

from kehoach.parsing.fold import fold
from kehoach.parsing.lines import Line

_CELL_LINES = 6  # lines a cell may take
_MIN_CELLS = 6  # fewer is no table
_NUMBER_HEAD = re.compile(r"s?tt|so tt|so thu tu")
_ROW_LABEL = re.compile(r"(?:\d{1,3}|[ivxl]{1,5}|[a-z])[.)]?")


def rebuild_cell_tables(lines: list[Line]) -> None:
    """Turn, in place, each table written one cell per line into one line a row; the other lines of
    its cells and its bars become blank lines. Text that is not such a table is left alone."""
    i = 0
    while i < len(lines) - 1:
        if _is_bar(lines[i + 1]) and _NUMBER_HEAD.fullmatch(lines[i].fold.strip(" .")):  # "TT" / "|"
            cells, end = _cell_run(lines, i)
            if len(cells) >= _MIN_CELLS:
                _rebuild(lines, cells)
            i = end
        i += 1


def _is_bar(line: Line) -> bool:
    return line.text == "|"


def _cell_run(lines: list[Line], start: int) -> tuple[list[list[int]], int]:
    """The cells (their lines' indices) of the run of bar-closed cells from `start`, and the index of
    its last bar."""
    cells: list[list[int]] = []
    i = start
    while i < len(lines):
        cell: list[int] = []
        while i < len(lines) and not _is_bar(lines[i]) and len(cell) <= _CELL_LINES:
            if lines[i].text:
                cell.append(i)
            i += 1
        if not cell or i >= len(lines) or not _is_bar(lines[i]):
            break
        cells.append(cell)
        start = i
        i += 1
    return cells, start


def _rebuild(lines: list[Line], cells: list[list[int]]) -> None:
    """Write the rows: as many cells a row as the header row has before the first row's number."""
    texts = [" ".join(lines[k].text for k in cell) for cell in cells]
    width = next((n for n, t in enumerate(texts[1:], 1) if fold(t).strip(" .)") in ("1", "i")), 0)
    if width < 2:
        return
    for at in range(0, len(cells) - width + 1, width):
        row = texts[at : at + width]
        if at and not _ROW_LABEL.fullmatch(fold(row[0]).strip()):
            return  # a row that does not open with its number: the table's rows are not all whole
        first, last = cells[at][0], cells[at + width - 1][-1]
        while not _is_bar(lines[last]):  # the bar closing the row's last cell
            last += 1
        for k in range(first, last + 1):
            lines[k] = Line(lines[k].no, "", "")
        text = " | ".join(row)
        lines[first] = Line(lines[first].no, text, fold(text), tuple(row))
