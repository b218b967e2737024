"""The folded shadow of a text: same length, no case, no diacritics.

Every keyword rule of the parser matches against the folded shadow, so one rule
serves text with and without diacritics; values are sliced out of the original
text at the same offsets, which is why folding never changes a string's length.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _fold_char(char: str) -> str:
    """One character without case and diacritics, or itself when that would change length."""
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    low = base.lower()
    return low if len(low) == 1 else char


def _build_table() -> dict[int, str]:
    """The translation table for every Latin letter that folds to something else."""
    table: dict[int, str] = {}
    for code in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            table[code] = folded
    return table


_TABLE = _build_table()


_MARKS = re.compile("[\u0300-\u036f]+")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """The folded shadow of `text`, index-aligned character for character.

    Decomposing, dropping the marks and lower-casing run in C; when that changes the length
    (a character that is not one letter plus marks), the slower per-character table is used.
    """
    if text.isascii():
        return _mend_p(text, text.lower())
    quick = _quick(text)
    return _mend_p(text, quick if len(quick) == len(text) else text.translate(_TABLE))


def fold_lines(rows: list[str]) -> list[str]:
    """The folded shadow of each of many lines, folded in one pass over the whole text."""
    folded = _quick("\n".join(rows)).split("\n")
    if len(folded) != len(rows):
        return [fold(row) for row in rows]
    return [_mend_p(row, f) if len(f) == len(row) else fold(row) for f, row in zip(folded, rows, strict=True)]


_P_FOR_D = re.compile(r"(?<!\w)p(?=[aeiouy])")


def _mend_p(text: str, folded: str) -> str:
    """The shadow with "Đ" read as "P" mended: a capital P opening a word before a vowel folds to "d"."""
    if "P" not in text:
        return folded
    spots = [m.start() for m in _P_FOR_D.finditer(folded) if text[m.start()] == "P"]
    if not spots:
        return folded
    chars = list(folded)
    for i in spots:
        chars[i] = "d"
    return "".join(chars)


def _quick(text: str) -> str:
    return _MARKS.sub("", unicodedata.normalize("NFD", text)).lower().replace("đ", "d")


@lru_cache(maxsize=4096)
def fold_key(text: str) -> str:
    """A comparison key: folded, punctuation dropped, spaces collapsed."""
    kept = "".join(c if c.isalnum() else " " for c in fold(text))
    return " ".join(kept.split())


def nfc(text: str) -> str:
    """Unicode NFC, the form every value of the record takes."""
    return unicodedata.normalize("NFC", text)
