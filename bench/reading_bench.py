"""Reading speed and memory: DOCX and text-PDF read time per page, and peak memory while
reading a 200-page PDF. Run as `.venv/bin/python bench/reading_bench.py [COPIES]`.

The files are made from a seed as the tests make them (python-docx with Word numbering,
LibreOffice for the PDF); the long PDF repeats the seed COPIES times (~12 pages each)."""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]  # reading.* helpers, and tests.shared_scorer

import docx  # noqa: E402
import pypdf  # noqa: E402

from kehoach.reading import ReadOptions, read_file  # noqa: E402
from reading.builders import docx_to_pdf, seed_to_docx  # noqa: E402
from reading.scoring import SEEDS  # noqa: E402

SEED = "003_f7c8d72beeba19fb"
OPTIONS = ReadOptions(restore_diacritics=False)
_MEASURE = """
import resource, sys
from kehoach.reading import ReadOptions, read_file
if sys.argv[1] != "-":
    read_file(sys.argv[1], ReadOptions(restore_diacritics=False))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def long_docx(source: Path, target: Path, copies: int) -> Path:
    """The seed's DOCX with its body repeated: a long plan with the same kinds of content."""
    document = docx.Document(str(source))
    body = document.element.body
    blocks = [el for el in body if not el.tag.endswith("sectPr")]
    sect = body[-1]
    for _ in range(copies - 1):
        for el in blocks:
            sect.addprevious(el.__copy__())
    document.save(target)
    return target


def best_of(path: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_file(path, OPTIONS)
        times.append(time.perf_counter() - start)
    return min(times)


def peak_kib(path: Path | str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip())


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 19
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        small_docx = seed_to_docx(SEEDS / f"{SEED}.txt", tmp / f"{SEED}.docx")
        small_pdf = docx_to_pdf(small_docx, tmp)
        big_docx = long_docx(small_docx, tmp / "long.docx", copies)
        big_pdf = docx_to_pdf(big_docx, tmp)
        small_pages = len(pypdf.PdfReader(small_pdf).pages)
        big_pages = len(pypdf.PdfReader(big_pdf).pages)
        figures = {
            f"DOCX, {small_pages} pages": (best_of(small_docx), small_pages),
            f"text PDF, {small_pages} pages": (best_of(small_pdf), small_pages),
            f"DOCX, {big_pages} pages": (best_of(big_docx, 1), big_pages),
            f"text PDF, {big_pages} pages": (best_of(big_pdf, 1), big_pages),
        }
        baseline, peak = peak_kib("-"), peak_kib(big_pdf)
    for name, (seconds, pages) in figures.items():
        print(f"{name:<22} {seconds:7.2f} s   {1000 * seconds / pages:6.1f} ms/page")
    print(
        f"peak memory reading the {big_pages}-page PDF: {peak / 1024:.0f} MiB "
        f"(the interpreter with kehoach.reading imported: {baseline / 1024:.0f} MiB)"
    )
    print(f"this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
