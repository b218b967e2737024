"""An ocrmypdf plugin (loaded with `--plugin`) that reports pages done on stderr, one
line each, for the OCR reader to pass on to its progress callback."""

from __future__ import annotations

import sys
from typing import Any

from ocrmypdf import hookimpl

from kehoach.reading.ocr import PROGRESS_PREFIX


class PageProgress:
    """ocrmypdf's ProgressBar protocol, printing "KEHOACH-PROGRESS done total" for OCR steps."""

    def __init__(
        self, *, total: float | None = None, desc: str | None = None, unit: str | None = None, **_: Any
    ) -> None:
        self.total, self.desc, self.unit, self.done = total, desc, unit, 0.0

    def __enter__(self) -> PageProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: float = 1, *, completed: float | None = None) -> None:
        self.done = completed if completed is not None else self.done + n
        if self.desc == "OCR" and self.total:
            print(f"{PROGRESS_PREFIX} {int(self.done)} {int(self.total)}", file=sys.stderr, flush=True)


@hookimpl
def get_progressbar_class() -> type[PageProgress]:
    return PageProgress
