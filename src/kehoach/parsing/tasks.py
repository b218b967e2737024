"""Tasks: what the plan gives each unit to do, walked out of the section tree.

A unit heading ("1. Bộ Ngoại giao", "Đề nghị Báo X và Đài Y") gives its units
to the items under it; an item that names its own unit ("Giao X chủ trì…",
"Sở Y tế tổ chức…") takes that one. Items of a task may carry attributes
("Cơ quan chủ trì: …", "Thời gian: …") instead of being tasks themselves.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from kehoach.parsing.dates import calendar_span, find_range, first_date
from kehoach.parsing.fold import fold, fold_key
from kehoach.parsing.model import Task
from kehoach.parsing.outline import Node
from kehoach.parsing.phases import phase_span
from kehoach.parsing.sections import heading_kind, is_budget, top_kind
from kehoach.parsing.slogans import is_slogan_intro
from kehoach.parsing.tables import is_row, table_tasks
from kehoach.parsing.targets import find_targets
from kehoach.parsing.units import heading_units, is_unit_name, split_units, subject_units, verb_at

_DUE = re.compile(
    r"(?:truoc|cham nhat(?: la)?|han chot|hoan thanh(?: truoc| trong)?|xong truoc)\s+(?:ngay\s+)?"
)
_ATTR = re.compile(
    r"(?:[-+•]\s*)?(?:co quan |don vi |cac don vi )?(chu tri|phoi hop|thuc hien|thoi gian"
    r"(?: thuc hien| hoan thanh| to chuc)?|thoi han|tien do|san pham|du kien san pham|kinh phi)"
    r"(?: thuc hien)?\s*:\s*"
)
# Items that describe the plan rather than give work: "Địa điểm: …", "Các hoạt động chính: …".
_INFO = re.compile(
    r"(?:thoi gian|dia diem|thanh phan|quy mo|hinh thuc|doi tuong|pham vi|chu de|(?:cac )?hoat dong chinh"
    r"|khau hieu|noi dung|muc tieu|chi tieu|thong diep)[^:.;]{0,30}:"
)
_PAREN_LEAD = re.compile(r"\(([^()]{3,120}?)\s+chu tri\b[^()]*\)")
_ON_DAY = re.compile(r"\bvao\s+(?:(?:buoi\s+)?(?:sang|chieu|toi)\s+)?(?:thu\s+\w+,?\s+)?ngay\s+")
_SUPPORT = re.compile(r"phoi hop\s+(?:chat che\s+)?(?:voi\s+|cung\s+)?")
_SUPPORT_STOP = re.compile(r"\s(?:trong|de|nham|ve|tai|theo|khi|cho|bang|qua|tu)\b|[;.(:]")
_RELATED = re.compile(r"lien quan\b")
_MORE_UNITS = re.compile(
    r"\s*(?:,|va)\s+(?:cac\s+)?(?:uy ban|ubnd|so|bo|ban|phong|cuc|vu|cong an|doan|hoi)\b"
)
_REMARK = re.compile(
    r"(?:trong qua trinh (?:to chuc )?(?:thuc hien|trien khai)[^,]*,\s*)?neu co (?:kho khan|vuong mac)"
)
_HEADING_LEN = 160
_DATE_CHARS = 22  # "30/6/2026", "10 tháng 12 năm 2026": a deadline's date right after "trước ngày"
_POINTER = re.compile(r"\(?\s*(?:chi tiet|cu the|xem|noi dung)[\s,][^()]*?(?:phu luc|bieu)[^()]*\)?")
_NEXT_CLAUSE = re.compile(r"[.;]\s+(?=[A-ZĐÀ-Ỹ]|giao\s)")  # where a sentence or clause may open
_POINTER_WORDS = 6  # a lead-in left beside the pointer ("Các nhiệm vụ cụ thể") is no task


@dataclass
class Walk:
    """What the walk over the tree needs to know and collects."""

    year: int | None
    tasks: list[Task] = field(default_factory=list)


def find_tasks(root: Node, year: int | None) -> list[Task]:
    """Every task of the body."""
    walk = Walk(year)
    for section in root.children:
        kind = top_kind(section)
        if kind == "tasks" and heading_kind(section) is None and not _is_heading(section):
            _walk(walk, root_of(section), [], general=False)  # numbered items without headings above them
        elif kind == "tasks":
            _walk(walk, section, [], general="to chuc thuc hien" in section.fold[:60])
        elif kind in ("purpose", "content"):
            _nested(walk, section)
    return walk.tasks


def root_of(node: Node) -> Node:
    """A stand-in parent holding only `node`, so that a top-level item is walked as an item."""
    return Node(node.block, None, "", "", [node])


def _nested(walk: Walk, node: Node) -> None:
    """Task sections nested in a section of another kind."""
    for child in node.children:
        if heading_kind(child) == "tasks":
            _walk(walk, child, [], general=False)
        elif child.children:
            _nested(walk, child)


def _walk(walk: Walk, node: Node, lead: list[str], general: bool) -> None:
    rows = [c.block for c in node.children if is_row(c.block.text)]
    if rows:
        walk.tasks += table_tasks(rows, f"{node.id}.T" if node.id else "T", walk.year)
    for child in node.children:
        if _skip(child, node):
            continue
        if is_slogan_intro(child):
            walk.tasks.append(_task(walk, child, lead, general))
            continue
        units = heading_units(child.text) if _is_heading(child) else []
        if units:
            _walk(walk, child, units, general=False)
        elif _is_heading(child) and heading_kind(child) not in ("purpose", "content"):
            _walk(walk, child, lead, general)
        elif _is_heading(child):
            continue
        else:
            tasks = [_task(walk, part, lead, general) for part in _sentences(child)]
            walk.tasks += tasks
            _walk(walk, child, tasks[0].lead, general)


def _skip(node: Node, parent: Node) -> bool:
    """Budget items, lead-ins to a list ("… các nhiệm vụ sau:"), attribute lines, phases, table rows."""
    if is_budget(node) or _ATTR.match(node.fold) or _INFO.match(node.fold) or is_row(node.block.text):
        return True
    if _REMARK.match(node.fold) or phase_span(node, None) is not None or _points_to_appendix(node):
        return True
    lead_in = parent.parent is not None and parent.parent.parent is None and not node.numbered
    return lead_in and node.text.endswith(":") and any(c.numbered for c in parent.children)


def _sentences(node: Node) -> list[Node]:
    """The item, or its parts where a later sentence or clause gives another unit its own work
    ("Giao Sở X chủ trì …. Giao Sở Y …", "…; Sở Z chủ trì kiểm tra …"): each part is a task."""
    cuts = [m.end() for m in _NEXT_CLAUSE.finditer(node.text) if _assigns(node.text[m.end() :])]
    if not cuts or not subject_units(node.text):
        return [node]
    bounds = [0, *cuts, len(node.text)]
    parts = [node.text[a:b].strip().rstrip(";").strip() for a, b in itertools.pairwise(bounds)]
    return [
        replace(node, text=part, fold=fold(part), children=node.children if i == 0 else [],
                id=node.id if i == 0 else f"{node.id}.s{i + 1}")
        for i, part in enumerate(parts)
    ]


def _assigns(text: str) -> bool:
    """Whether a sentence opens by giving a unit work: "Giao X …", "X chủ trì …"."""
    folded = fold(text)
    if not subject_units(text):
        return False
    verb = verb_at(text, folded, 0)
    return folded.startswith("giao ") or (verb is not None and folded.startswith("chu tri", verb.start()))


def _points_to_appendix(node: Node) -> bool:
    """ "(Chi tiết tại Phụ lục kèm theo)", "Các nhiệm vụ cụ thể (chi tiết tại Phụ lục)": an item that only
    sends the reader to the appendix, whose rows are the tasks."""
    rest = _POINTER.sub("", node.fold)
    return rest != node.fold and len(rest.strip(" .;:").split()) <= _POINTER_WORDS


def _is_heading(node: Node) -> bool:
    """A heading over items: short, not a sentence, with items under it."""
    text = node.text.rstrip()
    return bool(node.children) and len(text) <= _HEADING_LEN and not text.endswith((".", ";"))


def _task(walk: Walk, node: Node, inherited: list[str], general: bool) -> Task:
    text, attrs = _attributes(node)
    lead = (
        attrs.pop("lead", None) or subject_units(text) or _colon_units(text) or _paren_lead(text) or inherited
    )
    task = Task(node.id, text, lead, [node.block.first, node.block.last], general=general)
    task.support = attrs.pop("support", None) or [u for u in support_units(text) if u not in lead]
    _times(task, attrs.get("time") or text, walk.year)
    task.targets = find_targets(text)
    return task


def _paren_lead(text: str) -> list[str]:
    """ "… (Sở Y tế chủ trì, …)": the lead a parenthesis names after the task."""
    m = _PAREN_LEAD.search(fold(text))
    return split_units(text[m.start(1) : m.end(1)]) if m and is_unit_name(text[m.start(1) :]) else []


def _colon_units(text: str) -> list[str]:
    """ "Sở Y tế: chủ trì …" — the units before a colon that opens an item."""
    head, sep, _ = text.partition(":")
    return heading_units(head) if sep and len(head) < 100 else []


def _attributes(node: Node) -> tuple[str, dict[str, Any]]:
    """The task's own text and its attributes, from "Chủ trì: …" parts inline or in items under it."""
    attrs: dict[str, Any] = {}
    text = node.text
    m = _ATTR.search(node.fold) if ":" in node.fold else None
    if m and m.start() > 20:
        _read_attrs(node.text[m.start() :], attrs)
        text = node.text[: m.start()].rstrip(" ;,.-–")
    for child in node.children:
        if _ATTR.match(child.fold):
            _read_attrs(child.block.text, attrs)
    return text, attrs


def _read_attrs(text: str, attrs: dict[str, Any]) -> None:
    folded = fold(text)
    found = list(_ATTR.finditer(folded))
    for m, nxt in zip(found, [*found[1:], None], strict=False):
        value = text[m.end() : nxt.start() if nxt else len(text)].strip(" ;,.")
        key = m[1]
        if key in ("chu tri", "thuc hien"):
            attrs.setdefault("lead", split_units(value))
        elif key == "phoi hop":
            attrs["support"] = split_units(value)
        elif key.startswith(("thoi", "tien do")):
            attrs["time"] = value


def _times(task: Task, text: str, year: int | None) -> None:
    """The task's deadline ("trước ngày …") and window ("từ … đến …", "tháng 6/2025")."""
    folded = fold(text)
    for m in _DUE.finditer(folded):
        task.due = first_date(folded[m.end() : m.end() + _DATE_CHARS], year)
        if task.due:
            break
    span = find_range(folded, year) or calendar_span(folded) or _on_day(folded, year)
    if span:
        task.window = {"start": span[0], "end": span[1]}


def _on_day(folded: str, year: int | None) -> tuple[str, str] | None:
    """ "… vào (sáng) ngày 20/02/2025": the one day a task is held on."""
    m = _ON_DAY.search(folded)
    day = first_date(folded[m.end() : m.end() + 14], year) if m else None
    return (day, day) if day else None


def support_units(text: str) -> list[str]:
    """Units named to coordinate: "phối hợp (với) X …"."""
    folded = fold(text)
    out: list[str] = []
    for m in _SUPPORT.finditer(folded) if "phoi hop" in folded else ():
        end = _name_end(text, folded, m.end())
        name = text[m.end() : end].strip(" ,")
        if name and is_unit_name(name):
            out.extend(u for u in split_units(name) if u not in out)
    return out


def _name_end(text: str, folded: str, start: int) -> int:
    """Where a unit name that starts at `start` ends: a verb, a preposition, punctuation, "liên quan"."""
    ends = [len(text)]
    verb = verb_at(text, folded, start)
    if verb:
        ends.append(verb.start())
    for stop in _SUPPORT_STOP.finditer(folded, start):
        if not text[stop.start() + 1 : stop.start() + 2].isupper():  # "tại" ends a name, "Tài chính" does not
            ends.append(stop.start())
            break
    related = _RELATED.search(folded, start)
    if related and not _MORE_UNITS.match(folded, related.end()):
        ends.append(related.end())
    return min(ends)


def with_appendix(body: list[Task], appendix: list[Task]) -> list[Task]:
    """Body tasks and an appendix's table tasks; a body task a row restates is reported once, as the row."""
    if not appendix:
        return body
    rows = [fold_key(t.text) for t in appendix]
    kept = [t for t in body if not any(_restates(fold_key(t.text), row) for row in rows)]
    return kept + appendix


def _restates(text: str, row: str) -> bool:
    """Whether a body task and a table row name the same activity."""
    return fuzz.token_set_ratio(text[:200], row) >= 95 and fuzz.partial_ratio(row, text) >= 65
