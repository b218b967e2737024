"""OCR misreads a list number standing alone before a tab ("3." → "3}", "1." → "HỆ"); put
back the number the sequence implies. Headings in capitals count I., II., …; the items
under them 1., 2., …"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from kehoach.reading.layout import MARKER, Line
from kehoach.reading.numerals import roman

ROMAN_LIKE = re.compile(r"[IVXLlTÍ|!1\[\]]{1,4}[.,:;}\])]?")
_VALID_ROMAN = re.compile(r"([IVX]{1,4})\.")
_LETTER = re.compile(r"([a-zđ])[.)]")
_VALID_DECIMAL = re.compile(r"(\d{1,2})[.)]")
_ROMAN_VALUES = {roman(n).upper(): n for n in range(1, 40)}


class _Counter:
    def __init__(self) -> None:
        self.section = 0
        self.item = 0
        self.letter = "`"  # the one before "a"

    def label(self, label: str, caps: bool) -> str:
        """The label as it should read, advancing the counters."""
        if caps and ROMAN_LIKE.fullmatch(label):
            # sections run I., II., III.: a misread "I." or "II" under I. is the next one
            m = _VALID_ROMAN.fullmatch(label)
            self.section = max(_ROMAN_VALUES.get(m.group(1), 0) if m else 0, self.section + 1)
            self.item = 0
            return f"{roman(self.section).upper()}."
        if m := _VALID_DECIMAL.fullmatch(label):
            self.item, self.letter = int(m.group(1)), "`"
            return label
        if m := _LETTER.fullmatch(label):
            if m.group(1) in ("a", chr(ord(self.letter) + 1)):
                self.letter = m.group(1)
                return label
        elif MARKER.fullmatch(label + " "):
            return label  # "-", "(i)": read right
        # a misread label ("5}" for "3.") was read unsure: the sequence knows better
        self.item += 1
        return f"{self.item}."


def _caps(text: str) -> bool:
    letters = [c for c in text[:30] if unicodedata.category(c) in ("Lu", "Ll")]
    return bool(letters) and all(c.isupper() for c in letters)


def repair_labels(lines: list[Line]) -> list[Line]:
    """Lines in reading order with their misread list numbers put right."""
    counter = _Counter()
    out = []
    for line in lines:
        if line.label is None:
            out.append(line)
            continue
        rest = line.text[len(line.label) :].strip()
        fixed = counter.label(line.label, _caps(rest))
        out.append(replace(line, text=f"{fixed} {rest}", label=fixed))
    return out
