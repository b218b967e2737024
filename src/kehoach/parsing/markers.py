"""List markers and heading numbers at the start of a line: "I.", "2.1.", "a)", "(i)", "-", "Điều 3.".

Each marker is read from the folded shadow so that OCR'd text ("I1." for "II.")
and text without diacritics number the same way as clean text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLETS = "-–—+•·▪▫►❖✓✔*∙◦➢➤◆◇■□●○‣⁃\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf02d"  # Word's symbol-font bullets too
_MAYBE = re.compile(rf"[{_BULLETS}(\d]|[ivxl1|]{{1,6}}\s*[.)\-–/]|[a-zđ]\s*[).]|(?:dieu|phan|chuong|muc)\s")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
_BULLET = re.compile(rf"[{_BULLETS}]+\s*")
_PAREN = re.compile(r"\(\s*([ivx]{1,5}|\d{1,2}|[a-zđ])\s*\)\s*")
_ROMAN = re.compile(r"([ivxl1|]{1,6})\s*(?:[.)]|[-–/](?=\s*[^\W\d]))\s*(?=\S|$)")
# "1-" numbers a party committee's items ("1- Các cấp ủy …"): a dash followed by a word, as after "I-".
_ARABIC = re.compile(
    r"(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+|(\d{1,2})\s*(?:[.)]|/(?=\s)|[-–](?=\s*[^\W\d]))\s*(?=\s|$|[^\W\d])"
)
_LETTER = re.compile(r"([a-zđ])\s*[).]\s+")
_ARTICLE = re.compile(r"(dieu|phan|chuong|muc)\s+(\d{1,2}|[ivxl]{1,5}|thu\s+\w+)\s*[.:]?\s*")


@dataclass(slots=True)
class Marker:
    """A marker: its numbering scheme, its label ("III", "2.1", "a", "-") and where the text starts."""

    scheme: str
    label: str
    end: int


def roman_value(token: str) -> int | None:
    """The value of a roman numeral as OCR may spell it ("I1", "Il" → 2), or None."""
    token = token.replace("1", "i").replace("l", "i").replace("|", "i")
    values = [_ROMAN_VALUES.get(c) for c in token]
    if not token or None in values:
        return None
    total = 0
    for i, v in enumerate(values):
        assert v is not None
        nxt = values[i + 1] if i + 1 < len(values) else 0
        total += -v if nxt and nxt > v else v
    return total if 0 < total < 40 else None


def to_roman(value: int) -> str:
    """An integer below 40 as an upper-case roman numeral."""
    out = ""
    for sym, val in (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)):
        while value >= val:
            out += sym
            value -= val
    return out


def _roman(text: str, folded: str) -> Marker | None:
    m = _ROMAN.match(folded)
    if not m or not text[:1].isupper():
        return None
    value = roman_value(m.group(1))
    if value is None or m.group(1) in ("l", "|"):
        return None
    return Marker("roman", to_roman(value), m.end())


def _arabic(folded: str) -> Marker | None:
    m = _ARABIC.match(folded)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).replace(" ", "")
    return Marker(f"arabic{label.count('.') + 1}", label, m.end())


def _letter(text: str, folded: str) -> Marker | None:
    m = _LETTER.match(folded)
    if not m:
        return None
    scheme = "LETTER" if text[:1].isupper() else "letter"
    return Marker(scheme, text[: m.end(1)].strip(), m.end())


def _article(text: str, folded: str) -> Marker | None:
    m = _ARTICLE.match(folded)
    if not m or not text[:1].isupper():
        return None
    return Marker(m.group(1), m.group(2), m.end())


def marker(text: str, folded: str) -> Marker | None:
    """The marker opening a line, or None. A bullet followed by "(i)" counts as the inner marker."""
    if not _MAYBE.match(folded):
        return None
    bullet = _BULLET.match(folded)
    if bullet and not folded[: bullet.end()].strip().startswith("**"):
        inner = _PAREN.match(folded, bullet.end())
        if inner:
            return Marker("paren", inner.group(1), inner.end())
        return Marker("bullet" + folded[0].replace("–", "-").replace("—", "-"), folded[0], bullet.end())
    paren = _PAREN.match(folded)
    if paren:
        return Marker("paren", paren.group(1), paren.end())
    return _article(text, folded) or _roman(text, folded) or _arabic(folded) or _letter(text, folded)
