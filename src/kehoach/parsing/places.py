"""Place names of the header, put right against the list of Vietnam's provinces.

OCR spells "Hải Phòng" as "Hdi Phong"; a province name close enough to what
the text says is taken in its proper spelling. Anything else stays as written.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from kehoach.parsing.fold import fold_key

_PREFIXES = ("Thành phố ", "Tỉnh ")


def _short(name: str) -> str:
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Folded key → proper name of every province, current and before the 2025 merger."""
    # Imported here: the package takes most of a second to load, and most plans never need it.
    from vietnam_provinces import Province
    from vietnam_provinces.legacy import Province as LegacyProvince

    names = {_short(p.name) for p in Province.iter_all()} | {
        _short(p.name) for p in LegacyProvince.iter_all()
    }
    names |= {"Hồ Chí Minh", "Huế"}
    return {fold_key(n): n for n in names}


def proper_place(place: str) -> str:
    """The province `place` names, properly spelt (fuzzily when diacritics were lost), or `place`."""
    key = fold_key(place)
    table = _provinces()
    if key in table:
        return table[key]
    if not place.isascii():  # written with diacritics: trust the text
        return place
    found = process.extractOne(key, list(table), scorer=fuzz.ratio, score_cutoff=85)
    return table[found[0]] if found else place
