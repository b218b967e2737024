"""Page geometry → paragraphs: words grouped into lines, running headers, footers and
page numbers dropped, lines wrapped by the layout joined back into paragraphs.

Shared by the PDF text reader and OCR, which both see words with boxes."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    conf: float = 100.0  # OCR confidence, 0–100


@dataclass(frozen=True)
class Line:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    lead: float = 0.0  # width of the first word: would it have fitted on the line above?
    label: str | None = None  # a list number set apart from the text by a tab ("1." ⇥ "Tăng cường…")

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Block:
    """A table: rows of cells that stay as they are, placed in the page's flow."""

    page: int
    top: float
    rows: tuple[tuple[str, ...], ...]

    def text(self) -> str:
        """One line per row, cells separated by " | "."""
        return "\n".join(" | ".join(row).rstrip() for row in self.rows if any(row))


def merge_tables(flow: Sequence[Line | Block]) -> list[Line | Block]:
    """Join a table that a page break cut in two: the part on the next page whose first row
    has an empty first cell continues the row above."""
    out: list[Line | Block] = []
    for item in flow:
        prev = out[-1] if out else None
        if isinstance(item, Block) and isinstance(prev, Block) and item.page == prev.page + 1:
            first, *rest = item.rows
            last = prev.rows[-1]
            if first and not first[0] and len(first) == len(last):
                joined = tuple(" ".join(filter(None, pair)) for pair in zip(last, first, strict=True))
                out[-1] = Block(prev.page, prev.top, (*prev.rows[:-1], joined, *rest))
                continue
            out[-1] = Block(prev.page, prev.top, prev.rows + item.rows)
            continue
        out.append(item)
    return out


_PAGE_NUMBER = re.compile(
    r"^(?:[-–—.\s]*\d{1,4}[-–—.\s]*|(?:trang|page)\s*\d{1,4}(?:\s*/\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$",
    re.IGNORECASE,
)
MARKER = re.compile(
    r"^(?:[IVXLC]{1,5}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|\([a-z0-9ivx]{1,4}\)|[-–—•+]|Điều\s+\d)(?:\s|$)"
)
_ROMAN_LABEL = re.compile(r"[IVXLlTÍ|!\[\]]{1,4}[.,:;}\])]?")  # what OCR makes of "I.", "II.", "III."
_SENTENCE_END = (".", ":", ";", "!", "?", "…")
_GAP = 1.5  # a horizontal gap wider than this many line heights separates columns


def speck(text: str) -> bool:
    """A mark of dirt read as a character ("ˆ", "‘", "_"); dashes and bullets are kept."""
    solid = any(unicodedata.category(c) in ("Lu", "Ll", "Lo", "Nd") for c in text)  # "ˆ" is a letter (Lm)
    return len(text) <= 2 and not solid and text not in ("-", "–", "—", "+", "•", "*", "…")


def group_lines(words: list[Word], page: int) -> list[Line]:
    """Words of one page → lines, top to bottom; wide gaps split a line into pieces."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        row = rows[-1] if rows else None
        if row and abs(_middle(w) - median(map(_middle, row))) < 0.5 * (w.bottom - w.top):
            row.append(w)
        else:
            rows.append([w])
    return [line for row in rows for line in _split_row(sorted(row, key=lambda w: w.x0), page)]


def split_lines(rows: list[list[Word]], page: int) -> list[Line]:
    """Lines an OCR engine already found → Lines, wide gaps splitting them into pieces."""
    return [line for row in rows if row for line in _split_row(sorted(row, key=lambda w: w.x0), page)]


def _middle(w: Word) -> float:
    return (w.top + w.bottom) / 2


def _split_row(row: list[Word], page: int) -> list[Line]:
    height = median(w.bottom - w.top for w in row)
    pieces: list[list[Word]] = [[row[0]]]
    labels: set[int] = set()
    for prev, w in itertools.pairwise(row):
        # a list number sits apart from its text ("I." tab "Mục đích"); OCR may misread it ("IL")
        lone = len(pieces[-1]) == 1 and (MARKER.fullmatch(prev.text + " ") or len(prev.text) <= 3)
        if w.x0 - prev.x1 <= _GAP * height:
            pieces[-1].append(w)
        elif lone:
            labels.add(len(pieces) - 1)
            pieces[-1].append(w)
        else:
            pieces.append([w])
    return [_line(p, page, i in labels) for i, p in enumerate(pieces)]


def _line(words: list[Word], page: int, gapped: bool) -> Line:
    """One piece of a row; its first word is kept as a label to check when a tab set it apart
    or when it is shaped like a Roman numeral ("II", "IL.")."""
    first = words[0].text
    label = first if gapped or (len(words) > 1 and _ROMAN_LABEL.fullmatch(first)) else None
    return Line(
        page,
        " ".join(w.text for w in words),
        words[0].x0,
        words[-1].x1,
        min(w.top for w in words),
        max(w.bottom for w in words),
        words[0].x1 - words[0].x0,
        label,
    )


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def drop_running(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop running headers and footers (text repeated at the top or bottom of most pages,
    numbers aside) and page numbers ("2", "- 3 -", "Trang 3/7")."""
    edges = [_edge_lines(lines) for lines in pages]
    counts = Counter(shape for edge in edges for shape in {_shape(line.text) for line in edge})
    repeated = {s for s, n in counts.items() if len(pages) >= 3 and n >= max(2, 0.6 * len(pages))}
    return [
        [
            line
            for line in lines
            if not (line in edge and (_shape(line.text) in repeated or _PAGE_NUMBER.match(line.text.strip())))
        ]
        for lines, edge in zip(pages, edges, strict=True)
    ]


def _edge_lines(lines: list[Line]) -> list[Line]:
    ordered = sorted(lines, key=lambda line: line.top)
    return ordered[:2] + ordered[-2:] if len(ordered) > 4 else ordered


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    spacing: float  # usual distance between the tops of two lines of one paragraph


def margins(lines: list[Line]) -> Margins:
    """The text block's left edge (the commonest start), right edge and line spacing."""
    if not lines:
        return Margins(0, 0, 0)
    left = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    rights = sorted(line.x1 for line in lines)
    steps = [b.top - a.top for a, b in itertools.pairwise(lines) if a.page == b.page and b.top > a.top]
    return Margins(left, rights[int(0.95 * (len(rights) - 1))], median(steps) if steps else 0)


def starts_line(prev: Line, line: Line, m: Margins) -> bool:
    """True when `line` begins a line of its own rather than continuing `prev` (wrapped)."""
    width = max(m.right - m.left, 1.0)
    indent = line.x0 - m.left > max(0.6 * line.height, 0.02 * width)
    # the layout wraps a line only when the next word does not fit; room left means the line ended
    room = prev.x1 + 0.4 * line.height + line.lead < m.right - 0.3 * line.height
    moved_left = line.x0 < prev.x0 - 0.6 * line.height and prev.x0 - m.left > 0.15 * width
    ended = prev.text.rstrip().endswith(_SENTENCE_END)
    # a dash or number opening a line that follows an unfinished full line is the sentence going on
    marker = MARKER.match(line.text) and (ended or not prev.text.rstrip()[-1:].isalnum())
    return bool(indent or room or moved_left or marker)


def starts_paragraph(prev: Line, line: Line, m: Margins) -> bool:
    """True when the space above `line` (or a page break) sets it apart as a new paragraph."""
    if line.page != prev.page:
        return starts_line(prev, line, m)
    return bool(m.spacing) and line.top - prev.top > 1.3 * m.spacing


def same_row(prev: Line, line: Line) -> bool:
    """True when `line` stands to the right of `prev` on the same row: another column."""
    return line.page == prev.page and abs(line.top - prev.top) < 0.5 * line.height and line.x0 > prev.x1


_CLOSING = frozenset("*)]}”’»")


def join(a: str, b: str) -> str:
    """Join a wrapped line to the next: a soft hyphen vanishes, a hyphen keeps its word whole,
    a line of closing marks only (the "*" ending an emphasis, wrapped alone) sticks to its word."""
    if a.endswith("\u00ad"):
        return a[:-1] + b
    if b and set(b) <= _CLOSING:
        return a + b
    if a.endswith("-") and not a.endswith(" -") and b[:1].isalnum():
        return a + b
    return f"{a} {b}"


def render(flow: Sequence[Line | Block]) -> tuple[str, list[int]]:
    """(text, line where each page starts) for lines and tables in reading order: wrapped lines
    joined, a blank line between paragraphs, a line break kept where the line ended early."""
    flow = merge_tables(flow)
    m = margins([x for x in flow if isinstance(x, Line)])
    out: list[str] = []
    page_starts: dict[int, int] = {}
    prev: Line | None = None
    for item in flow:
        if isinstance(item, Line) and prev is not None and same_row(prev, item):
            out[-1] += "\t" + item.text  # columns side by side (two signers, header blocks)
        elif (
            isinstance(item, Line)
            and prev is not None
            and not starts_line(prev, item, m)
            and not starts_paragraph(prev, item, m)
        ):
            page_starts.setdefault(item.page, len(out) - 1)
            out[-1] = join(out[-1], item.text)
        else:
            if out and (prev is None or isinstance(item, Block) or starts_paragraph(prev, item, m)):
                out.append("")
            page_starts.setdefault(item.page, len(out))
            out.extend(item.text().split("\n") if isinstance(item, Block) else [item.text])
        prev = item if isinstance(item, Line) else None
    return "\n".join(out), [page_starts[p] for p in sorted(page_starts)]
