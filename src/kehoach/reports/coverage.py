"""How well lower-level plans cover a higher plan: for each task of the higher plan, the closest
task of each implementing plan, by text similarity on folded text with a bonus for shared units.

Pure functions over plain data; `kehoach.reports.queries` finds the implementing plans.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kehoach.units.folding import fold

MATCH_THRESHOLD = 62  # token-set similarity (0–100) from which a lower task is taken to carry one out
UNIT_BONUS = 8  # a lower task led by a unit the higher task names is likelier to be its counterpart
UNIT_SIMILARITY = 88


@dataclass(frozen=True)
class CoverTask:
    key: str
    text: str
    units: tuple[str, ...] = ()


@dataclass(frozen=True)
class CoverPlan:
    label: str  # "Kế hoạch số 45/KH-UBND"
    issuer: str
    tasks: tuple[CoverTask, ...]
    uuid: str = ""


@dataclass(frozen=True)
class TaskMatch:
    task: CoverTask
    match: CoverTask | None
    score: float

    @property
    def covered(self) -> bool:
        return self.match is not None


@dataclass(frozen=True)
class PlanCoverage:
    plan: CoverPlan
    matches: tuple[TaskMatch, ...] = field(default_factory=tuple)

    @property
    def percent(self) -> float:
        if not self.matches:
            return 0.0
        return round(100 * sum(m.covered for m in self.matches) / len(self.matches), 1)

    @property
    def uncovered(self) -> list[CoverTask]:
        return [m.task for m in self.matches if not m.covered]


def _units_meet(names: Iterable[str], others: Iterable[str]) -> bool:
    folded = [fold(n) for n in others if n]
    return any(fuzz.token_set_ratio(fold(n), o) >= UNIT_SIMILARITY for n in names if n for o in folded)


def task_score(task: CoverTask, candidate: CoverTask, issuer: str = "") -> float:
    """Similarity of two task texts (0–100, folded, word-set based) plus the shared-unit bonus.

    The lower plan's issuer counts as one of its tasks' units: a province's plan carries out the
    tasks the higher plan gives that province."""
    score = fuzz.token_set_ratio(fold(task.text), fold(candidate.text))
    if task.units and _units_meet(task.units, (*candidate.units, issuer)):
        score += UNIT_BONUS
    return min(score, 100.0)


def best_match(task: CoverTask, plan: CoverPlan) -> TaskMatch:
    scored = [(task_score(task, c, plan.issuer), c) for c in plan.tasks]
    score, match = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return TaskMatch(task, match if score >= MATCH_THRESHOLD else None, score)


def cover(higher: Sequence[CoverTask], lowers: Sequence[CoverPlan]) -> list[PlanCoverage]:
    """One coverage per implementing plan, most complete first."""
    found = [PlanCoverage(plan, tuple(best_match(t, plan) for t in higher)) for plan in lowers]
    return sorted(found, key=lambda c: -c.percent)


def implements(reference: dict, number: str, symbol: str) -> bool:
    """Whether a record's reference (kehoach.plan/1 `references` item) names the plan number/symbol
    as one it carries out."""
    if not reference.get("implements") or not symbol:
        return False
    same_number = (reference.get("number") or "").lstrip("0") == (number or "").lstrip("0")
    return same_number and fold(reference.get("symbol") or "") == fold(symbol)
