"""The parser's entry points: `parse_text` and `parse_file`."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kehoach.parsing.cell_tables import rebuild_cell_tables
from kehoach.parsing.flat_text import split_flat_lines
from kehoach.parsing.header_cells import join_header_cells
from kehoach.parsing.lines import Line, clean_lines
from kehoach.parsing.record import SCHEMA, build_record
from kehoach.parsing.warnings import warning

if TYPE_CHECKING:
    from kehoach.reading import ReadOptions

__all__ = ["MAX_CHARS", "SCHEMA", "ParseError", "parse_file", "parse_text"]

# A plan is tens of kilobytes; past this the text is cut (with a warning) so parsing stays bounded.
MAX_CHARS = 2_000_000
_DOC_NUMBER = re.compile(r"(?:^|\s)s[o06]\s?[:.]?\s*\d*[\s.…]*[/-]\s*[a-z]")
# A clause that cites another document's number ("Căn cứ Quyết định số 12/QĐ-UBND …").
_CITES = re.compile(r"\W*(?:can cu|thuc hien|trien khai|theo|xet|tren co so)\b")
_PLAN_WORDS = re.compile(r"k\w?\s?ho\w?ch|quy\w?t\s?d\w?nh|chuong trinh|phuong an")


class ParseError(Exception):
    """Text that is not a plan the parser can read; the message says why."""


def parse_text(text: str, source: dict[str, Any] | None = None) -> dict[str, Any]:
    """Parse the text of one plan into a `kehoach.plan/1` record; ParseError if it is not a plan."""
    if not text.strip():
        raise ParseError("không phải văn bản kế hoạch: văn bản rỗng")
    source = source or default_source(text)
    truncated = len(text) > MAX_CHARS
    lines = clean_lines(text[:MAX_CHARS] if truncated else text)
    rebuild_cell_tables(lines)
    join_header_cells(lines)
    lines = split_flat_lines(lines)
    reason = not_a_plan(lines)
    if reason:
        raise ParseError(f"không phải văn bản kế hoạch: {reason}")
    record = build_record(lines, source)
    if truncated:
        message = f"Văn bản dài hơn {MAX_CHARS} ký tự; chỉ phần đầu được đọc."
        record["warnings"].append(warning("text_truncated", message, lines[-1].no))
    return record


def default_source(text: str) -> dict[str, Any]:
    """The `source` of a text given directly, not read from a file."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return {"file": None, "sha256": digest, "format": "txt", "ocr": False, "diacritics_restored": False}


def not_a_plan(lines: list[Line]) -> str | None:
    """Why the text is not a plan, or None: it must carry an official number ("Số: 123/KH-UBND"), or
    name a plan or decision and have numbered items. A page's opening of a plan, or a plan flattened
    onto a few lines, may have no numbered heading yet: its number says what it is."""
    opening = lines[:60]
    official = any(_DOC_NUMBER.search(line.fold) and not _CITES.match(line.fold) for line in opening)
    named = official or any(_PLAN_WORDS.search(line.fold) for line in opening)
    numbered = sum(1 for line in lines if line.text and _numbered(line)) >= 2
    if official or (named and numbered):  # another numbered document parses, with a not_a_plan warning
        return None
    if not any(c.isalpha() for line in lines[:400] for c in line.text[:200]):
        return "không có chữ (no text)"
    return "không có tiêu đề kế hoạch hay đề mục đánh số (no plan title or numbered headings)"


def _numbered(line: Line) -> bool:
    found = line.marker
    return found is not None and not found.scheme.startswith(("bullet", "paren"))


def parse_file(path: Path | str, options: ReadOptions | None = None) -> dict[str, Any]:
    """Read a file in any supported format and parse it."""
    from kehoach.reading import read_file  # readers pull in OCR and office tooling; parse_text needs none

    path = Path(path)
    result = read_file(path, options)
    source = {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "format": result.format,
        "ocr": result.ocr,
        "diacritics_restored": result.diacritics_restored,
    }
    return parse_text(result.text, source)
