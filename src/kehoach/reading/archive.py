"""Zip containers (DOCX) checked before anything is decompressed: a zip bomb is refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

from kehoach.reading.base import ReadError

# A real plan's DOCX holds a few MB of XML and pictures; far more means a bomb.
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200  # deflate reaches ~20x on XML; hundreds only on crafted data
_RATIO_FLOOR = 1024 * 1024  # small members may compress absurdly well and harm nobody


def open_docx_zip(path: Path) -> zipfile.ZipFile:
    """Open a DOCX's zip after checking the sizes it declares; ReadError if unsafe or not a DOCX."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ReadError(path, f"tệp DOCX hỏng (corrupt DOCX: {exc})") from None
    try:
        check_sizes(path, archive.infolist())
        if "word/document.xml" not in archive.namelist():
            raise ReadError(path, "tệp zip không phải DOCX (zip file is not a DOCX)")
    except ReadError:
        archive.close()
        raise
    return archive


def check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Refuse an archive whose declared sizes or compression ratios are those of a bomb."""
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise ReadError(path, f"tệp nén giải ra quá lớn: {total} byte (zip expands too much)")
    for m in members:
        if m.file_size > _RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise ReadError(
                path,
                f"tệp nén bất thường: {m.filename} nén {m.file_size // max(m.compress_size, 1)} lần "
                "(suspicious compression ratio, possible zip bomb)",
            )
