"""What a unit name on a plan task resolves to: one unit, a collective's members, or nothing
yet (with suggestions). Used by the review screen and when a plan is issued.

A `Resolver` holds the directory in memory, so resolving many names costs no queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from kehoach.units.folding import fold
from kehoach.units.matching import DirectoryIndex, Match, best_unit, match_unit
from kehoach.units.models import CollectiveName, Unit, UnitKind
from kehoach.units.names import core, normalize

COLLECTIVE_MIN_SCORE = 88
# Words naming the kind of body a collective stands for; a name and a collective must use the same
# ones ("UBND các huyện" is not "UBND các tỉnh", however alike the letters).
KIND_WORDS = {"tinh", "huyen", "quan", "xa", "phuong", "so", "bo", "nganh", "dia"}


def _kind_words(key: str) -> set[str]:
    return set(key.split()) & KIND_WORDS


@dataclass
class Resolution:
    name: str
    units: list[Unit] = field(default_factory=list)  # what the name is taken to mean
    collective: CollectiveName | None = None
    suggestions: list[Match] = field(default_factory=list)
    chosen: bool = False  # the reviewer picked the units by hand

    @property
    def matched(self) -> bool:
        return bool(self.units)


class Resolver:
    """Resolves names against the directory for one plan (its province is the context)."""

    def __init__(self, context: Unit | None = None, index: DirectoryIndex | None = None) -> None:
        self.context = context
        self.index = index or DirectoryIndex.current()
        self.collectives = {normalize(c.name): c for c in CollectiveName.objects.all()}
        self.members: dict[int, list[int]] = defaultdict(list)
        for collective_id, unit_id in CollectiveName.members.through.objects.values_list(
                "collectivename_id", "unit_id"):
            self.members[collective_id].append(unit_id)

    def collective(self, name: str) -> CollectiveName | None:
        """The collective `name` is written as: the same words, or close ones naming the same kind of
        body with the plural "các" ("Các sở, ban, ngành tỉnh" → "Các sở, ban, ngành")."""
        query = normalize(name)
        if query in self.collectives:
            return self.collectives[query]
        if "cac" not in query.split():
            return None
        same_kind = [key for key in self.collectives if _kind_words(key) == _kind_words(query)]
        found = process.extractOne(query, same_kind, scorer=fuzz.WRatio, score_cutoff=COLLECTIVE_MIN_SCORE)
        return self.collectives[found[0]] if found else None

    def members_of(self, collective: CollectiveName) -> list[Unit]:
        """The active units the collective stands for: its explicit members if any, else every unit
        of its kind, narrowed to `within` or (with `within_context`) to the plan's province —
        [] when it needs a province and none is known."""
        units = self.index.units
        explicit = [units[i] for i in self.members.get(collective.id, []) if units[i].active]
        if explicit:
            return sorted(explicit, key=lambda u: u.name)
        scope = collective.within_id
        if collective.within_context and not scope:
            if self.context is None:
                return []
            scope = self.context.id
        found = [u for u in units.values() if u.active
                 and (not collective.member_kind or u.kind == collective.member_kind)
                 and (scope is None or u.parent_id == scope)]
        return sorted(found, key=lambda u: u.name)

    def resolve(self, name: str) -> Resolution:
        collective = self.collective(name)
        if collective is not None:
            return Resolution(name, self.members_of(collective), collective)
        unit = best_unit(name, self.context, self.index)
        suggestions = [] if unit else match_unit(name, self.context, index=self.index)
        return Resolution(name, [unit] if unit else [], None, suggestions)

    def chosen(self, name: str, unit_ids: list[int]) -> Resolution:
        """The reviewer's own pick for `name` (may be empty: "no unit")."""
        units = [self.index.units[i] for i in unit_ids if i in self.index.units]
        return Resolution(name, units, None, [], chosen=True)


def resolve(name: str, context: Unit | None = None) -> Resolution:
    """Resolve one name as a plan writes it (builds a Resolver; use one for many names)."""
    return Resolver(context).resolve(name)


# An issuer starting with these is a provincial body, so the place it writes from is its province.
LOCAL_ISSUERS = ("so ", "uy ban nhan dan ", "phong ", "cong an tinh", "ban chi dao")


def plan_province(record: dict, index: DirectoryIndex | None = None) -> Unit | None:
    """The province a plan comes from: named in its issuer ("UBND tỉnh Lai Châu", "Sở … tỉnh X"),
    else the place a provincial body ("Sở …") writes from ("Lai Châu, ngày …"); a province merged
    in 2025 gives the one that absorbed it."""
    document = record.get("document") or {}
    issuer = normalize(" ".join(str(document.get(k) or "") for k in ("parent_issuer", "issuer")))
    index = index or DirectoryIndex.current()
    provinces = sorted((u for u in index.units.values() if u.kind == UnitKind.PROVINCE),
                       key=lambda u: not u.active)
    texts = [issuer]
    if issuer.startswith(LOCAL_ISSUERS) and "chinh phu" not in issuer:
        texts.append(normalize(str(document.get("place") or "")))
    for text in texts:
        found = [u for u in provinces if f" {core(fold(u.name))} " in f" {text} "]
        if found:  # a province merged in 2025 stands for the one that absorbed it
            return found[0] if found[0].active else index.units.get(found[0].merged_into_id)
    return None
