"""Assembly of the plan record from the parts the extractors find, with the warnings a reviewer needs.

Besides the contract's fields the record carries, for the review screen:
- `lines: [first, last]` (1-based, of the text given to `parse_text`) on every task, reference,
  phase and reporting duty; `slogans.item_lines` and `recipient_lines` beside those string lists;
- `provenance`: the lines of each scalar field ("document.number", "document.title", "period",
  "budget", "coordinator", "signer", "recipients", "received", …);
- `tasks[].general`: an item of the closing "Tổ chức thực hiện" section not under a unit heading;
- `reporting[].compiles` / `compiled`: the report goes somewhere "để tổng hợp" / is the
  compiler's own report (used to find the coordinator);
- `warnings`: blank_number, blank_date, deadline_before_plan_date, phase_outside_period,
  task_without_unit, unplaced_text, not_a_plan, text_truncated.
"""

from __future__ import annotations

import re
from typing import Any

from kehoach.parsing.body import Parts, split_parts
from kehoach.parsing.closing import (
    find_budget,
    find_coordinator,
    find_recipients,
    find_signer,
    signature_above,
)
from kehoach.parsing.fold import fold
from kehoach.parsing.header import Header, read_header
from kehoach.parsing.lines import Block, Line
from kehoach.parsing.outline import Node
from kehoach.parsing.phases import find_period, find_phases, find_themes
from kehoach.parsing.references import Context, find_references, merge
from kehoach.parsing.reporting import find_duties
from kehoach.parsing.sections import sections_of
from kehoach.parsing.slogans import find_slogans
from kehoach.parsing.tables import table_tasks
from kehoach.parsing.tasks import Task, find_tasks, with_appendix
from kehoach.parsing.units import is_unit_name
from kehoach.parsing.warnings import review_warnings

SCHEMA = "kehoach.plan/1"
_CARRY_OUT = re.compile(r"(?:thuc hien|trien khai|thuc thi|quan triet)\b")
_BASIS = re.compile(r"can c\w{0,2}\b")
_PROPOSAL = re.compile(r"(?:theo|xet)\s+(?:de nghi|de xuat|to trinh)\b")
_COMPILES = re.compile(r"\bde\s+tong hop")


def build_record(lines: list[Line], source: dict[str, Any]) -> dict[str, Any]:
    """The `kehoach.plan/1` record of the cleaned lines."""
    header = read_header(lines)
    parts = split_parts(lines, header)
    assert parts.root is not None
    year = _plan_year(header)
    period = find_period(parts.root, year)
    year = int(period[0]["end"][:4]) if period else year
    tasks = with_appendix(find_tasks(parts.root, year), table_tasks(parts.after, "PL.", year))
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "source": source,
        "document": _document(header, parts),
        "received": header.received,
    }
    provenance = dict(header.provenance)
    record["references"] = _references(header, parts, lines)
    record["period"] = period[0] if period else None
    if period:
        provenance["period"] = period[1]
    record["phases"] = find_phases(parts.root, year)
    record["themes"] = find_themes(parts.root, year)
    record["tasks"] = [t.as_dict() for t in tasks]
    slogans = find_slogans(parts.root, year, {t.id: t.lead for t in tasks})
    record["slogans"] = slogans
    record["reporting"] = _duties(parts, tasks, year)
    _closing(record, provenance, parts, lines)
    record["provenance"] = provenance
    record["warnings"] = header.warnings + review_warnings(record, parts, lines)
    return record


def _plan_year(header: Header) -> int | None:
    """The year a day and month without one belong to: the plan's own year as its title names it
    ("… năm 2026" in a plan signed in December 2025), else the year it was signed."""
    signed = header.date_parts["year"]
    named = [int(y) for y in re.findall(r"\b(20\d\d)\b", header.title or "")]
    ahead = [y for y in named if signed is not None and signed <= y <= signed + 1]
    return max(ahead) if ahead else signed


def _document(header: Header, parts: Parts) -> dict[str, Any]:
    issuer = header.issuer or _preamble_issuer(parts.preamble)
    return {
        "type": header.type,
        "number": header.number,
        "symbol": header.symbol,
        "issuer": issuer,
        "parent_issuer": header.parent_issuer,
        "place": header.place,
        "date": header.date,
        "date_parts": header.date_parts,
        "title": header.title,
    }


_MAKES_PLAN = re.compile(
    r",\s*([^,;:]{3,120}?)\s+(?:xay dung|ban hanh|trien khai|de ra|lap|thuc hien)\s+"
    r"(?:k\w?\s?ho\w?ch|chuong trinh|phuong an)"
)


def _preamble_issuer(preamble: list[Block]) -> str | None:
    """ "…, Ban Chỉ đạo X xây dựng kế hoạch …": the body that makes the plan, named in the preamble."""
    for block in preamble:
        for m in _MAKES_PLAN.finditer(block.fold):
            name = block.text[m.start(1) : m.end(1)].strip()
            if is_unit_name(name):
                return name
    return None


def _references(header: Header, parts: Parts, lines: list[Line]) -> list[dict[str, Any]]:
    refs: list[dict[str, Any]] = []
    if header.title:
        first, last = header.provenance.get("document.title", [0, 0])
        refs += find_references(header.title, Context("title", first, last))
    role = "other"
    for block in parts.decision + parts.preamble:
        for clause in re.split(r"(?<=;)\s*", block.text):
            role = _role(clause) or role  # a clause without its own verb goes on with the list before it
            refs += find_references(clause, Context(role, block.first, block.last))
    assert parts.root is not None
    for node in parts.root.walk()[1:]:
        role = (_role(node.text) or "basis") if _under_bases(node) else "other"
        refs += find_references(node.block.text, Context(role, node.block.first, node.block.last))
    for block in parts.closing_text + parts.after:
        refs += find_references(block.text, Context("other", block.first, block.last))
    return merge(refs, (header.number, header.symbol))


def _role(clause: str) -> str | None:
    """How a clause cites documents by its opening verb: "Thực hiện …" carries out, "Căn cứ …" rests on,
    "Xét đề nghị …" only cites the proposal."""
    folded = _fold(clause)
    if _PROPOSAL.match(folded):
        return "other"
    return "carry_out" if _CARRY_OUT.match(folded) else "basis" if _BASIS.match(folded) else None


def _under_bases(node: Node) -> bool:
    """Whether the node is in a section headed "Căn cứ …" ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"), whose items
    cite documents as the preamble does."""
    parent = node.parent
    while parent is not None:
        if parent.numbered and _BASIS.match(parent.fold):
            return True
        parent = parent.parent
    return False


def _fold(text: str) -> str:
    return fold(text).strip()


def _duties(parts: Parts, tasks: list[Task], year: int | None) -> list[dict[str, Any]]:
    duties: list[dict[str, Any]] = []
    assert parts.root is not None
    passages = [(t.text, t.lines, t.due) for t in tasks]
    passages += [(b.text, [b.first, b.last], None) for b in parts.closing_text]
    for section in sections_of(parts.root, "reporting"):
        passages += [(n.text, [n.block.first, n.block.last], None) for n in section.walk()[1:]]
    for text, lines, due in passages:
        for duty in find_duties(text, lines, year, due):
            duty["compiles"] = bool(_COMPILES.search(_fold(text)))
            duties.append(duty)
    return duties


def _closing(
    record: dict[str, Any], provenance: dict[str, list[int]], parts: Parts, lines: list[Line]
) -> None:
    assert parts.root is not None
    budget = find_budget(parts.root, record["tasks"])
    record["budget"] = budget[0] if budget else None
    passages = [(n.block.text, [n.block.first, n.block.last]) for n in parts.root.walk()[1:]]
    passages += [(b.text, [b.first, b.last]) for b in parts.closing_text]
    coordinator = find_coordinator(passages, record["tasks"], record["reporting"])
    record["coordinator"] = coordinator[0] if coordinator else None
    start, end = parts.signature
    recipients, used = find_recipients(lines, start, end)
    record["recipients"] = [r["text"] for r in recipients]
    record["recipient_lines"] = [r["lines"] for r in recipients]
    signer = find_signer(lines, start, end, used) or find_signer(
        lines, signature_above(lines, start), start, set()
    )
    record["signer"] = signer[0] if signer else None
    for key, found in (("budget", budget), ("coordinator", coordinator), ("signer", signer)):
        if found:
            provenance[key] = found[1]
    if recipients:
        provenance["recipients"] = [recipients[0]["lines"][0], recipients[-1]["lines"][1]]
