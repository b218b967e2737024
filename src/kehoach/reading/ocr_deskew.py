"""An ocrmypdf plugin (loaded with `--plugin` when ReadOptions.ocr_deskew) that levels the
image Tesseract reads when the page is tilted. The PDF keeps its page image as scanned:
ocrmypdf's own --deskew redraws that and costs about as much as the OCR."""

from __future__ import annotations

from typing import Any

from ocrmypdf import hookimpl
from PIL import Image

from kehoach.reading.deskew import level_in_frame


@hookimpl
def filter_ocr_image(page: Any, image: Image.Image) -> Image.Image | None:
    # None leaves the image to the next plugin (Tesseract's own, which shrinks huge pages)
    return level_in_frame(image)
