"""A document whose lines a web page or a PDF's text layer ran together.

Pages that copy a document's text often lose its line breaks: the header's
columns come as one line ("BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập -
Tự do - Hạnh phúc Số: 5556/QĐ-BYT Hà Nội, ngày 04 tháng 12 năm 2021 QUYẾT ĐỊNH
…"), a column's name runs into the number ("LÊ QUÝ ĐÔN Số: …/KH-LQĐ"), the date
into the title ("Đông Hà, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH"), and at
worst the whole document is one line, its bases, articles, recipients and
signer included. `split_flat_lines` cuts such lines where the form's parts
begin, so the rest of the parser reads them as it reads any document. The
pieces keep their line's number. Lines laid out in columns (tabs, wide gaps,
table bars) are left alone: their columns are read as such.
"""

from __future__ import annotations

import itertools
import re

from kehoach.parsing.fold import fold
from kehoach.parsing.lines import Line
from kehoach.parsing.markers import marker
from kehoach.parsing.units import is_unit_name

_HEADER_LINES = 6  # the non-blank lines a header takes
_TYPE_WORDS = 40  # how far after the date the type word ("QUYẾT ĐỊNH") may run into the title
_LONG = 200  # a body line this long in a flattened document holds several parts
# Where the motto's column starts and ends ("CỘNG HÒA … Hạnh phúc", the Party's, the Youth Union's).
_MOTTO = re.compile(
    r"cong\s?hoa\s?xa\s?hoi\s?chu\s?nghia\s?viet\s?nam(?:\W*doc\s?lap\W*tu\s?do\W*hanh\s?phuc)?"
    r"|dang cong san viet nam|doan (?:tncs|thanh nien cong san) ho chi minh"
)
_NUMBER = re.compile(r"(?<!\w)s[o0]\s?[:.]?\s*[\d…._]*\s*[/-]\s*\w")
_DATE = re.compile(r"ng\w{0,2}y\s*[\d.…_]*\s*th\w{0,2}ng\s*[\d.…_]*\s*n\w{0,2}m\s*\d{4}")
# A school or a district office under its parent in a header's left column ("… TRƯỜNG THCS …").
_INNER_BODY = re.compile(
    r"(?<=\s)(?:truong (?:thpt|thcs|th|tieu hoc|mam non|dai hoc|cao dang|trung cap|trung hoc|pt)"
    r"|phong (?:giao duc|gd|y te|noi vu|tai chinh|van hoa|kinh te|tu phap|lao dong|tai nguyen|nong nghiep))\b"
)
_CLAUSE = re.compile(r"\W*(?:can cu|thuc hien|trien khai|theo|xet|tren co so)\b")
# Where a part of a flattened body begins.
_BODY_PART = re.compile(
    r"(?<=[;:.,])\s+(?=[-–+•]\s)"  # a list item after the clause before it
    r"|[-–]?\s*(?=\b(?:can cu|theo de nghi|xet de nghi)\b)"  # a basis or a proposal
    r"|(?=\bdieu \d{1,2}\s?\.)|(?=\bnoi nhan\s?:)|(?=\(\s?da ky\s?\))|(?<=\(da ky\))\s*"
    r"|(?=\b(?:(?:tm|kt|tl|tuq)\s?\.|t/m)\s?[a-z])"
    r"|-{3,}\s*"  # a rule under a title
)
_OPERATIVE = re.compile(r"(?=\bquyet dinh\s?:?\s+(?:dieu|\d))")  # a decision's "QUYẾT ĐỊNH: Điều 1."
# A signer's position glued to the authority above it ("TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC").
_POSITION_END = re.compile(
    r"(?:pho\s)?(?:bi thu|chu tich|giam doc|truong ban|hieu truong|bo truong|cuc truong|vu truong"
    r"|chanh van phong|thu truong|tong giam doc)(?:\s(?:thuong truc|thuong vu))?$"
)


def split_flat_lines(lines: list[Line]) -> list[Line]:
    """The lines with each run-together header line, and in a flattened document each long body
    line, cut into the parts the form gives lines of their own."""
    header = _header_indexes(lines)
    flattened = False
    out: list[Line] = []
    for i, line in enumerate(lines):
        flattened = flattened or _whole_header(line.fold)
        if (line.cells and not flattened) or not line.text:
            out.append(line)
            continue
        pieces = _header_pieces(line) if i in header else [line.text]
        if flattened and len(line.text) >= _LONG:
            pieces = [p for piece in pieces for p in _body_pieces(piece)]
        out.extend(_line(line.no, piece) if len(pieces) > 1 else line for piece in pieces)
    return out


def _whole_header(folded: str) -> bool:
    """Whether one line holds the motto, the number and the date: the document lost its line breaks."""
    return all(p.search(folded) for p in (_MOTTO, _NUMBER, _DATE))


def _header_indexes(lines: list[Line]) -> set[int]:
    indexes = [i for i, line in enumerate(lines[:40]) if line.text]
    return set(indexes[:_HEADER_LINES])


def _header_pieces(line: Line) -> list[str]:
    """A header line cut before and after the motto, before the number and after the date."""
    folded = line.fold
    if _CLAUSE.match(folded):
        return [line.text]
    date = _DATE.search(folded)
    end = date.end() if date else len(folded)  # the header's parts come before the date's end
    # the document's own "Số:" is capitalised; a cited one ("Quyết định số 12/…") is not
    cuts = {m.start() for m in _NUMBER.finditer(folded, 0, end) if line.text[m.start()] == "S"}
    cuts |= _second_body(line.text, folded)
    for m in _MOTTO.finditer(folded, 0, end):
        cuts |= {m.start(), m.end()}
    if date:
        cuts |= {end, *_glued_capitals(line.text, end)}
    return _cut(line.text, cuts)


def _second_body(text: str, folded: str) -> set[int]:
    """Where a header line in capitals that names a body names the body under it too ("SỞ GD&ĐT QUẢNG
    TRỊ TRƯỜNG THPT CHUYÊN", "UBND HUYỆN A PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"): the parent over the issuer."""
    if not text.isupper() or not is_unit_name(text):
        return set()
    return {m.start() for m in _INNER_BODY.finditer(folded) if len(folded[: m.start()].split()) >= 2}


def _glued_capitals(text: str, start: int) -> set[int]:
    """Where a word in capitals runs into a capitalised one after `start` ("QUYẾT ĐỊNHVề việc …")."""
    return {
        k
        for k in range(max(start, 2), min(start + _TYPE_WORDS, len(text) - 1))
        if text[k - 2 : k + 1].isupper() and text[k - 2 : k].isalpha() and text[k + 1].islower()
    }


def _body_pieces(text: str) -> list[str]:
    """A flattened body line cut where its bases, articles, recipients and signer begin."""
    folded = fold(text)
    cuts = {m.start() for m in _BODY_PART.finditer(folded)} | {m.end() for m in _BODY_PART.finditer(folded)}
    cuts |= {m.start() for m in _OPERATIVE.finditer(folded)}
    pieces = _cut(text, {c for c in cuts if not text[c:].lstrip(" -–")[:1].islower()})  # mid-sentence
    return [p for piece in pieces for p in _position_apart(piece)]


def _position_apart(piece: str) -> list[str]:
    """An authority line ("TM. …", "KT. …") with the position glued to its end cut in two."""
    folded = fold(piece)
    if not re.match(r"(?:tm|kt|tl|tuq|t/m)\s?\.", folded):
        return [piece]
    m = _POSITION_END.search(folded, 4)
    return _cut(piece, {m.start()}) if m else [piece]


def _cut(text: str, cuts: set[int]) -> list[str]:
    """The text cut at the given offsets, pieces stripped, empty and rule-only pieces left out."""
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(text)), len(text)]
    pieces = (text[a:b].strip(" |") for a, b in itertools.pairwise(bounds))
    return [p for p in pieces if p and not re.fullmatch(r"[-–—_*=~.\s]+", p)] or [text]


def _line(no: int, text: str) -> Line:
    folded = fold(text)
    return Line(no, text, folded, (), marker(text, folded))
