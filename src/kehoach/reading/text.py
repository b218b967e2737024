"""Plain text and Markdown files."""

from __future__ import annotations

from pathlib import Path

from kehoach.reading.base import ReadError, ReadOptions, ReadResult
from kehoach.reading.decode import decode_text


class TextReader:
    """`.txt` and `.md`: decoded to Unicode NFC, legacy encodings converted."""

    name = "text"

    def score(self, path: Path, head: bytes) -> int | None:
        if path.suffix.lower() in (".txt", ".md", ".markdown", ".text", ""):
            return 10
        return None

    def read(self, path: Path, options: ReadOptions) -> ReadResult:
        data = path.read_bytes()
        if not data.strip():
            raise ReadError(path, "tệp rỗng (empty file)")
        text = decode_text(path, data)
        fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
        return ReadResult(text=text, format=fmt)
