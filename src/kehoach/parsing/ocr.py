"""Repairs for what OCR and word processors leave inside words, applied once per line.

Keyword rules match the folded shadow; a stray mark inside a term ("NOI. DUNG", "Noi. nhan",
"Don, vi chu tri", "ngay 03. thang") would hide the term from every rule, so marks that cannot
belong where they stand are deleted from the line itself (the record's texts lose nothing they should
keep). "P" read for "Đ" is mended in the folded shadow (`fold.fold`), and in the text too
where it opens a half of a term ("Pe nghi" → "Đe nghi").
"""

from __future__ import annotations

import re

from kehoach.parsing.fold import fold

# Characters that take no room: zero-width space/joiners, soft hyphen, word joiner, BOM.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u00ad\u2060\ufeff]")

# Two-syllable terms of art a mark can never split: a mark between their halves is a stray.
_TERMS = (
    "don vi", "noi dung", "noi nhan", "chu tri", "phoi hop", "de nghi", "ke hoach", "quyet dinh",
    "thoi gian", "to chuc", "thuc hien", "co quan", "van phong", "nhiem vu", "bao cao", "kinh phi",
    "trien khai", "tuyen truyen", "khau hieu", "giai doan", "muc dich", "yeu cau", "dia diem",
    "hoan thanh", "uy ban", "nhan dan", "chi dao", "trach nhiem", "dieu khoan", "chuong trinh",
)  # fmt: skip
_MARK = "[.,‘’']"
_IN_TERM = re.compile(
    r"\b(?:{})".format("|".join(f"{a}(?={_MARK} {b}\\b)" for a, b in (t.split() for t in _TERMS)))
)
# A stray quote after a word ("Don‘ vi"): an opening quote never closes a word.
_QUOTE_AFTER_WORD = re.compile(r"(?<=\w)‘(?=\s)")
# A full stop inside a sentence: a word (not the line's first, which may be a list marker)
# followed by ". " and a lower-case word ("ngay 03. thang", "Noi. nhan").
_STOP_BEFORE_WORD = re.compile(r"(?<=\w)\.(?= \w)")


def strip_invisible(text: str) -> str:
    """The text without zero-width characters, soft hyphens and byte-order marks."""
    return _INVISIBLE.sub("", text)


_TERM = re.compile(r"\b(?:{})\b".format("|".join(_TERMS)))


# A year a text layer split with a space ("năm 202 5", "năm 20 25", "16/7/20 21"): its digits rejoined.
_SPLIT_YEAR = re.compile(r"(?:(?<=\bn[ăa]m )|(?<=\d/))(\d{1,3}) (\d{1,3})\b", re.IGNORECASE)


def _join_year(m: re.Match[str]) -> str:
    digits = m[1] + m[2]
    return digits if len(digits) == 4 and digits[:2] in ("19", "20") else m[0]


def mend_line(row: str) -> str:
    """The line with stray marks dropped, a split year joined, and "P" read for "Đ" written back as "Đ"
    inside a term."""
    row = drop_stray_marks(row)
    if "m " in row or "M " in row or "/" in row:
        row = _SPLIT_YEAR.sub(_join_year, row)
    if "P" not in row:
        return row
    folded = fold(row)  # the shadow already reads such a "P" as "d"
    if len(folded) != len(row):
        return row
    spots = {
        i
        for m in _TERM.finditer(folded)
        for i in range(m.start(), m.end())
        if row[i] == "P" and folded[i] == "d"
    }
    return "".join("Đ" if i in spots else c for i, c in enumerate(row)) if spots else row


def drop_stray_marks(row: str) -> str:
    """The line without the punctuation OCR scattered inside terms and sentences."""
    if not any(c in row for c in ".,‘’'"):
        return row
    folded = fold(row)
    if len(folded) != len(row):
        return row
    cut = {m.end() for m in _IN_TERM.finditer(folded)}
    cut |= {m.start() for m in _QUOTE_AFTER_WORD.finditer(row)}
    first = len(row) - len(row.lstrip()) + len(row.lstrip().split(" ", 1)[0])
    cut |= {
        m.start()
        for m in _STOP_BEFORE_WORD.finditer(row)
        if m.start() >= first and row[m.end() + 1].islower()
    }
    return "".join(c for i, c in enumerate(row) if i not in cut) if cut else row
