"""The reader interface: what every format reader takes and returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

# Called as progress(done, total, message) while a reader works (pages OCR'd, …).
Progress = Callable[[int, int, str], None]


class ReadError(Exception):
    """A file that cannot be read; the message names the reason, for the user."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class ReadOptions:
    """Options that travel with a read; readers never look at Django settings."""

    ocr_language: str = "vie"
    ocr_dpi: int = 300
    max_bytes: int = 60 * 1024 * 1024
    max_pages: int = 300
    jobs: int = 0  # parallel OCR processes; 0 = one per core
    ocr_page_timeout: float = 120.0  # seconds one page may take before the OCR run is given up
    # Tilted scans are levelled before OCR, the tilt found on a small copy: the image Tesseract
    # reads, not the PDF's own page image (ocrmypdf's --deskew redraws that, a slow pass).
    ocr_deskew: bool = True
    # Scanned pages lying sideways or upside down (a first look on a small copy) are turned
    # upright: Tesseract's orientation detection (OSD) asked of those pages only, or for a PDF
    # with a page lying sideways ocrmypdf's --rotate-pages. False skips the look.
    ocr_rotate: bool = True
    restore_diacritics: bool = True
    progress: Progress | None = None


@dataclass
class ReadResult:
    """Text of a document as the parser expects it, and how it was obtained."""

    text: str
    format: str  # txt | md | docx | doc | odt | pdf | image
    ocr: bool = False
    diacritics_restored: bool = False
    pages: list[int] = field(default_factory=list)  # line number where each page starts (0-based)
    footnotes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what a reviewer may want to know about the read


class Reader(Protocol):
    """One input format. `score` returns None to decline a file, else a priority."""

    name: str

    def score(self, path: Path, head: bytes) -> int | None: ...

    def read(self, path: Path, options: ReadOptions) -> ReadResult: ...
