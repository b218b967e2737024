"""Words with their boxes from a PDF page's text layer, through PDFium (fast, in C).

Pages that draw ruled tables are left to pdfplumber, which finds table cells."""

from __future__ import annotations

import ctypes
import unicodedata
from typing import Any

import pypdfium2.raw as pdfium_c

from kehoach.reading.layout import Word
from kehoach.reading.legacy import font_encoding, from_legacy_font

# A table's grid is drawn as paths; a page with a few paths (a rule under a heading) has none.
TABLE_PATHS = 4


def draws_table(page: Any) -> bool:
    """True when the page draws enough lines or boxes to hold a ruled table."""
    return sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1)) >= TABLE_PATHS


def page_words(page: Any) -> list[Word]:
    """The page's words, top-down coordinates, legacy fonts converted."""
    textpage = page.get_textpage()
    try:
        height = page.get_height()
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count)
        return [_word(textpage, run, text, height) for run in _runs(textpage, text)]
    finally:
        textpage.close()


def _runs(textpage: Any, text: str) -> list[list[int]]:
    """Indexes of the characters of each word: split at white space and at wide gaps."""
    runs: list[list[int]] = []
    last_right, last_height = None, 0.0
    for i, ch in enumerate(text):
        if ch.isspace():
            last_right = None
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        if last_right is None or left - last_right > 0.5 * max(last_height, top - bottom):
            runs.append([])
        runs[-1].append(i)
        last_right, last_height = right, top - bottom
    return runs


def _word(textpage: Any, run: list[int], text: str, height: float) -> Word:
    boxes = [textpage.get_charbox(i, loose=True) for i in run]
    chars = unicodedata.normalize("NFC", "".join(text[i] for i in run))
    font = _font(textpage, run[0])
    baseline, size = _baseline(textpage, run[0])
    # boxes from the baseline and the font size: every word of a line gets the same top and bottom
    top, bottom = height - baseline - 0.8 * size, height - baseline + 0.2 * size
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    return Word(from_legacy_font(chars, font) if font_encoding(font) else chars, left, right, top, bottom)


def _baseline(textpage: Any, index: int) -> tuple[float, float]:
    """(baseline height from the page's bottom, font size) of one character."""
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
    return y.value, pdfium_c.FPDFText_GetFontSize(textpage.raw, index)


def _font(textpage: Any, index: int) -> str | None:
    size = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, None, 0, None)
    if size <= 0:
        return None
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, size, None)
    return buffer.value.decode("utf-8", "replace")
