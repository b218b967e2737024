"""Collective names ("UBND các tỉnh, thành phố") and the units they stand for."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from kehoach.units.models import CollectiveName, Unit
from kehoach.units.names import normalize

MIN_SCORE = 88


def find_collective(name: str) -> CollectiveName | None:
    """The collective name `name` is written as, if any (accent- and abbreviation-insensitive)."""
    collectives = {normalize(c.name): c for c in CollectiveName.objects.all()}
    if not collectives:
        return None
    key, score, _ = process.extractOne(normalize(name), list(collectives), scorer=fuzz.ratio)
    return collectives[key] if score >= MIN_SCORE else None


def members_of(collective: CollectiveName, context: Unit | None) -> list[Unit]:
    """The active units the collective stands for; [] when it needs a province and none is known."""
    explicit = list(collective.members.filter(active=True).order_by("name"))
    if explicit:
        return explicit
    units = Unit.objects.filter(active=True)
    if collective.member_kind:
        units = units.filter(kind=collective.member_kind)
    if collective.within_id:
        units = units.filter(parent_id=collective.within_id)
    elif collective.within_context:
        if context is None:
            return []
        units = units.filter(parent=context)
    return list(units.order_by("name"))
