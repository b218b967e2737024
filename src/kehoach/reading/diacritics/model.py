"""The syllable trigram model shipped in data/, loaded once on first use.

File format (gzip'd UTF-8 TSV, written by tools/diacritics/build_model.py): a first
line "#kehoach-diacritics<TAB>{json metadata}", then one n-gram a line,
"<order><TAB><tokens joined by spaces><TAB><count>". Syllables are lower case,
tone in the canonical place (see `syllables.canonical`); "<s>" starts a run, and
the stand-ins of `tokens` ("<n>", "<x>", "<p>") count as tokens.  Order 4 counts
how often a syllable was capitalised inside a sentence (`tokens.capitalised`).
"""

from __future__ import annotations

import gzip
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from kehoach.reading.diacritics.syllables import strip_marks

MODEL_PATH = Path(__file__).parent / "data" / "syllables.tsv.gz"
MAGIC = "#kehoach-diacritics"
START = "<s>"
BACKOFF = math.log(0.15)
# A spelling seen less than this share of the times its bare form was is not a candidate.
RARE = 0.003
# Capitalised uses a bare form needs before they count as evidence for one spelling.
NAMES_SEEN = 5


@dataclass(eq=False)  # hashed by identity, so per-model caches can key on it
class NgramModel:
    """Counts of syllable 1-, 2- and 3-grams (scored with stupid backoff) and of capitalised syllables."""

    counts: tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]
    meta: dict[str, object] = field(default_factory=dict)
    candidates: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.total = sum(self.counts[0].values())
        self.counts[0].setdefault(START, self.meta.get("runs", 1))  # type: ignore[arg-type]
        by_bare: dict[str, list[str]] = defaultdict(list)
        for syllable in sorted(self.counts[0], key=self.counts[0].__getitem__, reverse=True):
            if not syllable.startswith("<"):
                by_bare[strip_marks(syllable)].append(syllable)
        self.candidates = {bare: self._common(forms) for bare, forms in by_bare.items()}

    def _common(self, forms: list[str]) -> list[str]:
        """`forms` (most frequent first) without those too rare to be worth a guess."""
        floor = RARE * sum(self.counts[0][form] for form in forms)
        return [form for form in forms if self.counts[0][form] >= floor] or forms

    def name_bonus(self, forms: list[str]) -> list[float]:
        """log share of each form among the capitalised uses of `forms`; zeros when too few."""
        names = self.counts[3]
        seen = [names.get(form, 0) for form in forms]
        total = sum(seen)
        if total < NAMES_SEEN:
            return [0.0] * len(forms)
        return [math.log((count + 0.5) / (total + 0.5 * len(forms))) for count in seen]

    @lru_cache(maxsize=1 << 16)  # noqa: B019 — the model lives as long as the process anyway
    def scores(self, first: str, second: str, words: tuple[str, ...]) -> list[float]:
        """log P(word | first second) for each of `words`: stupid backoff to bigram and unigram."""
        unigrams, bigrams, trigrams, _ = self.counts
        context = f"{first} {second} "
        pair_log = math.log(bigrams.get(context[:-1]) or 1)
        single_log = math.log(unigrams.get(second) or 1) - BACKOFF
        floor = 2 * BACKOFF - math.log(self.total)
        result = []
        for word in words:
            triple = trigrams.get(context + word)
            if triple:
                result.append(math.log(triple) - pair_log)
                continue
            double = bigrams.get(f"{second} {word}")
            if double:
                result.append(math.log(double) - single_log)
            else:
                result.append(floor + math.log(unigrams.get(word, 0) + 0.1))
        return result


def read_model(path: Path) -> NgramModel:
    """Parse a model file written by tools/diacritics/build_model.py."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        magic, _, meta = handle.readline().rstrip("\n").partition("\t")
        if magic != MAGIC:
            raise ValueError(f"{path}: not a kehoach diacritics model")
        # One split of the whole body is several times faster than a loop over lines.
        fields = handle.read().rstrip("\n").replace("\n", "\t").split("\t")
    orders, grams, numbers = fields[0::3], fields[1::3], fields[2::3]
    bounds = [orders.index(order) for order in "1234"] + [len(orders)]
    counts = tuple(dict(zip(grams[a:b], map(int, numbers[a:b]), strict=True)) for a, b in pairwise(bounds))
    return NgramModel(counts, json.loads(meta))  # type: ignore[arg-type]


@cache
def load_model() -> NgramModel:
    """The shipped model, read from the package once per process."""
    return read_model(MODEL_PATH)
