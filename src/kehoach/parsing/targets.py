"""Targets of a task: "01 hội nghị", "khoảng 200 đại biểu", "hơn 60 cơ quan báo chí", "100%"."""

from __future__ import annotations

import re
from typing import Any

from kehoach.parsing.fold import fold

_QUANTIFIER = r"(?:khoang|hon|tren|it nhat|toi thieu|toi da|dat|tu|gan|moi|mỗi)\s+"
_PERCENT = re.compile(r"(?<![\d.,/])(\d{1,3}(?:[.,]\d+)?)\s?%")
_COUNT = re.compile(
    rf"(?:({_QUANTIFIER})|(?<![\d.,/:]))(\d{{1,3}}(?:\.\d{{3}})+|\d{{1,6}})(?![.,]\d)\s+"
    rf"(?=([a-z]+(?:\s[a-z]+){{0,3}}))"  # the unit's words are looked at, not consumed
)
# Nouns that count things a plan asks for (folded); a bare number before them is a target.
_MEASURES = re.compile(
    r"(?:hoi nghi|hoi thao|toa dam|dien dan|lop|khoa|dai bieu|nguoi|luot|bai|tin|phong su|buoi|cuoc"
    r"|chuong trinh"
    r"|an pham|to gap|cuon|dot|chuyen de|hoc vien|doan|co quan|don vi|xa|ho|tai lieu|video|clip|san pham|phim"
    r"|pano|bang ron|khau hieu|bao cao|chuyen muc|so|ky|trang|hoat dong|cong trinh|mo hinh|dia diem|diem"
    r"|giai|tac pham|cau lac bo|nhom|doanh nghiep|truong|hoc sinh|sinh vien|can bo|thanh vien|dong chi"
    r"|thon|ban|ap|to dan pho|khu pho|lang|xom|gian hang|dau sach|tinh|tinh nguyen vien|lao dong|ho so"
    r"|km|ha|tan|trong diem|may tinh)\b"
)
_NOT_AFTER = re.compile(r"(?:nam|thang|ngay|gio|tuoi|phut|lan thu|nhiem ky|khoa)\b")
_DIGIT = re.compile(r"\d")
_QUOTED_COUNT = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{1,6})\s+[\"“]([^\"”]{2,40})[\"”]")
_STOP = re.compile(r"\s(?:ve|cho|tai|de|cua|voi|trong|nham|va|thuoc|o|tu|theo|nhu)\b")


def find_targets(text: str) -> list[dict[str, Any]]:
    """The targets a task's text sets: percentages, counted things, counted "named things"."""
    if not _DIGIT.search(text):
        return []
    folded = fold(text)
    return _percentages(text, folded) + _counts(text, folded) + _quoted(text)


def _percentages(text: str, folded: str) -> list[dict[str, Any]]:
    return [
        {"quantity": _number(m[1]), "unit": "%", "text": text[_start(folded, m.start()) : m.end()]}
        for m in _PERCENT.finditer(folded)
    ]


def _counts(text: str, folded: str) -> list[dict[str, Any]]:
    """ "01 hội nghị", "khoảng 200 đại biểu", "hơn 60 cơ quan báo chí"."""
    out = []
    for m in _COUNT.finditer(folded):
        unit = _unit(m[3])
        qualified = m[1] is not None or m[2].startswith("0")
        if unit and not _NOT_AFTER.match(unit) and (qualified or _MEASURES.match(unit)):
            end = m.start(3) + len(unit)
            out.append(
                {
                    "quantity": int(m[2].replace(".", "")),
                    "unit": text[m.start(3) : end].lower(),
                    "text": text[m.start() : end],
                }
            )
    return out


def _quoted(text: str) -> list[dict[str, Any]]:
    """'56 "Địa chỉ tin cậy"': a count of things the plan names in quotes."""
    return [
        {"quantity": int(m[1].replace(".", "")), "unit": m[2], "text": m.group()}
        for m in _QUOTED_COUNT.finditer(text)
    ]


def _unit(words: str) -> str:
    """The noun after the number: up to the first preposition, at most four words."""
    stop = _STOP.search(words)
    unit = words[: stop.start()] if stop else words
    measure = _MEASURES.match(unit)
    return measure.group() if measure else unit.split(" ")[0] if unit else ""


def _number(text: str) -> float | int:
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else value


def _start(folded: str, pos: int) -> int:
    """Start of a percentage's phrase: the quantifier before it if any."""
    m = re.search(rf"{_QUANTIFIER}$", folded[max(0, pos - 12) : pos])
    return pos - len(m.group()) if m else pos
