"""The registry: every reader keeps the protocol, and each file goes to the right reader."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from kehoach.reading import Reader, ReadOptions, read_file, readers
from kehoach.reading.registry import choose


@pytest.mark.parametrize("reader", readers(), ids=lambda r: r.name)
def test_every_reader_keeps_the_protocol(reader: Reader) -> None:
    assert isinstance(reader.name, str) and reader.name
    for method in ("score", "read"):
        ours = inspect.signature(getattr(reader, method))
        protocol = inspect.signature(getattr(Reader, method))
        assert list(ours.parameters) == list(protocol.parameters)[1:]


def test_reader_names_are_unique() -> None:
    names = [r.name for r in readers()]
    assert len(names) == len(set(names))


@pytest.mark.libreoffice
def test_it_picks_readers_by_content(
    tmp_path: Path, docx_files: dict[str, Path], pdf_files: dict[str, Path], scan_pdf: Path, scan_tiff: Path
) -> None:
    seed = next(iter(docx_files))
    assert choose(docx_files[seed]).name == "docx"
    assert choose(pdf_files[seed]).name == "pdf-text"
    assert choose(scan_pdf).name == "pdf-ocr"
    assert choose(scan_tiff).name == "image"
    renamed = tmp_path / "plan.txt"
    renamed.write_bytes(docx_files[seed].read_bytes())
    assert choose(renamed).name == "docx"  # the content wins over the extension


@pytest.mark.libreoffice
def test_each_format_says_what_it_is(docx_files: dict[str, Path], pdf_files: dict[str, Path]) -> None:
    seed = next(iter(docx_files))
    options = ReadOptions(restore_diacritics=False)
    assert read_file(docx_files[seed], options).format == "docx"
    result = read_file(pdf_files[seed], options)
    assert (result.format, result.ocr) == ("pdf", False)
    assert result.pages[0] == 0 and result.pages == sorted(result.pages) and len(result.pages) > 1
