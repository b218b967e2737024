"""A header table copied one cell after another, each cell closed by a bar.

Legal-text websites give the two-column header of a document as its table's
cells in reading order, each cell on lines of its own and closed by "|" (on
its last line or on a line of its own), the cells' lines broken where the
page's column was narrow, even mid-word-group:

    ỦY                        Số:
    BAN NHÂN DÂN              29/KH-UBND
    TỈNH THÁI NGUYÊN          |
    -------                   Thái
    |                         Nguyên, ngày 22 tháng 3 năm 2018
    CỘNG                      |
    HÒA XÃ HỘI CHỦ NGHĨA …

`join_header_cells` puts each cell's broken lines back together, so that the
header reads as it would from the document itself: a name, the motto, "Số: …",
"Thái Nguyên, ngày …". Two names in one cell stay on lines of their own (the
parent body above the issuer).
"""

from __future__ import annotations

import re

from kehoach.parsing.fold import fold
from kehoach.parsing.lines import Line
from kehoach.parsing.markers import marker
from kehoach.parsing.units import is_unit_name

_WINDOW = 40  # the header is among the first lines
_CELL_LINES = 8  # lines a cell may take, blank ones included
_RULE = re.compile(r"[-–—_*=~.\s]+")  # "-------", "***" under a name or the motto


def join_header_cells(lines: list[Line]) -> None:
    """Join, in place, the broken lines of each cell of a header table written one cell per line;
    the bars and the joined lines' old places become blank lines. Other layouts are left alone."""
    ends = _cell_ends(lines)
    if len(ends) < 2:
        return
    start = _first_cell_start(lines, ends[0])
    for first, last in zip([start, *(e + 1 for e in ends)], ends, strict=False):
        _join_cell(lines, first, last)


def _closes_cell(line: Line) -> bool:
    """A lone bar, or a line of a cell closed by a bar (not a markdown table row, which opens with one)."""
    text = line.text
    return text == "|" or (text.endswith("|") and not text.startswith("|") and text.count("|") == 1)


def _cell_ends(lines: list[Line]) -> list[int]:
    """The lines closing the header's cells: the first run of them close to one another."""
    ends: list[int] = []
    for i, line in enumerate(lines[:_WINDOW]):
        if line.marker is not None and line.marker.scheme.startswith(("roman", "arabic")):
            break  # the body's first heading: the header is above
        if not _closes_cell(line):
            continue
        if ends and i - ends[-1] > _CELL_LINES:
            break
        ends.append(i)
    return ends


def _first_cell_start(lines: list[Line], end: int) -> int:
    """Where the first cell starts: after the blank line or table row above its lines."""
    i = end
    while i > 0 and end - i < _CELL_LINES and lines[i - 1].text and not lines[i - 1].is_table_row:
        i -= 1
    return i


def _join_cell(lines: list[Line], first: int, last: int) -> None:
    """Join lines[first..last]: a line goes on the one above unless either is a rule, or both
    open with a kind of body (a parent body's name over the issuer's)."""
    kept: list[int] = []
    for i in range(first, last + 1):
        text = lines[i].text.removesuffix("|").rstrip()
        if not text:
            lines[i] = Line(lines[i].no, "", "")
            continue
        if kept and _goes_on(lines[kept[-1]].text, text):
            text = f"{lines[kept[-1]].text} {text}"
            lines[i] = Line(lines[i].no, "", "")
            i = kept.pop()
        lines[i] = _line(lines[i].no, text)
        kept.append(i)


def _goes_on(above: str, text: str) -> bool:
    if _RULE.fullmatch(above) or _RULE.fullmatch(text):
        return False
    return not (is_unit_name(above) and is_unit_name(text))


def _line(no: int, text: str) -> Line:
    folded = fold(text)
    return Line(no, text, folded, (), marker(text, folded))
