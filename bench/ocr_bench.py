"""OCR speed: kehoach's image reader against plain `tesseract IMG out -l vie`, same pages,
same run. Run as `.venv/bin/python bench/ocr_bench.py [PAGES]`.

Pages are made from a seed (DOCX → PDF by LibreOffice → 250 dpi scan, tilted and noisy),
as the tests make them. Plain Tesseract runs one page after another with its default
threads; kehoach runs one single-threaded Tesseract per page, pages in parallel, each page
levelled and turned upright when a look at a small copy says so. Also timed: the scanned-PDF
path through ocrmypdf (--rotate-pages only when a first look finds a page lying sideways), the
same pages upside down (as an image and as a scanned PDF: against plain Tesseract on the
upright pages, the work there is to do), and ocrmypdf alone with and without its own passes."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]  # reading.* helpers, and tests.shared_scorer

from PIL import Image, ImageSequence  # noqa: E402

from kehoach.reading import ReadOptions, read_file  # noqa: E402
from reading.builders import docx_to_pdf, pdf_to_scan, seed_to_docx, turn_pages  # noqa: E402
from reading.scoring import SEEDS  # noqa: E402

SEED = "003_f7c8d72beeba19fb"


def make_scan(tmp: Path, pages: int) -> tuple[Path, list[Path]]:
    pdf = docx_to_pdf(seed_to_docx(SEEDS / f"{SEED}.txt", tmp / f"{SEED}.docx"), tmp)
    tiff = pdf_to_scan(pdf, tmp / "scan.tif", 1, pages)[0]
    singles = []
    with Image.open(tiff) as image:
        for n, frame in enumerate(ImageSequence.Iterator(image)):
            singles.append(tmp / f"page-{n}.png")
            frame.save(singles[-1], dpi=(250, 250))
    return tiff, singles


def plain_tesseract(pages: list[Path], out: Path) -> float:
    start = time.perf_counter()
    for page in pages:
        subprocess.run(
            ["tesseract", str(page), str(out / page.stem), "-l", "vie"], check=True, capture_output=True
        )
    return time.perf_counter() - start


def ocrmypdf_flags(pdf: Path, out: Path, flags: list[str]) -> float:
    """ocrmypdf alone with some of the reader's flags, to show what each costs."""
    start = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "ocrmypdf",
        "-q",
        "-l",
        "vie",
        "--skip-text",
        "--jobs",
        str(os.cpu_count()),
        "--output-type",
        "pdf",
        "--optimize",
        "0",
        *flags,
        str(pdf),
        str(out),
    ]
    subprocess.run(cmd, check=True, capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    return time.perf_counter() - start


def timed(path: Path) -> float:
    start = time.perf_counter()
    read_file(path, ReadOptions(restore_diacritics=False))
    return time.perf_counter() - start


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        tiff, singles = make_scan(tmp, pages)
        n = len(singles)
        pdf = tmp / "scan.pdf"
        frames = [f.copy() for f in ImageSequence.Iterator(Image.open(tiff))]
        frames[0].save(pdf, save_all=True, append_images=frames[1:], resolution=250)
        upside_down = [turn_pages(tiff, tmp / f"upside-down.{x}", [180] * n) for x in ("tif", "pdf")]
        # best of two rounds, interleaved: the machine is shared (load moves between rounds),
        # and first runs load the models from disk
        variants = [[], ["--rotate-pages"], ["--deskew"]]
        rounds = [
            (
                plain_tesseract(singles, tmp),
                timed(tiff),
                timed(pdf),
                timed(upside_down[0]),
                timed(upside_down[1]),
                [ocrmypdf_flags(pdf, tmp / "o.pdf", f) for f in variants],
            )
            for _ in range(2)
        ]
        plain, ours, ocrmypdf, ours_turned, ocrmypdf_turned = (min(r[i] for r in rounds) for i in range(5))
        alone = {
            " ".join(f) or "no --deskew, no --rotate-pages": min(r[5][i] for r in rounds)
            for i, f in enumerate(variants)
        }
    print(f"pages: {n}   cores: {os.cpu_count()}   load: {os.getloadavg()[0]:.1f}")
    print(f"plain tesseract (sequential, default threads): {plain:6.1f} s  {plain / n:5.2f} s/page")
    print(
        f"kehoach image reader (parallel):                {ours:6.1f} s  {ours / n:5.2f} s/page"
        f"   ratio {ours / plain:.2f}x"
    )
    print(
        f"kehoach scanned PDF (ocrmypdf):                 {ocrmypdf:6.1f} s  {ocrmypdf / n:5.2f} s/page"
        f"   ratio {ocrmypdf / plain:.2f}x"
    )
    for what, seconds in (("image", ours_turned), ("scanned PDF", ocrmypdf_turned)):
        print(
            f"kehoach {what + ', pages upside down:':<39} {seconds:6.1f} s  {seconds / n:5.2f} s/page"
            f"   ratio {seconds / plain:.2f}x"
        )
    for flags, seconds in alone.items():
        print(
            f"  ocrmypdf alone, {flags:<31} {seconds:6.1f} s  {seconds / n:5.2f} s/page"
            f"   ratio {seconds / plain:.2f}x"
        )


if __name__ == "__main__":
    main()
