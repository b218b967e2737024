"""Accent- and case-insensitive keys for names ("Hà Nội" and "ha noi" share one)."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lowercase, without diacritics (đ → d), punctuation folded to single spaces."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())
