"""Bytes → Unicode text, refusing binary data."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kehoach.reading.base import ReadError


def decode_text(path: Path, data: bytes) -> str:
    """Decode a text file's bytes to NFC text, or raise ReadError saying why not."""
    if b"\x00" in data[:8192]:
        raise ReadError(path, "tệp nhị phân, không phải văn bản (binary file, not text)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"không phải UTF-8 (not UTF-8: byte {exc.start})") from None
    return unicodedata.normalize("NFC", text)
