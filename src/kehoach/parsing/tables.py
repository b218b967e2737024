"""Tables of activities: a header row naming the columns (nội dung, cơ quan chủ trì, phối hợp,
thời gian), then one row per task. Readers render a row as cells separated by " | "; markdown
pipe tables are read the same way.
"""

from __future__ import annotations

import re

from kehoach.parsing.dates import calendar_span, first_date, single_or_range
from kehoach.parsing.fold import fold
from kehoach.parsing.lines import Block
from kehoach.parsing.model import Task
from kehoach.parsing.targets import find_targets
from kehoach.parsing.units import split_units

_ROLES = (
    ("support", re.compile(r"phoi hop")),
    ("lead", re.compile(r"chu tri|(?:don vi|co quan|bo phan) (?:thuc hien|to chuc)|trach nhiem|phu trach")),
    ("quantity", re.compile(r"so luong|so hoc vien|so nguoi|quy mo|chi tieu")),
    ("deadline", re.compile(r"thoi han|han hoan thanh|hoan thanh|han chot")),
    ("time", re.compile(r"thoi gian|tien do")),
    ("text", re.compile(r"noi dung|nhiem vu|hoat dong|cong viec|ten\b|giai phap|chuong trinh")),
    ("number", re.compile(r"s?tt\b|so tt|so thu tu")),
)
_SEPARATOR = re.compile(r":?-{2,}:?")
_DUE = re.compile(r"(?:truoc|cham nhat|han)\s+(?:ngay\s+)?")


def is_row(text: str) -> bool:
    """Whether a block is a table row."""
    return text.startswith("|") or " | " in text


def cells(text: str) -> list[str]:
    """The cells of a row."""
    return [c.strip() for c in text.strip().strip("|").split("|")]


def header_roles(row: list[str]) -> dict[str, int] | None:
    """Column index of each role when `row` is a task table's header row, else None."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(row):
        folded = fold(cell)
        role = next((name for name, pattern in _ROLES if pattern.search(folded)), None)
        if role and role not in roles:
            roles[role] = i
    return roles if "text" in roles and ("lead" in roles or "time" in roles or "deadline" in roles) else None


def table_tasks(rows: list[Block], prefix: str, year: int | None) -> list[Task]:
    """The tasks of the task tables among consecutive rows (id: prefix + row number)."""
    out: list[Task] = []
    roles: dict[str, int] | None = None
    for block in rows:
        row = cells(block.text)
        if all(_SEPARATOR.fullmatch(c) or not c for c in row):
            continue
        found = header_roles(row)
        if found:
            roles = found
        elif roles:
            task = _row_task(row, roles, block, prefix, len(out) + 1, year)
            if task:
                out.append(task)
    return out


def _cell(row: list[str], roles: dict[str, int], role: str) -> str:
    i = roles.get(role)
    return row[i] if i is not None and i < len(row) else ""


def _row_task(
    row: list[str], roles: dict[str, int], block: Block, prefix: str, count: int, year: int | None
) -> Task | None:
    text = _cell(row, roles, "text")
    details = [_cell(row, roles, role) for role in ("lead", "support", "time", "deadline")]
    if not text or not any(details) or _merged(text, details):  # a group heading row
        return None
    number = _cell(row, roles, "number").strip(". ")
    due, window = _when(fold(_cell(row, roles, "time")), fold(_cell(row, roles, "deadline")), year)
    return Task(
        f"{prefix}{number or count}",
        text,
        split_units(_cell(row, roles, "lead")),
        [block.first, block.last],
        support=split_units(_cell(row, roles, "support")),
        due=due,
        window=window,
        targets=find_targets(text) + find_targets(_cell(row, roles, "quantity")),
    )


def _merged(text: str, details: list[str]) -> bool:
    """Whether a row is one merged cell spanning the table, which a reader repeats in every column
    ("I | CÔNG TÁC TUYÊN TRUYỀN | CÔNG TÁC TUYÊN TRUYỀN | …"): a group heading, not a task."""
    return all(d in ("", text) for d in details)


def _when(time: str, deadline: str, year: int | None) -> tuple[str | None, dict[str, str] | None]:
    """(due, window) from a row's time cell ("01/6 - 03/6/2026", "Trước 15/4/2026", "Quý II/2026")
    or its deadline cell ("Thời hạn hoàn thành": the end of what it names)."""
    if deadline:
        span = single_or_range(deadline, year) or calendar_span(deadline)
        return (span[1] if span else None), None
    due = _DUE.search(time)
    if due:
        return first_date(time[due.end() :], year), None
    span = single_or_range(time, year) or calendar_span(time)
    return None, ({"start": span[0], "end": span[1]} if span else None)
