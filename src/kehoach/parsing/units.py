"""Unit names: recognising them, splitting a list of them, and finding the unit a sentence assigns.

A unit (cơ quan, đơn vị) is named as the text names it. A list of units is cut
only where the next part starts with a capitalised kind of body ("…, UBND các
xã", "… và Đài Phát thanh…"), so that a collective name keeps its commas
("Các sở, ban, ngành") and so does a ministry's ("Bộ Văn hóa, Thể thao và Du lịch").
"""

from __future__ import annotations

import re

from kehoach.parsing.fold import fold
from kehoach.parsing.vocabulary import UNIT_HEADS, VERBS

_HEAD_RE = re.compile(
    r"(?:{})\b".format("|".join(sorted((re.escape(h) for h in UNIT_HEADS), key=len, reverse=True)))
)
_NOT_UNITS = re.compile(
    r"(?:hoi nghi|hoi thao|hoi thi|hoi dien|hoi cho|bao cao|bao dam|bao ve|to chuc|cac noi dung"
    r"|cac hoat dong|cac nhiem vu|cac chuong trinh|cac van ban|cac tin|cac bai|cac hinh thuc"
    r"|cac khau hieu|cac quy dinh|phong chong|phong ngua|dai bieu|bo luat|vu viec|so lieu|khoa hoc)\b"
)
# "Giao X" frames a unit; "Giáo viên", "Giáo dục" fold to the same letters and are names.
_FRAMING = re.compile(
    r"(?:de nghi|giao cho|giao(?!\s+(?:vien|duc)\b)|yeu cau|trach nhiem cua|trach nhiem|doi voi)\s+"
)
_TRAILING = re.compile(r"[\s,;:.\-–]*(?:\(?\s*(?:co quan |don vi )?chu tri\s*\)?)?[\s,;:.\-–]*$")
_HEAD_CHARS = 48  # a name's kind, or the framing words before it, is in its first words
_TAIL_CHARS = 24  # the framing words after a name are short: look only at the end

# A verb followed by a place word belongs to a name ("Trung tâm Dịch vụ tổng hợp xã").
_PLACE_AFTER = re.compile(r"\s(?:xa|phuong|huyen|tinh|thi xa|thi tran|quan|thanh pho)(?:\s*$|\s+(?=[a-z]))")
_VERB_RE = re.compile(
    r"\b(?:{}|cu(?=\s+(?:\d|can bo|dai dien|thanh vien|vien chuc|cong chuc|lanh dao|nguoi)))\b".format(
        "|".join(sorted(VERBS, key=len, reverse=True))
    )
)
_SPLIT_AT = re.compile(r"\s*(?:,|;|\bva\b|\bcung\b|\bvoi\b)\s*")
_LOCALITY = re.compile(r"(?:xa|phuong|thi tran|thi xa|huyen|quan|tinh|thanh pho|dac khu)\s")
_ONE_BODY = re.compile(
    r"(?:van phong|ban|phong|bo phan)\s+(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan|dang uy)$"
)
_MAX_NAME = 150
_BODY_AFTER = re.compile(r"\s+(?:dang|chinh tri|doan the|xa hoi|thanh vien)\b")  # "tổ chức đảng" is a body
_PERSON = re.compile(r"(?:dong chi|d/c|ong|ba)\s")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*:?$")


def is_unit_name(text: str) -> bool:
    """Whether `text` starts like the name of a body or office holder."""
    folded = fold(text[:_HEAD_CHARS])
    return bool(_HEAD_RE.match(folded)) and not _NOT_UNITS.match(folded) and not _VERB_RE.match(folded)


def strip_framing(text: str) -> tuple[str, bool]:
    """The text without "Đề nghị", "Giao", … before a unit and "chủ trì" after it; and whether framed."""
    m = _FRAMING.match(fold(text[:_HEAD_CHARS]))
    framed = bool(m)
    if m:
        text = text[m.end() :]
    cut = max(0, len(text) - _TAIL_CHARS)
    tail = _TRAILING.search(fold(text[cut:]))
    return text[: cut + tail.start()] if tail else text, framed


def split_units(text: str) -> list[str]:
    """The units a list names: cut before each capitalised kind of body (a person's titles stay whole)."""
    text, _ = strip_framing(text.strip())
    folded = fold(text)
    if _PERSON.match(folded):
        return [text.strip(" ,;:.")]
    parts, start = [], 0
    for m in _SPLIT_AT.finditer(folded):
        nxt = text[m.end() : m.end() + 1]
        left = folded[start : m.start()]
        collective = folded.startswith("cac ", m.end()) and (
            m.group().strip() in ("va", ";") or not folded.startswith("cac ", start)
        )
        if m.start() > start and _ONE_BODY.match(left):  # "Văn phòng HĐND và UBND xã" is one office
            continue
        if m.start() > start and (
            ((nxt.isupper() or collective) and is_unit_name(text[m.end() :]))
            or _parallel_place(text, folded, left, m.end())
        ):
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return [p.strip(" ,;:.") for p in parts if p.strip(" ,;:.")]


def _parallel_place(text: str, folded: str, left: str, at: int) -> bool:
    """ "Ủy ban nhân dân xã Hoa Lư, phường Tam Điệp": a second named place after a named one."""
    m = _LOCALITY.match(folded, at)
    return m is not None and text[m.end() : m.end() + 1].isupper() and bool(_LOCALITY.search(left))


def verb_at(text: str, folded: str, pos: int) -> re.Match[str] | None:
    """The first verb from `pos` that is written in lower case (so not part of a name)."""
    for m in _VERB_RE.finditer(folded, pos):
        if not text[m.start()].islower() or _is_noun_use(m, folded):
            continue
        if _PLACE_AFTER.match(folded, m.end()) and _verb_follows(folded, m.end()):
            continue
        if text.count("(", pos, m.start()) > text.count(")", pos, m.start()):  # inside a parenthesis
            continue
        return m
    return None


def _is_noun_use(verb: re.Match[str], folded: str) -> bool:
    """ "Ban chỉ đạo", "các tổ chức", "tổ chức đảng", "Văn phòng đăng ký đất đai", "người tham gia":
    the verb's words naming a body or people."""
    word, before = verb.group(), folded[max(0, verb.start() - 10) : verb.start()]
    return (
        (word == "chi dao" and before.endswith("ban "))
        or (word == "to chuc" and (before.endswith("cac ") or bool(_BODY_AFTER.match(folded, verb.end()))))
        or (word == "dang ky" and before.endswith("van phong "))
        or before.endswith("nguoi ")
    )


def _verb_follows(folded: str, pos: int) -> bool:
    """Whether a place word at `pos` is followed by a verb ("tổng hợp xã tuyên truyền")."""
    m = _PLACE_AFTER.match(folded, pos)
    return m is not None and (m.end() >= len(folded.rstrip()) or bool(_VERB_RE.match(folded, m.end())))


def subject_units(text: str) -> list[str]:
    """The units a sentence opens with: "Giao X chủ trì…", "Đề nghị X …", "X chủ trì…", "Sở Y tế tổ chức…"."""
    folded = fold(text)
    m = _FRAMING.match(folded)
    start = m.end() if m else 0
    if not is_unit_name(text[start:]):
        return []
    verb = verb_at(text, folded, start)
    if verb is None or verb.start() - start > _MAX_NAME or verb.start() == start:
        return []
    name = _TRAILING_PAREN.sub("", text[start : verb.start()].split(":")[0].strip(" ,;:"))
    return split_units(name) if name else []


def heading_units(text: str) -> list[str]:
    """The units a heading names ("1. Bộ Ngoại giao", "Đề nghị Báo X và Đài Y:"), or [] if it names none."""
    name, framed = strip_framing(_TRAILING_PAREN.sub("", text.strip().rstrip(":").strip()))
    verb = verb_at(name, fold(name), 0)
    if verb is not None and verb.start() > 0:  # "Sở Y tế có trách nhiệm:", "Công an tỉnh chủ trì:"
        name = name[: verb.start()].strip(" ,;:")
    if len(name) > _MAX_NAME or not (framed or is_unit_name(name)):
        return []
    return split_units(name)
