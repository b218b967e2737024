"""Straighten a scanned page: the angle at which text rows line up best; and whether a page
lies sideways, its text rows running down the page."""

from __future__ import annotations

from PIL import Image, ImageOps

_WIDTH = 1000  # enough to resolve a quarter degree
_QUICK_WIDTH = 400  # a first look, ~0.1 s a page: enough to tell rows from columns
_QUICK_ANGLES = [a / 2 for a in range(-10, 11)]  # ±5°, the skew of a page fed by hand


def _sharpness(image: Image.Image, angle: float) -> float:
    """How much the row darkness varies: rows of text and blank leading alternate when level."""
    turned = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    mean = sum(rows) / len(rows)
    return sum((r - mean) ** 2 for r in rows) / len(rows)


def _small(image: Image.Image, width: int) -> Image.Image:
    """The page inverted (ink bright) and scaled down to `width` pixels."""
    small = ImageOps.invert(image.convert("L"))
    return small.resize((width, max(1, small.height * width // max(small.width, 1))))


def _level(small: Image.Image, angles: list[float]) -> tuple[float, float]:
    """(sharpness, angle) of the angle that levels the rows best."""
    return max((_sharpness(small, a), a) for a in angles)


def skew_angle(image: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that levels the page's text lines: to half a
    degree on a small copy, then to a quarter on a larger one (3 turns there instead of 41)."""
    rough = _level(_small(image, _QUICK_WIDTH), _QUICK_ANGLES)[1]
    return _level(_small(image, _WIDTH), [rough - 0.25, rough, rough + 0.25])[1]


def lies_sideways(image: Image.Image) -> bool:
    """True when a page is turned a quarter: on a small copy its rows line up better across
    the page than down it. (An upside-down page looks upright here.)"""
    small = _small(image, _QUICK_WIDTH)
    upright, _ = _level(small, _QUICK_ANGLES)
    sideways, _ = _level(small.transpose(Image.Transpose.ROTATE_90), _QUICK_ANGLES)
    return sideways > upright


def deskew(image: Image.Image) -> Image.Image:
    """The page turned level; unchanged when it already is."""
    angle = skew_angle(image)
    if angle == 0:
        return image
    return image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def level_in_frame(image: Image.Image) -> Image.Image | None:
    """The page turned level within its own size (so OCR word positions stay on the page, the
    corners cut are margin); None when it already is level. Bilevel and palette scans come back
    grey: smooth turning needs grey levels."""
    angle = skew_angle(image)
    if angle == 0:
        return None
    page = image if image.mode == "RGB" else image.convert("L")
    white = (255, 255, 255) if page.mode == "RGB" else 255
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=white)
