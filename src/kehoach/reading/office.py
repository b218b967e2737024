"""Old Word `.doc`, OpenDocument `.odt` and RTF: converted to DOCX by LibreOffice, then read as DOCX."""

from __future__ import annotations

import tempfile
from pathlib import Path

from kehoach.reading.base import ReadError, ReadOptions, ReadResult
from kehoach.reading.docx import DocxReader
from kehoach.reading.process import run

CONVERT_TIMEOUT = 120.0
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMATS = {".doc": "doc", ".dot": "doc", ".odt": "odt", ".rtf": "rtf"}


def convert(source: Path, target_ext: str, outdir: Path, timeout: float = CONVERT_TIMEOUT) -> Path:
    """Convert a document with `soffice --headless` in a private profile; the converted file's path."""
    profile = outdir / "profile"
    run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_ext,
            "--outdir",
            str(outdir),
            str(source),
        ],
        timeout,
        source,
        "LibreOffice",
    )
    converted = outdir / f"{source.stem}.{target_ext}"
    if not converted.is_file():
        raise ReadError(
            source, "LibreOffice không chuyển đổi được tệp (LibreOffice could not convert the file)"
        )
    return converted


class OfficeReader:
    """`.doc`, `.odt`, `.rtf` through LibreOffice."""

    name = "office"

    def score(self, path: Path, head: bytes) -> int | None:
        ext = path.suffix.lower()
        if head.startswith(_OLE_MAGIC):
            return 20 if ext in (".doc", ".dot") else 5
        if head.startswith(b"PK\x03\x04") and b"opendocument.text" in head[:100]:
            return 30
        if head.startswith(b"{\\rtf"):
            return 20
        return None

    def read(self, path: Path, options: ReadOptions) -> ReadResult:
        with tempfile.TemporaryDirectory(prefix="kehoach-office-") as tmp:
            source = Path(tmp) / f"input{path.suffix.lower()}"
            source.symlink_to(path.resolve())
            try:
                result = DocxReader().read(convert(source, "docx", Path(tmp)), options)
            except ReadError as exc:  # name the user's file, not the scratch copy
                raise ReadError(path, exc.reason) from None
        result.format = _FORMATS.get(path.suffix.lower(), "doc")
        return result
