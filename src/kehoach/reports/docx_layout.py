"""Layout primitives for administrative documents in the form of Nghị định 30/2020/NĐ-CP
(Phụ lục I): A4 page and margins, Times New Roman, borderless header tables and the short
horizontal rules under the issuing body and the motto."""

from __future__ import annotations

from dataclasses import dataclass

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
BODY_STYLE = "KH Nội dung"  # justified, first line indented 1.27 cm, 6 pt before
BODY_SIZE = 14
# Phụ lục I: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
TEXT_WIDTH_CM = 21.0 - (MARGINS_MM["left"] + MARGINS_MM["right"]) / 10


def new_document() -> Document:
    """An empty A4 portrait document in Times New Roman 14, body paragraphs justified."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side, mm in MARGINS_MM.items():
        setattr(section, f"{side}_margin", Mm(mm))
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    _all_scripts(normal.element.get_or_add_rPr())
    _all_scripts(document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")))
    normal.paragraph_format.space_after = Pt(0)
    body = document.styles.add_style(BODY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Cm(1.27)
    body.paragraph_format.space_before = Pt(6)
    return document


class Flow:
    """The document body, written top to bottom at constant cost per paragraph.

    python-docx's `Document.add_paragraph` looks for the section properties among all the body's
    children on every call, which makes a long report quadratic (minutes for thousands of units);
    Flow inserts each block before an empty end paragraph instead."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.styles = document.styles
        self._end = document.add_paragraph()
        self._style_ids: dict[str, str] = {}

    def add_paragraph(self, style: str | None = None) -> Paragraph:
        """A new paragraph; `style` by name, its id looked up once (python-docx looks it up per call)."""
        paragraph = self._end.insert_paragraph_before()
        if style:
            if style not in self._style_ids:
                self._style_ids[style] = self.styles[style].style_id
            paragraph._p.style = self._style_ids[style]
        return paragraph

    def add_table(self, rows: int, cols: int) -> Table:
        table = self.document.add_table(rows=rows, cols=cols)
        self._end._p.addprevious(table._tbl)
        return table


def _all_scripts(rpr) -> None:
    """Word picks the font per script; name Times New Roman for every one of them (and drop the
    template's theme fonts, which would win over a named font)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def add_run(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False,
            size: float | None = None):
    """A run in the document's font (inherited from the styles, so long reports stay light)."""
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size and size != BODY_SIZE:
        run.font.size = Pt(size)
    return run


def line(container, text: str = "", *, align: str = "center", bold: bool = False, italic: bool = False,
         size: float | None = None, before: float = 0, after: float = 0) -> Paragraph:
    """One paragraph of one run in `container` (a document or a table cell)."""
    paragraph = container.add_paragraph()
    paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, align.upper())
    if before:
        paragraph.paragraph_format.space_before = Pt(before)
    if after:
        paragraph.paragraph_format.space_after = Pt(after)
    if text:
        add_run(paragraph, text, bold=bold, italic=italic, size=size)
    return paragraph


def rule_after(container, width_cm: float, box_cm: float) -> Paragraph:
    """A solid rule `width_cm` long under the previous paragraph, centred in a box `box_cm` wide.

    Drawn as the top border of an empty, 1 pt high paragraph narrowed by equal indents, so it
    needs no drawing object and renders the same in Word and LibreOffice."""
    paragraph = container.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = Cm(max(box_cm - width_cm, 0) / 2)
    fmt.space_before, fmt.space_after = Pt(1), Pt(0)
    fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(1)
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in {"w:val": "single", "w:sz": "6", "w:space": "0", "w:color": "000000"}.items():
        top.set(qn(key), value)
    borders.append(top)
    paragraph._p.get_or_add_pPr().append(borders)
    return paragraph


def layout_table(document, widths_cm: list[float]) -> Table:
    """A borderless one-row table with fixed column widths (header and signature blocks)."""
    table = document.add_table(rows=1, cols=len(widths_cm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _fix_widths(table, widths_cm)
    return table


def _fix_widths(table: Table, widths_cm: list[float]) -> None:
    """Column widths in the grid and in every cell: LibreOffice reads the one, Word the other."""
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def tidy_cell(cell: _Cell) -> None:
    """Drop the empty paragraph a new cell starts with, once `line` has added the real ones."""
    first = cell.paragraphs[0]
    if len(cell.paragraphs) > 1 and not first.text:
        first._p.getparent().remove(first._p)


@dataclass(frozen=True)
class Grid:
    """A bordered table of figures and the widths of its columns."""

    table: Table
    widths: tuple[Length, ...]
    size: float = 12

    def add_row(self, values: list[str], *, bold: bool = False, left_columns: tuple[int, ...] = (1,)) -> None:
        """A row; text columns (`left_columns`) align left, figures centre.

        Built here rather than with Table.add_row, which looks the grid up among all the table's
        rows each time (minutes for a table of thousands of units)."""
        tr = self.table._tbl.add_tr()
        for i, (width, value) in enumerate(zip(self.widths, values, strict=True)):
            tc = tr.add_tc()
            tc.width = width
            paragraph = _Cell(tc, self.table).paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if i in left_columns else WD_ALIGN_PARAGRAPH.CENTER
            add_run(paragraph, value, size=self.size, bold=bold)


def grid_table(document, headers: list[str], widths_cm: list[float], size: float = 12) -> Grid:
    """A bordered table with a bold, repeated header row, for figures in the body."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header = table.rows[0]
    header_props = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header_props.append(repeat)
    _fix_widths(table, widths_cm)
    for cell, text in zip(header.cells, headers, strict=True):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(cell.paragraphs[0], text, bold=True, size=size)
    return Grid(table, tuple(Cm(w) for w in widths_cm), size)
