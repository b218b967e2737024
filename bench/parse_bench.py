"""How fast the parser is: per seed, plans per second on one core, a composed 20-page plan, and reading.

    .venv/bin/python bench/parse_bench.py [--repeat 200]

Every repetition starts with cold caches (the folded-text cache is cleared), so the figures are
those of a plan the parser has not seen. Reading is timed apart: the raw file read and the
reader (`kehoach.reading.read_file`, which may restore diacritics).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from kehoach.parsing import parse_text
from kehoach.parsing.fold import fold, fold_key

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
PAGE_CHARS = 3000  # a page of an A4 administrative document, about 450 words


def cold(
    call: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> tuple[float, float]:
    """Median and best seconds of one call, caches cleared before each. On a shared machine the
    best is the call's own cost; the median adds the time other processes took from it."""
    times = []
    for _ in range(repeat):
        fold.cache_clear()
        fold_key.cache_clear()
        start = clock()
        call()
        times.append(clock() - start)
    return statistics.median(times), min(times)


def twenty_pages(texts: list[str]) -> str:
    """A plan of about 20 pages: the longest seed, its task section repeated with other units' items."""
    longest = max(texts, key=len)
    head, sep, tail = longest.partition("IV. Tổ chức thực hiện")
    body = head
    while len(body) + len(sep + tail) < 20 * PAGE_CHARS:
        body += "\n\n" + "\n\n".join(t.split("III.", 1)[-1][:6000] for t in texts)
    return body + sep + tail


def reader_time(path: Path, repeat: int) -> float | None:
    """Median seconds for the reader to turn the file into text, or None when it cannot be imported."""
    try:
        from kehoach.reading import read_file
    except ImportError:
        return None
    read_file(path)
    return cold(lambda: read_file(path), max(3, repeat // 20))[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    repeat = parser.parse_args().repeat
    paths = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    parse_text(texts[0])  # imports and one-time tables
    print(f"{'seed':<28} {'chars':>7} {'parse ms (median/best)':>23} {'read ms':>8} {'reader ms':>10}")
    median_total = best_total = 0.0
    for path, text in zip(paths, texts, strict=True):
        median, best = cold(lambda text=text: parse_text(text), repeat)
        read = cold(lambda path=path: path.read_text(encoding="utf-8"), repeat)[0]
        reader = reader_time(path, repeat)
        median_total, best_total = median_total + median, best_total + best
        shown = f"{reader * 1000:10.2f}" if reader is not None else f"{'n/a':>10}"
        timing = f"{median * 1000:11.2f} / {best * 1000:8.2f} {read * 1000:8.3f}"
        print(f"{path.stem:<28} {len(text):7d} {timing} {shown}")
    rates = f"{len(texts) / median_total:.0f} (median), {len(texts) / best_total:.0f} (best)"
    print(f"plans per second on one core (seeds, cold caches): {rates}")
    cpu = sum(cold(lambda text=text: parse_text(text), repeat, time.process_time)[0] for text in texts)
    print(f"plans per second by CPU time (median, time.process_time): {len(texts) / cpu:.0f}")
    big = twenty_pages(texts)
    median, best = cold(lambda: parse_text(big), max(10, repeat // 5))
    size = f"{len(big)} chars, {len(parse_text(big)['tasks'])} tasks"
    print(f"20-page plan ({size}): {median * 1000:.1f} ms median, {best * 1000:.1f} ms best")
    cpu = cold(lambda: parse_text(big), max(10, repeat // 5), time.process_time)[0]
    print(f"20-page plan by CPU time (median): {cpu * 1000:.1f} ms")


if __name__ == "__main__":
    main()
