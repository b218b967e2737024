"""Word files: numbering as readers see it, tables row by row, footnotes apart, headers and
footers left out, legacy fonts converted."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from kehoach.reading import ReadOptions, read_file
from kehoach.reading.docx import FOOTNOTES_HEADING
from kehoach.reading.docx_numbering import format_number, roman
from reading.builders import add_numbering, set_numbering

OUTLINE, BULLET = "91", "92"
NO_RESTORE = ReadOptions(restore_diacritics=False)


def numbered(document, text: str, num_id: str, level: int) -> None:
    set_numbering(document.add_paragraph(text), num_id, level)


def read(document, tmp_path: Path, name: str = "plan.docx") -> str:
    document.save(tmp_path / name)
    return read_file(tmp_path / name, NO_RESTORE).text


def test_numbers_come_from_word_numbering(tmp_path: Path) -> None:
    document = docx.Document()
    add_numbering(document)
    numbered(document, "MỤC ĐÍCH", OUTLINE, 0)
    numbered(document, "Quán triệt", OUTLINE, 1)
    numbered(document, "Thông qua", OUTLINE, 1)
    numbered(document, "Trước ngày", OUTLINE, 2)
    numbered(document, "Các sở", OUTLINE, 3)
    numbered(document, "Các huyện", OUTLINE, 3)
    numbered(document, "Tuyên truyền", BULLET, 0)
    numbered(document, "TỔ CHỨC THỰC HIỆN", OUTLINE, 0)
    numbered(document, "Bộ Ngoại giao", OUTLINE, 1)
    lines = read(document, tmp_path).split("\n\n")
    assert lines == [
        "I. MỤC ĐÍCH",
        "1. Quán triệt",
        "2. Thông qua",
        "2.1. Trước ngày",
        "a) Các sở",
        "b) Các huyện",
        "- Tuyên truyền",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Bộ Ngoại giao",
    ]


def test_a_start_override_restarts_a_list(tmp_path: Path) -> None:
    document = docx.Document()
    add_numbering(document)
    document.part.numbering_part.element.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="93"><w:abstractNumId w:val="{OUTLINE}"/>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
        )
    )
    numbered(document, "Một", OUTLINE, 1)
    numbered(document, "Năm", "93", 1)
    numbered(document, "Sáu", "93", 1)
    assert read(document, tmp_path).split("\n\n") == ["1. Một", "5. Năm", "6. Sáu"]


@pytest.mark.parametrize(
    "n, fmt, expected",
    [
        (4, "upperRoman", "IV"),
        (14, "lowerRoman", "xiv"),
        (3, "lowerLetter", "c"),
        (27, "upperLetter", "AA"),
        (7, "decimalZero", "07"),
        (12, "decimal", "12"),
    ],
)
def test_number_formats(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def test_roman_numerals() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 40, 1999)] == ["i", "iv", "ix", "xiv", "xl", "mcmxcix"]


def test_tables_are_read_row_by_row_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Trước bảng")
    table = document.add_table(rows=4, cols=3)
    for row, values in zip(
        table.rows,
        [
            ("TT", "Nội dung", "Chủ trì"),
            ("1", "Hội nghị", "Sở Tư pháp"),
            ("2", "Tuyên truyền", "Sở Nội vụ"),
            ("3", "Báo cáo", ""),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(2, 2).merge(table.cell(3, 2))  # one unit for two tasks, merged down
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Nội dung và chủ trì"  # merged across
    document.add_paragraph("Sau bảng")
    assert read(document, tmp_path).split("\n\n") == [
        "Trước bảng",
        "TT | Nội dung và chủ trì\n1 | Hội nghị | Sở Tư pháp\n2 | Tuyên truyền | Sở Nội vụ\n3 | Báo cáo |",
        "Sau bảng",
    ]


def test_a_layout_table_is_read_side_by_side(tmp_path: Path) -> None:
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ\nSố: 12/KH-SNV"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    assert read(document, tmp_path) == (
        "UBND TỈNH LAI CHÂU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-SNV"
    )


def test_tabs_keep_columns_apart(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("KT. GIÁM ĐỐC \t\t PHÓ BÍ THƯ")
    assert read(document, tmp_path) == "KT. GIÁM ĐỐC\tPHÓ BÍ THƯ"


def test_headers_footers_and_formatting_are_left_out(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "BẢN DỰ THẢO"
    document.sections[0].footer.paragraphs[0].text = "Trang 1"
    paragraph = document.add_paragraph()
    paragraph.add_run("Kế hoạch ").bold = True
    paragraph.add_run("số 12").italic = True
    assert read(document, tmp_path) == "Kế hoạch số 12"


def test_runs_in_legacy_fonts_are_converted(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("KÕ ho¹ch ").font.name = ".VnTime"
    paragraph.add_run("tuyeân truyeàn").font.name = "VNI-Times"
    assert read(document, tmp_path) == "Kế hoạch tuyên truyền"


def add_footnote(path: Path, text: str) -> None:
    """Give a saved DOCX a footnotes part with one footnote, as Word writes it."""
    footnotes = (
        f'<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>'
        f"{text}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    with zipfile.ZipFile(path) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    parts["word/footnotes.xml"] = footnotes.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        (
            b'<Override PartName="/word/footnotes.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'
        ),
    )
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(
        b"</Relationships>",
        (
            b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'footnotes" Target="footnotes.xml"/></Relationships>'
        ),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def test_footnotes_are_kept_apart_after_the_body(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Thực hiện Kế hoạch số 01/KH-BCĐNQ")
    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
    path = tmp_path / "notes.docx"
    document.save(path)
    add_footnote(path, "Kế hoạch số 01/KH-BCĐNQ ngày 09/5/2019 của Ban Chỉ đạo.")
    result = read_file(path, NO_RESTORE)
    assert result.footnotes == ["Kế hoạch số 01/KH-BCĐNQ ngày 09/5/2019 của Ban Chỉ đạo."]
    assert result.text == (
        f"Thực hiện Kế hoạch số 01/KH-BCĐNQ\n\n{FOOTNOTES_HEADING}\n"
        "Kế hoạch số 01/KH-BCĐNQ ngày 09/5/2019 của Ban Chỉ đạo."
    )


def test_a_seed_keeps_its_numbers(docx_files: dict[str, Path]) -> None:
    text = read_file(docx_files["003_f7c8d72beeba19fb"], NO_RESTORE).text
    headings = [x for x in text.split("\n\n") if re.match(r"^(I|II|III)\. ", x)]
    assert [h.split(".")[0] for h in headings] == ["I", "II", "III"]
    assert "\n1 | Chỉ đạo, định hướng" in text
