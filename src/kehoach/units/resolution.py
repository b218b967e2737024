"""What a unit name on a plan task resolves to: one unit, a collective's members, or nothing
yet (with suggestions). Used by the review screen and when a plan is issued."""

from __future__ import annotations

from dataclasses import dataclass, field

from kehoach.units.collectives import find_collective, members_of
from kehoach.units.folding import fold
from kehoach.units.matching import DirectoryIndex, Match, best_unit, match_unit
from kehoach.units.models import CollectiveName, Unit, UnitKind
from kehoach.units.names import core, normalize


@dataclass
class Resolution:
    name: str
    units: list[Unit] = field(default_factory=list)  # what the name is taken to mean
    collective: CollectiveName | None = None
    suggestions: list[Match] = field(default_factory=list)

    @property
    def matched(self) -> bool:
        return bool(self.units)


def resolve(name: str, context: Unit | None = None, index: DirectoryIndex | None = None) -> Resolution:
    """Resolve one name as a plan writes it."""
    collective = find_collective(name)
    if collective is not None:
        return Resolution(name, members_of(collective, context), collective)
    index = index or DirectoryIndex.current()
    unit = best_unit(name, context, index)
    suggestions = [] if unit else match_unit(name, context, index=index)
    return Resolution(name, [unit] if unit else [], None, suggestions)


def plan_province(record: dict, index: DirectoryIndex | None = None) -> Unit | None:
    """The province a plan comes from, read off its issuer ("UBND tỉnh Lai Châu", "Sở … tỉnh X")."""
    document = record.get("document") or {}
    issuer = " ".join(str(document.get(k) or "") for k in ("parent_issuer", "issuer"))
    text = f" {normalize(issuer)} "
    index = index or DirectoryIndex.current()
    for unit in index.units.values():
        if unit.kind == UnitKind.PROVINCE and unit.active and f" {core(fold(unit.name))} " in text:
            return unit
    return None
