"""Whether a scanned PDF needs ocrmypdf's --rotate-pages, judged on small copies of its
scanned pages: most scans lie upright, and the pass costs a Tesseract run of its own a page.
Pages upside down are left to our plugin (ocr_image), which asks OSD of those pages only."""

from __future__ import annotations

from pathlib import Path

from kehoach.reading.base import ReadOptions
from kehoach.reading.pdf import pages_without_text

_DPI = 50  # enough to see text rows; rendering and looking take ~0.1 s a page
PLUGIN_MODE = "KEHOACH_OCR_IMAGE"  # the plugin's orders: "level" and / or "turn"


def ocrmypdf_flags(path: Path, options: ReadOptions) -> list[str]:
    """Flags for the passes the file needs: page turning when a page lies sideways, and our
    plugin that levels tilted pages and turns upside-down ones for Tesseract (see ocr_image)."""
    flags = ["--plugin", "kehoach.reading.ocr_image"] if plugin_env(options) else []
    return [*flags, "--rotate-pages"] if options.ocr_rotate and _any_sideways(path, options) else flags


def plugin_env(options: ReadOptions) -> dict[str, str]:
    """What our plugin is to do, in its environment; empty when nothing."""
    wanted = [word for word, on in (("level", options.ocr_deskew), ("turn", options.ocr_rotate)) if on]
    return {PLUGIN_MODE: " ".join(wanted)} if wanted else {}


def _any_sideways(path: Path, options: ReadOptions) -> bool:
    import pypdfium2

    from kehoach.reading.deskew import lies_sideways

    document = pypdfium2.PdfDocument(str(path))
    try:
        return any(
            lies_sideways(document[n].render(scale=_DPI / 72, grayscale=True).to_pil())
            for n in pages_without_text(path, options.max_pages)
        )
    finally:
        document.close()
