"""Build src/kehoach/reading/diacritics/data/syllables.tsv.gz from a corpus directory.

Reads every *.txt file of CORPUS (one paragraph a line, as written by
build_corpus.py), splits it into runs of Vietnamese syllables exactly as the
restorer does at run time, and counts canonical syllable 1-, 2- and 3-grams.
Trigrams seen fewer than --min-trigram times and bigrams seen fewer than
--min-bigram times are dropped to keep the shipped file small.

    python tools/diacritics/build_corpus.py --out /tmp/kehoach-diacritics-corpus
    python tools/diacritics/build_model.py /tmp/kehoach-diacritics-corpus
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kehoach.reading.diacritics.model import MAGIC, MODEL_PATH, START
from kehoach.reading.diacritics.syllables import canonical
from kehoach.reading.diacritics.tokens import capitalised, segments

# Plan text written for this project is scarce and closest to what we restore.
WEIGHTS = {"written": 10, "vlsp": 2, "words": 2}


def runs(lines: Iterable[str]) -> Iterator[tuple[list[str], list[str]]]:
    """(canonical token run led by two start symbols, its capitalised syllables) per run."""
    for line in lines:
        for run in segments(line):
            names = [canonical(run[i].text) for i in range(len(run)) if capitalised(run, i)]
            yield [START, START, *(word.symbol or canonical(word.text) for word in run)], names


def count_ngrams(corpus: Path) -> tuple[list[Counter[str]], int]:
    """(1-, 2-, 3-gram counters and capitalised-syllable counter, number of runs)."""
    counters: list[Counter[str]] = [Counter(), Counter(), Counter(), Counter()]
    total_runs = 0
    for path in sorted(corpus.glob("*.txt")):
        weight = WEIGHTS.get(path.stem, 1)
        for run, names in runs(path.read_text(encoding="utf-8").splitlines()):
            total_runs += weight
            for name in names:
                counters[3][name] += weight
            for i in range(2, len(run)):
                counters[0][run[i]] += weight
                counters[1][f"{run[i - 1]} {run[i]}"] += weight
                counters[2][f"{run[i - 2]} {run[i - 1]} {run[i]}"] += weight
            counters[1][f"{START} {START}"] += weight
    return counters, total_runs


def write_model(path: Path, counters: list[Counter[str]], minimums: list[int], meta: dict) -> None:
    """Write the counts at or above their order's minimum, most frequent first."""
    # mtime=0: the same counts give the same bytes, so a rebuild shows no diff.
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed,
        io.TextIOWrapper(packed, encoding="utf-8") as out,
    ):
        out.write(f"{MAGIC}\t{json.dumps(meta, ensure_ascii=False)}\n")
        for order, (counter, minimum) in enumerate(zip(counters, minimums, strict=True), start=1):
            for gram, count in counter.most_common():
                if count < minimum:
                    break
                out.write(f"{order}\t{gram}\t{count}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--min-bigram", type=int, default=1)
    parser.add_argument("--min-trigram", type=int, default=2)
    args = parser.parse_args()
    counters, total_runs = count_ngrams(args.corpus)
    sources = sorted(p.stem for p in args.corpus.glob("*.txt"))
    meta = {"runs": total_runs, "syllables": sum(counters[0].values()), "sources": sources}
    write_model(args.out, counters, [1, args.min_bigram, args.min_trigram, 1], meta)
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.2f} MB, {meta}")


if __name__ == "__main__":
    main()
