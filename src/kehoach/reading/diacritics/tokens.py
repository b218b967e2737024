"""Cutting a text into the runs of tokens the language model reads.

A run is a sentence, more or less: it ends at ".", "!", "?" or at a line break
that starts a new paragraph.  Its tokens are Vietnamese syllables and stand-ins
for everything else: "<n>" for a number or code with digits ("87/KH-NV", "VTV1"),
"<x>" for any other word that is not a syllable ("UBND", "ICCPR"), "<p>" for
punctuation inside a sentence.  Stand-ins let the model use the context of a
comma or a number ("Kế hoạch số <n>") without ever changing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kehoach.reading.diacritics.syllables import is_syllable, ocr_readings, strip_marks

NUMBER, OTHER, PUNCT = "<n>", "<x>", "<p>"
_CHUNK_RE = re.compile(r"\S+")
_EDGE_RE = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.S)
_ENDS = ".!?…"


@dataclass(frozen=True)
class Word:
    """A token of a run; `symbol` is None for a syllable, else the stand-in it counts as."""

    start: int
    end: int
    text: str
    symbol: str | None = None


def _syllable(part: str) -> bool:
    """True for a word shaped like a Vietnamese syllable; the Roman numeral "I" is not one."""
    if part.isalpha() and part != "I" and is_syllable(strip_marks(part).lower()):
        return True
    return bool(ocr_readings(part))


def _core(chunk: str, offset: int) -> list[Word]:
    """Tokens of a chunk's middle: its syllables, or one stand-in for a code."""
    parts = re.split(r"([-/])", chunk)
    if all(_syllable(p) for p in parts[::2]):
        return [
            Word(offset + m.start(), offset + m.end(), m.group(), None if m.group().isalnum() else PUNCT)
            for m in re.finditer(r"[^-/]+|[-/]", chunk)
        ]
    symbol = NUMBER if any(ch.isdigit() for ch in chunk) else OTHER
    return [Word(offset, offset + len(chunk), chunk, symbol)]


def _punctuation(text: str, offset: int, runs: list[list[Word]]) -> None:
    """Append a punctuation stand-in to the current run, or close the run at a sentence end."""
    if not text:
        return
    if any(ch in _ENDS for ch in text):
        runs.append([])
    elif runs[-1]:
        runs[-1].append(Word(offset, offset + len(text), text, PUNCT))


def _new_paragraph(text: str, gap_start: int, gap_end: int) -> bool:
    """True when the gap holds a line break and the next line does not start in lower case."""
    return "\n" in text[gap_start:gap_end] and not text[gap_end : gap_end + 1].islower()


def segments(text: str) -> list[list[Word]]:
    """The runs of tokens of `text`, in order; empty runs are dropped."""
    runs: list[list[Word]] = [[]]
    last = 0
    for chunk in _CHUNK_RE.finditer(text):
        if _new_paragraph(text, last, chunk.start()):
            runs.append([])
        lead, core, trail = _EDGE_RE.match(chunk.group()).groups()  # type: ignore[union-attr]
        _punctuation(lead, chunk.start(), runs)
        if core:
            runs[-1].extend(_core(core, chunk.start() + len(lead)))
        _punctuation(trail, chunk.end() - len(trail), runs)
        last = chunk.end()
    return [run for run in runs if run]


def capitalised(run: list[Word], index: int) -> bool:
    """True for a Capitalised syllable right after another syllable: a name ("Sở", "Cục",
    "Thị"), since nothing but a name is capitalised inside a sentence."""
    text = run[index].text
    return index > 0 and run[index - 1].symbol is None and text[:1].isupper() and not text.isupper()


def syllables(text: str) -> list[Word]:
    """Every syllable of `text`, in order."""
    return [word for run in segments(text) for word in run if word.symbol is None]
