"""Word accuracy of a restoration against the accented original."""

from __future__ import annotations

from kehoach.reading.diacritics.model import NgramModel
from kehoach.reading.diacritics.syllables import canonical, has_marks
from kehoach.reading.diacritics.tokens import syllables


def word_accuracy(reference: str, restored: str, model: NgramModel) -> tuple[int, int]:
    """(right, scored): syllable-level, case-insensitive, tone position ignored.

    A syllable is scored when the reference writes it with a mark, or when its bare
    spelling has a marked spelling the model knows of (so it *could* have been
    marked). `restored` must be `reference` stripped of its marks and restored, so
    the syllables line up one to one.
    """
    ours = [canonical(word.text) for word in syllables(restored)]
    theirs = [canonical(word.text) for word in syllables(reference)]
    if len(ours) != len(theirs):
        raise ValueError("the restored text does not line up with its reference")
    scored = [i for i, w in enumerate(theirs) if has_marks(w) or len(model.candidates.get(w, [])) > 1]
    return sum(ours[i] == theirs[i] for i in scored), len(scored)
