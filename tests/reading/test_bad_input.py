"""Files that cannot be read give a ReadError naming the file and the reason, never a crash
or a hang."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from kehoach.reading import ReadError, ReadOptions, read_file


def expect_error(path: Path, match: str, options: ReadOptions | None = None) -> ReadError:
    with pytest.raises(ReadError, match=match) as info:
        read_file(path, options)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    return info.value


def blank_pdf(path: Path, pages: int) -> Path:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    writer.write(path)
    return path


def test_a_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "absent.docx", "không tìm thấy tệp")


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Kế hoạch " * 2000, encoding="utf-8")
    expect_error(path, "quá lớn", ReadOptions(max_bytes=1000))


def test_an_unsupported_format(tmp_path: Path) -> None:
    path = tmp_path / "plan.xyz"
    path.write_bytes(b"\x01\x02\x03 not a plan")
    expect_error(path, "không hỗ trợ")


def test_a_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"\x00garbage" * 50)
    expect_error(path, "PDF hỏng")


@pytest.mark.libreoffice
def test_a_truncated_pdf(tmp_path: Path, pdf_files: dict[str, Path]) -> None:
    data = next(iter(pdf_files.values())).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    expect_error(path, "PDF")


def test_an_encrypted_pdf(tmp_path: Path) -> None:
    plain = blank_pdf(tmp_path / "plain.pdf", 1)
    writer = pypdf.PdfWriter(clone_from=plain)
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    expect_error(path, "mã hóa")


def test_a_pdf_over_the_page_limit(tmp_path: Path) -> None:
    error = expect_error(blank_pdf(tmp_path / "long.pdf", 500), "500 trang", ReadOptions(max_pages=300))
    assert "300" in error.reason


def test_a_zip_bomb_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\x00" * (40 * 1024 * 1024))
    expect_error(path, "zip bomb")


def test_a_zip_declaring_too_much(tmp_path: Path) -> None:
    path = tmp_path / "huge.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for n in range(3):
            archive.writestr(f"word/media/image{n}.bin", b"\x00" * (80 * 1024 * 1024))
    expect_error(path, "quá lớn")


def test_a_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a Word file")
    expect_error(path, "không phải DOCX")


def test_a_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    expect_error(path, "DOCX hỏng")


def test_an_image_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.effect_noise((1200, 1600), 8).point(lambda v: 255 if v > 100 else 235).save(path)
    expect_error(path, "không tìm thấy chữ trong ảnh")


def test_a_corrupt_image(tmp_path: Path) -> None:
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    expect_error(path, "ảnh hỏng")


@pytest.mark.libreoffice
def test_a_corrupt_doc(tmp_path: Path) -> None:
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    expect_error(path, "LibreOffice")
