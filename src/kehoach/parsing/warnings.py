"""Warnings for the reviewer: what the parser found doubtful or could not place.

Codes are stable (the web review screen keys on them); messages are Vietnamese.
"""

from __future__ import annotations

import re
from typing import Any

from kehoach.parsing.body import Parts
from kehoach.parsing.lines import Line
from kehoach.parsing.tables import is_row

_APPENDIX_LINE = re.compile(r"\(?\s*(?:phu luc|kem theo|ban hanh kem|danh muc|bieu)")

PLAN_TYPES = ("ke_hoach", "quyet_dinh", "chuong_trinh", "phuong_an", "de_an")


def warning(code: str, message: str, line: int | None) -> dict[str, Any]:
    """One warning."""
    return {"code": code, "message": message, "line": line}


def review_warnings(record: dict[str, Any], parts: Parts, lines: list[Line]) -> list[dict[str, Any]]:
    """Every warning about the assembled record."""
    return [*_type(record), *_deadlines(record), *_phases(record), *_units(record), *_unplaced(parts, lines)]


def _type(record: dict[str, Any]) -> list[dict[str, Any]]:
    kind = record["document"]["type"]
    if kind in PLAN_TYPES:
        return []
    return [warning("not_a_plan", f"Văn bản không ghi là kế hoạch (loại: {kind or 'không rõ'}).", None)]


def _deadlines(record: dict[str, Any]) -> list[dict[str, Any]]:
    date = record["document"]["date"]
    if not date:
        return []
    out = []
    dated = [(t["due"], t["lines"][0], "Nhiệm vụ") for t in record["tasks"]]
    dated += [(d["due"], d["lines"][0], "Hạn báo cáo") for d in record["reporting"]]
    for due, line, what in dated:
        if due and due < date:
            out.append(
                warning("deadline_before_plan_date", f"{what} có hạn {due} trước ngày ban hành {date}.", line)
            )
    return out


def _phases(record: dict[str, Any]) -> list[dict[str, Any]]:
    period = record["period"]
    if not period:
        return []
    return [
        warning(
            "phase_outside_period",
            f"Giai đoạn “{p['name']}” nằm ngoài thời gian của kế hoạch.",
            p["lines"][0],
        )
        for p in record["phases"]
        if p["start"] < period["start"] or p["end"] > period["end"]
    ]


def _units(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        warning("task_without_unit", "Nhiệm vụ chưa xác định được đơn vị chủ trì.", t["lines"][0])
        for t in record["tasks"]
        if not t["lead"] and not t["general"]
    ]


def _unplaced(parts: Parts, lines: list[Line]) -> list[dict[str, Any]]:
    """Text after the signature that is neither a table row nor an appendix heading nor a citation."""
    return [
        warning("unplaced_text", f"Đoạn văn chưa được xếp vào mục nào: “{b.text[:80]}”.", b.first)
        for b in parts.after
        if not (is_row(b.text) or _APPENDIX_LINE.match(b.fold) or "/" in b.text or b.text.isupper())
    ]
