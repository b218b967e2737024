"""The registry: every reader keeps the protocol, and each file goes to the right reader."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach.reading import Reader, ReadOptions, read_file, readers
from kehoach.reading.registry import choose
from reading.scoring import SEEDS


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


_HEAVY = ("ocrmypdf", "pdfplumber", "pypdf", "pypdfium2", "PIL", "docx", "lxml")
_PARSE_THEN_LIST = """
import contextlib, io, sys
from kehoach.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["parse", sys.argv[1], "--json"])
print(code, *sorted(m for m in sys.argv[2:] if m in sys.modules))
"""


def test_parsing_a_text_plan_loads_no_pdf_ocr_or_docx_library() -> None:
    plan = SEEDS / "003_f7c8d72beeba19fb.txt"
    cmd = [sys.executable, "-c", _PARSE_THEN_LIST, str(plan), *_HEAVY]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0"]
