"""Build real plan files from the seed texts: DOCX with Word numbering and a task table,
PDF through LibreOffice, and a scan through pdftoppm and Pillow."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdf
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from PIL import Image, ImageFilter, ImageSequence
from pypdf.generic import NameObject, NumberObject, RectangleObject

# ilvl: 0 "I.", 1 "1.", 2 "1.1.", 3 "a)"; bullets in a list of their own.
_HEADING = (
    (0, re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.+)$")),
    (2, re.compile(r"^(\d{1,2})\.(\d{1,2})\.\s+(.+)$")),
    (1, re.compile(r"^(\d{1,2})\.\s+(.+)$")),
    (3, re.compile(r"^([a-hk-z])\)\s+(.+)$")),
)
_BULLET = re.compile(r"^[-–•]\s+(.+)$")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
_OUTLINE_ID, _BULLET_ID = "91", "92"


def _numbering_xml() -> tuple[str, str]:
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("lowerLetter", "%4)")]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    outline = f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{_OUTLINE_ID}">{lvls}</w:abstractNum>'
    bullet = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{_BULLET_ID}"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>'
    )
    return outline, bullet


def add_numbering(document) -> None:
    """Give the document two lists: the outline I./1./1.1./a) and a "-" bullet list."""
    root = document.part.numbering_part.element
    first_num = root.find(qn("w:num"))
    for xml in _numbering_xml():
        first_num.addprevious(parse_xml(xml))
    for num_id in (_OUTLINE_ID, _BULLET_ID):
        root.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
        )


def set_numbering(paragraph, num_id: str, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


@dataclass
class Outline:
    """Counters the generated Word list will show, to check a seed's literal numbers against."""

    counts: list[int]

    def expected(self, level: int) -> list[int]:
        return [*self.counts[:level], self.counts[level] + 1]

    def advance(self, level: int) -> None:
        self.counts[level] += 1
        for deeper in range(level + 1, len(self.counts)):
            self.counts[deeper] = 0


def classify(line: str, outline: Outline) -> tuple[str | None, int, str]:
    """(list id or None, level, text without its number) for one seed line."""
    for level, pattern in _HEADING:
        m = pattern.match(line)
        if not m:
            continue
        *numbers, text = m.groups()
        if _as_counts(level, numbers) == outline.expected(level)[-len(numbers) :]:
            outline.advance(level)
            return _OUTLINE_ID, level, text
        return None, 0, line
    m = _BULLET.match(line)
    return (_BULLET_ID, 0, m.group(1)) if m else (None, 0, line)


def _as_counts(level: int, numbers: list[str]) -> list[int]:
    if level == 0:
        return [_ROMAN.index(numbers[0]) + 1]
    if level == 3:
        return [ord(numbers[0]) - ord("a") + 1]
    return [int(n) for n in numbers]


def clean(line: str) -> tuple[str, bool]:
    """(text, bold) of a seed line without its markdown: "## **I. X**" → ("I. X", True).
    Bold glued to the text before it ("KẾ HOẠCH**Tuyên truyền**") was a line of its own that
    the text export joined: it gets its line back, a line break within the paragraph."""
    bold = line.startswith(("#", "**"))
    text = re.sub(r"^#+\s*", "", line).replace("<u>", "").replace("</u>", "").replace("****", "\n")
    text = re.sub(r"(?<=[^\s*])\*\*(?=[^\s*.,;:)])", "\n", text).replace("**", "")
    return "\n".join(_columns(part) for part in text.split("\n")), bold


def _columns(text: str) -> str:
    """Spaces folded; a tab or a wide gap (two signers side by side) becomes one tab, as in Word."""
    parts = (" ".join(p.split()) for p in re.split(r"\t+|\s{3,}", text.strip()))
    return "\t".join(p for p in parts if p)


def task_section(lines: tuple[str, ...]) -> tuple[int, int] | None:
    """(heading index, end) of the first "N. unit" heading under "Tổ chức thực hiện" followed by
    two or more plain paragraphs: the tasks of one unit, which the DOCX shows as a table."""
    start = next((i for i, x in enumerate(lines) if "tổ chức thực hiện" in x.casefold()), len(lines))
    for i, line in enumerate(lines[start:], start=start):
        if not re.match(r"^\d{1,2}\.\s+\S", line) or len(line) > 90:
            continue
        end = i + 1
        while end < len(lines) and not any(p.match(lines[end]) for _, p in _HEADING):
            end += 1
        body = [x for x in lines[i + 1 : end] if x.strip()]
        if len(body) >= 2 and all(len(x) > 40 for x in body):
            return i, end
    return None


def seed_to_docx(seed: Path, target: Path) -> Path:
    """Render a seed text as a Word document with real numbering and one task table."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    # the layout rules for official documents: first lines indented, a little space after
    document.styles["Normal"].paragraph_format.first_line_indent = Cm(1)
    document.styles["Normal"].paragraph_format.space_after = Pt(6)
    add_numbering(document)
    lines, bold = zip(*(clean(x) for x in seed.read_text(encoding="utf-8").splitlines()), strict=True)
    section = task_section(lines)
    outline = Outline([0, 0, 0, 0])
    i, last = 0, None
    while i < len(lines):
        if section and i == section[0] + 1:
            _task_table(document, lines[section[0]], lines[i : section[1]])
            i, last = section[1], None
            continue
        if lines[i] and last is not None and lines[i - 1] and not _starts_item(lines[i]):
            # lines with no blank line between them, as a scan's text has: one paragraph, line breaks kept
            _add_line(last, lines[i], bold[i])
        elif lines[i]:
            last = _paragraph(document, lines[i], outline, bold[i])
        i += 1
    document.save(target)
    return target


def _starts_item(line: str) -> bool:
    return bool(_BULLET.match(line) or any(p.match(line) for _, p in _HEADING))


def _paragraph(document, line: str, outline: Outline, bold: bool):
    num_id, level, text = classify(line, outline)
    paragraph = document.add_paragraph()
    first, *rest = text.split("\n")
    paragraph.add_run(first).bold = bold
    for part in rest:
        _add_line(paragraph, part, True)
    if num_id:
        set_numbering(paragraph, num_id, level)
    return paragraph


def _add_line(paragraph, text: str, bold: bool) -> None:
    paragraph.add_run().add_break()
    paragraph.add_run(text).bold = bold  # the text setter writes a tab as Word's <w:tab/>


def _task_table(document, heading: str, body: list[str]) -> None:
    unit = re.sub(r"^\d{1,2}\.\s+", "", heading)
    rows = [x for x in body if x.strip()]
    table = document.add_table(rows=1 + len(rows), cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì"), strict=True):
        cell.text = text
    for n, (row, text) in enumerate(zip(table.rows[1:], rows, strict=True), start=1):
        for cell, value in zip(row.cells, (str(n), _BULLET.sub(r"\1", text), unit), strict=True):
            cell.text = value


def docx_to_pdf(source: Path, outdir: Path) -> Path:
    """Convert with LibreOffice headless, in a private profile."""
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return outdir / f"{source.stem}.pdf"


def pdf_to_scan(pdf: Path, target: Path, first: int, last: int, dpi: int = 250) -> list[Path]:
    """Rasterise pages, rotate ~1.5°, blur slightly and add noise: what a scanner gives."""
    prefix = target.parent / f"{target.stem}-raw"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-gray",
            "-png",
            "-f",
            str(first),
            "-l",
            str(last),
            str(pdf),
            str(prefix),
        ],
        check=True,
        timeout=120,
    )
    pages = []
    for n, raw in enumerate(sorted(prefix.parent.glob(f"{prefix.name}-*.png"))):
        pages.append(_degrade(Image.open(raw), 1.5 if n % 2 == 0 else -1.2))
    pages[0].save(target, save_all=True, append_images=pages[1:], resolution=dpi)
    return [target]


def _degrade(image: Image.Image, angle: float) -> Image.Image:
    image = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    noise = Image.effect_noise(image.size, 18)
    return Image.blend(image, noise, 0.12)


def turn_pages(scan: Path, target: Path, angles: list[int]) -> Path:
    """The first pages of a multi-page scan, each turned counter-clockwise by its angle (90,
    180, 270: as a page fed into the scanner the wrong way), saved as a TIFF or a PDF."""
    with Image.open(scan) as image:
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    # copied out of the TIFF's frame: a turned frame keeps the source's strip layout otherwise
    pages = [Image.frombytes("L", t.size, t.tobytes()) for t in map(_turned, frames, angles)]
    pages[0].save(target, save_all=len(pages) > 1, append_images=pages[1:], resolution=250, dpi=(250, 250))
    return target


def _turned(frame: Image.Image, angle: int) -> Image.Image:
    return frame.convert("L").rotate(angle, expand=True)


def landscape(source: Path, target: Path) -> Path:
    """A copy of a DOCX laid out on landscape pages."""
    document = docx.Document(str(source))
    for section in document.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    document.save(str(target))
    return target


# content turned back by 90, 180, 270 degrees into a page of the turned size: exact matrices,
# as the files of scanners and print drivers have them (pypdf's own turns leave 6e-17s)
_TURNED_BACK = {
    90: lambda w, h: (0, 1, -1, 0, h, 0),
    180: lambda w, h: (-1, 0, 0, -1, w, h),
    270: lambda w, h: (0, -1, 1, 0, 0, w),
}


def store_turned(pdf: Path, target: Path, turns: list[int]) -> Path:
    """The PDF with page n stored turned and flagged /Rotate turns[n % len(turns)] (clockwise,
    0 for none), so that it shows as before: how a landscape page or a page fed sideways is
    often stored."""
    writer = pypdf.PdfWriter(clone_from=pdf)
    for n, page in enumerate(writer.pages):
        turn = turns[n % len(turns)]
        if turn:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            page.add_transformation(pypdf.Transformation(_TURNED_BACK[turn](width, height)))
            size = (width, height) if turn == 180 else (height, width)
            page.mediabox = page.cropbox = RectangleObject((0, 0, *size))
            page[NameObject("/Rotate")] = NumberObject(turn)
    writer.write(target)
    return target
