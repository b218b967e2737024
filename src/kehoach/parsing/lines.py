"""Clean lines and logical paragraphs (blocks) of a plan's text.

A reader hands over text as it came: markdown emphasis, page numbers, running
headers, paragraphs cut by a page break or hard-wrapped by OCR. `clean_lines`
returns one `Line` per physical line (a line whose bold runs were glued
together, "KẾ HOẠCH**Tuyên truyền…**", yields several), each with its folded
shadow; `blocks` joins lines back into paragraphs.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from kehoach.parsing.fold import fold, fold_lines, nfc
from kehoach.parsing.markers import Marker, marker
from kehoach.parsing.ocr import mend_line, strip_invisible
from kehoach.parsing.vocabulary import VERBS

_TAGS = re.compile(r"</?(?:u|b|i|strong|em|br|sup|sub)\s*/?>", re.I)
_GLUED_BOLD = re.compile(r"(?<=\S)\*{2,}(?=\S)")
_EMPHASIS = re.compile(r"\*{2,}|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
_ESCAPE = re.compile(r"\\([-.*_#+()\[\]!|])")
_PAGE_NO = re.compile(r"[-–—\s]*(?:(?:trang|page)\s*)?\d{1,3}(?:\s*(?:/|of|tren)\s*\d{1,3})?[-–—\s]*")
_TERMINAL = ".;:!?"
_OPENS_WITH_VERB = re.compile(r"(?:{})\b".format("|".join(sorted(VERBS, key=len, reverse=True))))
_CUT_PAIRS = 3  # cut first lines that show a page's layout, not a chance short line
_GIVES_WORK = re.compile(r"(?:giao|de nghi|yeu cau)\s")  # "Giao Sở X …" opens a sentence of its own
_FULL = 0.85  # how full a hard-wrapped line is when the next word did not fit
_STYLED_HEADING = re.compile(r"\s*(?:#{1,6}\s|\*\*.*\*\*\s*$)")
_MARKUP = re.compile(r"[<*_#>\\]")
_OPENING = 12  # lines that open a document: issuer, motto, number, date, kind, title
_HEADER_LINES = 3  # lines a running header may take
_BULLET_TAB = re.compile(r"^(\s*(?:[-–+•]|\d{1,2}[.)]))\t+")  # "-\tItem", as Word exports lists: one column
_CLAUSE = re.compile(r"(?:can cu|thuc hien|theo de nghi|xet de nghi|xet)\b")  # how preamble clauses open
# Line breaks a page wrote out as text ("…QĐ-TTg\\r\\nngày"): a space, so the lines keep their numbers.
_LITERAL_BREAK = re.compile(r"\\r\\n")
_COLUMN_GAP = re.compile(r"\t+|\s{3,}|\s\|\s|^\||\|$")


@dataclass(slots=True)
class Line:
    """One cleaned physical line: 1-based number in the given text, text, folded shadow."""

    no: int
    text: str
    fold: str
    cells: tuple[str, ...] = ()  # the line's columns when a layout put several side by side
    marker: Marker | None = None  # the list marker or heading number it opens with
    heading: bool = False  # written as a heading (all bold, or a markdown heading): ends its paragraph

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def is_table_row(self) -> bool:
        return " | " in self.text or self.text.startswith("|")


@dataclass(slots=True)
class Block:
    """A logical paragraph: the lines it spans (first, last) and its text with folded shadow."""

    first: int
    last: int
    text: str
    fold: str
    index: int  # position of its first line in the list of lines
    marker: Marker | None = None  # the marker of its first line


def _strip_markdown(raw: str) -> str:
    """A line without markdown headings, emphasis, tags and escapes, spaces collapsed."""
    if not _MARKUP.search(raw):
        return " ".join(raw.split())
    text = _TAGS.sub("", raw.replace("\t", "  ").replace("\u00a0", " "))
    text = re.sub(r"^\s*(?:#{1,6}\s+|>\s*)+", "", text)
    text = _ESCAPE.sub(r"\1", text)
    text = re.sub(r"^\s*\*(?=\s)", "-", text)  # "* item" is a bullet, not emphasis
    text = _EMPHASIS.sub("", text)
    text = re.sub(r"^[\s_]+", "", text)
    return " ".join(text.split())


def _segments(raw: str) -> list[str]:
    """A raw line cut where bold runs were glued to the text before them."""
    if "**" not in raw:
        return [raw]
    parts, start = [], 0
    for m in _GLUED_BOLD.finditer(raw):
        opening = len(m.group()) >= 4 or raw.count("**", 0, m.start()) % 2 == 0  # not the end of a bold run
        head = _strip_markdown(raw[start : m.start()])
        if opening and head and not _only_marker(head):
            parts.append(raw[start : m.start()])
            start = m.end()
    parts.append(raw[start:])
    return parts


def _only_marker(text: str) -> bool:
    found = marker(text, fold(text))
    return found is not None and not text[found.end :].strip()


def _running_headers(rows: list[str]) -> set[str]:
    """Lines repeated on three or more pages (same text, not list items): running headers. Not the
    same opening of several sentences cut where a page wraps them ("Tổ chức các hoạt động tuyên" /
    "truyền, …"), which every time runs on into a lower-case line."""
    counts = Counter(r for r in rows if 8 <= len(r) <= 100)
    repeated = {r for r, n in counts.items() if n >= 3 and marker(r, fold(r)) is None}
    runs_on = {r: True for r in repeated}
    for row, nxt in itertools.pairwise([*rows, ""]):
        if row in runs_on and not nxt[:1].islower():
            runs_on[row] = False
    return {r for r in repeated if not runs_on[r]}


def clean_lines(text: str) -> list[Line]:
    """The text's lines, cleaned; page numbers and running headers become blank lines."""
    rows: list[tuple[int, str, str]] = []
    text = _LITERAL_BREAK.sub(" ", strip_invisible(nfc(text)))
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        raw = _BULLET_TAB.sub(r"\1 ", raw)
        rows.extend((no, mend_line(_strip_markdown(part)), part) for part in _segments(raw))
    noise = _running_headers([r for _, r, _ in rows])
    out: list[Line] = []
    page_numbers: list[int] = []
    for k, ((no, row, raw), folded) in enumerate(zip(rows, fold_lines([r for _, r, _ in rows]), strict=True)):
        page_no = bool(_PAGE_NO.fullmatch(folded)) and not (k and rows[k - 1][1] == "|")  # not a row's number
        if row and page_no:
            page_numbers.append(len(out))
        if row in noise or page_no:
            row, folded = "", ""
        found = marker(row, folded) if row else None
        out.append(Line(no, row, folded, _cells(raw) if row else (), found, bool(_STYLED_HEADING.match(raw))))
    _drop_page_headers(out, page_numbers)
    return out


def _drop_page_headers(lines: list[Line], page_numbers: list[int]) -> None:
    """Blank the lines right after a page number that repeat a line of the document's opening (the
    issuer, the title): a running header, even on a plan too short to repeat it three times."""
    if not page_numbers:
        return
    opening = {x.text for x in itertools.islice((x for x in lines[: page_numbers[0]] if x.text), _OPENING)}
    for at in page_numbers:
        following = [i for i in range(at + 1, min(at + 8, len(lines))) if lines[i].text][:_HEADER_LINES]
        for i in following:
            if lines[i].text not in opening or lines[i].marker is not None:
                break
            lines[i] = Line(lines[i].no, "", "")


def _cells(raw: str) -> tuple[str, ...]:
    """The columns of a raw line: parts apart by a tab, three spaces or a table bar."""
    if "\t" not in raw and "   " not in raw.strip() and "|" not in raw:
        return ()
    parts = [_strip_markdown(p) for p in _COLUMN_GAP.split(raw)]
    return tuple(p for p in parts if p)


def _wrap_width(lines: list[Line]) -> int:
    """The width hard-wrapped text was wrapped at (0 when it was not): the usual length of its long lines."""
    lengths = sorted(len(line.text) for line in lines if len(line.text) >= 40)
    return lengths[len(lengths) * 3 // 4] if lengths and _is_hard_wrapped(lines) else 0


def _is_hard_wrapped(lines: list[Line]) -> bool:
    """True for text wrapped at a fixed width (OCR, PDF): many lines continue on the next."""
    pairs = lowered = 0
    for a, b in itertools.pairwise(lines):
        if a.blank or b.blank or b.no == a.no:
            continue
        pairs += 1
        lowered += b.text[:1].islower() and b.marker is None
    return lowered >= 3 and lowered >= 0.15 * pairs


@dataclass(slots=True)
class _Flow:
    """What joining a line depends on beyond the two lines: blank lines between them (`gap`), the
    width the text was hard-wrapped at (0 if it was not), whether the paragraph left a parenthesis
    open, and the number of the last numbered item (0 before any)."""

    gap: bool
    width: int
    open_paren: bool
    last_number: int
    cut_first: bool = False  # the page cut each paragraph's first line short (see `_cuts_first_lines`)


def _continues(paragraph: list[Line], nxt: Line, flow: _Flow) -> bool:
    """Whether `nxt` continues `paragraph`."""
    prev, gap, width = paragraph[-1], flow.gap, flow.width
    if prev.is_table_row or nxt.is_table_row or nxt.no == prev.no:
        return False
    found = nxt.marker
    unfinished = prev.text[-1:] not in _TERMINAL
    if flow.cut_first and not gap and len(paragraph) == 1 and found is None and _cut_pair(prev, nxt, width):
        return True
    if found is not None:
        rest = nxt.text[found.end : found.end + 1]
        if width and not gap and _wrapped_marker(paragraph, found, flow.last_number):
            return True
        return found.scheme.startswith("bullet") and rest.islower() and unfinished and not gap
    if flow.open_paren or (unfinished and _clause_goes_on(paragraph, nxt)):
        return True
    if nxt.text[:1].islower():
        return unfinished or not gap
    if prev.heading or gap or not width or prev.text.endswith(":"):
        return False
    if unfinished and nxt.text[:1].isdigit():
        return True  # "… Quyết định số" / "12/QĐ-UBND …": a figure does not open a paragraph
    if (prev.marker is not None or not (unfinished or _numbered(paragraph))) and _OPENS_WITH_VERB.match(
        nxt.fold
    ):
        return False  # a new sentence that gives work ("Chỉ đạo …", "Tổ chức …") starts a paragraph
    # Wrapped text breaks a line only when the next word would not fit: a line with room left ended.
    return len(prev.text) + 1 + len(nxt.text.split(" ", 1)[0]) > _FULL * width


def _cuts_first_lines(lines: list[Line], width: int) -> bool:
    """Whether hard-wrapped text cut each paragraph's first line short, as legal-text websites do
    ("Thực hiện Quyết định số" / "524/QĐ-TTg ngày 01/4/2021 của …" at full width): most short lines
    that end mid-sentence, numbered or not, run into a full one (bullets are left out: a short
    "- …" line is often a whole item)."""
    if not width:
        return False
    rows = [line for line in lines if line.text and not _is_bullet(line)]
    opens = [a for a in rows if _short_open(a, width)]
    cut = sum(1 for a, b in itertools.pairwise(rows) if _cut_pair(a, b, width))
    return cut >= _CUT_PAIRS and 2 * cut >= len(opens)


def _is_bullet(line: Line) -> bool:
    return line.marker is not None and line.marker.scheme.startswith("bullet")


def _short_open(line: Line, width: int) -> bool:
    """A short line that ends mid-sentence, not a heading in capitals."""
    text = line.text
    return len(text) < width // 2 and text[-1:] not in _TERMINAL and not line.heading and text.upper() != text


def _cut_pair(prev: Line, nxt: Line, width: int) -> bool:
    """A short line ending mid-sentence followed by a full line without a marker that does not open
    a clause or a sentence of its own ("Thực hiện …", "Tổ chức …"): one paragraph."""
    opens = _CLAUSE.match(nxt.fold) or (
        nxt.text[:1].isupper() and (_OPENS_WITH_VERB.match(nxt.fold) or _GIVES_WORK.match(nxt.fold))
    )
    return (
        _short_open(prev, width)
        and prev.text[-1:] != ")"
        and nxt.marker is None
        and len(nxt.text) >= _FULL * width
        and not opens
    )


def _clause_goes_on(paragraph: list[Line], nxt: Line) -> bool:
    """Whether an unfinished "Căn cứ …" / "Thực hiện …" clause of the preamble goes on at a capital
    ("… của Thủ tướng" / "Chính phủ …"): it ends only at its stop, or where the next clause opens."""
    first = paragraph[0]
    return (
        first.marker is None
        and bool(_CLAUSE.match(first.fold))
        and not (nxt.heading or _CLAUSE.match(nxt.fold) or nxt.text.upper() == nxt.text)
    )


def _numbered(paragraph: list[Line]) -> bool:
    """Whether the paragraph is a numbered item already wrapped: a new sentence at a line start goes on."""
    first = paragraph[0].marker
    return len(paragraph) > 1 and first is not None and first.scheme.startswith("arabic")


def _wrapped_marker(paragraph: list[Line], found: Marker, last_number: int) -> bool:
    """Whether a marker opening a line of hard-wrapped text only wraps a sentence: the line before
    ends mid-sentence on a lower-case word and the marker is a name's hyphen ("Đài Phát thanh" /
    "- Truyền hình", inside a paragraph that is no bullet item) or a number the list does not
    expect next ("trong tháng" / "6. Các …" after item 1)."""
    prev = paragraph[-1]
    if prev.heading or prev.text[-1:] in _TERMINAL or not prev.text.rsplit(" ", 1)[-1][:1].islower():
        return False
    if found.scheme == "bullet-":
        first = paragraph[0].marker
        return len(paragraph) > 1 and (first is None or not first.scheme.startswith("bullet"))
    return found.scheme == "arabic1" and int(found.label) not in (1, last_number + 1)


def blocks(lines: list[Line], start: int = 0, end: int | None = None) -> list[Block]:
    """The paragraphs of lines[start:end]: lines joined across wraps and page breaks."""
    end = len(lines) if end is None else end
    out: list[Block] = []
    current: list[Line] = []
    width = _wrap_width(lines[start:end])
    flow = _Flow(False, width, False, 0, _cuts_first_lines(lines[start:end], width))
    first_index, depth = start, 0  # depth: parentheses the paragraph left open
    for i in range(start, end):
        line = lines[i]
        if line.blank:
            flow.gap = bool(current)
            continue
        flow.open_paren = depth > 0
        if current and _continues(current, line, flow):
            current.append(line)
        else:
            if current:
                out.append(_make_block(current, first_index))
            current, first_index, depth = [line], i, 0
            if line.marker is not None and line.marker.scheme == "arabic1":
                flow.last_number = int(line.marker.label)
        depth += line.text.count("(") - line.text.count(")")
        flow.gap = False
    if current:
        out.append(_make_block(current, first_index))
    return out


def _make_block(lines: list[Line], index: int) -> Block:
    text, folded = " ".join(line.text for line in lines), " ".join(line.fold for line in lines)
    return Block(lines[0].no, lines[-1].no, text, folded, index, lines[0].marker)
