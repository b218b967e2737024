"""The seam to the diacritics package, which puts back tone marks a text has lost."""

from __future__ import annotations

import importlib

from kehoach.reading.syllables import marked_share, words

_PACKAGE = "kehoach.reading.diacritics"
# Real Vietnamese has marks on about 70% of its syllables; under 15% means they were lost.
_BARE = 0.15
_MIN_WORDS = 20


def looks_bare(text: str) -> bool:
    """True when a text of some length has (almost) no diacritics."""
    return len(words(text)) >= _MIN_WORDS and marked_share(text) < _BARE


def restore_diacritics(text: str) -> tuple[str, bool]:
    """(text, restored): the text with diacritics put back when it lost them and the
    diacritics package is installed; the text unchanged otherwise."""
    if not looks_bare(text):
        return text, False
    try:
        diacritics = importlib.import_module(_PACKAGE)
    except ModuleNotFoundError as exc:
        if exc.name != _PACKAGE:
            raise
        return text, False
    if not diacritics.needs_restoring(text):
        return text, False
    return diacritics.restore(text), True
