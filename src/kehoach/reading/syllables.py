"""What a well-formed Vietnamese syllable looks like, to judge decodings and diacritics."""

from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# the vowel groups a Vietnamese rhyme may hold (without tone marks)
# fmt: off
_NUCLEI = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
    "oo",
    "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
    "iêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
]
# fmt: on
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    rf"(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")
_VIET_MARKED = re.compile(r"[^\x00-\x7f]")


def words(text: str) -> list[str]:
    """The alphabetic words of a text."""
    return _WORD.findall(text)


def is_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable (at most one tone, a known rhyme, sane case)."""
    if not (word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())):
        return False
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(c in _TONES for c in nfd) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def syllable_share(text: str) -> float:
    """Share of the words that are well-formed Vietnamese syllables (0 when there are none)."""
    ws = words(text)
    return sum(map(is_syllable, ws)) / len(ws) if ws else 0.0


def marked_share(text: str) -> float:
    """Share of the well-formed syllables that carry a diacritic; low when diacritics were lost."""
    syllables = [w for w in words(text) if is_syllable(w)]
    return sum(bool(_VIET_MARKED.search(w)) for w in syllables) / len(syllables) if syllables else 0.0
