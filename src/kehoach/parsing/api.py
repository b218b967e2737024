"""The parser's entry points: `parse_text` and `parse_file`."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from kehoach.reading import ReadOptions, ReadResult, read_file

SCHEMA = "kehoach.plan/1"


class ParseError(Exception):
    """Text that is not a plan the parser can read; the message says why."""


def parse_text(text: str, source: dict[str, Any] | None = None) -> dict[str, Any]:
    """Parse the text of one plan into a `kehoach.plan/1` record."""
    raise NotImplementedError  # the parser lands with issue 3


def parse_file(path: Path | str, options: ReadOptions | None = None) -> dict[str, Any]:
    """Read a file in any supported format and parse it."""
    path = Path(path)
    result: ReadResult = read_file(path, options)
    source = {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "format": result.format,
        "ocr": result.ocr,
        "diacritics_restored": result.diacritics_restored,
    }
    return parse_text(result.text, source)
