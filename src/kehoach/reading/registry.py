"""The registry of readers, and `read_file`, which picks one per file."""

from __future__ import annotations

from pathlib import Path

from kehoach.reading.base import Reader, ReadError, ReadOptions, ReadResult
from kehoach.reading.docx import DocxReader
from kehoach.reading.ocr import ImageReader, PdfOcrReader
from kehoach.reading.office import OfficeReader
from kehoach.reading.pdf import PdfTextReader
from kehoach.reading.text import TextReader

_HEAD = 8192


def readers() -> list[Reader]:
    """Every reader, in the order ties are broken."""
    return [TextReader(), DocxReader(), OfficeReader(), PdfTextReader(), PdfOcrReader(), ImageReader()]


def choose(path: Path) -> Reader:
    """The reader that scores the file highest (by its first bytes, then its extension)."""
    with path.open("rb") as fh:
        head = fh.read(_HEAD)
    scored = [(score, -i, r) for i, r in enumerate(readers()) if (score := r.score(path, head)) is not None]
    if not scored:
        raise ReadError(path, f"định dạng không hỗ trợ: {path.suffix or 'không rõ'} (unsupported format)")
    return max(scored, key=lambda t: (t[0], t[1]))[2]


def read_file(path: Path | str, options: ReadOptions | None = None) -> ReadResult:
    """Read one file with the reader that scores it highest."""
    path = Path(path)
    options = options or ReadOptions()
    if not path.is_file():
        raise ReadError(path, "không tìm thấy tệp (no such file)")
    size = path.stat().st_size
    if size > options.max_bytes:
        raise ReadError(path, f"tệp quá lớn: {size} byte, giới hạn {options.max_bytes} (file too large)")
    return choose(path).read(path, options)
