"""The section tree of a plan's body: numbered headings and the paragraphs under them.

Headings nest by numbering scheme, whatever the scheme: a marker whose scheme
is already open closes everything below it and becomes its sibling; a new
scheme opens one level down. Unmarked paragraphs and table rows are leaves of
the nearest heading above them (bullets do not hold paragraphs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kehoach.parsing.lines import Block
from kehoach.parsing.markers import Marker

_TOP = ("phan", "chuong")  # parts and chapters close everything; roman numerals nest like the rest
_LOOSE = ("bullet", "paren")


@dataclass(slots=True)
class Node:
    """A heading or paragraph of the body, with what it holds."""

    block: Block
    marker: Marker | None
    text: str
    fold: str
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    id: str = ""

    @property
    def scheme(self) -> str:
        return self.marker.scheme if self.marker else "text"

    @property
    def numbered(self) -> bool:
        return self.marker is not None and not self.scheme.startswith(_LOOSE)

    @property
    def last_line(self) -> int:
        """The last line of this node and everything under it."""
        return self.children[-1].last_line if self.children else self.block.last

    def walk(self) -> list[Node]:
        """This node and all below it, in reading order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


def make_node(block: Block) -> Node:
    """A node for one block: its marker and its text without the marker."""
    table_row = block.text.startswith("|") or " | " in block.text
    found = None if table_row else block.marker
    start = found.end if found else 0
    return Node(block, found, block.text[start:].strip(), block.fold[start:].strip())


def _is_loose(scheme: str) -> bool:
    return scheme.startswith(_LOOSE)


def build_tree(blocks: list[Block]) -> Node:
    """The tree of the blocks under an empty root."""
    root = Node(Block(0, 0, "", "", 0), None, "", "")
    stack: list[Node] = [root]
    last: Node = root
    for block in blocks:
        node = make_node(block)
        quoted = _quoted_head(node, last) if node.marker is None else None
        if quoted:
            stack.append(quoted)  # quoted lines under "… với các nội dung:" belong to it
        elif node.marker is None:
            while len(stack) > 1 and _is_loose(stack[-1].scheme):
                stack.pop()
        else:
            if _opens_list(node, stack, last):
                stack.append(last)  # "… như sau:" then "1." again: a new list inside that paragraph
            else:
                _close_to(stack, node)
            stack.append(node)
        node.parent = stack[-2] if stack[-1] is node else stack[-1]
        node.parent.children.append(node)
        if quoted:
            stack.pop()
        last = node
    _number(root)
    return root


_FIRST_LABELS = ("1", "a", "i")
_QUOTES = "\"“«‘'"


def _quoted_head(node: Node, last: Node) -> Node | None:
    """The item ending with ":" that a quoted line (right after it or its quoted lines) belongs to."""
    if not node.text.startswith(tuple(_QUOTES)):
        return None
    head = last.parent if last.marker is None and last.text.startswith(tuple(_QUOTES)) else last
    if head is None or head.parent is None or not head.text.rstrip().endswith(":"):
        return None
    return head


def _opens_list(node: Node, stack: list[Node], last: Node) -> bool:
    """Whether `node` starts a list nested in the paragraph just before it ("… các nội dung:")."""
    if last.marker is not None or not last.text.rstrip().endswith(":") or last.parent is None:
        return False
    assert node.marker is not None
    open_schemes = [n.scheme for n in stack]
    if node.scheme in open_schemes:
        return node.marker.label in _FIRST_LABELS and not _continues(stack, node)
    return _is_loose(node.scheme) or node.scheme in ("letter", "paren")


def _successor(label: str) -> str:
    """The label after `label` in its numbering ("3" → "4", "b" → "c")."""
    last = label.split(".")[-1]
    if last.isdigit():
        return str(int(last) + 1)
    return chr(ord(last[-1]) + 1) if len(last) == 1 else ""


def _label(node: Node) -> str:
    return node.marker.label if node.marker else ""


def _continues(stack: list[Node], node: Node) -> bool:
    """Whether an open heading of the node's scheme is followed by the node's label."""
    assert node.marker is not None
    label = node.marker.label.split(".")[-1]
    return any(n.scheme == node.scheme and _successor(_label(n)) == label for n in stack)


def _close_to(stack: list[Node], node: Node) -> None:
    """Pop the stack to where a heading like `node` belongs: the level whose numbering it continues."""
    scheme = node.scheme
    if scheme in _TOP:
        del stack[1:]
        return
    levels = [i for i, n in enumerate(stack) if n.scheme == scheme]
    if not levels:
        return
    assert node.marker is not None
    label = node.marker.label.split(".")[-1]
    following = [i for i in levels if _successor(_label(stack[i])) == label]
    del stack[(following or levels)[-1 if following else 0] :]


def _number(node: Node) -> None:
    """Give every node its id: the path of labels, unnumbered items counted in order."""
    count = 0
    mixed = any(c.numbered for c in node.children)  # paragraphs beside numbered items get "p1", "p2"
    for child in node.children:
        if child.numbered:
            assert child.marker is not None
            label = child.marker.label.split(".")[-1]
        else:
            count += 1
            label = f"p{count}" if mixed else str(count)
        child.id = f"{node.id}.{label}" if node.id else label
        _number(child)
