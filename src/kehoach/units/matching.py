"""Matching unit names as plans write them to the directory, with scores.

`match_unit(name, context)` returns the best active units: exact keys (name, short name,
alias, after folding and abbreviation expansion) score 100; otherwise rapidfuzz scores the
closest keys. A unit absorbed by a merger is replaced by its successors. `context` (the
plan's province) favours that province's own units.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import islice

from django.db.models import Count, Max
from rapidfuzz import fuzz, process

from kehoach.units.models import Unit, UnitAlias, UnitKind
from kehoach.units.names import LEVEL_ENDINGS, body_kind, core, normalize

LOCAL_KINDS = (UnitKind.COMMUNE, UnitKind.DEPARTMENT, UnitKind.OFFICE)
CONTEXT_BONUS = 6
MIN_SCORE = 60


@dataclass(frozen=True)
class Match:
    """A directory unit a name may mean, with a score out of 100."""

    unit: Unit
    score: int
    via: str = ""  # the absorbed unit's name when the match went through a merger


PLACE_KINDS = (UnitKind.PROVINCE, UnitKind.COMMUNE)
_CACHE: dict = {}  # one index per process, see DirectoryIndex.current


def _is_abbreviation(key: str) -> bool:
    """Short one-word keys ("bca", "vpcqtt") only ever match exactly: fuzzy scores on them are noise."""
    return " " not in key and len(key) <= 8


class DirectoryIndex:
    """Every key of every unit, built once per request (about 3,500 units: ~0.15 s).

    `exact`: key → unit ids (names, short names, aliases, "name + province" of local units);
    `names`: the long keys fuzzy matching runs on; `places`: place names without their kind
    ("lai chau" for "Tỉnh Lai Châu"), compared with the query's own place name.
    """

    def __init__(self) -> None:
        self.units = {u.id: u for u in Unit.objects.select_related("parent")}
        self.splits: dict[int, list[int]] = defaultdict(list)
        for from_id, to_id in Unit.split_into.through.objects.values_list("from_unit_id", "to_unit_id"):
            self.splits[from_id].append(to_id)
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.places: dict[str, list[int]] = defaultdict(list)
        for unit in self.units.values():
            self._add_unit(unit)
        for unit_id, name in UnitAlias.objects.values_list("unit_id", "name"):
            self.exact[normalize(name)].append(unit_id)
        self.names = [key for key in self.exact if not _is_abbreviation(key)]
        self.place_names = list(self.places)
        self.memo: dict[tuple, list[Match]] = {}  # (query, context id) → matches, as long as the index lives

    @classmethod
    def current(cls) -> DirectoryIndex:
        """The index for the directory as it is now; rebuilt only when units or aliases changed."""
        version = (tuple(Unit.objects.aggregate(n=Count("id"), at=Max("updated_at")).values())
                   + tuple(UnitAlias.objects.aggregate(n=Count("id"), last=Max("id")).values()))
        if _CACHE.get("version") != version:
            _CACHE.update(version=version, index=cls())
        return _CACHE["index"]

    def _add_unit(self, unit: Unit) -> None:
        full = normalize(unit.name)
        self.exact[full].append(unit.id)
        if unit.short_name:
            self.exact[normalize(unit.short_name)].append(unit.id)
        if unit.parent_id and unit.kind in LOCAL_KINDS:
            self.exact[f"{full} {core(normalize(unit.parent.name))}"].append(unit.id)
        if unit.kind in PLACE_KINDS and core(full) != full:
            self.places[core(full)].append(unit.id)

    def successors(self, unit: Unit) -> list[Unit]:
        ids = self.splits.get(unit.id) or ([unit.merged_into_id] if unit.merged_into_id else [])
        return [self.units[i] for i in ids if i in self.units]


def _province_of(index: DirectoryIndex, unit: Unit | None) -> Unit | None:
    """The province `unit` is, or lies in (an office of a department: two levels up); None if central."""
    for _level in range(3):
        if unit is None or unit.kind == UnitKind.PROVINCE:
            return unit
        unit = index.units.get(unit.parent_id)
    return None


def _in_context(unit: Unit, context: Unit | None) -> bool:
    return context is not None and (unit.id == context.id or unit.parent_id == context.id)


def _adjusted(index: DirectoryIndex, unit_id: int, score: float, context: Unit | None) -> float:
    unit = index.units[unit_id]
    if _in_context(unit, context):
        return score + CONTEXT_BONUS
    province = _province_of(index, unit)
    if context is not None and province is not None and province.id != context.id and unit.parent_id:
        return score - CONTEXT_BONUS  # another province's commune, department or office
    return score


def _candidates(index: DirectoryIndex, query: str) -> list[tuple[list[int], float]]:
    """(unit ids, score) pairs: exact keys 100, the query's place name 99 at most, fuzzy the rest."""
    found: list[tuple[list[int], float]] = []
    if query in index.exact:
        found.append((index.exact[query], 100.0))
    for key, score, _ in process.extract(query, index.names, scorer=fuzz.WRatio, limit=25,
                                         score_cutoff=MIN_SCORE):
        found.append((index.exact[key], min(score, 99.0)))
    for key, score, _ in process.extract(core(query), index.place_names, scorer=fuzz.ratio, limit=10,
                                         score_cutoff=MIN_SCORE):
        found.append((index.places[key], min(score, 99.0)))
    return found


def _raw_scores(index: DirectoryIndex, query: str, context: Unit | None) -> dict[int, float]:
    """unit id → best score over its keys, adjusted for the plan's province."""
    best: dict[int, float] = {}
    for unit_ids, score in _candidates(index, query):
        for unit_id in unit_ids:
            value = _adjusted(index, unit_id, score, context)
            best[unit_id] = max(best.get(unit_id, 0.0), value)
    return best


def placed(name: str, context: Unit | None) -> str:
    """`name` normalized, a bare "tỉnh"/"thành phố" at its end read as the plan's own province
    ("Bộ Chỉ huy Quân sự tỉnh" in a Quảng Ninh plan → "bo chi huy quan su quang ninh")."""
    return _placed_key(normalize(name), context)


def _placed_key(query: str, context: Unit | None) -> str:
    """`placed` for a name already normalized."""
    if context is None:
        return query
    for bare in LEVEL_ENDINGS[:2]:
        if query.endswith(bare) and "cac" not in query.split():  # "các huyện, thành phố" is no place
            return f"{query[:-len(bare)]} {core(normalize(context.name))}"
    return query


def match_unit(name: str, context: Unit | None = None, limit: int = 5,
               index: DirectoryIndex | None = None) -> list[Match]:
    """The best active units for `name`, highest score first."""
    index = index or DirectoryIndex.current()
    query = placed(name, context)
    if not query:
        return []
    memo_key = (query, context.id if context else None)
    if memo_key not in index.memo:
        index.memo[memo_key] = _ranked(index, query, context)
    return index.memo[memo_key][:limit]


def _ranked(index: DirectoryIndex, query: str, context: Unit | None) -> list[Match]:
    """Every match of `query` above MIN_SCORE, best first; absorbed units replaced by successors."""
    found: dict[int, Match] = {}
    for unit_id, score in _raw_scores(index, query, context).items():
        unit = index.units[unit_id]
        targets = [(unit, "")] if unit.active else [(s, unit.name) for s in index.successors(unit)]
        for target, via in targets:
            value = min(100, round(score))
            if target.active and value >= MIN_SCORE and value > found.get(target.id, Match(target, -1)).score:
                found[target.id] = Match(target, value, via)
    return sorted(found.values(), key=lambda m: (-m.score, m.unit.name))


def _provinces_named(index: DirectoryIndex, text: str) -> set[int]:
    """Provinces whose place name appears in `text` ("so tu phap tinh lai chau" → Lai Châu)."""
    padded = f" {text} "
    return {unit_id for place, ids in index.places.items() if f" {place} " in padded
            for unit_id in ids if index.units[unit_id].kind == UnitKind.PROVINCE}


def agrees(index: DirectoryIndex, key: str, query: str, unit: Unit, context: Unit | None) -> bool:
    """Whether `unit` can be what a name surely means (`key`: the name normalized, `query`: it
    `placed` in the plan's province): the same kind of body (a "Sở" is no "Bộ", a "Bộ Chỉ huy Quân
    sự" no "Phường"), and a local unit lies in the province the name carries, or else in the plan's
    own province — a wrong sure match is worse than none."""
    kind, unit_key = body_kind(key), normalize(unit.name)
    if kind and body_kind(unit_key) != kind:
        return False
    if not kind and unit.kind in PLACE_KINDS and core(key) != core(unit_key):
        return False  # "Đài PT-TH Lai Châu" names a body in Lai Châu, not the province
    province = _province_of(index, unit)
    if province is None:
        return not key.endswith(LEVEL_ENDINGS)
    own = core(unit_key)
    named = _provinces_named(index, f" {query} ".replace(f" {own} ", " ") if unit.kind != UnitKind.PROVINCE
                             else query)
    if named:
        return province.id in named or any(index.units[i].merged_into_id == province.id for i in named)
    return unit.kind == UnitKind.PROVINCE or (context is not None and province.id == context.id)


def best_unit(name: str, context: Unit | None = None, index: DirectoryIndex | None = None,
              threshold: int = 90) -> Unit | None:
    """The one unit `name` surely means (score ≥ threshold, clearly ahead, and agreeing with the name
    on the kind of body and the place), else None: the reviewer picks among the suggestions."""
    index = index or DirectoryIndex.current()
    key = normalize(name)
    query = _placed_key(key, context)  # the name's key and query once, not per candidate
    agreeing = (m for m in match_unit(name, context, limit=10, index=index)
                if agrees(index, key, query, m.unit, context))
    matches = list(islice(agreeing, 2))
    if not matches or matches[0].score < threshold:
        return None
    if len(matches) > 1 and matches[1].score >= matches[0].score:
        return None  # two units fit equally well: the reviewer decides
    return matches[0].unit
