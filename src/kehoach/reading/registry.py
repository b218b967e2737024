"""The registry of readers, and `read_file`, which picks one per file."""

from __future__ import annotations

from pathlib import Path

from kehoach.reading.base import Reader, ReadError, ReadOptions, ReadResult
from kehoach.reading.docx import DocxReader
from kehoach.reading.ocr import ImageReader, PdfOcrReader
from kehoach.reading.office import OfficeReader
from kehoach.reading.pdf import PdfTextReader
from kehoach.reading.text import TextReader


def readers() -> list[Reader]:
    """Every reader, in the order ties are broken."""
    return [TextReader(), DocxReader(), OfficeReader(), PdfTextReader(), PdfOcrReader(), ImageReader()]


def read_file(path: Path | str, options: ReadOptions | None = None) -> ReadResult:
    """Read one file with the reader that scores it highest."""
    path = Path(path)
    options = options or ReadOptions()
    if not path.is_file():
        raise ReadError(path, "không tìm thấy tệp (no such file)")
    size = path.stat().st_size
    if size > options.max_bytes:
        raise ReadError(path, f"tệp quá lớn: {size} byte, giới hạn {options.max_bytes} (file too large)")
    with path.open("rb") as fh:
        head = fh.read(8192)
    scored = [(r.score(path, head), i, r) for i, r in enumerate(readers())]
    usable = [(s, -i, r) for s, i, r in scored if s is not None]
    if not usable:
        raise ReadError(path, f"định dạng không hỗ trợ: {path.suffix or 'không rõ'} (unsupported format)")
    reader = max(usable, key=lambda t: (t[0], t[1]))[2]
    return reader.read(path, options)
