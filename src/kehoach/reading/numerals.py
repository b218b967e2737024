"""Roman numerals and letters as list labels count with them; no python-docx needed."""

from __future__ import annotations

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(n: int) -> str:
    """Lower-case Roman numeral of n ≥ 1."""
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def letters(n: int) -> str:
    """a, b, …, z, aa, bb, … as Word counts with letters."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
