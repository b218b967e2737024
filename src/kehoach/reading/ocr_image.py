"""An ocrmypdf plugin (loaded with `--plugin` when ReadOptions.ocr_deskew or ocr_rotate) that
prepares the image Tesseract reads: levelled when tilted, turned when upside down (the look of
deskew.look, OSD when that is unsure: see orientation). Which of the two it does comes in the environment
(ocr_passes.plugin_env).

The PDF keeps its page image as scanned: ocrmypdf's --deskew redraws that and costs about as
much as the OCR, and its --rotate-pages asks OSD of every page. A half turn keeps the frame, so
the text layer of an upside-down page lies the right way up in page space, where its words are
read from, over the page image still upside down (the OCR'd file is scratch)."""

from __future__ import annotations

import os
from typing import Any

from ocrmypdf import hookimpl
from PIL import Image

from kehoach.reading.deskew import look, turn_in_frame
from kehoach.reading.ocr_passes import PLUGIN_MODE
from kehoach.reading.orientation import upside_down


@hookimpl
def filter_ocr_image(page: Any, image: Image.Image) -> Image.Image | None:
    wanted = os.environ.get(PLUGIN_MODE, "").split()
    seen = look(image)
    turn = 180 if "turn" in wanted and upside_down(image, seen, page.options.tesseract.timeout) else 0
    tilt = seen.tilt if "level" in wanted else 0.0
    # None leaves the image to the next plugin (Tesseract's own, which shrinks huge pages)
    return turn_in_frame(image, turn + tilt)
