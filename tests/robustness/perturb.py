"""Deterministic transformations of a plan's text into the forms real conversions produce.

Each transformation is a pure function `(text, rng) -> text`: the same text and the
same seed give the same output. `Perturbation` pairs one (or a chain of them) with the
change the gold record needs (a text without diacritics is scored with
`fold_diacritics`; a plan whose issuer lines were removed no longer states its issuer).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

Transform = Callable[[str, random.Random], str]
GoldFix = Callable[[dict], dict]

_ROMAN_HEADING = re.compile(r"^[IVX]+[.\-]\s+\S")
_SUB_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s+\S")
_TITLE_WORDS = re.compile(r"^(?:KẾ HOẠCH|QUYẾT ĐỊNH)(?![^\W\d_])")
_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN|Độc lập\s*[-–—]\s*Tự do")
_RULE = re.compile(r"^[\s_\-=*]{3,}$|^\*$")
_NUMBER_LINE = re.compile(r"^\s*Số\b")
_DATE_LINE = re.compile(r"ngày\s*[\d.…]*\s*tháng\s*[\d.…]*\s*năm\s*\d{4}")


def _is_table(line: str) -> bool:
    return " | " in line or line.lstrip().startswith("|")


# ------------------------------------------------------------------ (a) hard wrap


def wrap_line(line: str, width: int) -> list[str]:
    """One line cut at spaces into lines of at most `width` characters (a longer word stays whole)."""
    out, current = [], ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return out


def hard_wrap(text: str, rng: random.Random) -> str:
    """Paragraphs cut at one width between 60 and 95 characters, as a PDF or OCR export does."""
    width = rng.randint(60, 95)
    out = []
    for line in text.split("\n"):
        out.extend([line] if _is_table(line) or len(line) <= width else wrap_line(line, width))
    return "\n".join(out)


def tight(text: str, rng: random.Random) -> str:
    """No blank lines between paragraphs, as `pdftotext` without -layout gives."""
    return "\n".join(line for line in text.split("\n") if line.strip())


# ------------------------------------------------------------------ (b) page breaks


def page_number(page: int, pages: int, style: int) -> str:
    """A page number line in one of the styles plans use."""
    return (str(page), f"- {page} -", f"Trang {page}/{pages}", f"-{page}-")[style]


def running_header(text: str) -> str | None:
    """The line a running header would repeat: the issuer's first line, else the title's first line."""
    lines = [_plain(line.replace("**", " ")) for line in text.split("\n")]
    for line in lines[:40]:
        if _NUMBER_LINE.match(line) or _TITLE_WORDS.match(line):
            break
        if line.isupper() and not _MOTTO.search(line) and not _RULE.match(line):
            return re.split(r"\s{2,}|\t", line)[0]
    for i, line in enumerate(lines[:60]):
        title = _TITLE_WORDS.match(line)
        if title:
            rest = line[title.end() :].strip() or next((t for t in lines[i + 1 : i + 4] if t), "")
            return " ".join(rest.split())[:70] or None
    return None


def _plain(line: str) -> str:
    return re.sub(r"^#+\s*|\*\*|</?u>|\\$", "", line).strip()


def page_breaks(text: str, rng: random.Random) -> str:
    """A page break every ~45 printed lines: blank lines, a page number, on some documents a running
    header. A line counts as the lines it takes on a page (a paragraph of 300 characters is ~4); the
    paragraph where the break falls is cut mid-sentence, as a page cuts it."""
    lines = text.split("\n")
    pages = sum(map(_printed, lines)) // 45 + 2
    style = rng.randrange(4)
    header = running_header(text) if rng.random() < 0.5 else None
    out, page, left = [], 2, rng.randint(38, 52)
    for line in lines:
        left -= _printed(line)
        if left > 0 or _is_table(line):
            out.append(line)
            continue
        head, tail = _cut_mid_sentence(line, rng)
        out.extend([head] if head else [])
        out.extend(["", page_number(page, pages, style), ""] + ([header, ""] if header else []))
        out.extend([tail] if tail else [])
        page, left = page + 1, rng.randint(38, 52)
    return "\n".join(out)


def _printed(line: str) -> int:
    """How many lines a line of text takes on an A4 page (about 85 characters a line)."""
    return max(1, -(-len(line) // 85))


def _cut_mid_sentence(line: str, rng: random.Random) -> tuple[str, str]:
    """A long line cut at a space near its middle; a short line goes whole before the break."""
    words = line.split(" ")
    if len(line) < 80 or len(words) < 8:
        return line, ""
    at = rng.randint(len(words) // 3, 2 * len(words) // 3)
    return " ".join(words[:at]), " ".join(words[at:])


# ------------------------------------------------------------------ (c) diacritics, (d) OCR noise


def strip_diacritics(text: str, rng: random.Random | None = None) -> str:
    """The text without diacritics, đ/Đ as d/D: what a scan read with a non-Vietnamese model gives."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


_OCR_WORDS = [  # (pattern on the text WITH diacritics, replacement after stripping, rate)
    (re.compile(r"\bSố(?=\s*[:\d])"), "S6", 0.7),
    (re.compile(r"\bsố(?=\s+\d)"), "s6", 0.4),
    (re.compile(r"(?<=\s)II(?=[.\s])|^II(?=[.\s])", re.M), "I1", 0.5),
    (re.compile(r"\bĐ(?=[a-zà-ỹ])"), "P", 0.3),
    (re.compile(r"\bnăm\b"), "ndam", 0.15),
    (re.compile(r"\bcủa\b"), "cia", 0.1),
    (re.compile(r"\bl(?=[a-zà-ỹ])"), "1", 0.05),
]
_SPURIOUS = ".,‘"
_ACCENTS = "\u0301\u0300\u0323"  # acute, grave, dot below: marks an English-trained OCR sprinkles


def ocr_noise(text: str, rng: random.Random) -> str:
    """Stripped text with OCR confusions ("Số"→"S6", "II"→"I1", "Đảng"→"Pang", "năm"→"ndam"),
    stray punctuation and stray accents; at most ~3 % of the characters changed."""
    budget = [int(0.03 * len(text))]
    marked = text
    for pattern, replacement, rate in _OCR_WORDS:
        marked = pattern.sub(lambda m, r=replacement, p=rate: _spend(m.group(0), r, p, rng, budget), marked)
    lines = [_sprinkle(line, rng, budget) for line in strip_diacritics(marked).split("\n")]
    return "\n".join(lines)


def _spend(original: str, replacement: str, rate: float, rng: random.Random, budget: list[int]) -> str:
    """`replacement` at `rate` while the budget of changed characters lasts."""
    if budget[0] <= 0 or rng.random() >= rate:
        return original
    budget[0] -= len(replacement)
    return replacement


def _sprinkle(line: str, rng: random.Random, budget: list[int]) -> str:
    """A stray mark in a line now and then: punctuation after a word, an accent on a vowel."""
    if len(line) < 20 or budget[0] <= 0 or rng.random() >= 0.25:
        return line
    spaces = [i for i, c in enumerate(line) if c == " " and 0 < i < len(line) - 1 and line[i - 1].isalnum()]
    vowels = [i for i, c in enumerate(line) if c in "aeiouy" and i > 3]
    budget[0] -= 1
    if rng.random() < 0.5 and spaces:
        at = rng.choice(spaces)
        return line[:at] + rng.choice(_SPURIOUS) + line[at:]
    if vowels:
        at = rng.choice(vowels)
        return unicodedata.normalize("NFC", line[: at + 1] + rng.choice(_ACCENTS) + line[at + 1 :])
    return line


# ------------------------------------------------------------------ (e) markdown artifacts


def markdown(text: str, rng: random.Random) -> str:
    """What a DOCX→Markdown conversion leaves: "## **KẾ HOẠCH**", "#### **I. …**", bold
    numbered sub-headings, "<u>…</u>", "\\" hard line ends in the header block."""
    lines, out = text.split("\n"), []
    in_header = True
    for i, line in enumerate(lines):
        s = line.strip()
        if _TITLE_WORDS.match(_plain(s.replace("**", " "))):
            in_header = False
        if "**" in s or s.startswith(("#", "|")):
            out.append(line)  # already marked up
        elif _TITLE_WORDS.match(s) and len(s) < 20:
            out.append(f"## **{s}**")
        elif _ROMAN_HEADING.match(s) and len(s) < 120:
            out.append(f"#### **{s}**")
        elif _SUB_HEADING.match(s) and len(s) < 70 and s[-1:] not in ".;":
            out.append(f"**{s}**")
        elif s.startswith("Nơi nhận"):
            out.append(f"<u>**{s[:9]}**</u>{s[9:]}")
        elif in_header and s and i + 1 < len(lines) and lines[i + 1].strip() and rng.random() < 0.6:
            out.append(f"{line}\\")
        else:
            out.append(line)
    return "\n".join(out)


def glue_bold(text: str, rng: random.Random) -> str:
    """Bold runs glued to the line before them without a space: "KẾ HOẠCH**Title****more**"."""
    lines, out = text.split("\n"), []
    glue_next = False
    for line in lines:
        s = line.strip()
        bold = s.startswith("**") or s.startswith("### **")
        if glue_next and bold and out:
            out[-1] = out[-1].rstrip() + s.removeprefix("### ")
            continue
        if glue_next and not s:
            continue
        glue_next = bool(re.match(r"^(?:##\s*)?\**(?:KẾ HOẠCH|QUYẾT ĐỊNH)\**$", s))
        if glue_next:
            line = "KẾ HOẠCH" if "KẾ HOẠCH" in s else "QUYẾT ĐỊNH"
        elif bold and out and out[-1].strip() and rng.random() < 0.3:
            out[-1] = out[-1].rstrip() + s
            continue
        out.append(line)
    return "\n".join(out)


def title_bold(text: str, rng: random.Random) -> str:
    """The title lines after "KẾ HOẠCH" set in bold, as a DOCX title converts."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _TITLE_WORDS.match(_plain(line)) and len(_plain(line)) < 20:
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            while j < len(lines) and lines[j].strip() and not _RULE.match(lines[j]) and j - i < 5:
                if not lines[j].lstrip().startswith("**"):
                    lines[j] = f"**{lines[j].strip()}**"
                j += 1
            break
    return "\n".join(lines)


# ------------------------------------------------------------------ (f) header variations


def _header_end(lines: list[str]) -> int:
    """Index of the title line ("KẾ HOẠCH"), or 0 when there is none."""
    return next((i for i, line in enumerate(lines[:40]) if _TITLE_WORDS.match(_plain(line))), 0)


def _header_parts(lines: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """The header's left column (issuer lines), right column (motto) and the number/date lines."""
    end = _header_end(lines)
    head = [line.strip() for line in lines[:end] if line.strip()]
    if not head or any(_is_table(line) or "   " in line or "\t" in line for line in head):
        return None
    left, right, tail = [], [], []
    for line in head:
        if _NUMBER_LINE.match(line) or _DATE_LINE.search(line):
            tail.append(line)
        elif _MOTTO.search(line) or (_RULE.match(line) and right):
            right.append(line)
        elif not tail:
            left.append(line)
        else:
            return None  # something else after the number (a stamp): leave the header alone
    return left, right, tail


def flatten_header(text: str, rng: random.Random) -> str:
    """The two-column header flattened: left and right column side by side, apart by many spaces."""
    lines = text.split("\n")
    parts = _header_parts(lines)
    if parts is None:
        return text
    left, right, tail = parts
    rows = []
    for i in range(max(len(left), len(right), 1)):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append(f"{a}{' ' * rng.randint(4, 14)}{b}".rstrip() if a else " " * 30 + b)
    number = next((t for t in tail if _NUMBER_LINE.match(t)), None)
    dated = next((t for t in tail if _DATE_LINE.search(t) and t != number), None)
    if number and dated:
        rows.append(f"{number}{' ' * rng.randint(6, 16)}{dated}")
    else:
        rows.extend(tail)
    end = _header_end(lines)
    return "\n".join([*rows, "", *lines[end:]])


def drop_header(text: str, rng: random.Random) -> str:
    """The issuer and motto lines gone, only the number and date lines left above the title."""
    lines = text.split("\n")
    parts = _header_parts(lines)
    if parts is None:
        return text
    end = _header_end(lines)
    return "\n".join([*parts[2], "", *lines[end:]])


def gold_without_issuer(gold: dict) -> dict:
    """A gold record whose issuer and parent issuer are no longer scored."""
    document = {k: v for k, v in gold.get("document", {}).items() if k not in ("issuer", "parent_issuer")}
    return {**gold, "document": document}


def gold_without_diacritics(gold: dict) -> dict:
    return {**gold, "fold_diacritics": True}


# ------------------------------------------------------------------ (g) typography, (h) bullets


_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u00ad")


def smart_quotes(text: str, rng: random.Random) -> str:
    """Straight quotes turned into typographic ones, as a word processor types them."""
    text = re.sub(r'"([^"\n]*)"', "“\\1”", text)
    return re.sub(r"(?<=\s)'([^'\n]*)'", "‘\\1’", text)


def dashes(text: str, rng: random.Random) -> str:
    """En or em dashes where hyphens stood between words and between years."""
    text = re.sub(r" - ", lambda m: rng.choice((" – ", " — ", " - ")), text)
    return re.sub(r"(?<=\d{4})-(?=\d{4})", lambda m: rng.choice(("–", "-")), text)


def crlf(text: str, rng: random.Random) -> str:
    """Windows line ends and a byte-order mark."""
    return "\ufeff" + text.replace("\n", "\r\n")


def odd_spaces(text: str, rng: random.Random) -> str:
    """A tab or non-breaking space after list markers, non-breaking spaces between some words."""
    return "\n".join(_odd_spaces(line, rng) for line in text.split("\n"))


def _odd_spaces(line: str, rng: random.Random) -> str:
    marked = re.sub(
        r"^(\s*(?:[-+•]|\d{1,2}\.|[a-zđ]\)))\s",
        lambda m: m.group(1) + rng.choice(("\t", " ", "\u00a0")),
        line,
    )
    return "".join("\u00a0" if c == " " and rng.random() < 0.05 else c for c in marked)


def zero_width(text: str, rng: random.Random) -> str:
    """Zero-width spaces, joiners and soft hyphens inside a few words (about one in 500 letters)."""
    return "".join(c + rng.choice(_ZERO_WIDTH) if c.isalpha() and rng.random() < 0.002 else c for c in text)


_BULLETS = ("-", "–", "•", "+", "*", "·")


def bullets(text: str, rng: random.Random) -> str:
    """The document's "-" and "+" list markers changed to other bullet glyphs, one choice per level."""
    dash, plus = rng.sample(_BULLETS, 2)
    text = re.sub(r"^(\s*)-(?=\s)", lambda m: m.group(1) + dash, text, flags=re.M)
    return re.sub(r"^(\s*)\+(?=\s)", lambda m: m.group(1) + plus, text, flags=re.M)


# ------------------------------------------------------------------ perturbations


def _identity(gold: dict) -> dict:
    return gold


@dataclass(frozen=True)
class Perturbation:
    """A named chain of transformations and the change it asks of the gold record."""

    name: str
    steps: tuple[Transform, ...]
    gold_fixes: tuple[GoldFix, ...] = field(default=())

    def text(self, text: str, seed: int = 0) -> str:
        for step in self.steps:
            text = step(text, random.Random(f"{self.name}/{step.__name__}/{seed}"))
        return text

    def gold(self, gold: dict) -> dict:
        for fix in self.gold_fixes:
            gold = fix(gold)
        return gold


def chain(name: str, *parts: Perturbation) -> Perturbation:
    """Several perturbations applied one after the other."""
    steps = tuple(s for p in parts for s in p.steps)
    return Perturbation(name, steps, tuple(f for p in parts for f in p.gold_fixes))


WRAP = Perturbation("wrap", (hard_wrap,))
TIGHT_WRAP = Perturbation("wrap_tight", (hard_wrap, tight))
PAGES = Perturbation("pages", (page_breaks,))
STRIP = Perturbation("strip", (strip_diacritics,), (gold_without_diacritics,))
NOISE = Perturbation("noise", (ocr_noise,), (gold_without_diacritics,))
MARKDOWN = Perturbation("markdown", (title_bold, markdown))
GLUE = Perturbation("glue", (title_bold, glue_bold))
FLAT_HEADER = Perturbation("flat_header", (flatten_header,))
NO_HEADER = Perturbation("no_header", (drop_header,), (gold_without_issuer,))
TYPOGRAPHY = Perturbation("typography", (smart_quotes, dashes, odd_spaces, zero_width, crlf))
BULLETS = Perturbation("bullets", (bullets,))

SINGLE = (WRAP, TIGHT_WRAP, PAGES, STRIP, NOISE, MARKDOWN, GLUE, FLAT_HEADER, NO_HEADER, TYPOGRAPHY, BULLETS)
COMBINED = (
    chain("wrap+pages", WRAP, PAGES),
    chain("scan", FLAT_HEADER, NOISE, TIGHT_WRAP, PAGES),  # like seed 002: OCR, no marks, wrapped, paged
    chain("markdown+glue", MARKDOWN, GLUE),
    chain("pdf", FLAT_HEADER, TIGHT_WRAP, PAGES, TYPOGRAPHY),
)
# The parts of TYPOGRAPHY one by one, for bench/robustness_report.py to tell which one hurts.
TYPOGRAPHY_PARTS = tuple(Perturbation(f"typo:{s.__name__}", (s,)) for s in TYPOGRAPHY.steps)
ALL = SINGLE + COMBINED
BY_NAME = {p.name: p for p in ALL}
