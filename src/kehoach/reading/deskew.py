"""How a scanned page lies, seen on small copies of it: the angle at which its text rows line
up best, whether it lies sideways (rows running down the page), and whether it looks upside
down (ink hanging below the rows instead of standing above them)."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageOps

_WIDTH = 1000  # enough to resolve a quarter degree, and a line's x-height band (~9 px)
_QUICK_WIDTH = 400  # a first look, ~0.1 s a page: enough to tell rows from columns
_QUICK_ANGLES = [a / 2 for a in range(-10, 11)]  # ±5°, the skew of a page fed by hand
_STRIPS = 4  # rows are profiled in strips across the page: columns side by side keep apart
_FAINT = 0.3  # a text line: rows darker than 30 % of the strip's darkest row


@dataclass(frozen=True)
class Look:
    """A page's lie: `tilt` levels it (degrees, counter-clockwise); `hang` says how its ink
    hangs (see `hang`). A page `sideways` has neither worked out."""

    tilt: float
    sideways: bool = False
    hang: float = 0.0


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


def _finer(image: Image.Image, rough: float) -> float:
    """The rough angle put right to a quarter degree on the larger copy (3 turns instead of 41)."""
    return _level(image, [rough - 0.25, rough, rough + 0.25])[1]


def _across_beats(small: Image.Image, upright: float) -> bool:
    """True when the copy turned a quarter levels better than the `upright` sharpness."""
    return _level(small.transpose(Image.Transpose.ROTATE_90), _QUICK_ANGLES)[0] > upright


def skew_angle(image: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that levels the page's text lines: to half a
    degree on a small copy, then to a quarter on a larger one."""
    return _finer(_small(image, _WIDTH), _level(_small(image, _QUICK_WIDTH), _QUICK_ANGLES)[1])


def lies_sideways(image: Image.Image) -> bool:
    """True when a page is turned a quarter: on a small copy its rows line up better across
    the page than down it. (An upside-down page looks upright here: see `look`.)"""
    small = _small(image, _QUICK_WIDTH)
    return _across_beats(small, _level(small, _QUICK_ANGLES)[0])


def look(image: Image.Image) -> Look:
    """The page's tilt, and whether it lies sideways or upside down, from the same small copies
    (~0.1 s more than the tilt alone)."""
    quick = _small(image, _QUICK_WIDTH)
    upright, rough = _level(quick, _QUICK_ANGLES)
    if _across_beats(quick, upright):
        return Look(0.0, sideways=True)
    fine = _small(image, _WIDTH)
    tilt = _finer(fine, rough)
    return Look(tilt, hang=hang(fine.rotate(tilt, resample=Image.Resampling.BILINEAR)))


def hang(small: Image.Image) -> float:
    """On a level inverted copy, the ink just below the text lines' x-height bands over the ink
    just above them; 0 without text. Upright print has more above: capitals, b d h k l t and,
    in Vietnamese, tone marks on most syllables against g p q y and the dot of nặng (0.4 on our
    pages, 0.7 on text that lost its diacritics); a page upside down has it the other way."""
    above = below = 0
    for n in range(_STRIPS):
        strip = small.crop((n * small.width // _STRIPS, 0, (n + 1) * small.width // _STRIPS, small.height))
        a, b = _band_ink(list(strip.resize((1, strip.height), Image.Resampling.BOX).tobytes()))
        above, below = above + a, below + b
    return below / above if above else float(below > 0)


def _band_ink(rows: list[int]) -> tuple[int, int]:
    """(ink above, ink below) the x-height bands of the text lines of one strip's row profile:
    each band's height of rows on either side."""
    floor = sorted(rows)[len(rows) // 4]  # the paper (and a ruled column's line) as zero
    ink = [max(0, r - floor) for r in rows]
    faint = _FAINT * max(max(ink), 1)
    above = below = 0
    y = 0
    while y < len(ink):
        if ink[y] < faint:
            y += 1
            continue
        start = y
        while y < len(ink) and ink[y] >= faint:
            y += 1
        core = _band(ink, start, y)
        if core:
            height = core[1] - core[0]
            above += sum(ink[max(0, core[0] - height) : core[0]])
            below += sum(ink[core[1] : core[1] + height])
    return above, below


def _band(ink: list[int], start: int, end: int) -> tuple[int, int] | None:
    """(first, end) of the rows of one line at half its darkest or more: the x-height band."""
    if end - start < 3:  # a rule or a speck, not a line of text
        return None
    half = max(ink[start:end]) / 2
    dark = [y for y in range(start, end) if ink[y] >= half]
    return dark[0], dark[-1] + 1


def deskew(image: Image.Image, angle: float) -> Image.Image:
    """The page turned level by `angle`; unchanged when that is 0."""
    if angle == 0:
        return image
    return image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def turn_in_frame(image: Image.Image, angle: float) -> Image.Image | None:
    """The page turned by `angle` within its own size (so OCR word positions stay on the page,
    the corners cut are margin); None when the angle is 0. Bilevel and palette scans come
    back grey: smooth turning needs grey levels."""
    if angle == 0:
        return None
    page = image if image.mode == "RGB" else image.convert("L")
    white = (255, 255, 255) if page.mode == "RGB" else 255
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=white)
