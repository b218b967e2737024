"""OCR speed: kehoach's image reader against plain `tesseract IMG out -l vie`, same pages,
same run. Run as `.venv/bin/python bench/ocr_bench.py [PAGES]`.

Pages are made from a seed (DOCX → PDF by LibreOffice → 250 dpi scan, tilted and noisy),
as the tests make them. Plain Tesseract runs one page after another with its default
threads; kehoach runs one single-threaded Tesseract per page, pages in parallel, plus
deskewing. Also timed: the scanned-PDF path through ocrmypdf."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from PIL import Image, ImageSequence  # noqa: E402

from kehoach.reading import ReadOptions, read_file  # noqa: E402
from reading.builders import docx_to_pdf, pdf_to_scan, seed_to_docx  # noqa: E402
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
        plain = plain_tesseract(singles, tmp)
        ours = timed(tiff)
        ocrmypdf = timed(pdf)
    print(f"pages: {n}   cores: {os.cpu_count()}   load: {os.getloadavg()[0]:.1f}")
    print(f"plain tesseract (sequential, default threads): {plain:6.1f} s  {plain / n:5.2f} s/page")
    print(
        f"kehoach image reader (parallel, deskew):        {ours:6.1f} s  {ours / n:5.2f} s/page"
        f"   ratio {ours / plain:.2f}x"
    )
    print(
        f"kehoach scanned PDF (ocrmypdf):                 {ocrmypdf:6.1f} s  {ocrmypdf / n:5.2f} s/page"
        f"   ratio {ocrmypdf / plain:.2f}x"
    )


if __name__ == "__main__":
    main()
