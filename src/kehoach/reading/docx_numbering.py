"""Word's automatic numbering, rendered as the labels a reader sees ("I.", "1.", "a)", "-")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from kehoach.reading.numerals import letters, roman


def format_number(n: int, fmt: str) -> str:
    """One level's counter in a numFmt."""
    match fmt:
        case "upperRoman":
            return roman(n).upper()
        case "lowerRoman":
            return roman(n)
        case "upperLetter":
            return letters(n).upper()
        case "lowerLetter":
            return letters(n)
        case "decimalZero":
            return f"{n:02d}"
        case "none":
            return ""
    return str(n)


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


def _val(el: Any, tag: str, default: str) -> str:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


def _levels(abstract: Any) -> dict[int, Level]:
    return {
        int(lvl.get(qn("w:ilvl"), "0")): Level(
            int(_val(lvl, "w:start", "1")), _val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", "")
        )
        for lvl in abstract.findall(qn("w:lvl"))
    }


@dataclass
class Numbering:
    """Counters of every list in a document, advanced paragraph by paragraph in order."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId → levels
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId → ilvl → count
    started: set[str] = field(default_factory=set)

    @classmethod
    def from_xml(cls, root: Any) -> Numbering:
        """Read numbering.xml's root element (or None when the document has no lists)."""
        numbering = cls()
        if root is None:
            return numbering
        for ab in root.findall(qn("w:abstractNum")):
            numbering.abstract[ab.get(qn("w:abstractNumId"))] = _levels(ab)
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            numbering.nums[num_id] = _val(num, "w:abstractNumId", "")
            numbering.overrides[num_id] = {
                int(o.get(qn("w:ilvl"), "0")): int(_val(o, "w:startOverride", "1"))
                for o in num.findall(qn("w:lvlOverride"))
                if o.find(qn("w:startOverride")) is not None
            }
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the list's counter at this level and return the label Word shows."""
        abstract_id = self.nums.get(num_id)
        levels = self.abstract.get(abstract_id or "")
        if not levels or ilvl not in levels:
            return ""
        counts = self._counts(num_id, abstract_id or "")
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        return self._render(levels, counts, ilvl)

    def _counts(self, num_id: str, abstract_id: str) -> dict[int, int]:
        counts = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for ilvl, start in self.overrides.get(num_id, {}).items():
                counts[ilvl] = start - 1
                for deeper in [k for k in counts if k > ilvl]:
                    del counts[deeper]
        return counts

    @staticmethod
    def _render(levels: dict[int, Level], counts: dict[int, int], ilvl: int) -> str:
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "-"
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lvl = levels.get(k, Level())
                text = text.replace(f"%{k + 1}", format_number(counts.get(k, lvl.start), lvl.fmt))
        return text.strip()
