"""Putting back the Vietnamese diacritics a text lost (typed bare, or OCR'd badly).

`needs_restoring(text)` tells whether most Vietnamese-looking syllables are bare;
`restore(text)` returns the text with marks put back by a syllable trigram model
shipped in data/ (no download).  Everything else — case, punctuation, numbers,
spacing, line breaks, codes such as "KH-NV" or "VTV1" — is kept as it was.
"""

from __future__ import annotations

from kehoach.reading.diacritics.decoder import decode
from kehoach.reading.diacritics.model import load_model
from kehoach.reading.diacritics.syllables import apply_case, has_marks
from kehoach.reading.diacritics.tokens import segments, syllables

__all__ = ["needs_restoring", "restore"]


def restore(text: str) -> str:
    """`text` with the diacritics of its Vietnamese syllables put back."""
    model = load_model()
    pieces: list[str] = []
    position = 0
    for run in segments(text):
        for word, form in zip(run, decode(model, run), strict=True):
            if word.symbol is None:
                pieces += [text[position : word.start], apply_case(word.text, form)]
                position = word.end
    pieces.append(text[position:])
    return "".join(pieces)


def needs_restoring(text: str) -> bool:
    """True when bare syllables that usually carry marks outnumber syllables that carry them."""
    model = load_model()
    marked = bare = 0
    for word in syllables(text):
        lower = word.text.lower()
        if has_marks(lower):
            marked += 1
        elif _usually_marked(model.candidates.get(lower, []), model.counts[0], lower):
            bare += 1
    return bare > marked


def _usually_marked(forms: list[str], unigrams: dict[str, int], bare: str) -> bool:
    """True when the bare spelling is rarer than its marked spellings together."""
    total = sum(unigrams[form] for form in forms)
    return unigrams.get(bare, 0) * 2 < total
