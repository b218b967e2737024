"""PDFs with a text layer: reading order, running heads and page numbers dropped, wrapped
lines joined back into the paragraphs of the document."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from pypdf.generic import NameObject

from kehoach.reading import ReadOptions, read_file
from kehoach.reading.layout import Line, join, render
from kehoach.reading.legacy import encode_legacy
from reading.builders import docx_to_pdf, landscape, store_turned
from reading.scoring import SEEDS, parse_and_score

SEED = "003_f7c8d72beeba19fb"
HEADER = "BAN CHỈ ĐẠO NHÂN QUYỀN CHÍNH PHỦ"
NO_RESTORE = ReadOptions(restore_diacritics=False)


def untabbed(text: str) -> str:
    """A tab that set a short gap ("Số:⇥12") prints as a space: a PDF cannot tell the two apart."""
    return text.replace("\t", " ")


def page_field(paragraph, instr: str) -> None:
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


@pytest.fixture(scope="module")
def headed_pdf(tmp_path_factory: pytest.TempPathFactory, docx_files: dict[str, Path]) -> tuple[Path, Path]:
    """A seed's DOCX with a running header and "Trang N/M" footer, and its PDF."""
    outdir = tmp_path_factory.mktemp("headed")
    source = outdir / f"{SEED}.docx"
    shutil.copy(docx_files[SEED], source)
    document = docx.Document(str(source))
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("Trang ")
    page_field(footer, "PAGE")
    footer.add_run("/")
    page_field(footer, "NUMPAGES")
    document.save(source)
    return source, docx_to_pdf(source, outdir)


@pytest.mark.libreoffice
def test_running_heads_and_page_numbers_are_dropped(headed_pdf: tuple[Path, Path]) -> None:
    source, pdf = headed_pdf
    result = read_file(pdf, NO_RESTORE)
    assert len(result.pages) > 5
    assert HEADER not in result.text
    assert "Trang " not in result.text
    assert untabbed(result.text) == untabbed(read_file(source, NO_RESTORE).text)


@pytest.mark.libreoffice
def test_paragraphs_come_back_whole(pdf_files: dict[str, Path], docx_files: dict[str, Path]) -> None:
    # 002's paragraphs hold forced line breaks at full lines, which a PDF cannot tell from wrapping
    for stem in [s for s in pdf_files if not s.startswith("002_")]:
        assert untabbed(read_file(pdf_files[stem], NO_RESTORE).text) == untabbed(
            read_file(docx_files[stem], NO_RESTORE).text
        )


def line(text: str, x0: float, x1: float, top: float, page: int = 0) -> Line:
    return Line(page, text, x0, x1, top, top + 12, lead=6 * len(text.split()[0]))


def test_wrapped_lines_join_and_short_lines_end_paragraphs() -> None:
    flow = [
        line("Thực hiện Kế hoạch số 01/KH-UBND, Sở Nội vụ xây dựng kế hoạch", 100, 500, 100),
        line("như sau:", 100, 150, 115),
        line("1. Mục đích", 100, 170, 140),
        line("Nâng cao nhận thức của cán bộ, công chức về quyền con người và", 130, 500, 155),
        line("trách nhiệm bảo đảm quyền con người.", 100, 300, 170),
        line("2", 295, 305, 800),
    ]
    text, pages = render(flow)
    assert text == (
        "Thực hiện Kế hoạch số 01/KH-UBND, Sở Nội vụ xây dựng kế hoạch như sau:\n\n1. Mục đích\n"
        "Nâng cao nhận thức của cán bộ, công chức về quyền con người và trách nhiệm bảo đảm quyền "
        "con người.\n\n2"
    )
    assert pages == [0]


def test_a_paragraph_goes_on_across_a_page_break() -> None:
    flow = [
        line("Các sở, ban, ngành tổ chức tuyên truyền về thành tựu bảo đảm quyền", 100, 500, 700),
        line("con người trên địa bàn tỉnh.", 100, 260, 80, page=1),
    ]
    text, pages = render(flow)
    assert (
        text
        == "Các sở, ban, ngành tổ chức tuyên truyền về thành tựu bảo đảm quyền con người trên địa bàn tỉnh."
    )
    assert pages == [0, 0]


@pytest.mark.parametrize(
    "a, b, joined",
    [
        ("nhiệm kỳ 2026-", "2028", "nhiệm kỳ 2026-2028"),
        ("Covid\u00ad", "19", "Covid19"),
        ("quyền", "con người", "quyền con người"),
        ("từ 01/12 -", "31/12", "từ 01/12 - 31/12"),
        ("*Bảo đảm quyền của mọi người!", "*", "*Bảo đảm quyền của mọi người!*"),
        ("Ngày Nhân quyền thế giới", "(10/12)", "Ngày Nhân quyền thế giới (10/12)"),
    ],
)
def test_line_joins(a: str, b: str, joined: str) -> None:
    assert join(a, b) == joined


def rename_fonts(source: Path, target: Path, name: str) -> Path:
    """The PDF with every font called `name`, as a PDF made with the ".VnTime" fonts names them."""
    writer = pypdf.PdfWriter(clone_from=source)
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            font[NameObject("/BaseFont")] = NameObject(f"/AAAAAA+{name}")
    writer.write(target)
    return target


@pytest.mark.libreoffice
def test_text_in_a_legacy_font_is_converted(tmp_path: Path) -> None:
    # TCVN3's "ư" is byte 0xAD, a soft hyphen to LibreOffice, which drops it: the sentence has none
    sentence = "kế hoạch tuyên truyền về quyền con người năm 2025".replace("người", "dân")
    document = docx.Document()
    document.add_paragraph(encode_legacy(sentence, "tcvn3").decode("cp1252"))
    document.save(tmp_path / "legacy.docx")
    pdf = rename_fonts(docx_to_pdf(tmp_path / "legacy.docx", tmp_path), tmp_path / "vntime.pdf", ".VnTime")
    assert read_file(pdf, NO_RESTORE).text == sentence


@pytest.mark.libreoffice
def test_pages_stored_turned_with_a_rotate_flag_read_as_shown(
    tmp_path: Path, pdf_files: dict[str, Path]
) -> None:
    # the seed's PDF has a page with a ruled table: pdfplumber's path as well as PDFium's
    upright = pdf_files[SEED]
    turned = store_turned(upright, tmp_path / "turned.pdf", [90, 180, 270, 0])
    assert [page.rotation for page in pypdf.PdfReader(turned).pages][:4] == [90, 180, 270, 0]
    assert read_file(turned, NO_RESTORE).text == read_file(upright, NO_RESTORE).text
    assert parse_and_score(turned, SEED) == parse_and_score(upright, SEED)


@pytest.mark.libreoffice
def test_landscape_pages_read_in_order_stored_either_way(tmp_path: Path, docx_files: dict[str, Path]) -> None:
    source = landscape(docx_files[SEED], tmp_path / f"{SEED}.docx")
    wide = docx_to_pdf(source, tmp_path)
    assert pypdf.PdfReader(wide).pages[0].mediabox.width > pypdf.PdfReader(wide).pages[0].mediabox.height
    # a landscape page stored upright on a portrait page, shown turned by /Rotate 90 or 270
    for turn in (90, 270):
        stored = store_turned(wide, tmp_path / f"stored-{turn}.pdf", [turn])
        assert read_file(stored, NO_RESTORE).text == read_file(wide, NO_RESTORE).text
    assert parse_and_score(wide, SEED) >= parse_and_score(SEEDS / f"{SEED}.txt", SEED) - 0.02
