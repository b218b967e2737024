"""Choosing the accented form of each syllable of a run: beam search under the trigram model."""

from __future__ import annotations

from functools import lru_cache

from kehoach.reading.diacritics.model import START, NgramModel
from kehoach.reading.diacritics.syllables import canonical, has_marks, ocr_readings, strip_marks
from kehoach.reading.diacritics.tokens import Word, capitalised

BEAM = 8
# Hypotheses this far (in log score) behind the best are dropped: they never come back.
MARGIN = 10.0
MAX_CANDIDATES = 16
# Log-score bonus per written mark a candidate agrees with (OCR keeps some marks).
EVIDENCE = 4.0
# Log-score cost of reading a garbled OCR token as a syllable it does not spell.
OCR_COST = 3.0
# Weight of the log share of a spelling among capitalised uses, for a capitalised word.
NAME_WEIGHT = 1.0
Hypothesis = tuple[float, tuple[str, ...]]


def _agreement(written: str, candidate: str) -> int:
    """How many marked letters of `written` appear exactly so in `candidate`."""
    return sum(1 for w, c in zip(written, candidate, strict=False) if w == c and has_marks(w))


def candidates(model: NgramModel, word: Word, name: bool = False) -> list[tuple[str, float]]:
    """Accented forms `word` may stand for, each with a bonus for marks it already shows
    and, for a capitalised word inside a sentence (`name`), for being a name's spelling."""
    if word.symbol:
        return [(word.symbol, 0.0)]
    options = _syllable_candidates(model, word.text)
    if not name:
        return options
    bonuses = model.name_bonus([form for form, _ in options])
    return [
        (form, bonus + NAME_WEIGHT * extra) for (form, bonus), extra in zip(options, bonuses, strict=True)
    ]


@lru_cache(maxsize=1 << 14)
def _syllable_candidates(model: NgramModel, text: str) -> list[tuple[str, float]]:
    """Candidates of a syllable as written (cached: plans repeat their words)."""
    written = canonical(text)
    forms = model.candidates.get(strip_marks(written), [])[:MAX_CANDIDATES]
    if not forms:
        return _ocr_candidates(model, text) + _p_for_d(model, written) or [(written, 0.0)]
    if not has_marks(written):
        return [(form, 0.0) for form in forms] + _p_for_d(model, written)
    if written not in forms:
        forms = [*forms, written]
    return [(form, EVIDENCE * _agreement(written, form)) for form in forms]


def _p_for_d(model: NgramModel, written: str) -> list[tuple[str, float]]:
    """For a bare word in "p" (not "ph"), the words in "đ" an OCR may have read so ("Pang"
    for "Đảng"): Vietnamese has hardly any "p", so the guess costs only OCR_COST."""
    if written[:1] != "p" or written[1:2] == "h":
        return []
    return [(form, -OCR_COST) for form in model.candidates.get("d" + written[1:], []) if form[0] == "đ"]


def _ocr_candidates(model: NgramModel, text: str) -> list[tuple[str, float]]:
    """Accented forms of the syllables an OCR-garbled token may stand for, at a cost."""
    readings = ocr_readings(text)
    return [
        (form, -OCR_COST) for bare in readings for form in model.candidates.get(bare, [])[:MAX_CANDIDATES]
    ]


def _extend(model: NgramModel, beam: list[Hypothesis], options: list[tuple[str, float]]) -> list[Hypothesis]:
    """The best BEAM hypotheses after appending one of `options` to each of `beam`."""
    best: dict[tuple[str, str], Hypothesis] = {}
    forms = tuple(form for form, _ in options)
    for score, path in beam:
        first, second = (path[-2], path[-1]) if len(path) > 1 else (START, path[-1] if path else START)
        for (form, bonus), logp in zip(options, model.scores(first, second, forms), strict=True):
            total = score + bonus + logp
            key = (second, form)
            if key not in best or best[key][0] < total:
                best[key] = (total, (*path, form))
    ranked = sorted(best.values(), reverse=True)[:BEAM]
    return [hypothesis for hypothesis in ranked if hypothesis[0] > ranked[0][0] - MARGIN]


def decode(model: NgramModel, words: list[Word]) -> list[str]:
    """The most likely canonical form of each token of a run (stand-ins stay as they are)."""
    beam: list[Hypothesis] = [(0.0, ())]
    for index, word in enumerate(words):
        beam = _extend(model, beam, candidates(model, word, capitalised(words, index)))
    return list(beam[0][1])
