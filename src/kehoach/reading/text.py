"""Plain text and Markdown files."""

from __future__ import annotations

from pathlib import Path

from kehoach.reading.base import ReadError, ReadOptions, ReadResult
from kehoach.reading.decode import decode_bytes
from kehoach.reading.restoring import restore_diacritics


def finish(result: ReadResult, options: ReadOptions) -> ReadResult:
    """Put back lost diacritics when the options allow; shared by every reader."""
    if options.restore_diacritics:
        result.text, result.diacritics_restored = restore_diacritics(result.text)
    return result


_BINARY_MAGIC = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"II*\x00",
    b"MM\x00*",
)


class TextReader:
    """`.txt` and `.md`: decoded to Unicode NFC, legacy encodings converted."""

    name = "text"

    def score(self, path: Path, head: bytes) -> int | None:
        if path.suffix.lower() not in (".txt", ".md", ".markdown", ".text", ""):
            return None
        # content over extension: a PDF or a zip named .txt goes to its own reader
        return 1 if head.startswith(_BINARY_MAGIC) else 10

    def read(self, path: Path, options: ReadOptions) -> ReadResult:
        data = path.read_bytes()
        if not data.strip():
            raise ReadError(path, "tệp rỗng (empty file)")
        text, encoding = decode_bytes(path, data)
        fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
        result = ReadResult(text=text, format=fmt)
        if encoding not in ("utf-8", "utf-16"):
            name = encoding.upper()
            result.notes.append(f"đã chuyển từ bảng mã {name} sang Unicode (converted from {name})")
        return finish(result, options)
