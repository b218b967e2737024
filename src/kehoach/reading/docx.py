"""Word `.docx`: the reader. The work, and python-docx behind it, load only when a file is read
(see docx_body), so that choosing a reader for a plain-text plan stays cheap."""

from __future__ import annotations

from pathlib import Path

from kehoach.reading.base import ReadOptions, ReadResult
from kehoach.reading.text import finish

FOOTNOTES_HEADING = "Ghi chú:"
_ZIP_MAGIC = b"PK\x03\x04"


class DocxReader:
    """`.docx` files (and any zip that holds word/document.xml)."""

    name = "docx"

    def score(self, path: Path, head: bytes) -> int | None:
        if head.startswith(_ZIP_MAGIC):
            return 20 if path.suffix.lower() in (".docx", ".docm", ".dotx") else 5
        return None

    def read(self, path: Path, options: ReadOptions) -> ReadResult:
        from kehoach.reading.docx_body import read_docx

        body, footnotes = read_docx(path)
        text = "\n\n".join(body)
        if footnotes:
            text += "\n\n" + "\n".join([FOOTNOTES_HEADING, *footnotes])
        return finish(ReadResult(text=text, format="docx", pages=[0], footnotes=footnotes), options)
