"""The parts of a document: preamble, body (the numbered sections), closing text, signature area.

A *Quyết định* that issues a plan carries the plan after its own signature:
the decision gives the header and signature, the attached plan the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach.parsing.header import MOTTO, Header, doc_type_at
from kehoach.parsing.lines import Block, Line, blocks
from kehoach.parsing.outline import Node, build_tree

RECIPIENTS = re.compile(r"n[o0ơ]i\s?nh\w{1,2}n\s*:?")
AUTHORITY = re.compile(r"(?:t/?m|k/?t|t/?l|tuq|q)\s?[.\s]\s?\S|(?:t/m|k/t|t/l)\s?\S")
_CLOSING_TEXT = re.compile(
    r"tr\w{1,2}n\s?day\b|tren day\b|trong qua trinh (?:to chuc )?(?:thuc hien|trien khai)[^,]{0,40},"
    r"\s*neu co"
)
_END_MARKS = ("/.", "./")  # "…./." closes the body of a Vietnamese administrative text
_APPENDIX = re.compile(r"phu luc\b|bieu\s*(?:mau|so)?\s*\d|danh muc\b")
_FOOTNOTES = re.compile(r"[_\-–—]{5,}\s*$|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S")
_PLAN_TYPES = ("ke_hoach", "chuong_trinh", "phuong_an", "de_an")


@dataclass
class Parts:
    """Where each part of the document lies (indexes into the list of lines)."""

    preamble: list[Block] = field(default_factory=list)
    root: Node | None = None
    closing_text: list[Block] = field(default_factory=list)
    signature: tuple[int, int] = (0, 0)  # lines of Nơi nhận and signature
    decision: list[Block] = field(default_factory=list)  # a decision's own articles
    after: list[Block] = field(default_factory=list)  # text after the signature: footnotes, appendices


def _is_top(block: Block) -> bool:
    """A heading of the outermost kind: a part, a chapter, "A." or "I."."""
    found = block.marker
    return found is not None and found.scheme in ("roman", "phan", "chuong", "LETTER")


def _signature_start(lines: list[Line], start: int, end: int) -> int:
    """Index of the Nơi nhận line, or of the signer's authority line, or `end`."""
    for i in range(start, end):
        fold = lines[i].fold
        if RECIPIENTS.match(fold) or (
            AUTHORITY.match(fold) and lines[i].text[:2].isupper() and lines[i].text.upper() == lines[i].text
        ):
            return i
    return end


def attached_plan(lines: list[Line], header: Header) -> int | None:
    """Index of the title line of a plan attached to a decision, if any."""
    if header.type != "quyet_dinh":
        return None
    for i in range(header.title_end, len(lines)):
        found = doc_type_at(lines[i])
        if found and found[0] in _PLAN_TYPES and lines[i].text.upper() == lines[i].text:
            return i
    return None


def split_parts(lines: list[Line], header: Header) -> Parts:
    """Cut the document into its parts."""
    parts = Parts()
    plan_at = attached_plan(lines, header)
    start = header.title_end
    if plan_at is not None:
        own_end = _signature_start(lines, start, plan_at)
        parts.decision = blocks(lines, start, own_end)
        parts.signature = (own_end, _header_start(lines, own_end, plan_at))
        start = _plan_title_end(lines, plan_at)
    sign = _signature_start(lines, start, len(lines))
    body = [b for b in blocks(lines, start, sign) if b.index not in header.stamp_lines]
    _divide(parts, body)
    appendix = _appendix(lines, sign)
    if plan_at is None or parts.signature[0] == parts.signature[1]:
        parts.signature = (sign, appendix)
    parts.after = blocks(lines, appendix, len(lines))
    return parts


def _appendix(lines: list[Line], start: int) -> int:
    """Index of the first line of an appendix ("PHỤ LỤC") or footnotes after the signature, or the end."""
    for i in range(start, len(lines)):
        if (_APPENDIX.match(lines[i].fold) and lines[i].text[:2].isupper()) or _FOOTNOTES.match(
            lines[i].text
        ):
            return i
    return len(lines)


def _header_start(lines: list[Line], start: int, plan_at: int) -> int:
    """Where the attached plan's own header (issuer, motto) begins above its title line."""
    i = plan_at
    while i - 1 > start and (
        lines[i - 1].blank
        or lines[i - 1].text.upper() == lines[i - 1].text
        or MOTTO.search(lines[i - 1].fold)
    ):
        i -= 1
    while i < plan_at and lines[i].blank:
        i += 1
    return i


def _plan_title_end(lines: list[Line], at: int) -> int:
    """The first line after an attached plan's title (and its "Ban hành kèm theo" line)."""
    i = at + 1
    while i < len(lines) and (lines[i].blank or not _is_top_line(lines[i])) and i - at < 12:
        if lines[i].text and lines[i].text[0].islower():
            break
        i += 1
    return i


def _is_top_line(line: Line) -> bool:
    found = line.marker
    return found is not None and found.scheme in ("roman", "phan", "chuong", "arabic1")


def _divide(parts: Parts, body: list[Block]) -> None:
    """Preamble before the first top heading; sections; closing text from "Trên đây" or after "./."."""
    first = next((i for i, b in enumerate(body) if _is_top(b)), None)
    if first is None:
        first = next((i for i, b in enumerate(body) if _numbered(b)), len(body))
    parts.preamble = body[:first]
    rest = body[first:]
    end = next((i for i, b in enumerate(rest) if _CLOSING_TEXT.match(b.fold)), None)
    if end is None:
        end = next((i + 1 for i, b in enumerate(rest) if b.text.rstrip().endswith(_END_MARKS)), len(rest))
    parts.root = build_tree(rest[:end])
    parts.closing_text = rest[end:]


def _numbered(block: Block) -> bool:
    found = block.marker
    return found is not None and not found.scheme.startswith(("bullet", "paren"))
