"""References: every document the text cites by number and symbol.

"Kế hoạch số 01/KH-BCĐNQ ngày 09/5/2019 của …", "Chỉ thị số 44-CT/TW",
"Quyết định 1079/QĐ-TTg", "35/2022/NĐ-CP". A reference `implements` the plan's
purpose when the title names it, or when it is introduced by "Thực hiện" /
"Triển khai", or by "Căn cứ" when it is a directing document (a plan, a
programme, a dispatch) rather than a basis of authority (a law, a decree).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kehoach.parsing.dates import first_date
from kehoach.parsing.fold import fold

_SLASH = re.compile(r"(?<![\w/.])(\d{1,5}[a-z]?)\s?/\s?((?:\d{4}\s?/\s?)?[A-ZĐ][\w&]*(?:\s?[-–]\s?[\w&]+)*)")
# "44-CT/TW", and as pages give it "298 KH/TWĐTN" (a space for the dash) or "20NQ/TW" (the dash lost).
_DASH = re.compile(
    r"(?<![\w/.])(\d{1,5})(?:\s?-\s?|\s?)([A-ZĐ][A-ZĐa-z]{0,5}\s?/\s?[A-ZĐ][\w&]{0,8}(?:\s?-\s?[\w&]+)*)"
)
_KINDS = (
    ("ke hoach", "ke_hoach"),
    ("quyet dinh", "quyet_dinh"),
    ("cong van", "cong_van"),
    ("van ban", "van_ban"),
    ("chi thi", "chi_thi"),
    ("thong bao", "thong_bao"),
    ("nghi quyet", "nghi_quyet"),
    ("nghi dinh", "nghi_dinh"),
    ("thong tu lien tich", "thong_tu"),
    ("thong tu", "thong_tu"),
    ("chuong trinh", "chuong_trinh"),
    ("ket luan", "ket_luan"),
    ("luat", "luat"),
    ("huong dan", "huong_dan"),
    ("de an", "de_an"),
    ("cong dien", "cong_dien"),
    ("bao cao", "bao_cao"),
    ("to trinh", "to_trinh"),
    ("quy dinh", "quy_dinh"),
    ("phap lenh", "phap_lenh"),
    ("thong tri", "thong_tri"),
)
_KIND_BEFORE = re.compile(r"({})\s*(?:so\s*|s[o06]\s*)?:?\s*$".format("|".join(k for k, _ in _KINDS)))
_KIND_ANY = re.compile(r"\b({})\b".format("|".join(k for k, _ in _KINDS)))
_SYMBOL_KINDS = {
    "kh": "ke_hoach",
    "qd": "quyet_dinh",
    "ct": "chi_thi",
    "tb": "thong_bao",
    "nq": "nghi_quyet",
    "nd": "nghi_dinh",
    "tt": "thong_tu",
    "kl": "ket_luan",
    "hd": "huong_dan",
    "ctr": "chuong_trinh",
    "bc": "bao_cao",
    "cd": "cong_dien",
    "qh": "luat",
    "tttt": "thong_tu",
}
_DATE_AFTER = re.compile(r"\s*,?\s*(?:ban hanh\s+)?ng\w{0,2}y(?:\s|(?=\d))")
_ISSUER = re.compile(
    r"\s*(?:cua|c\wa)\s+(.{3,90}?)(?=\s+(?:ve|v\w)\b|\s*[,;(.]|\s+(?:phe duyet|ban hanh|quy dinh"
    r"|trien khai|thuc hien|tang cuong|nham)\b|$)"
)
# "…, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch … như sau:": the plan itself, not what the cited
# document approves.
_ITSELF = re.compile(r"[^;.]{0,150}?\bnhu sau\b")
_DIRECTING = {"ke_hoach", "chuong_trinh", "cong_van", "de_an", "huong_dan", "van_ban", "cong_dien"}
_APPROVES = re.compile(
    r"[^;]*?(?:phe duyet|ban hanh)\s+(?:(?:dieu chinh|sua doi),?\s+(?:bo sung\s+)?|bo sung\s+)?"
    r"(?:ke hoach|chuong trinh|de an|chien luoc|phuong an)"
)
# A word glued to the end of a symbol by text taken from a web page ("70-TB/TWngày 06 …").
_GLUED_WORD = re.compile(r"(?<=[A-ZĐ\d])[a-zà-ỹđ]{3,}$")


@dataclass(frozen=True)
class Context:
    """How a passage cites documents: in the title, after "Thực hiện", after "Căn cứ", or otherwise."""

    role: str  # title | carry_out | basis | other
    line: int
    last: int


def find_references(text: str, ctx: Context) -> list[dict[str, Any]]:
    """The references of one passage."""
    if "/" not in text:
        return []
    folded = fold(text)
    found: list[tuple[int, dict[str, Any] | None]] = []
    for m in sorted([*_SLASH.finditer(text), *_DASH.finditer(text)], key=lambda m: m.start()):
        if found and m.start() < found[-1][0]:
            continue
        found.append((m.end(), _reference(text, folded, m, ctx)))
    return [ref for _, ref in found if ref]


def _reference(text: str, folded: str, m: re.Match[str], ctx: Context) -> dict[str, Any] | None:
    glued = _GLUED_WORD.search(m[2])
    end = m.start(2) + glued.start() if glued else m.end()
    symbol = re.sub(r"\s+", "", text[m.start(2) : end]).replace("–", "-")
    if symbol.isdigit() or not any(c.isalpha() for c in symbol):
        return None
    kind = _kind(folded[max(0, m.start() - 60) : m.start()], symbol)
    approve = _APPROVES.match(folded, end, end + 200)
    approves = approve is not None and not _ITSELF.match(folded, approve.end())
    return {
        "kind": kind,
        "number": m[1],
        "symbol": symbol,
        "date": _date(folded, end),
        "issuer": _issuer(text, folded, end),
        "implements": _implements(ctx.role, kind, approves),
        "lines": [ctx.line, ctx.last],
    }


def _kind(before: str, symbol: str) -> str:
    """The kind of document: the word before its number, else its symbol's prefix, else a kind word near."""
    m = _KIND_BEFORE.search(before)
    if m:
        return dict(_KINDS)[m[1]]
    part = symbol.split("/")[-1] if symbol[:4].isdigit() else symbol
    head = re.match(r"[a-z]+", fold(part))
    if head and head.group() in _SYMBOL_KINDS:
        return _SYMBOL_KINDS[head.group()]
    near = [m for m in _KIND_ANY.finditer(before)]
    return dict(_KINDS)[near[-1][1]] if near else "van_ban"


def _date(folded: str, pos: int) -> str | None:
    m = _DATE_AFTER.match(folded, pos)
    return first_date(folded[m.end() - 5 : m.end() + 30]) if m else None


def _issuer(text: str, folded: str, pos: int) -> str | None:
    window_end = min(len(folded), pos + 60)
    at = folded.find(" cua ", pos, window_end)
    if at < 0:
        return None
    m = _ISSUER.match(folded, at)
    return text[m.start(1) : m.end(1)].strip() if m else None


def _implements(role: str, kind: str, approves: bool) -> bool:
    """Carried out: named in the title or after "Thực hiện"; after "Căn cứ" only a directing document
    (a plan, a programme, a dispatch) or one that approves a programme or plan."""
    if role in ("title", "carry_out"):
        return True
    return role == "basis" and (kind in _DIRECTING or approves)


def merge(refs: list[dict[str, Any]], own: tuple[str | None, str | None]) -> list[dict[str, Any]]:
    """References deduplicated by number and symbol (details merged), the document's own number left out."""
    out: dict[str, dict[str, Any]] = {}
    own_key = _key(*own) if own[1] else None
    for ref in refs:
        key = _key(ref["number"], ref["symbol"])
        if key == own_key:
            continue
        if key not in out:
            out[key] = ref
            continue
        kept = out[key]
        kept["implements"] = kept["implements"] or ref["implements"]
        for field in ("date", "issuer"):
            kept[field] = kept[field] or ref[field]
    return list(out.values())


def _key(number: str | None, symbol: str | None) -> str:
    return re.sub(r"[\s\-/]+", "", fold(f"{number or ''}/{symbol or ''}"))
