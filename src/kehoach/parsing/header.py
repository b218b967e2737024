"""The document's header: type, number and symbol, issuer, place and date, title, received stamp."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kehoach.parsing.dates import iso
from kehoach.parsing.fold import fold
from kehoach.parsing.lines import Line
from kehoach.parsing.places import proper_place
from kehoach.parsing.units import is_unit_name

_TYPES = (
    (r"k\w?\s?ho\w?ch", "ke_hoach"),
    (r"quy\w?t\s?d\w?nh", "quyet_dinh"),
    (r"chuong\s?trinh", "chuong_trinh"),
    (r"cong\s?van", "cong_van"),
    (r"thong\s?bao", "thong_bao"),
    (r"chi\s?thi", "chi_thi"),
    (r"huong\s?dan", "huong_dan"),
    (r"to\s?trinh", "to_trinh"),
    (r"de\s?an", "de_an"),
    (r"nghi\s?quyet", "nghi_quyet"),
    (r"phuong\s?an", "phuong_an"),
    (r"bao\s?cao", "bao_cao"),
)
_DRAFT = re.compile(r"du thao\s+")  # "DỰ THẢO KẾ HOẠCH": a draft's type line
_TYPE_RE = [(re.compile(rf"({pattern})\b"), kind) for pattern, kind in _TYPES]
_SYMBOL_KINDS = {
    "kh": "ke_hoach",
    "qd": "quyet_dinh",
    "ctr": "chuong_trinh",
    "tb": "thong_bao",
    "ct": "chi_thi",
    "hd": "huong_dan",
    "bc": "bao_cao",
    "nq": "nghi_quyet",
}
_NUMBER = re.compile(
    r"(?:^|[\s|])s[o06]\s?[:.]?\s*([0-9]{0,6}[a-z]?)[\s.…_]*(?:/|-(?=\s?[a-z]{1,8}\s?/))\s*(?=\w)"
)
_NUMBER_ALONE = re.compile(r"s[o06]\s?[:.]?[\s.…_]*")
_SYMBOL = re.compile(r"[\w&]+(?:\s?[-–—/]\s?[\w&]+)*")  # "KH – UBND": Word's autocorrect of " - "
_DATE = re.compile(
    r"ng\w{0,2}y\s*([0-9]{1,2}|[\s.…_]*)\s*th\w{0,2}ng\s*([0-9]{1,2}|[\s.…_]*)\s*n\w{0,2}m\s*([0-9]{4})"
)
_DATE_OPEN = re.compile(r"ng\w{0,2}y\s*(?:[0-9]{1,2}|[\s.…_]*)\s*th\w{0,2}ng\b")
# A header date cut at its line's end: "Hà Nội, ngày", "ngày … tháng".
_DATE_CUT = re.compile(r"ng\w{0,2}y[\s\d.…_]*(?:th\w{0,2}ng[\s\d.…_]*)?$")
_NUMERIC_DATE = re.compile(r"(?<=,)\s*ng\w{0,2}y\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{4})")
_STAMP_ANCHOR = re.compile(r"\bden\b")
_STAMP_DATE = re.compile(r"ng\w{0,2}y\s*[:.…\s]*(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})\b")
_STAMP_LINE_CHARS = 40
_STAMP_NOT = re.compile(r"\s*(?:nam|het|nay)\b")  # "ĐẾN NĂM 2030", "ĐẾN HẾT …", "ĐẾN NAY": a title's words
_STAMP_LINE = re.compile(r"(?:s[o0]|ngay|chuyen|luu ho so(?: so)?)\s*:")
MOTTO = re.compile(
    r"c[o0]ng\s?h[o0]a\b|[dp]ang cong san|d\w{0,2}c\s?[l1i]\w{0,2}p\b|hanh\s?phuc|t\w\s?do\s*[-–—]"
    r"|[-–—_*=~]{3,}"
    r"|^doan (?:tncs|thanh nien cong san) ho chi minh\W*$"  # the Youth Union's right column, alone on a line
)
# A body's own organ, named only with its body: "BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ … TỈNH X".
_ORGAN = re.compile(r"(?:ban |)(?:thuong truc|thuong vu|chap hanh|can su)|dang doan|thuong truc")
_PREAMBLE = re.compile(
    r"(?:can cu|thuc hien|trien khai thuc hien|theo de nghi|tren co so)\s+(?:\w+\s+){1,3}?(?:so\s*)?:?\s*\d"
)
_SUBJECT = re.compile(r"v\s?/\s?v\s*[:.]?\s*")
_OF_ISSUER = re.compile(r"cua\s")
_MOTTO_END = re.compile(r"(?:chu nghia viet nam|hanh phuc)\W*")
_LOCALITY = re.compile(r"|(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\s.+")
_LOCALITY_WORD = re.compile(r"\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b")
_YOUTH_UNION = re.compile(r"\bdoan (?:tncs|thanh nien cong san) ho chi minh\b")
_OPENING_LINES = 40  # the lines that may name the issuer in full: header, title and authority line
_LINKING = {"cua", "cho", "voi", "tai", "va", "thuoc", "den"}  # words that tie a title's last line to a name
_TITLE_STOP = re.compile(r"(?:can c\w{0,2}\b|\(?ban hanh kem|kinh gui)")


@dataclass
class Header:
    """What the header says, where it says it, and what a reviewer should check."""

    type: str | None = None
    number: str | None = None
    symbol: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    date_parts: dict[str, int | None] = field(
        default_factory=lambda: {"year": None, "month": None, "day": None}
    )
    title: str | None = None
    received: dict[str, Any] | None = None
    type_index: int | None = None
    date_index: int | None = None  # index of the line that gives the date
    title_end: int = 0  # index of the first line after the title
    stamp_lines: set[int] = field(default_factory=set)
    provenance: dict[str, list[int]] = field(default_factory=dict)
    warnings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        p = self.date_parts
        return iso(p["year"], p["month"], p["day"])

    def note(self, key: str, first: int, last: int | None = None) -> None:
        self.provenance[key] = [first, last if last is not None else first]

    def warn(self, code: str, message: str, line: int | None) -> None:
        self.warnings.append({"code": code, "message": message, "line": line})


def doc_type_at(line: Line) -> tuple[str, int] | None:
    """The document type a title line names ("KẾ HOẠCH", "QUYẾT ĐỊNH") and where its rest starts."""
    draft = _DRAFT.match(line.fold)
    for pattern, kind in _TYPE_RE:
        m = pattern.match(line.fold, draft.end() if draft else 0)
        if not m:
            continue
        word, rest = line.text[: m.end()], line.fold[m.end() :].strip()
        if rest == ":":
            continue  # "QUYẾT ĐỊNH:" over a decision's articles is its operative word, not its type
        if word.upper() == word or not rest.strip(" :."):
            return kind, m.end()
    return None


def find_type_line(lines: list[Line], skip: set[int], limit: int = 80) -> tuple[int, str, int] | None:
    """Index, type and rest-offset of the first type line among the first `limit` lines (not a stamp's)."""
    for i, line in enumerate(lines[:limit]):
        found = None if i in skip else doc_type_at(line)
        if found:
            return i, found[0], found[1]
    return None


def read_header(lines: list[Line]) -> Header:
    """Read the header from the cleaned lines."""
    h = Header()
    _received(lines, h)
    typed = find_type_line(lines, h.stamp_lines)
    top = typed[0] if typed else min(len(lines), 15)
    number_at = _number(lines, h, top)
    _date_place(lines, h, top + 1, number_at)
    _issuer(lines, h, number_at if number_at is not None else top - 1)
    if typed:
        h.type, h.type_index = typed[1], typed[0]
        _title(lines, h, typed[0], typed[2])
    else:
        if h.symbol:
            h.type = _SYMBOL_KINDS.get(re.split(r"[-/]", h.symbol.lower().replace("đ", "d"))[0], "cong_van")
        _subject_line(lines, h, top)
        if h.title is None and h.date_index is not None:
            _untyped_title(lines, h, max(h.date_index, number_at or 0) + 1)
    return h


def _untyped_title(lines: list[Line], h: Header, start: int) -> None:
    """The title of a page that dropped the type line ("KẾ HOẠCH"): the capitals lines right under
    the number and date, when they are not a body's name."""
    i = next((k for k in range(start, min(start + 4, len(lines))) if lines[k].text), None)
    if i is None or i in h.stamp_lines:
        return
    text = lines[i].text
    named = MOTTO.search(lines[i].fold) or is_unit_name(text)
    if _is_caps(text) and len(text.split()) >= 3 and not named:
        _title(lines, h, i, 0)


def _subject_line(lines: list[Line], h: Header, top: int) -> None:
    """A dispatch's title: its "V/v …" (về việc) line under the number."""
    for i, line in enumerate(lines[: top + 5]):
        m = _SUBJECT.match(line.fold)
        if m:
            h.title = line.text[m.end() :].strip()
            h.title_end = i + 1
            h.note("document.title", line.no)
            return


def _number(lines: list[Line], h: Header, top: int) -> int | None:
    """The document's number: on a "Số: …" line, else on a line citing one above the title (a page
    that heads the document with its name, "Quyết định số 5556/2021/QĐ-BYT")."""
    found = _number_line(lines, h, top, capital=True)
    return found if found is not None else _number_line(lines, h, top, capital=False)


def _number_line(lines: list[Line], h: Header, top: int, capital: bool) -> int | None:
    for i, line in enumerate(lines[: top + 3]):
        m = _NUMBER.search(line.fold) or _cut_number(lines, i)
        if m and capital and m.string is line.fold and not _capital_so(line.text, m.start()):
            continue
        if m and i not in h.stamp_lines:
            text = line.text if m.string is line.fold else m.string  # the cut number's symbol is below
            sym = _SYMBOL.match(text, m.end())
            h.number = m[1] or None
            h.symbol = re.sub(r"\s+", "", sym.group()).replace("–", "-").replace("—", "-") if sym else None
            h.note("document.number", line.no)
            if h.number is None:
                h.warn("blank_number", "Số văn bản để trống.", line.no)
            return i
    return None


def _capital_so(text: str, at: int) -> bool:
    """Whether the "Số" a number match starts at (after a space or bar, perhaps) is capitalised."""
    return text[at : at + 2].lstrip(" |")[:1] == "S"


def _cut_number(lines: list[Line], i: int) -> re.Match[str] | None:
    """A blank number a PDF's columns cut from its symbol: "Số:" alone, "/TTr-VPCP" a few lines below."""
    if not _NUMBER_ALONE.fullmatch(lines[i].fold):
        return None
    for line in lines[i + 1 : i + 6]:
        if line.text.startswith("/"):
            return _NUMBER.search(f"{lines[i].fold} {line.text}")
    return None


def _date_place(lines: list[Line], h: Header, top: int, number_at: int | None) -> None:
    for i, line in enumerate(lines[: top + 3]):
        m = _DATE.search(line.fold) or _NUMERIC_DATE.search(line.fold) or _wrapped_date(lines, i)
        if not m or i in h.stamp_lines:
            continue
        day, month = (int(g) if g.strip(" .…_") else None for g in (m[1], m[2]))
        h.date_parts = {"year": int(m[3]), "month": month, "day": day}
        h.date_index = i
        h.note("document.date", line.no)
        if h.date is None:
            h.warn("blank_date", "Ngày ban hành để trống hoặc không hợp lệ.", line.no)
        _place(line, m.start(), h, same_line=i == number_at)
        return


def _wrapped_date(lines: list[Line], i: int) -> re.Match[str] | None:
    """A date the layout wrapped after "ngày" or "ngày … tháng" onto the next lines ("tháng" / "năm 2016",
    "4 năm 2026"), a PDF's blank lines between them."""
    if not _DATE_CUT.search(lines[i].fold):
        return None
    joined = lines[i].fold
    rest = [line for line in lines[i + 1 : i + 6] if line.text][:2]
    for line in rest:
        if line.marker is not None:
            return None
        joined = f"{joined} {line.fold}"
        m = _DATE.search(joined)
        if m and m.start() < len(lines[i].fold):
            return m
    return None


def _place(line: Line, date_start: int, h: Header, same_line: bool) -> None:
    """The place written before ", ngày …", after the number when both share a line."""
    start = line.text.rfind("|", 0, date_start) + 1
    cell = next(
        (
            c
            for c in line.cells
            if c in line.text and line.text.index(c) <= date_start and _DATE_OPEN.search(fold(c))
        ),
        None,
    )
    if cell and len(line.cells) > 1:
        start = max(start, line.text.index(cell))
    for motto in _MOTTO_END.finditer(line.fold, start, date_start):  # "… VIỆT NAM Hà Nội, ngày …"
        start = motto.end()
    sym = _NUMBER.search(line.fold, max(0, start - 1), date_start) if same_line or cell else None
    after = _SYMBOL.match(line.text, sym.end()) if sym else None
    start = max(start, after.end() if after else 0)  # "Số: 12/KH-UBND Hà Nội, ngày …"
    place = line.text[start:date_start].strip(" ,")
    if 0 < len(place) <= 40:
        h.place = proper_place(place)
        h.note("document.place", line.no)


def _received(lines: list[Line], h: Header) -> None:
    """An incoming-document stamp ("ĐẾN Ngày: 11.11.20", "CÔNG VĂN ĐẾN / Số: … / Ngày: …"):
    its date, number and office; its lines are never the document's own."""
    for i, line in enumerate(lines[:80]):
        anchor = _STAMP_ANCHOR.search(line.fold)
        if not anchor or not _stamp_anchor(line, anchor):
            continue
        near = range(max(0, i - 3), min(len(lines), i + 5))
        found = next(((j, m) for j in near if j >= i for m in [_STAMP_DATE.search(lines[j].fold)] if m), None)
        if not found:
            continue
        j, m = found
        h.stamp_lines |= {
            k for k in near if _STAMP_LINE.match(lines[k].fold) and not _NUMBER.search(lines[k].fold)
        }
        h.stamp_lines |= {i, j}
        office = next(
            (
                k
                for k in range(i - 1, max(-1, i - 4), -1)
                if lines[k].text and lines[k].text.upper() == lines[k].text and k not in h.stamp_lines
            ),
            None,
        )
        if office is not None:
            h.stamp_lines.add(office)
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        h.received = {
            "office": lines[office].text if office is not None else None,
            "number": _stamp_number(lines, h, near),
            "date": iso(year, int(m[2]), int(m[1])),
        }
        h.note("received", line.no, lines[j].no)
        return


def _stamp_anchor(line: Line, anchor: re.Match[str]) -> bool:
    """Whether an "ĐẾN" in capitals is a stamp's: on a short line of its own ("CÔNG VĂN ĐẾN", "ĐẾN Ngày: …"),
    not a capitals title's "… ĐẾN NĂM 2030"."""
    return (
        line.text[anchor.start() : anchor.end()].isupper()
        and len(line.text) <= _STAMP_LINE_CHARS
        and not _STAMP_NOT.match(line.fold, anchor.end())
    )


def _stamp_number(lines: list[Line], h: Header, near: range) -> str | None:
    for j in near:
        m = re.match(r"s[o0]\s*:[\s.…]*(\S+)", lines[j].fold)
        if m and j in h.stamp_lines:
            return lines[j].text[m.start(1) : m.end(1)]
    return None


def _issuer(lines: list[Line], h: Header, stop: int) -> None:
    """Issuer and parent issuer from the header's left column, above the number.

    A line that does not open with a kind of body continues the name above it
    ("ỦY BAN NHÂN DÂN" / "XÃ MƯỜNG PHĂNG"); of two names the upper is the parent.
    """
    groups: list[list[tuple[int, str]]] = []
    for i, line in enumerate(lines[: stop + 1]):
        text = _left_column(line, before_number=i == stop) if i not in h.stamp_lines else ""
        if not (text and text.upper() == text and any(c.isalpha() for c in text)):
            continue
        if groups and not is_unit_name(text):
            groups[-1].append((line.no, text))
        else:
            groups.append([(line.no, text)])
    if not groups:
        return
    names = [(g[0][0], g[-1][0], " ".join(t for _, t in g)) for g in groups]
    issuer = names[-1]
    if len(names) >= 2:
        parent = names[-2]
        h.parent_issuer = parent[2]
        h.note("document.parent_issuer", parent[0], parent[1])
        if _ORGAN.fullmatch(fold(issuer[2])):
            issuer = (issuer[0], issuer[1], f"{issuer[2]} {parent[2]}")
    h.issuer = _completed(lines, issuer[2])
    h.note("document.issuer", issuer[0], issuer[1])


def _completed(lines: list[Line], issuer: str) -> str:
    """The issuer's full name where the page cut it to its kind of body: the Youth Union's central
    committee ("BAN CHẤP HÀNH TRUNG ƯƠNG" beside its column "ĐOÀN TNCS HỒ CHÍ MINH"), or a body the
    header names without its locality ("ỦY BAN NHÂN DÂN") that a later line names in full
    ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", the authority under a decision's title)."""
    folded = fold(issuer)
    opening = lines[:_OPENING_LINES]
    if folded.endswith("trung uong") and any(_YOUTH_UNION.search(line.fold) for line in opening):
        return f"{issuer} ĐOÀN TNCS HỒ CHÍ MINH"
    if _LOCALITY_WORD.search(folded):
        return issuer
    for line in opening:
        rest = line.fold[len(folded) :] if line.fold.startswith(folded + " ") else ""
        if rest and _is_caps(line.text) and _LOCALITY.fullmatch(rest.strip()):
            return line.text
    return issuer


def _left_column(line: Line, before_number: bool) -> str:
    """A header line without the national motto, the column on its right, or the number."""
    text = line.cells[0] if len(line.cells) > 1 else line.text
    folded = fold(text)
    end = len(text)
    for pattern in (MOTTO, re.compile(r"\|")) + ((_NUMBER,) if before_number else ()):
        m = pattern.search(folded, 0, end)
        if m:
            end = m.start()
    return text[:end].strip(" -–—|:,*")


def _title(lines: list[Line], h: Header, at: int, rest: int) -> None:
    """The title: the rest of the type line and the lines under it, up to a blank line."""
    parts = [lines[at].text[rest:].strip(" :-–")]
    if _OF_ISSUER.match(fold(parts[0])):
        parts = [""]  # "QUYẾT ĐỊNH CỦA UBND TỈNH X": the type line names the issuer; the title is below
    first, last, i = lines[at].no, lines[at].no, at + 1
    while i < len(lines) and lines[i].blank and not any(parts):
        i += 1
    while i < len(lines) and not lines[i].blank and not _TITLE_STOP.match(lines[i].fold):
        ends = _ends_title(lines[i].text, parts[-1], len(parts) > 1) or _issuing_authority(lines[i], h.issuer)
        if i in h.stamp_lines or (any(parts) and ends):
            break
        parts.append(lines[i].text)
        last = lines[i].no
        i += 1
    h.title_end = i
    title = " ".join(p for p in parts if p)
    if title:
        h.title = title
        h.note("document.title", first, last)


def _ends_title(line: str, previous: str, under_type: bool) -> bool:
    """Whether a line after part of the title starts something else: an authority line in capitals
    (a decision's "ỦY BAN NHÂN DÂN TỈNH"), or the preamble when no blank line set it apart (a sentence
    under a title in capitals, one that ends with ":", or a "Căn cứ …" clause). `under_type`: whether
    `previous` is a line of its own, not the rest of the type line ("KẾ HOẠCH LIÊN TỊCH")."""
    if _is_caps(line) and not _is_caps(previous):
        return True
    if under_type and _is_caps(previous) and not _is_caps(line) and not line.startswith("("):
        return True
    return line.rstrip().endswith(":") or len(line) > 200 or bool(_PREAMBLE.match(fold(line)))


def _issuing_authority(line: Line, issuer: str | None) -> bool:
    """Whether a capitals line names the issuer as the authority that decides ("ỦY BAN NHÂN DÂN TỈNH X",
    "BỘ TRƯỞNG BỘ Y TẾ" under a decision's title): the issuer's name, after at most an office's title,
    before at most its locality (a header that named the body without it)."""
    at = line.fold.find(fold(issuer)) if issuer and _is_caps(line.text) else -1
    if at < 0:
        return False
    office, rest = line.fold[:at].split(), line.fold[at + len(fold(issuer)) :].strip()
    return len(office) <= 3 and not (office and office[-1] in _LINKING) and bool(_LOCALITY.fullmatch(rest))


def _is_caps(text: str) -> bool:
    return text.upper() == text and any(c.isalpha() for c in text)
