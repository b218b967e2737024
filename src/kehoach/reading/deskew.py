"""Straighten a scanned page: the angle at which text rows line up best."""

from __future__ import annotations

from PIL import Image, ImageOps

_WIDTH = 1000  # the angle is found on a small copy; enough to resolve a quarter degree
_ANGLES = [a / 4 for a in range(-20, 21)]  # ±5°, the skew of a page fed by hand


def _sharpness(image: Image.Image, angle: float) -> float:
    """How much the row darkness varies: rows of text and blank leading alternate when level."""
    turned = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    mean = sum(rows) / len(rows)
    return sum((r - mean) ** 2 for r in rows)


def skew_angle(image: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that levels the page's text lines."""
    small = ImageOps.invert(image.convert("L"))
    small = small.resize((_WIDTH, max(1, small.height * _WIDTH // max(small.width, 1))))
    return max(_ANGLES, key=lambda a: _sharpness(small, a))


def deskew(image: Image.Image) -> Image.Image:
    """The page turned level; unchanged when it already is."""
    angle = skew_angle(image)
    if angle == 0:
        return image
    return image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
