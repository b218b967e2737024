"""The text of a Word `.docx` (python-docx): body paragraphs and tables in document order,
Word numbering as readers see it, footnotes apart, headers and footers left out."""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from lxml import etree

from kehoach.reading.archive import open_docx_zip
from kehoach.reading.base import ReadError
from kehoach.reading.docx_numbering import Numbering
from kehoach.reading.legacy import from_legacy_font


def read_docx(path: Path) -> tuple[list[str], list[str]]:
    """(body blocks, footnotes) of a DOCX; each block is a paragraph or a table's rows."""
    with open_docx_zip(path) as archive:
        footnotes_xml = _member(archive, "word/footnotes.xml")
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise ReadError(path, f"tệp DOCX hỏng (corrupt DOCX: {exc.__class__.__name__})") from None
    walker = _Walker(document)
    blocks = [b for b in walker.blocks(document.element.body) if b.strip()]
    return blocks, _footnotes(footnotes_xml, walker)


def _member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    return archive.read(name) if name in archive.namelist() else None


def _footnotes(xml: bytes | None, walker: _Walker) -> list[str]:
    if xml is None:
        return []
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    notes = [fn for fn in root.findall(qn("w:footnote")) if fn.get(qn("w:type")) is None]
    texts = (" ".join(walker.paragraph(p) for p in fn.iter(qn("w:p"))).strip() for fn in notes)
    return [t for t in texts if t]


class _Walker:
    """Turns body XML into text blocks, advancing list counters in document order."""

    def __init__(self, document: Any) -> None:
        part = document.part
        try:
            numbering_root = part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering_root = None
        self.numbering = Numbering.from_xml(numbering_root)
        self.styles = {s.get(qn("w:styleId")): s for s in part.styles.element.findall(qn("w:style"))}
        self.default_font = self._style_font(self._default_style_id())

    def blocks(self, container: Any) -> list[str]:
        out: list[str] = []
        for child in container:
            if child.tag == qn("w:p"):
                out.append(self.paragraph(child))
            elif child.tag == qn("w:tbl"):
                out.append(self.table(child))
            elif child.tag == qn("w:sdt"):
                out.extend(self.blocks(child.find(qn("w:sdtContent"))))
        return out

    # paragraphs -----------------------------------------------------------
    def paragraph(self, p: Any) -> str:
        label = self._label(p)
        font = self._paragraph_font(p)
        text = "".join(self._run(r, font) for r in p.iter(qn("w:r")) if self._visible(r))
        text = "\n".join(_spaces(line) for line in text.split("\n")).strip()
        return f"{label} {text}" if label and text else text

    @staticmethod
    def _visible(run: Any) -> bool:
        return not any(a.tag in (qn("w:del"), qn("w:moveFrom")) for a in run.iterancestors())

    def _run(self, r: Any, font: str | None) -> str:
        parts = []
        for el in r:
            if el.tag == qn("w:t"):
                parts.append(el.text or "")
            elif el.tag == qn("w:tab"):
                parts.append("\t")
            elif el.tag in (qn("w:br"), qn("w:cr")) and el.get(qn("w:type")) != "page":
                parts.append("\n")
        rfonts = r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        run_font = rfonts.get(qn("w:ascii")) if rfonts is not None else None
        return from_legacy_font("".join(parts), run_font or font)

    def _label(self, p: Any) -> str:
        num_pr = self._num_pr(p)
        if num_pr is None:
            return ""
        num_id = _child_val(num_pr, "w:numId")
        if not num_id or num_id == "0":
            return ""
        return self.numbering.label(num_id, int(_child_val(num_pr, "w:ilvl") or "0"))

    def _num_pr(self, p: Any) -> Any:
        ppr = p.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None:
            return num_pr
        for style in self._style_chain(_child_val(ppr, "w:pStyle") if ppr is not None else None):
            found = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if found is not None:
                return found
        return None

    # styles and fonts -----------------------------------------------------
    def _style_chain(self, style_id: str | None) -> list[Any]:
        chain: list[Any] = []
        while style_id and style_id in self.styles and len(chain) < 20:
            style = self.styles[style_id]
            chain.append(style)
            style_id = _child_val(style, "w:basedOn")
        return chain

    def _default_style_id(self) -> str | None:
        return next(
            (
                sid
                for sid, s in self.styles.items()
                if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true")
            ),
            None,
        )

    def _style_font(self, style_id: str | None) -> str | None:
        for style in self._style_chain(style_id):
            rfonts = style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
            if rfonts is not None and rfonts.get(qn("w:ascii")):
                return rfonts.get(qn("w:ascii"))
        return None

    def _paragraph_font(self, p: Any) -> str | None:
        ppr = p.find(qn("w:pPr"))
        style_id = _child_val(ppr, "w:pStyle") if ppr is not None else None
        return self._style_font(style_id) or self.default_font

    # tables ---------------------------------------------------------------
    def table(self, tbl: Any) -> str:
        rows = [[self._cell(tc) for tc in tr.findall(qn("w:tc"))] for tr in tbl.findall(qn("w:tr"))]
        if _is_layout(rows):
            return "\n".join(_side_by_side(rows))
        flat = [[" ".join(cell.split()) for cell in row] for row in rows]
        return "\n".join(" | ".join(row).rstrip() for row in flat if any(row))

    def _cell(self, tc: Any) -> str:
        vmerge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
        if vmerge is not None and vmerge.get(qn("w:val"), "continue") == "continue":
            return ""  # the cell above, merged down, already gave its text
        return "\n".join(b for b in self.blocks(tc) if b.strip())


def _child_val(el: Any, tag: str) -> str | None:
    child = el.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None


def _is_layout(rows: list[list[str]]) -> bool:
    """Tables that only lay text out side by side (header, signature): at most two rows."""
    return len(rows) <= 2 and all(len(r) <= 3 for r in rows)


def _side_by_side(rows: list[list[str]]) -> list[str]:
    """A layout table's lines as the page shows them: the cells' lines side by side, a tab apart."""
    out = []
    for row in rows:
        cells = [cell.split("\n") for cell in row]
        for parts in itertools.zip_longest(*cells, fillvalue=""):
            line = "\t".join(p for p in parts if p)
            if line:
                out.append(line)
    return out


def _spaces(line: str) -> str:
    """Runs of spaces folded to one; a tab, which sets columns apart, kept as one tab."""
    columns = (" ".join(part.split()) for part in re.split(r"\s*\t\s*", line))
    return "\t".join(c for c in columns if c)
