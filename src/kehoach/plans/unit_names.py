"""Unit names of a plan's tasks resolved against the directory, with the reviewer's picks."""

from __future__ import annotations

from dataclasses import dataclass

from kehoach.plans.models import UnitRole
from kehoach.units.folding import fold
from kehoach.units.matching import DirectoryIndex
from kehoach.units.resolution import Resolution, Resolver, plan_province


def choice_key(name: str) -> str:
    """How a pick is stored in Plan.unit_choices: the name folded."""
    return fold(name)


class PlanResolver:
    """Resolves every unit name of one plan once; a reviewer's pick wins over matching."""

    def __init__(self, plan, record: dict) -> None:
        index = DirectoryIndex.current()
        self.resolver = Resolver(plan_province(record, index), index)
        self.choices = plan.unit_choices or {}
        self._seen: dict[str, Resolution] = {}

    @property
    def province(self):
        return self.resolver.context

    def resolve(self, name: str) -> Resolution:
        key = choice_key(name)
        if key not in self._seen:
            picked = self.choices.get(key)
            self._seen[key] = (self.resolver.chosen(name, picked) if picked is not None
                               else self.resolver.resolve(name))
        return self._seen[key]


@dataclass
class NamedUnit:
    """One unit name on one task, its role there, and what it resolves to."""

    name: str
    role: str
    resolution: Resolution


def named_units(task: dict, resolver: PlanResolver) -> list[NamedUnit]:
    """The lead then the supporting names of a task (effective record), resolved."""
    roles = ((UnitRole.CHU_TRI, task.get("lead")), (UnitRole.PHOI_HOP, task.get("support")))
    return [NamedUnit(name, role, resolver.resolve(name))
            for role, names in roles for name in names or [] if name and name.strip()]
