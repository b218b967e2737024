"""Bytes → Unicode text: UTF-8 or UTF-16, or a legacy Vietnamese encoding, refusing binary data."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kehoach.reading.base import ReadError
from kehoach.reading.legacy import ENCODINGS, decode_legacy
from kehoach.reading.syllables import syllable_share

# A legacy decoding must beat UTF-8 by this much: plain ASCII text is UTF-8 to everyone.
_MARGIN = 0.05


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def detect(data: bytes) -> tuple[str, str | None]:
    """(text, encoding) with the decoding whose words are most often Vietnamese syllables."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    data = data.removeprefix(b"\xef\xbb\xbf")
    text = _utf8(data)
    best = (syllable_share(text) + _MARGIN, text, "utf-8") if text is not None else (-1.0, None, None)
    for encoding in ENCODINGS:
        candidate = decode_legacy(data, encoding)
        best = max(best, (syllable_share(candidate), candidate, encoding), key=lambda t: t[0])
    return best[1] or "", best[2]


def decode_bytes(path: Path, data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes to NFC text and name the encoding, or raise ReadError."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "tệp nhị phân, không phải văn bản (binary file, not text)")
    text, encoding = detect(data)
    if encoding is None:
        raise ReadError(path, "không nhận ra bảng mã của văn bản (unknown text encoding)")
    return unicodedata.normalize("NFC", text), encoding
