"""The syllable trigram model shipped in data/, loaded once on first use.

File format (gzip'd UTF-8 TSV, written by tools/diacritics/build_model.py): a first
line "#kehoach-diacritics<TAB>{json metadata}", then one n-gram a line,
"<order><TAB><tokens joined by spaces><TAB><log P><TAB><log backoff or empty>";
order 0 lines carry only the backoff of a context that is never predicted ("<s>").
Syllables are lower case, tone in the canonical place (`syllables.canonical`);
"<s>" starts a run, and the stand-ins of `tokens` ("<n>", "<x>", "<p>") are tokens.
Probabilities are interpolated Kneser-Ney, so scoring is the ARPA backoff rule.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kehoach.reading.diacritics.syllables import strip_marks

MODEL_PATH = Path(__file__).parent / "data" / "syllables.tsv.gz"
MAGIC = "#kehoach-diacritics"
START = "<s>"
UNKNOWN = -18.0  # log P of a token the model never saw


@dataclass
class NgramModel:
    """Log probabilities of 1-, 2- and 3-grams and log backoff weights of contexts."""

    logps: tuple[dict[str, float], dict[str, float], dict[str, float]]
    backoff: dict[str, float]
    meta: dict[str, object] = field(default_factory=dict)
    candidates: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unigrams = self.logps[0]
        by_bare: dict[str, list[str]] = defaultdict(list)
        for syllable in sorted(unigrams, key=unigrams.__getitem__, reverse=True):
            if not syllable.startswith("<"):
                by_bare[strip_marks(syllable)].append(syllable)
        self.candidates = dict(by_bare)

    def score(self, first: str, second: str, word: str) -> float:
        """log P(word | first second)."""
        unigrams, bigrams, trigrams = self.logps
        pair = f"{second} {word}"
        found = trigrams.get(f"{first} {pair}")
        if found is not None:
            return found
        weight = self.backoff.get(f"{first} {second}", 0.0)
        found = bigrams.get(pair)
        if found is not None:
            return weight + found
        return weight + self.backoff.get(second, 0.0) + unigrams.get(word, UNKNOWN)


def read_model(path: Path) -> NgramModel:
    """Parse a model file written by tools/diacritics/build_model.py."""
    logps: tuple[dict[str, float], ...] = ({}, {}, {}, {})
    backoff: dict[str, float] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        magic, _, meta = handle.readline().rstrip("\n").partition("\t")
        if magic != MAGIC:
            raise ValueError(f"{path}: not a kehoach diacritics model")
        for line in handle:
            order, gram, logp, weight = line.rstrip("\n").split("\t")
            if logp:
                logps[int(order)][gram] = float(logp)
            if weight:
                backoff[gram] = float(weight)
    return NgramModel((logps[1], logps[2], logps[3]), backoff, json.loads(meta))


@cache
def load_model() -> NgramModel:
    """The shipped model, read from the package once per process."""
    return read_model(MODEL_PATH)
