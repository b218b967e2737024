"""Slogans: the banner texts a plan lists ("treo băng rôn … với các nội dung: (i) …"), window and units."""

from __future__ import annotations

import re
from typing import Any

from kehoach.parsing.dates import find_range
from kehoach.parsing.outline import Node

_SLOGAN_WORDS = re.compile(r"khau hieu|bang ron|bieu ngu|pa ?no\b|ap phich|bang zon|bang-ron")


def is_slogan_intro(node: Node) -> bool:
    """An item that introduces a list of slogans (itself or its heading naming slogans or banners)."""
    if not node.children or not node.text.rstrip().endswith(":"):
        return False
    heading = node.parent.fold[:120] if node.parent is not None else ""
    return bool(_SLOGAN_WORDS.search(node.fold) or _SLOGAN_WORDS.search(heading))


def _clean(text: str) -> str:
    return text.strip().strip("\"“”'‘’").strip()


def find_slogans(root: Node, year: int | None, leads: dict[str, list[str]]) -> dict[str, Any] | None:
    """The plan's slogans with their display window and the units asked to put them up; None if none."""
    items: list[str] = []
    lines: list[list[int]] = []
    start = end = None
    units: list[str] = []
    for node in root.walk():
        if not is_slogan_intro(node):
            continue
        items += [_clean(c.text) for c in node.children if c.text]
        lines += [[c.block.first, c.block.last] for c in node.children if c.text]
        span = find_range(node.fold, year)
        if span and start is None:
            start, end = span
        units += [u for u in leads.get(node.id, []) if u not in units]
    if not items:
        return None
    return {"items": items, "item_lines": lines, "start": start, "end": end, "for": units}
