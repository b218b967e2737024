"""Finding the Vietnamese syllables of a text, in runs the language model reads as one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kehoach.reading.diacritics.syllables import WORD_RE, is_syllable, strip_marks

_JOINERS = "-/"
_GAP_RE = re.compile(r"\s*")


@dataclass(frozen=True)
class Word:
    """A syllable of the text: where it is and how it is written there."""

    start: int
    end: int
    text: str


def _chunk(text: str, start: int, end: int) -> str:
    """The run of non-space characters around text[start:end]."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _in_code(text: str, start: int, end: int) -> bool:
    """True when the word is glued to digits or sits in a code such as "KH-NV" or "VTV1"."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isdigit() or after.isdigit() or before == "_" or after == "_":
        return True
    if before not in _JOINERS and after not in _JOINERS:
        return False
    parts = re.split(r"[-/]", _chunk(text, start, end).strip(".,;:()[]\"'"))
    return any(not (part.isalpha() and is_syllable(strip_marks(part).lower())) for part in parts)


def is_word(text: str, start: int, end: int) -> bool:
    """True when text[start:end] (letters only) is a Vietnamese syllable outside any code."""
    bare = strip_marks(text[start:end]).lower()
    return is_syllable(bare) and not _in_code(text, start, end)


def segments(text: str) -> list[list[Word]]:
    """Runs of syllables separated by nothing but whitespace (line breaks included)."""
    runs: list[list[Word]] = []
    last_end = -1
    for match in WORD_RE.finditer(text):
        start, end = match.span()
        if not is_word(text, start, end):
            last_end = -1
            continue
        joined = last_end >= 0 and _GAP_RE.fullmatch(text, last_end, start) is not None
        if not joined:
            runs.append([])
        runs[-1].append(Word(start, end, match.group()))
        last_end = end
    return runs
