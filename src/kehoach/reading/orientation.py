"""Scanned pages turned upright before OCR. The cheap look of `deskew.look` comes first. A page
whose ink hangs clearly below its lines is turned; Tesseract's orientation detection (OSD, from
osd.traineddata, ~1 s a page) is asked only of a page that lies sideways (which way to turn
it) or hangs below only a little. Pages that look upright pay nothing more than the look."""

from __future__ import annotations

import io
import os
import re
import subprocess

from PIL import Image

from kehoach.reading.base import ReadOptions
from kehoach.reading.deskew import Look, deskew, look, skew_angle
from kehoach.reading.ocr import OCR_ENV

_OSD = re.compile(r"Rotate:\s*(\d+)\s+Orientation confidence:\s*([\d.]+)")
# ocrmypdf asks 14 of OSD on every page; ours asks only when the look already says turned
_MIN_CONFIDENCE = 5.0
# ink below / above the lines: upright pages show at most 0.8, pages upside down 1.28–2.5 (our
# seeds, with and without diacritics, in two fonts); between 1 and this, OSD decides
UPSIDE_DOWN_SURE = 1.3


def osd_turn(image: Image.Image, timeout: float) -> int:
    """Degrees counter-clockwise (as PIL turns) that set the page upright, by Tesseract's OSD;
    0 when OSD is unsure, fails or runs out of time."""
    png = io.BytesIO()
    image.save(png, "PNG", dpi=image.info.get("dpi", (300, 300)))
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", "--psm", "0"],
            input=png.getvalue(),
            capture_output=True,
            timeout=timeout,
            env={**os.environ, **OCR_ENV},
        )
    except (subprocess.TimeoutExpired, OSError):
        return 0
    found = _OSD.search(done.stdout.decode("utf-8", "replace"))
    if not found or float(found[2]) < _MIN_CONFIDENCE:
        return 0
    return -int(found[1]) % 360  # OSD's "Rotate" is clockwise


def upside_down(image: Image.Image, seen: Look, timeout: float) -> bool:
    """True when the page is upside down: surely so by its look or, when the look leans that
    way only a little, by OSD."""
    return seen.hang >= UPSIDE_DOWN_SURE or (seen.hang > 1 and osd_turn(image, timeout) == 180)


def prepared(page: Image.Image, options: ReadOptions) -> Image.Image:
    """An image page as Tesseract should read it: turned upright (options.ocr_rotate) and
    levelled (options.ocr_deskew)."""
    if not (options.ocr_rotate or options.ocr_deskew):
        return page
    seen = look(page)
    tilt = seen.tilt
    if options.ocr_rotate and seen.sideways:
        turn = osd_turn(page, options.ocr_page_timeout)
        if turn:
            page = page.rotate(turn, expand=True)
            tilt = skew_angle(page)
    elif options.ocr_rotate and upside_down(page, seen, options.ocr_page_timeout):
        page = page.rotate(180)  # a half turn keeps the tilt
    return deskew(page, tilt) if options.ocr_deskew else page
