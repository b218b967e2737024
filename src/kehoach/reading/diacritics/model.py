"""The syllable trigram model shipped in data/, loaded once on first use.

File format (gzip'd UTF-8 TSV, written by tools/diacritics/build_model.py): a first
line "#kehoach-diacritics<TAB>{json metadata}", then one n-gram a line,
"<order><TAB><tokens joined by spaces><TAB><count>". Syllables are lower case,
tone in the canonical place (see `syllables.canonical`); "<s>" starts a run, and
the stand-ins of `tokens` ("<n>", "<x>", "<p>") count as tokens.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kehoach.reading.diacritics.syllables import strip_marks

MODEL_PATH = Path(__file__).parent / "data" / "syllables.tsv.gz"
MAGIC = "#kehoach-diacritics"
START = "<s>"
BACKOFF = math.log(0.15)


@dataclass
class NgramModel:
    """Counts of syllable 1-, 2- and 3-grams, scored with stupid backoff."""

    counts: tuple[dict[str, int], dict[str, int], dict[str, int]]
    meta: dict[str, object] = field(default_factory=dict)
    candidates: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.total = sum(self.counts[0].values())
        self.counts[0].setdefault(START, self.meta.get("runs", 1))  # type: ignore[arg-type]
        by_bare: dict[str, list[str]] = defaultdict(list)
        for syllable in sorted(self.counts[0], key=self.counts[0].__getitem__, reverse=True):
            if not syllable.startswith("<"):
                by_bare[strip_marks(syllable)].append(syllable)
        self.candidates = dict(by_bare)

    def score(self, first: str, second: str, word: str) -> float:
        """log P(word | first second), stupid backoff to bigram and unigram."""
        unigrams, bigrams, trigrams = self.counts
        pair = f"{second} {word}"
        triple = trigrams.get(f"{first} {pair}")
        if triple:
            return math.log(triple / bigrams[f"{first} {second}"])
        double = bigrams.get(pair)
        if double:
            return BACKOFF + math.log(double / unigrams[second])
        return 2 * BACKOFF + math.log((unigrams.get(word, 0) + 0.1) / self.total)


def read_model(path: Path) -> NgramModel:
    """Parse a model file written by tools/diacritics/build_model.py."""
    counts: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        magic, _, meta = handle.readline().rstrip("\n").partition("\t")
        if magic != MAGIC:
            raise ValueError(f"{path}: not a kehoach diacritics model")
        for line in handle:
            order, gram, count = line.rstrip("\n").split("\t")
            counts[int(order) - 1][gram] = int(count)
    return NgramModel(counts, json.loads(meta))


@cache
def load_model() -> NgramModel:
    """The shipped model, read from the package once per process."""
    return read_model(MODEL_PATH)
