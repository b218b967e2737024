"""What a section of the body is for, from its heading: purpose, content, tasks, budget."""

from __future__ import annotations

import re

from kehoach.parsing.outline import Node

_TASKS = re.compile(
    r"nhiem vu|giai phap|to chuc thuc hien|phan cong|trach nhiem|cac hoat dong|hoat dong cu the"
    r"|noi dung (?:thuc hien|hoat dong|cong viec|trien khai|chu yeu|trong tam)|cong tac trong tam"
)
_PURPOSE = re.compile(
    r"muc dich|yeu cau|quan diem|muc tieu|y nghia|can cu|boi canh|su can thiet|danh gia"
    r"|tinh hinh|ket qua dat|chi tieu"
)
_REPORTING = re.compile(r"(?:che do|thong tin,?|cong tac) bao cao|bao cao ket qua|so ket|tong ket")
_CONTENT = re.compile(
    r"noi dung\b|thong diep|chu de"
    r"|hinh thuc|phuong thuc|doi tuong|pham vi|thoi gian|dia diem|khau hieu|tai lieu"
)
_LABEL = re.compile(r"[^:.;]{0,40}:")  # "Thời gian: …", "Nội dung …:" describe, they do not act
_ACTIVITY = re.compile(
    r"(?:to chuc|treo|xay dung|trien khai|phat dong|thuc hien|tham gia|ra quan|phoi hop|kiem tra|tap huan"
    r"|thanh lap|ban hanh|dang tai|phat hanh|tuyen truyen)\b"
)
_BUDGET = re.compile(r"kinh phi|nguon kinh phi|tai chinh")
_HEADING_LEN = 160


def heading_kind(node: Node) -> str | None:
    """The kind a heading names, or None when its words say nothing."""
    if not node.numbered or len(node.text) > _HEADING_LEN:
        return None
    if not node.children and node.text.rstrip().endswith((".", ";")):  # a sentence, not a heading
        return None
    head = node.fold[:_HEADING_LEN]
    if _BUDGET.match(head):
        return "budget"
    for kind, pattern in (
        ("reporting", _REPORTING),
        ("tasks", _TASKS),
        ("purpose", _PURPOSE),
        ("content", _CONTENT),
    ):
        if pattern.search(head):
            return kind
    return None


def top_kind(node: Node) -> str:
    """The kind of a top-level section; one that says nothing holds tasks, and so does a "Nội dung"
    section whose items are activities ("Tổ chức Lễ kỷ niệm…", "Treo cờ…") rather than themes."""
    kind = heading_kind(node) or "tasks"
    return "tasks" if kind == "content" and _activities(node) else kind


def _activities(node: Node) -> bool:
    items = [c for c in node.children if c.marker is not None and not _LABEL.match(c.fold)]
    acting = [c for c in items if _ACTIVITY.match(c.fold)]
    return len(items) >= 2 and len(acting) >= 0.6 * len(items)


def is_budget(node: Node) -> bool:
    """A budget item: "Kinh phí (thực hiện): …" or a "Kinh phí" heading."""
    return bool(_BUDGET.match(node.fold)) and (
        ":" in node.fold[:40] or bool(node.children) or len(node.text) < 60 or "kinh phi" in node.fold[:20]
    )


def sections_of(root: Node, kind: str) -> list[Node]:
    """Every section (at any depth) whose heading names `kind`; top sections default to tasks."""
    out = [s for s in root.children if top_kind(s) == kind]
    out += [n for s in root.children if top_kind(s) != kind for n in s.walk()[1:] if heading_kind(n) == kind]
    return out
