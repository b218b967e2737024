"""The closing of a plan: budget, coordinating office, recipients (Nơi nhận) and signer."""

from __future__ import annotations

import re
from typing import Any

from kehoach.parsing.body import AUTHORITY, RECIPIENTS
from kehoach.parsing.fold import fold
from kehoach.parsing.lines import Line
from kehoach.parsing.markers import marker
from kehoach.parsing.outline import Node
from kehoach.parsing.sections import is_budget
from kehoach.parsing.units import heading_units, subject_units

_BUDGET_HEAD = re.compile(r"(?:nguon\s+)?kinh phi(?:\s+(?:thuc hien|to chuc|trien khai|hoat dong))?\s*:\s*")
_FOLLOW_UP = re.compile(r"theo doi|don doc|tong hop|dau moi|thuong truc")
_FUNDS = re.compile(r"bo tri kinh phi|kinh phi thuc hien ke hoach|(?:dam bao|bao dam) kinh phi")
_STANDING = re.compile(
    r"\(\s*(?:la\s+)?(?:co quan|don vi)\s+(?:thuong truc|dau moi)|(?:^|\s)(?:la|lam)\s+"
    r"(?:co quan |don vi )?(?:thuong truc|dau moi)"
)
_COMPILES_RESULTS = re.compile(r"\s*(?:chu tri,?\s*)?tong hop(?:,)?\s+(?:ket qua|bao cao|tinh hinh)")
_UNMARKED_RECIPIENT = re.compile(r"[;,.]$|^luu\b|\(de\s")
_CHASES = re.compile(r"don doc|theo doi(?:,|\s+va)?\s+(?:don doc|tong hop|huong dan|kiem tra|viec|tinh hinh)")
_SENTENCE = re.compile(r"(?<=[.;])\s+")
_GIAO = re.compile(r"\bgiao\s+")
_THROUGH = re.compile(r"\(\s*qua\s+([^()]{3,120}?)\s+tong hop\s*\)")
_RANKS = (
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
    "Đại uý",
    "Thượng uý",
    "Trung uý",
    "Thiếu uý",
)
_SIGN_NOISE = re.compile(
    r"\(?\s*(?:da ky|ky ten|ky, ghi|ky va|dong dau)\b|\(\s*ky\b|[\W_]*$|/?\s*\w{1,3}\s*$"
    r"|(?:nguoi ky|ky boi|ngay ky|thoi gian ky|co quan|email|chuc vu)\s*:"  # a digital signature's stamp
)


def find_budget(root: Node, tasks: list[dict[str, Any]]) -> tuple[str, list[int]] | None:
    """The funding text: a "Kinh phí (thực hiện): …" item or section, a clause opening with "kinh phí",
    or a general item that funds the plan."""
    nodes = root.walk()[1:]
    for node in nodes:
        if is_budget(node):
            return _budget_text(node), [node.block.first, node.last_line]
    for node in nodes:
        for clause in re.split(r";\s*", node.text):
            if re.match(r"kinh phi\b", fold(clause)) and len(clause) > 30:
                return clause.rstrip(" ./"), [node.block.first, node.block.last]
    for task in tasks:
        if task["general"] and _FUNDS.search(fold(task["text"])):
            return task["text"], task["lines"]
    return None


def _budget_text(node: Node) -> str:
    m = _BUDGET_HEAD.match(node.fold)
    if m and node.text[m.end() :].strip():
        return node.text[m.end() :].strip()
    if node.children and len(node.text) < 60:
        return " ".join(c.text for c in node.children)
    return node.text


def find_coordinator(
    passages: list[tuple[str, list[int]]], tasks: list[dict[str, Any]], duties: list[dict[str, Any]]
) -> tuple[str, list[int]] | None:
    """Who follows up and compiles: "Giao X theo dõi…", a unit's task to follow up and compile,
    "(qua X tổng hợp)", or where reports go "để tổng hợp"."""
    found = (
        _assigned(passages)
        or _standing(passages)
        or _subject_does(passages, _CHASES)
        or _following_up(tasks)
        or _through(passages)
    )
    if found:
        return found
    for duty in duties:
        office = duty.get("via") or duty.get("to")
        if duty.get("compiles") and office:
            return office, duty["lines"]
    return _subject_does(passages, _COMPILES_RESULTS) or _reports_pass_through(duties)


def _reports_pass_through(duties: list[dict[str, Any]]) -> tuple[str, list[int]] | None:
    """The office the units' reports go through ("(qua X)"), not one the compiler's own report does."""
    for duty in duties:
        if duty.get("via") and not duty.get("compiled"):
            return duty["via"], duty["lines"]
    return None


def _subject_does(
    passages: list[tuple[str, list[int]]], verb: re.Pattern[str]
) -> tuple[str, list[int]] | None:
    """A sentence whose subject, a unit, follows up ("X theo dõi, đôn đốc …") or compiles ("X tổng hợp …")."""
    for text, lines in passages:
        for sentence in _SENTENCE.split(text):
            units = subject_units(sentence)
            if units and verb.match(fold(sentence), len(units[0]) + 1, len(units[0]) + 30):
                return units[0], lines
    return None


def _assigned(passages: list[tuple[str, list[int]]]) -> tuple[str, list[int]] | None:
    """ "Giao X theo dõi, đôn đốc …"."""
    for text, lines in passages:
        folded = fold(text)
        for m in _GIAO.finditer(folded) if "giao " in folded else ():
            if text[m.start() : m.start() + 4].lower() != "giao":  # not "giáo" of "Tuyên giáo"
                continue
            units = subject_units(text[m.start() :])
            if units and _FOLLOW_UP.search(folded[m.end() : m.end() + 80 + len(units[0])]):
                return units[0], lines
    return None


def _standing(passages: list[tuple[str, list[int]]]) -> tuple[str, list[int]] | None:
    """ "X (cơ quan thường trực)", "X là cơ quan thường trực / làm đầu mối …", in any sentence."""
    for text, lines in passages:
        for sentence in _SENTENCE.split(text):
            folded = fold(sentence)
            m = _STANDING.search(folded, 0, 200)
            if not m:
                continue
            before = sentence[: m.start()]
            units = heading_units(before) if folded[m.start()] == "(" else subject_units(sentence)
            if units:
                return units[0], lines
    return None


def _following_up(tasks: list[dict[str, Any]]) -> tuple[str, list[int]] | None:
    """A unit's own task to be the standing office, to follow up and compile, or to compile results."""
    for test in (_STANDING.search, lambda f: _CHASES.search(f) and "tong hop" in f, _COMPILES_RESULTS.match):
        for task in tasks:
            if task["lead"] and test(fold(task["text"])):
                return task["lead"][0], task["lines"]
    return None


def _through(passages: list[tuple[str, list[int]]]) -> tuple[str, list[int]] | None:
    """ "(qua X tổng hợp)"."""
    for text, lines in passages:
        m = _THROUGH.search(fold(text))
        if m:
            return text[m.start(1) : m.end(1)].strip(), lines
    return None


def _columns(line: Line) -> tuple[str, str]:
    """A signature-area line as (left, right) when a table put Nơi nhận and signer side by side."""
    if len(line.cells) > 1 or (line.cells and "|" in line.text):
        return line.cells[0], " ".join(line.cells[1:])
    return line.text, ""


def find_recipients(lines: list[Line], start: int, end: int) -> tuple[list[dict[str, Any]], set[int]]:
    """Each recipient after "Nơi nhận:", and the lines they use."""
    out: list[dict[str, Any]] = []
    used: set[int] = set()
    on = False
    for i in range(start, end):
        left, _ = _columns(lines[i])
        folded = fold(left)
        head = RECIPIENTS.match(folded)
        if head:
            on, left, folded = True, left[head.end() :].strip(), folded[head.end() :].strip()
            used.add(i)
        if not on or not left:
            continue
        taken = all(_take_recipient(out, piece, lines[i].no) for piece in _GLUED_ITEMS.split(left))
        if not taken and (out or not head):
            break
        used.add(i)
    return [r for r in out if r["text"]], used


def _take_recipient(out: list[dict[str, Any]], left: str, no: int) -> bool:
    """Add the recipient a line (or a part of one) names to `out`, or go on with the last; False when
    the text is no recipient."""
    folded = fold(left)
    found = marker(left, folded)
    if found and found.scheme.startswith("bullet"):
        out.append({"text": _recipient(left[found.end :]), "lines": [no, no]})
    elif out and (left[:1].islower() or (left[:1] == "(" and not found)):  # a wrapped item goes on
        out[-1]["text"] = _recipient(out[-1]["text"] + " " + left)
        out[-1]["lines"][1] = no
    elif not found and _UNMARKED_RECIPIENT.search(folded) and not _is_caps(left) and " " in left.strip():
        # one word is a typist's file stamp ("Sonnh\QD556.85b."), not a body
        out.append({"text": _recipient(left), "lines": [no, no]})
    else:
        return False
    return True


# Items run together on one line ("… (để b/c);- CVP …", "Nơi nhận: - Như Điều 3; - Lưu: VT."): cut after ";".
_GLUED_ITEMS = re.compile(r"(?<=;)\s*(?=[-–+•]\s?\S)")


def _recipient(text: str) -> str:
    return text.strip().rstrip(";.,").strip()


def find_signer(
    lines: list[Line], start: int, end: int, used: set[int]
) -> tuple[dict[str, Any], list[int]] | None:
    """The signer: authority (TM./KT./TL./TUQ.), position, other titles, rank and name."""
    rows = []
    for i in range(start, end):
        left, right = _columns(lines[i])
        text = right if right else ("" if i in used else left)
        if text and not _SIGN_NOISE.match(fold(text)):
            rows.append((lines[i].no, text))
    if not rows:
        return None
    signer: dict[str, Any] = {
        "authority": None,
        "position": None,
        "other_titles": [],
        "rank": None,
        "name": None,
    }
    *titles, (last_no, name_line) = rows
    if _is_caps(name_line) and not titles:
        return None
    signer["rank"], signer["name"] = _rank_name(name_line)
    authority = [t for _, t in titles if AUTHORITY.match(fold(t)) and _is_caps(t)]
    others = [t for _, t in titles if _is_caps(t) and t not in authority]
    signer["authority"] = " ".join(authority) or None
    if others:
        signer["position"], signer["other_titles"] = others[0], others[1:]
    return signer, [rows[0][0], last_no]


def signature_above(lines: list[Line], end: int) -> int:
    """Where a signature block written above "Nơi nhận" starts: the run of title and name lines
    (and blanks) just before `end`."""
    i = end
    while i > 0 and (lines[i - 1].blank or _is_caps(lines[i - 1].text) or _is_name(lines[i - 1].text)):
        i -= 1
    return i


def _is_name(text: str) -> bool:
    """A person's name, with a rank perhaps: two to seven capitalised words, no digits."""
    words = text.split()
    return 2 <= len(words) <= 7 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in text)


def _rank_name(text: str) -> tuple[str | None, str]:
    for rank in _RANKS:
        if fold(text).startswith(fold(rank) + " "):
            return text[: len(rank)], text[len(rank) :].strip()
    return None, text.strip()


def _is_caps(text: str) -> bool:
    return text.upper() == text and any(c.isalpha() for c in text)
