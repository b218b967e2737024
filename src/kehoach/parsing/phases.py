"""The campaign window (period), its phases and the content themes."""

from __future__ import annotations

import re
from typing import Any

from kehoach.parsing.dates import calendar_span, find_range, single_or_range
from kehoach.parsing.outline import Node

_PERIOD = re.compile(r"th\w{1,2}i\s?gian(?:\s+(?:tuyen truyen|thuc hien|trien khai|to chuc|ap dung))?\s*:?")
_MONTHS_FIRST = re.compile(r"\s*(?:tu\s+)?(?:thang|quy)\b")
_YEAR_ONLY = re.compile(r"nam\s+(\d{4})\b")
_PHASE_WORD = re.compile(r"(?:giai doan|dot|buoc|thoi ky|phase)\b")
_LABELLED_PHASE = re.compile(
    r"(?:giai doan|dot|buoc|thoi ky)\s+(?:\d{1,2}|[ivx]{1,4}|mot|hai|ba|bon)\b[^:]{0,40}:"
)
_TRAILING_PAREN = re.compile(r"\s*\(([^()]*)\)\s*[:.]?\s*$")
_THEME_HEAD = re.compile(r"noi dung|thong diep|chu de")


def find_period(root: Node, year: int | None) -> tuple[dict[str, str], list[int]] | None:
    """The campaign window a "Thời gian …:" item states, and its lines."""
    for node in root.walk()[1:]:
        m = _PERIOD.match(node.fold)
        if not m:
            continue
        rest = node.fold[m.end() :].strip() or (node.children[0].fold if node.children else "")
        months = calendar_span(rest) if _MONTHS_FIRST.match(rest) else None
        span = find_range(rest, year) or months or _whole_year(rest)
        if span:
            return {"start": span[0], "end": span[1]}, [node.block.first, node.block.last]
    return None


def _whole_year(folded: str) -> tuple[str, str] | None:
    m = _YEAR_ONLY.match(folded.strip())
    return (f"{m[1]}-01-01", f"{m[1]}-12-31") if m else None


def phase_span(node: Node, year: int | None) -> tuple[str, str, str] | None:
    """(name, start, end) when a heading names a phase with its dates: "Trước … (Từ 01/12 đến 09/12/2025)"."""
    if node.marker is None or len(node.text) > 200:
        return None
    labelled = _LABELLED_PHASE.match(node.fold)
    if labelled:
        span = find_range(node.fold[labelled.end() :], year)
        if span:
            return node.text[: labelled.end()].strip(" :"), span[0], span[1]
    if not node.numbered or not node.children:
        return None
    paren = _TRAILING_PAREN.search(node.text)
    if paren:
        span = single_or_range(node.fold[paren.start() :], year)
        if span:
            return node.text[: paren.start()].strip(" :-–"), span[0], span[1]
    if _PHASE_WORD.match(node.fold):
        span = find_range(node.fold, year)
        if span:
            return node.text.split(":")[0].strip(), span[0], span[1]
    return None


def find_phases(root: Node, year: int | None) -> list[dict[str, Any]]:
    """Every phase, with the themes under it."""
    out = []
    for node in root.walk()[1:]:
        found = phase_span(node, year)
        if found:
            name, start, end = found
            themes = [c.text for c in node.children if c.text]
            out.append(
                {
                    "name": name,
                    "start": start,
                    "end": end,
                    "themes": themes,
                    "lines": [node.block.first, node.last_line],
                }
            )
    return out


def find_themes(root: Node, year: int | None) -> list[str]:
    """Content items not under a phase: the leaves of "Nội dung …" sections."""
    out: list[str] = []
    for node in root.walk()[1:]:
        if node.numbered and _THEME_HEAD.match(node.fold) and len(node.text) < 120:
            out += [c.text for c in node.children if not c.children and phase_span(c, year) is None]
    return out
