"""Vietnamese encodings older than Unicode: TCVN3 (ABC), VNI, VISCII, Windows-1258.

Tables follow the published standards: TCVN 5712:1993 (VN3, the ".VnTime" fonts),
RFC 1456 (VISCII) and VNI-Windows (a base letter followed by a mark byte, as the
"VNI-Times" fonts draw it). Windows-1258 is Python's own codec plus NFC.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Bytes 0xA1..0xFF of TCVN3; 0xB0..0xB4 carry no letters in VN3 and stay Windows-1252.
_TCVN3_HIGH = (
    "ĂÂÊÔƠƯĐăâêôơưđẰ°±²³´àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
)
# Bytes 0x80..0xFF of VISCII, then the six C0 control bytes VISCII reuses for capitals.
_VISCII_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡư"
    "àáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ"
)
_VISCII_LOW = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}

# VNI marks as Windows-1252 characters after the base letter.
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_CIRCUMFLEX_TONES = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_BREVE_TONES = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư"}

ENCODINGS = ("tcvn3", "vni", "viscii", "cp1258")
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@cache
def _vni_table() -> dict[str, str]:
    """VNI sequence → Unicode letter, lower and upper case."""
    table: dict[str, str] = dict(_VNI_SINGLE)
    plain, circumflex, breve = (_TONES, ""), (_CIRCUMFLEX_TONES, "\u0302"), (_BREVE_TONES, "\u0306")
    for base, mods in (
        ("a", (plain, circumflex, breve)),
        ("e", (plain, circumflex)),
        ("o", (plain, circumflex)),
        ("u", (plain,)),
        ("y", (plain,)),
    ):
        for marks, extra in mods:
            for mark, tone in marks.items():
                table[base + mark] = _nfc(base + extra + tone)
    for horn, letter in (("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _TONES.items():
            table[horn + mark] = _nfc(letter + tone)
    table.update({seq.upper(): uni.upper() for seq, uni in list(table.items())})
    return table


@cache
def _vni_pattern() -> re.Pattern[str]:
    seqs = sorted(_vni_table(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, seqs)))


def _single_byte(data: bytes, high: dict[int, str]) -> str:
    return "".join(high.get(b) or bytes([b]).decode("cp1252", errors="replace") for b in data)


@cache
def _tcvn3_map() -> dict[int, str]:
    return {0xA1 + i: ch for i, ch in enumerate(_TCVN3_HIGH)}


@cache
def _viscii_map() -> dict[int, str]:
    return (
        {0x80 + i: ch for i, ch in enumerate(_VISCII_HIGH)}
        | _VISCII_LOW
        | {b: chr(b) for b in range(0x80) if b not in _VISCII_LOW}
    )


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode bytes in one of `ENCODINGS` to Unicode NFC."""
    if encoding == "tcvn3":
        return _nfc(_single_byte(data, _tcvn3_map()))
    if encoding == "viscii":
        return _nfc("".join(_viscii_map()[b] for b in data))
    if encoding == "vni":
        text = data.decode("cp1252", errors="replace")
        return _nfc(_vni_pattern().sub(lambda m: _vni_table()[m.group()], text))
    if encoding == "cp1258":
        return _nfc(data.decode("cp1258", errors="replace"))
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def _to_cp1252_bytes(text: str) -> bytes:
    """Bytes a legacy font saw: Word and PDF keep its text as Windows-1252 characters."""
    return b"".join(
        ch.encode("cp1252", errors="ignore") or ch.encode("latin-1", errors="replace") for ch in text
    )


def font_encoding(font: str | None) -> str | None:
    """The legacy encoding a font name implies (".VnTime" → tcvn3, "VNI-Times" → vni), or None."""
    name = (font or "").split("+")[-1].lower()
    if name.startswith((".vn", "vntime")):
        return "tcvn3"
    if name.startswith("vni"):
        return "vni"
    return "viscii" if name.startswith("viscii") else None


def from_legacy_font(text: str, font: str | None) -> str:
    """Text of a run drawn in a legacy font, as Unicode; other fonts' text unchanged."""
    encoding = font_encoding(font)
    if encoding is None:
        return text
    decoded = decode_legacy(_to_cp1252_bytes(text), encoding)
    # ".VnTimeH" and the other "H" fonts draw lower-case codes as capitals.
    upper = encoding == "tcvn3" and (font or "").split("+")[-1].rstrip().upper().endswith("H")
    return decoded.upper() if upper else decoded


def _split_tone(ch: str) -> tuple[str, str]:
    nfd = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in nfd if c in TONE_MARKS)
    return _nfc("".join(c for c in nfd if c not in TONE_MARKS)), tone


@cache
def _inverse(encoding: str) -> dict[str, bytes]:
    if encoding == "tcvn3":
        return {ch: bytes([b]) for b, ch in _tcvn3_map().items() if ch.isalpha()}
    if encoding == "viscii":
        return {ch: bytes([b]) for b, ch in _viscii_map().items() if b >= 0x80 or b in _VISCII_LOW}
    return {uni: seq.encode("cp1252") for seq, uni in _vni_table().items()}


def _encode_cp1258(ch: str) -> bytes:
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        base, tone = _split_tone(ch)
        return (base + tone).encode("cp1258", errors="replace")


def encode_legacy(text: str, encoding: str) -> bytes:
    """Unicode → bytes in a legacy encoding (what old files hold); for tests and benchmarks."""
    text = _nfc(text)
    if encoding == "cp1258":
        return b"".join(_encode_cp1258(ch) for ch in text)
    inverse = _inverse(encoding)
    return b"".join(inverse.get(ch) or ch.encode("cp1252", errors="replace") for ch in text)
