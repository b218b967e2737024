"""Dates as Vietnamese plans write them, read from folded text.

"05/11/2020", "05.11.2020", "ngày 11 tháng 9 năm 2023", "30/11" (year implied),
ranges "từ ngày 01/12 đến hết ngày 30/12/2025", "(15/11 – 15/12)", and year
spans "từ năm 2023 đến năm 2028".
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

_FULL = re.compile(r"(?<![\d/.])(\d{1,2})\s?([/.\-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d/])")
# Spaces optional around the figures: text taken from web pages glues them ("ngày22 tháng 7 năm 2010").
# "ngày 10 tháng 12 năm 2026"; "ngày" may be read already ("trước ngày …").
_WORDS = re.compile(
    r"(?:ng\w{0,2}y\s*|(?<![\d/.]))(\d{1,2})\s*,?\s*th\w{0,2}ng\s*(\d{1,2})\s*,?\s*n\w{0,2}m\s*(\d{4})"
)
_DAY_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})\s?/\s?(\d{1,2})(?![\d/])")
_DIGIT = re.compile(r"\d")
_AFTER = re.compile(r"\bsau\s+(?:ngay\s+)?\d")
_RANGE_GAP = re.compile(
    r"\s*\)?\s*,?\s*(?:den|toi|den het|-|–|—|~)\s*(?:het\s+)?(?:ngay\s+)?(?:\d{1,2}\s+)?$"
)
_YEARS = re.compile(r"(?:tu\s+)?nam\s+(\d{4})\s*(?:den|toi|-|–|—)\s*(?:het\s+)?(?:nam\s+)?(\d{4})")


@dataclass(slots=True)
class DateHit:
    """A date found in text: where it is and its parts (year None when the text leaves it out)."""

    start: int
    end: int
    day: int
    month: int
    year: int | None

    def resolve(self, year: int | None) -> str | None:
        """ISO date, taking `year` when the text gave none; None if not a real date."""
        return iso(self.year or year, self.month, self.day)


def iso(year: int | None, month: int | None, day: int | None) -> str | None:
    """ISO date of the parts, or None when a part is missing or the date does not exist."""
    if not (year and month and day):
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def find_dates(folded: str) -> list[DateHit]:
    """Every date in folded text, in order, without overlaps."""
    if not _DIGIT.search(folded):
        return []
    hits = [DateHit(m.start(), m.end(), int(m[1]), int(m[2]), _year(m[3])) for m in _WORDS.finditer(folded)]
    hits += [DateHit(m.start(), m.end(), int(m[1]), int(m[3]), _year(m[4])) for m in _FULL.finditer(folded)]
    hits += [DateHit(m.start(), m.end(), int(m[1]), int(m[2]), None) for m in _DAY_MONTH.finditer(folded)]
    kept: list[DateHit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if 1 <= hit.month <= 12 and 1 <= hit.day <= 31 and (not kept or hit.start >= kept[-1].end):
            kept.append(hit)
    return kept


def first_date(folded: str, year: int | None = None) -> str | None:
    """The first real date in folded text, as ISO."""
    for hit in find_dates(folded):
        value = hit.resolve(year)
        if value:
            return value
    return None


def find_range(folded: str, year: int | None = None) -> tuple[str, str] | None:
    """The first span "D1 đến D2" (or "D1 – D2") in folded text, years filled in, or a span of years."""
    hits = find_dates(folded)
    for a, b in itertools.pairwise(hits):
        if _RANGE_GAP.match(folded[a.end : b.start]) and len(folded[a.end : b.start]) < 30:
            end_year = b.year or year
            start_year = a.year or (end_year - 1 if end_year and a.month > b.month else end_year)
            start, end = a.resolve(start_year), b.resolve(end_year)
            if start and end and start <= end and int(end[:4]) - int(start[:4]) <= 20:
                return start, end
    return year_span(folded)


def year_span(folded: str) -> tuple[str, str] | None:
    """ "từ năm 2023 đến năm 2028" → 2023-01-01, 2028-12-31."""
    m = _YEARS.search(folded) if "nam " in folded else None
    if not m or int(m[1]) > int(m[2]):
        return None
    return f"{m[1]}-01-01", f"{m[2]}-12-31"


def single_or_range(folded: str, year: int | None) -> tuple[str, str] | None:
    """A range if the text has one, else its one date as a one-day span. "Sau ngày X" starts on
    the day after X."""
    span = find_range(folded, year)
    if not span:
        value = first_date(folded, year)
        span = (value, value) if value else None
    if span and _AFTER.search(folded):
        if span[0] == span[1]:
            return None  # "sau ngày X" alone has no end to state
        start = (dt.date.fromisoformat(span[0]) + dt.timedelta(days=1)).isoformat()
        span = (start, max(start, span[1]))
    return span


_MONTH = re.compile(
    r"thang\s+(\d{1,2})\s*(?:(?:[-–]|den|toi)\s*(?:het\s+)?(?:thang\s+)?(\d{1,2})\s*)?(?:/|nam)\s*(\d{4})"
)
_QUARTER = re.compile(r"quy\s+(i{1,3}|iv|[1-4])\s*(?:/|nam)\s*(\d{4})")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def calendar_span(folded: str) -> tuple[str, str] | None:
    """A month ("tháng 6/2025") or a quarter ("quý II/2025") as a span of dates."""
    if "thang" not in folded and "quy" not in folded:
        return None
    m = _MONTH.search(folded)
    if m and 1 <= int(m[1]) <= int(m[2] or m[1]) <= 12:
        return _months(int(m[3]), int(m[1]), int(m[2] or m[1]))
    m = _QUARTER.search(folded)
    if m:
        q = _QUARTERS[m[1]]
        return _months(int(m[2]), 3 * q - 2, 3 * q)
    return None


def _months(year: int, first: int, last: int) -> tuple[str, str]:
    nxt = dt.date(year + (last == 12), last % 12 + 1, 1)
    return dt.date(year, first, 1).isoformat(), (nxt - dt.timedelta(days=1)).isoformat()
