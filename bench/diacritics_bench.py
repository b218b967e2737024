"""Speed of diacritics restoration: model load, restore time per page, characters per second.

The text is the held-out plans (seeds 000, 001, 003, 004) stripped of their marks
and cut to --pages pages of 3,000 characters.  Load time is measured in a fresh
Python process, after the import of the package (which pulls in the rest of
kehoach.reading, not ours to time): reading the shipped model, as a reader pays it
once.  Wall and CPU seconds are both printed; on a busy machine trust CPU.

    .venv/bin/python bench/diacritics_bench.py [--pages 10] [--repeat 5]

Targets: load under ~0.5 s; a 10-page plan restored well under a second.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from kehoach.reading.diacritics import decoder, restore
from kehoach.reading.diacritics.model import load_model
from kehoach.reading.diacritics.syllables import strip_marks

PAGE = 3000
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
LOAD = (
    "import time; from kehoach.reading.diacritics.model import load_model; "
    "t, c = time.perf_counter(), time.process_time(); load_model(); "
    "print(time.perf_counter() - t, time.process_time() - c)"
)


def bare_pages(pages: int) -> str:
    """`pages` pages of held-out plan text without marks."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("00[0134]_*.txt")))
    while len(text) < pages * PAGE:
        text += "\n\n" + text
    return strip_marks(text[: pages * PAGE])


def load_seconds() -> tuple[float, float]:
    """(wall, CPU) seconds a fresh process takes to read the model."""
    run = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True)
    wall, cpu = run.stdout.split()
    return float(wall), float(cpu)


def clear_caches() -> None:
    """Forget the scores and candidates remembered from earlier runs."""
    load_model().scores.cache_clear()
    decoder._syllable_candidates.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    loads = [load_seconds() for _ in range(3)]
    wall, cpu = (statistics.median(x) for x in zip(*loads, strict=True))
    print(f"model load (fresh process, median of 3): {wall:.3f} s wall, {cpu:.3f} s CPU")
    text = bare_pages(args.pages)
    restore(text[:100])  # load once, outside the timing
    walls, cpus = [], []
    for _ in range(args.repeat):
        clear_caches()  # each run is a first reading of the text
        start, clock = time.perf_counter(), time.process_time()
        restore(text)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - clock)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"restore {args.pages} pages ({len(text)} chars): median {wall:.3f} s wall, {cpu:.3f} s CPU")
    print(f"per page: {cpu / args.pages * 1000:.1f} ms CPU; {len(text) / cpu:,.0f} chars/s (CPU)")


if __name__ == "__main__":
    main()
