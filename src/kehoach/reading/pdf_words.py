"""Words with their boxes from a PDF page's text layer, through PDFium (fast, in C).

Pages that draw ruled tables are left to pdfplumber, which finds table cells."""

from __future__ import annotations

import ctypes
import itertools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium_c

from kehoach.reading.layout import Word
from kehoach.reading.legacy import font_encoding, from_legacy_font

# A table's grid is drawn as paths; a page with a few paths (a rule under a heading) has none.
TABLE_PATHS = 4
_SAME_LINE = 0.3  # baselines this close (× font size) are one line
_GAP = 0.5  # a gap this wide (× font size) parts words without white space between them
_SPACE = 0.05  # letters with white space between them in the text layer are apart when this far


def draws_table(page: Any) -> bool:
    """True when the page draws enough lines or boxes to hold a ruled table."""
    return sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1)) >= TABLE_PATHS


@dataclass
class _Glyph:
    """A character as shown, with the combining marks drawn after it."""

    text: str
    index: int  # in the text layer, where its font is looked up
    left: float
    right: float
    baseline: float  # from the top of the page as shown
    size: float
    spaced: bool = False  # white space comes before or after it in the text layer


def page_words(page: Any) -> list[Word]:
    """The page's words as the page is shown (its /Rotate applied), top-down coordinates,
    legacy fonts converted. Words are put together by where their letters are shown, not by
    their order in the text layer: a font without Vietnamese letters leaves them to a
    fallback font drawn after the rest of the line (LibreOffice does so)."""
    textpage = page.get_textpage()
    try:
        glyphs = _glyphs(textpage, _shown(page))
        return [_word(textpage, run) for line in _lines(glyphs) for run in _runs(line)]
    finally:
        textpage.close()


def _shown(page: Any) -> Callable[[float, float], tuple[float, float]]:
    """Maps a point of the page's own space (y up, as its text is drawn) to where it is shown:
    x across, y down from the top, the page turned by its /Rotate (clockwise)."""
    x0, y0, x1, y1 = page.get_cropbox()
    return {
        0: lambda x, y: (x - x0, y1 - y),
        90: lambda x, y: (y - y0, x - x0),
        180: lambda x, y: (x1 - x, y - y0),
        270: lambda x, y: (y1 - y, x1 - x),
    }[page.get_rotation() % 360]


def _glyphs(textpage: Any, shown: Callable[[float, float], tuple[float, float]]) -> list[_Glyph]:
    """The text layer's characters as shown, white space left out (marked on the glyphs on
    either side of it)."""
    text = textpage.get_text_range(0, textpage.count_chars())
    glyphs: list[_Glyph] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if glyphs:
                glyphs[-1].spaced = True
        elif unicodedata.combining(ch) and glyphs:
            glyphs[-1].text += ch
        else:
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            (a, _), (b, _) = shown(left, bottom), shown(right, top)
            (x, y), size = _origin(textpage, i)
            after_space = i > 0 and text[i - 1].isspace()
            glyphs.append(_Glyph(ch, i, min(a, b), max(a, b), shown(x, y)[1], size, after_space))
    return glyphs


def _lines(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Glyphs on one baseline, left to right."""
    lines: list[list[_Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: g.baseline):
        if lines and glyph.baseline - lines[-1][0].baseline <= _SAME_LINE * glyph.size:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    return [sorted(line, key=lambda g: g.left) for line in lines]


def _runs(line: list[_Glyph]) -> list[list[_Glyph]]:
    """The glyphs of each word of a line: split where the text layer has white space and the
    letters stand apart, or at a gap wide enough to be one anyway."""
    runs = [[line[0]]]
    for prev, glyph in itertools.pairwise(line):
        gap = glyph.left - prev.right
        if gap > _GAP * glyph.size or ((prev.spaced or glyph.spaced) and gap > _SPACE * glyph.size):
            runs.append([])
        runs[-1].append(glyph)
    return runs


def _word(textpage: Any, run: list[_Glyph]) -> Word:
    chars = unicodedata.normalize("NFC", "".join(g.text for g in run))
    font = _font(textpage, run[0].index)
    first = run[0]
    # boxes from the baseline and the font size: every word of a line gets the same top and bottom
    top, bottom = first.baseline - 0.8 * first.size, first.baseline + 0.2 * first.size
    text = from_legacy_font(chars, font) if font_encoding(font) else chars
    return Word(text, first.left, max(g.right for g in run), top, bottom)


def _origin(textpage: Any, index: int) -> tuple[tuple[float, float], float]:
    """(point on the baseline where one character starts, in the page's own space; font size)."""
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
    return (x.value, y.value), pdfium_c.FPDFText_GetFontSize(textpage.raw, index)


def _font(textpage: Any, index: int) -> str | None:
    size = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, None, 0, None)
    if size <= 0:
        return None
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, size, None)
    return buffer.value.decode("utf-8", "replace")
