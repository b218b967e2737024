"""PDF files: checks shared by both PDF readers, and the reader for PDFs with a text layer.

pypdf, PDFium and pdfplumber load inside the functions that use them: choosing a reader
for a plain-text plan must not pay for them."""

from __future__ import annotations

from functools import lru_cache, reduce
from pathlib import Path
from typing import Any

from kehoach.reading.base import ReadError, ReadOptions, ReadResult
from kehoach.reading.labels import repair_labels
from kehoach.reading.layout import Block, Line, Word, drop_running, group_lines, join, render, speck
from kehoach.reading.text import finish

PDF_MAGIC = b"%PDF-"
_MIN_CHARS = 20  # a page with fewer characters in its text layer is taken as a scan


def is_pdf(head: bytes) -> bool:
    """PDF readers allow some junk before the header, as PDF readers do."""
    return PDF_MAGIC in head[:1024]


def check_pdf(path: Path, options: ReadOptions) -> int:
    """The page count of a readable PDF; ReadError when corrupt, encrypted or too long."""
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "PDF được mã hóa, cần mật khẩu (encrypted PDF, password required)")
        count = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(path, f"tệp PDF hỏng (corrupt PDF: {exc.__class__.__name__})") from None
    if count == 0:
        raise ReadError(path, "PDF không có trang nào (PDF has no pages)")
    if count > options.max_pages:
        raise ReadError(
            path,
            f"PDF có {count} trang, vượt giới hạn {options.max_pages} trang "
            f"(too many pages: {count} > {options.max_pages})",
        )
    return count


@lru_cache(maxsize=32)
def _pages_without_text(path: Path, mtime: float, limit: int) -> tuple[int, ...]:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return ()  # unreadable or encrypted: the reader's checks say why
    try:
        count = min(len(document), limit)
        return tuple(i for i in range(count) if document[i].get_textpage().count_chars() < _MIN_CHARS)
    finally:
        document.close()


def pages_without_text(path: Path, limit: int = 2000) -> tuple[int, ...]:
    """Indexes of the pages that have (next to) no text layer: scans."""
    return _pages_without_text(path.resolve(), path.stat().st_mtime, limit)


class PdfTextReader:
    """PDFs whose pages carry text: text in reading order, rebuilt into paragraphs."""

    name = "pdf-text"

    def score(self, path: Path, head: bytes) -> int | None:
        return 30 if is_pdf(head) else None

    def read(self, path: Path, options: ReadOptions) -> ReadResult:
        total = check_pdf(path, options)
        text, pages = pdf_text(path, options, total)
        if not text.strip():
            raise ReadError(path, "PDF không có lớp chữ (PDF has no text layer)")
        return finish(ReadResult(text=text, format="pdf", pages=pages), options)


def pdf_text(path: Path, options: ReadOptions, total: int, ocr: bool = False) -> tuple[str, list[int]]:
    """Text of a PDF's text layer, paragraphs rebuilt, running heads dropped, and page starts;
    list numbers that OCR misread put right when the layer came from OCR."""
    import pdfplumber
    import pypdfium2

    pages: list[list[Line]] = []
    blocks: list[Block] = []
    try:
        document = pypdfium2.PdfDocument(str(path))
        with pdfplumber.open(path) as plumber:
            for n in range(len(document)):
                lines, tables = _page(document[n], plumber, n, ocr)
                pages.append(lines)
                blocks.extend(tables)
                if options.progress:
                    options.progress(n + 1, total, "đọc trang PDF")
        document.close()
    except ReadError:
        raise
    except Exception as exc:  # PDFium and pdfminer raise many kinds on damaged files
        raise ReadError(path, f"tệp PDF hỏng (corrupt PDF: {exc.__class__.__name__})") from None
    lines = [x for page_lines in drop_running(pages) for x in page_lines]
    flow: list[Line | Block] = [*(repair_labels(lines) if ocr else lines), *blocks]
    return render(sorted(flow, key=lambda x: (x.page, x.top)))


def _page(page: Any, plumber: Any, n: int, ocr: bool) -> tuple[list[Line], list[Block]]:
    """Lines of one page, and its tables: PDFium for the words, pdfplumber where a table is drawn."""
    from kehoach.reading.pdf_words import draws_table, page_words

    words = [w for w in page_words(page) if not (ocr and speck(w.text))]
    if not draws_table(page):
        return group_lines(words, n), []
    slow = plumber.pages[n]
    try:
        tables = [t for t in slow.find_tables() if len(t.rows[0].cells) >= 2]
        outside = [w for w in words if not any(_inside(w, t.bbox) for t in tables)]
        return group_lines(outside, n), [_table(t, n) for t in tables]
    finally:
        slow.close()  # frees the page's parsed objects: memory stays flat on long files


def _cell(text: str) -> str:
    return " ".join(reduce(join, text.split("\n")).split()) if text else ""


def _inside(word: Word, bbox: tuple[float, float, float, float]) -> bool:
    """True when a word's centre lies in the box (a heading touching a table's edge stays out)."""
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _table(table: Any, n: int) -> Block:
    rows = (tuple(_cell(cell) for cell in row if cell is not None) for row in table.extract())
    return Block(n, table.bbox[1], tuple(r for r in rows if any(r)))
