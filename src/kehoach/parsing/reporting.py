"""Reporting duties: when units report, to whom and through whom.

A duty is a clause that asks for a report ("báo cáo", "gửi kết quả … về") and
says when: a date ("trước ngày 10/02/2026"), a recurrence ("trước ngày 16 hằng
tháng", "hằng quý", "6 tháng", "hằng năm"), on request ("khi có yêu cầu",
"đột xuất") or on an event ("ngay khi có vụ việc"). A request to raise
difficulties ("khó khăn, vướng mắc … phản ánh") is not a duty.
"""

from __future__ import annotations

import re
from typing import Any

from kehoach.parsing.dates import find_dates
from kehoach.parsing.fold import fold
from kehoach.parsing.units import is_unit_name

_REPORT = re.compile(r"bao\s?cao|gui\s+(?:ket qua|bao cao|so lieu|tinh hinh)|ket qua\b.{0,80}\bve\s")
_REPORT_NOUNS = re.compile(
    r"(?:de cuong|mau|bieu mau|che do)\s+bao\s?cao"
)  # "đề cương báo cáo" is not a report
_DIFFICULTY = re.compile(r"kho khan|vuong mac|phat sinh")
# Clauses: after ";" or ".", and before a second "và báo cáo X …" that names its own addressee.
_CLAUSE = re.compile(r"(?<=[;.])\s+|\.\s*/\s*\.?|\s+(?=v[àa] b[áa]o c[áa]o\b)")
_MONTHLY = re.compile(
    r"(?:truoc\s+)?ngay\s+(\d{1,2})\s+(?:hang|hng|moi)\s+thang"
    r"|(?:hang|moi)\s+thang\s*\(?\s*(?:truoc\s+)?ngay\s+(\d{1,2})\b(?!\s*/)"
    r"|(?:hang|moi)\s+thang|dinh ky thang"
)
_RECURRENCES = (
    ("daily", re.compile(r"hang ngay|moi ngay")),
    ("weekly", re.compile(r"hang tuan|moi tuan|dinh ky tuan")),
    (
        "quarterly",
        re.compile(r"(?:hang|moi|dinh ky|tung) quy\b(?! dinh)|thang cuoi (?:moi )?quy|cuoi moi quy"),
    ),
    ("half_yearly", re.compile(r"\b(?:6|sau) thang\b|nua nam")),
    (
        "yearly",
        re.compile(
            r"hang nam|moi nam|dinh ky nam|cuoi nam|tong ket nam|thang,?\s*(?:va\s+)?(?:ca\s+)?nam\b"
            r"|\bva (?:ca )?nam\b(?!\s*\d)"
        ),
    ),
    ("on_request", re.compile(r"khi c[o06]\s+y\w{1,2}u\s+c\w{1,2}u|dot xuat|khi duoc yeu cau")),
    (
        "on_event",
        re.compile(
            r"(?:ngay|kip thoi)\s+khi\s+(?:co|xay ra|phat sinh)|khi xay ra|ngay sau khi|truong hop xay ra"
            r"|bao cao ngay\b|khi phat hien|ke tu (?:khi|ngay)\b|sau khi ket thuc"
            r"|sau moi (?:dot|dip|hoat dong)\b"
        ),
    ),
)
_ANCHOR = re.compile(r"\d{1,2}/\d{1,2}\s+(?:hang|moi)\s+nam")
_PERIODIC = re.compile(r"hang (?:ngay|tuan|thang|quy|nam)|dinh ky|\b(?:6|sau) thang\b")
_COMPILED = re.compile(r"tong hop,?\s+(?:\w+\s+){0,4}?(?:bao cao|gui)")  # the compiler's own report
_DUE = re.compile(r"(?:truoc|cham nhat(?: la)?|han chot)\s+(?:ngay\s+)?")
_VIA = re.compile(r"\(\s*qua\s+")
_TO = re.compile(
    r"\b(?:bao\s?cao(?:\s+ngay)?(?:\s+ket qua)?(?:\s+thuc hien)?|gui)\s+(?:len\s+|ve\s+|cho\s+)?"
)
_PURPOSE = re.compile(r"\s(?:de|nham)\s+(?:tong hop|bao cao|chi dao|theo doi|xem xet)")
_TO_END = re.compile(
    r"\s*(?:\(|truoc\b|khi\b|de\b|theo\b|dinh ky\b|hang\b|trong\b|ngay\b|vao\b|bang\b|cham nhat\b|ket qua\b"
    r"|sau\b|[;.])"
)
_FRAME = re.compile(r"(?:dong chi|d/c|ong|ba)\s+")


def find_duties(
    text: str, lines: list[int], year: int | None, due: str | None = None
) -> list[dict[str, Any]]:
    """The reporting duties one passage sets; where a clause does not say to whom, the passage may.
    `due` is the deadline a table row gives the passage in a cell of its own."""
    folded = _REPORT_NOUNS.sub(" ", fold(text))
    if not _REPORT.search(folded):
        return []
    out = []
    default_to = default_via = None
    for clause in _CLAUSE.split(text):
        folded = _REPORT_NOUNS.sub(" ", fold(clause))
        if not _REPORT.search(folded) or _DIFFICULTY.search(folded):
            continue
        to, via = _to(clause, folded), _via(clause, folded)
        default_to, default_via = default_to or to, default_via or via
        compiled = bool(_COMPILED.search(folded))
        for due, recurrence, day in _whens(folded, year):
            when = {"due": due, "recurrence": recurrence, "day_of_month": day}
            out.append({**when, "to": to, "via": via, "lines": lines, "compiled": compiled})
    for duty in out:
        duty["to"] = duty["to"] or default_to
        duty["via"] = duty["via"] or default_via
    if not out and due and not _DIFFICULTY.search(folded):  # a table row's report, dated in its own cell
        out.append(
            {
                "due": due,
                "recurrence": None,
                "day_of_month": None,
                "to": _to(text, folded),
                "via": _via(text, folded),
                "lines": lines,
                "compiled": bool(_COMPILED.search(folded)),
            }
        )
    return out


def _whens(folded: str, year: int | None) -> list[tuple[str | None, str | None, int | None]]:
    """Each (due, recurrence, day of month) the clause sets. A recurrence followed by its own dated
    deadline ("báo cáo 6 tháng (trước ngày 10/6/2026)") is that deadline."""
    whens: list[tuple[str | None, str | None, int | None]] = []
    monthly = _MONTHLY.search(folded)
    if monthly:
        day = next((int(g) for g in monthly.groups() if g), None)
        whens.append((None, "monthly", day))
    periodic = monthly is not None or _PERIODIC.search(folded) is not None
    dues = _dues(folded, year, periodic)
    whens += [(due, None, None) for _, due in dues]
    calendar = _ANCHOR.sub(lambda m: " " * len(m.group()), folded)  # "ngày 15/12 hằng năm" dates a recurrence
    for name, pattern in _RECURRENCES:
        for m in pattern.finditer(calendar):
            if not any(0 <= at - m.end() < 30 for at, _ in dues):
                whens.append((None, name, None))
                break
    return whens


def _dues(folded: str, year: int | None, periodic: bool) -> list[tuple[int, str]]:
    """Every dated deadline ("trước ngày 10/6/2026") with where it stands; in a recurring duty a day
    and month alone only anchor the recurrence ("trước ngày 15/6 và 15/12 hằng năm")."""
    out: list[tuple[int, str]] = []
    for m in _DUE.finditer(folded):
        hits = find_dates(folded[m.end() : m.end() + 30])
        if hits and hits[0].start < 3 and (hits[0].year is not None or not periodic):
            value = hits[0].resolve(year)
            if value and value not in [d for _, d in out]:
                out.append((m.start(), value))
    return out


def _to(text: str, folded: str) -> str | None:
    """Who the report goes to: the unit after "báo cáo (lên/về)", "gửi … về" (not after "để tổng hợp")."""
    purpose = _PURPOSE.search(folded)
    if purpose:
        text, folded = text[: purpose.start()], folded[: purpose.start()]
    for m in _TO.finditer(folded):
        name = _name_at(text, folded, m.end())
        if name:
            return name
    for m in re.finditer(r"\bve\s+", folded):
        name = _name_at(text, folded, m.end())
        if name:
            return name
    return None


def _name_at(text: str, folded: str, start: int) -> str | None:
    frame = _FRAME.match(folded, start)
    start = frame.end() if frame else start
    end = _TO_END.search(folded, start)
    stop = end.start() if end else len(text)
    lower_comma = re.search(r",\s*(?=[a-zà-ỹđ])", text[start:stop])  # ", đồng thời …" ends the name
    name = text[start : start + lower_comma.start() if lower_comma else stop].strip(" ,;:")
    return name if name and (is_unit_name(name) or frame) and len(name) < 120 else None


def _via(text: str, folded: str) -> str | None:
    """The office reports pass through: "(qua X)"."""
    m = _VIA.search(folded)
    if not m:
        return None
    end = re.search(r"\)|\s+(?:truoc|de|tong hop)\b", folded[m.end() :])
    return text[m.end() : m.end() + end.start() if end else len(text)].strip(" ,;") or None
