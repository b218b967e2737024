"""Scans: PDFs without a text layer through ocrmypdf, images through Tesseract, `vie`."""

from __future__ import annotations

import csv
import os
import queue
import sys
import tempfile
import threading
import time
from pathlib import Path

from kehoach.reading.base import ReadError, ReadOptions, ReadResult
from kehoach.reading.labels import repair_labels
from kehoach.reading.layout import Word, drop_running, render, speck, split_lines
from kehoach.reading.ocr_passes import ocrmypdf_flags, plugin_env
from kehoach.reading.pdf import check_pdf, is_pdf, pages_without_text, pdf_text
from kehoach.reading.process import kill, run_parallel, start
from kehoach.reading.text import finish

# Tesseract is ~2x faster on one thread per process, with pages in parallel instead.
OCR_ENV = {"OMP_THREAD_LIMIT": "1"}
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM")
_MIN_CONFIDENCE = 50
PROGRESS_PREFIX = "KEHOACH-PROGRESS"  # how the ocrmypdf plugin (ocr_progress) reports pages done
NO_TEXT = "không tìm thấy chữ trong ảnh (no text found in the image)"


def jobs(options: ReadOptions) -> int:
    return options.jobs or os.cpu_count() or 1


def deadline(options: ReadOptions, pages: int) -> float:
    """When an OCR run is given up: a generous time per page, pages running in parallel."""
    return time.monotonic() + 30 + options.ocr_page_timeout * -(-pages // jobs(options))


class PdfOcrReader:
    """PDFs with pages that carry no text (scans); pages with text are kept as they are."""

    name = "pdf-ocr"

    def score(self, path: Path, head: bytes) -> int | None:
        if not is_pdf(head) or not pages_without_text(path):
            return None
        return 40

    def read(self, path: Path, options: ReadOptions) -> ReadResult:
        total = check_pdf(path, options)
        with tempfile.TemporaryDirectory(prefix="kehoach-ocr-") as tmp:
            output = Path(tmp) / "ocr.pdf"
            _ocrmypdf(path, output, options, total)
            try:
                text, pages = pdf_text(output, ReadOptions(max_pages=options.max_pages), total, ocr=True)
            except ReadError as exc:  # name the user's file, not the scratch copy
                raise ReadError(path, exc.reason) from None
        if not text.strip():
            raise ReadError(path, NO_TEXT)
        return finish(ReadResult(text=text, format="pdf", ocr=True, pages=pages), options)


def _ocrmypdf(source: Path, output: Path, options: ReadOptions, total: int) -> None:
    cmd = [
        sys.executable,
        "-m",
        "ocrmypdf",
        "-l",
        options.ocr_language,
        "--skip-text",
        *ocrmypdf_flags(source, options),
        "--jobs",
        str(jobs(options)),
        "--output-type",
        "pdf",
        "--optimize",
        "0",
        "--tesseract-timeout",
        str(int(options.ocr_page_timeout)),
        "--plugin",
        "kehoach.reading.ocr_progress",
        str(source),
        str(output),
    ]
    proc = start(cmd, {**OCR_ENV, **plugin_env(options)}, output=None)
    lines: queue.Queue[str] = queue.Queue()
    log: list[str] = []
    threading.Thread(target=_pump, args=(proc.stderr, lines), daemon=True).start()
    try:
        _follow(proc, lines, log, options, deadline(options, total), source)
    finally:
        kill(proc)
    if proc.returncode != 0 or not output.is_file():
        reason = next((x for x in reversed(log) if x.strip()), f"exit {proc.returncode}")
        raise ReadError(source, f"OCR thất bại (OCR failed: {reason.strip()[:200]})")


def _pump(stream, lines: queue.Queue[str]) -> None:
    for raw in stream:
        lines.put(raw.decode("utf-8", "replace"))
    lines.put("")  # end of the stream


def _follow(
    proc, lines: queue.Queue[str], log: list[str], options: ReadOptions, until: float, path: Path
) -> None:
    """Pass ocrmypdf's page counts on to the progress callback until it ends."""
    ended = False
    while not (ended and proc.poll() is not None):
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            line = None
        ended = ended or line == ""
        if line and line.startswith(PROGRESS_PREFIX):
            done, total = map(int, line.split()[1:3])
            if options.progress:
                options.progress(done, total, "nhận dạng chữ (OCR)")
        elif line:
            log.append(line)
        if time.monotonic() > until:
            raise ReadError(path, "OCR quá thời gian cho phép (OCR timed out)")


class ImageReader:
    """PNG, JPEG, TIFF (every frame a page) and BMP scans: Tesseract, one process per page."""

    name = "image"

    def score(self, path: Path, head: bytes) -> int | None:
        return 30 if head.startswith(_IMAGE_MAGIC) else None

    def read(self, path: Path, options: ReadOptions) -> ReadResult:
        with tempfile.TemporaryDirectory(prefix="kehoach-ocr-") as tmp:
            pages = _split_pages(path, Path(tmp), options)
            rows = _tesseract_pages(path, pages, options)
        lines = drop_running([split_lines(page_rows, n) for n, page_rows in enumerate(rows)])
        text, starts = render(repair_labels([x for page in lines for x in page]))
        if not text.strip():
            raise ReadError(path, NO_TEXT)
        return finish(ReadResult(text=text, format="image", ocr=True, pages=starts), options)


def _split_pages(path: Path, tmp: Path, options: ReadOptions) -> list[Path]:
    """Each frame of the image as a PNG Tesseract reads, turned upright and levelled unless
    options say not to."""
    from PIL import Image, UnidentifiedImageError

    from kehoach.reading.orientation import prepared

    try:
        image = Image.open(path)
        count = getattr(image, "n_frames", 1)
        if count > options.max_pages:
            raise ReadError(
                path,
                f"ảnh có {count} trang, vượt giới hạn {options.max_pages} trang "
                f"(too many pages: {count} > {options.max_pages})",
            )
        pages = []
        for n in range(count):
            image.seek(n)
            pages.append(tmp / f"page-{n:04d}.png")
            page = prepared(image.convert("L"), options)
            page.save(pages[-1], dpi=image.info.get("dpi", (options.ocr_dpi,) * 2))
        return pages
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ReadError(
            path, f"ảnh hỏng hoặc không đọc được (unreadable image: {exc.__class__.__name__})"
        ) from None


def _tesseract_pages(path: Path, pages: list[Path], options: ReadOptions) -> list[list[list[Word]]]:
    """OCR pages in parallel, one Tesseract per page; the words of each page's lines."""
    results: list[list[list[Word]]] = [[] for _ in pages]
    done = 0

    def finished(i: int, returncode: int) -> None:
        nonlocal done
        if returncode != 0:
            raise ReadError(path, f"Tesseract thất bại ở trang {i + 1} (Tesseract failed on page {i + 1})")
        results[i] = _read_tsv(pages[i].with_suffix(".tsv"))
        done += 1
        if options.progress:
            options.progress(done, len(pages), "nhận dạng chữ (OCR)")

    cmds = [
        ["tesseract", str(p), str(p.with_suffix("")), "-l", options.ocr_language, "--psm", "3", "tsv"]
        for p in pages
    ]
    if options.progress:
        options.progress(0, len(pages), "nhận dạng chữ (OCR)")
    run_parallel(cmds, jobs(options), deadline(options, len(pages)), finished, path, "OCR", OCR_ENV)
    return results


def _read_tsv(tsv: Path) -> list[list[Word]]:
    """Tesseract's TSV → the confident words of each line, in order."""
    lines: dict[tuple[str, str, str], list[Word]] = {}
    with tsv.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = (row.get("text") or "").strip()
            if row["level"] != "5" or not text or float(row["conf"]) < 0 or speck(text):
                continue
            left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
            key = (row["block_num"], row["par_num"], row["line_num"])
            lines.setdefault(key, []).append(
                Word(text, left, left + width, top, top + height, float(row["conf"]))
            )
    return [ws for ws in lines.values() if _has_text(ws)]


def _has_text(words: list[Word]) -> bool:
    """A line of noise reads as a few unsure one-letter words; a line of text does not."""
    sure = [w for w in words if w.conf >= _MIN_CONFIDENCE and sum(c.isalnum() for c in w.text) >= 2]
    return len(sure) >= max(1, len(words) // 3)
