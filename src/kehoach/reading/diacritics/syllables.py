"""Vietnamese syllables: stripping marks, one canonical tone position, case transfer.

Shared by the restorer at run time and by tools/diacritics/build_model.py, so the
model is trained and queried on exactly the same forms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining tone marks: grave, acute, tilde, hook above, dot below.
TONES = "\u0300\u0301\u0303\u0309\u0323"
_MARKS = TONES + "\u0302\u0306\u031b"  # + circumflex, breve, horn
_QUALITY_VOWELS = "ăâêôơư"
_VOWELS = "aăâeêioôơuưy"

WORD_RE = re.compile(r"[^\W\d_]+")
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnptiyou])?"
)


def strip_marks(text: str) -> str:
    """`text` without any Vietnamese mark: "Đợt Kế hoạch" → "Dot Ke hoach"."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if ch not in _MARKS)
    return unicodedata.normalize("NFC", bare).replace("đ", "d").replace("Đ", "D")


def has_marks(text: str) -> bool:
    """True when `text` carries any Vietnamese mark (or đ)."""
    return strip_marks(text) != text


def split_tone(syllable: str) -> tuple[str, str]:
    """(syllable without its tone mark, the tone mark or "")."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tone = next((ch for ch in decomposed if ch in TONES), "")
    toneless = "".join(ch for ch in decomposed if ch not in TONES)
    return unicodedata.normalize("NFC", toneless), tone


def _tone_index(toneless: str) -> int:
    """Index of the vowel that carries the tone, in the style of official texts (hòa, thủy)."""
    start = 2 if toneless[:2] in ("qu", "gi") and len(toneless) > 2 and toneless[2] in _VOWELS else 0
    vowels = [i for i in range(start, len(toneless)) if toneless[i] in _VOWELS]
    if not vowels:
        return -1
    quality = [i for i in vowels if toneless[i] in _QUALITY_VOWELS]
    if quality:
        return quality[-1]
    if len(vowels) == 1 or vowels[-1] < len(toneless) - 1:
        return vowels[-1]
    return vowels[1] if len(vowels) >= 3 else vowels[0]


@lru_cache(maxsize=1 << 16)
def canonical(syllable: str) -> str:
    """Lower-case syllable with its tone on one fixed vowel, so "hoà" and "hòa" count as one."""
    toneless, tone = split_tone(syllable.lower())
    index = _tone_index(toneless)
    if not tone or index < 0:
        return toneless
    marked = toneless[: index + 1] + tone + toneless[index + 1 :]
    return unicodedata.normalize("NFC", marked)


@lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    """True when the lower-case `word` has the shape of a Vietnamese syllable."""
    return bool(_SYLLABLE_RE.fullmatch(split_tone(word)[0]))


def apply_case(pattern: str, word: str) -> str:
    """`word` with the upper/lower case of `pattern`, letter by letter when lengths agree."""
    if pattern.islower():
        return word
    if pattern.isupper():
        return word.upper()
    if len(pattern) != len(word):
        return word[:1].upper() + word[1:] if pattern[:1].isupper() else word
    return "".join(w.upper() if p.isupper() else w for p, w in zip(pattern, word, strict=True))


# What OCR of Vietnamese prints for a marked vowel: "S6" (Số), "dgt" (đợt), "Hdi" (Hải).
_OCR_VOWELS = {"6": "o", "0": "o", "d": "oa", "g": "o"}


@lru_cache(maxsize=1 << 14)
def ocr_readings(word: str) -> tuple[str, ...]:
    """Bare syllables an OCR-garbled `word` may stand for, when it is no syllable itself.

    Capitals without digits ("CD", "HD") are abbreviations, not garbled syllables.
    """
    bare = strip_marks(word).lower()
    if is_syllable(bare) or len(bare) > 7 or not bare.isalnum() or bare.isdigit():
        return ()
    if word.isupper() and word.isalpha():
        return ()
    readings = [""]
    for i, ch in enumerate(bare):
        options = ch + _OCR_VOWELS[ch] if ch in _OCR_VOWELS and (i > 0 or ch.isdigit()) else ch
        readings = [r + o for r in readings for o in options][:64]
    return tuple(r for r in readings if r != bare and r.isalpha() and is_syllable(r))
