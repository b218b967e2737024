"""Old Word and OpenDocument files, converted by LibreOffice and read as DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach.reading import ReadOptions, read_file
from kehoach.reading.office import convert

NO_RESTORE = ReadOptions(restore_diacritics=False)


@pytest.mark.libreoffice
@pytest.mark.parametrize("ext", ["doc", "odt"])
def test_it_reads_what_libreoffice_converts(ext: str, tmp_path: Path, docx_files: dict[str, Path]) -> None:
    source = docx_files["000_7ab88a37207c99d0"]
    old = convert(source, ext, tmp_path)
    result = read_file(old, NO_RESTORE)
    assert result.format == ext
    assert result.text == read_file(source, NO_RESTORE).text
