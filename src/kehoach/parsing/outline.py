"""The section tree of a plan's body: numbered headings and the paragraphs under them.

Headings nest by numbering scheme, whatever the scheme: a marker whose scheme
is already open closes everything below it and becomes its sibling; a new
scheme opens one level down. Unmarked paragraphs and table rows are leaves of
the nearest heading above them (bullets do not hold paragraphs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kehoach.parsing.lines import Block
from kehoach.parsing.markers import Marker, marker

_TOP = ("roman", "phan", "chuong")
_LOOSE = ("bullet", "paren")


@dataclass
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
    found = None if table_row else marker(block.text, block.fold)
    start = found.end if found else 0
    return Node(block, found, block.text[start:].strip(), block.fold[start:].strip())


def _is_loose(scheme: str) -> bool:
    return scheme.startswith(_LOOSE)


def build_tree(blocks: list[Block]) -> Node:
    """The tree of the blocks under an empty root."""
    root = Node(Block(0, 0, "", "", 0), None, "", "")
    stack: list[Node] = [root]
    for block in blocks:
        node = make_node(block)
        if node.marker is None:
            while len(stack) > 1 and _is_loose(stack[-1].scheme):
                stack.pop()
        else:
            _close_to(stack, node.scheme)
            stack.append(node)
        node.parent = stack[-2] if stack[-1] is node else stack[-1]
        node.parent.children.append(node)
    _number(root)
    return root


def _close_to(stack: list[Node], scheme: str) -> None:
    """Pop the stack to where a heading of `scheme` belongs."""
    if scheme in _TOP:
        del stack[1:]
        return
    schemes = [n.scheme for n in stack]
    if scheme in schemes:
        del stack[schemes.index(scheme) :]


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
