"""The documents, the scorer and one scored run of the parser on a perturbed document.

Shared by tests/robustness/test_perturbed_corpus.py and bench/robustness_report.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.robustness.perturb import Perturbation
from tests.shared_scorer import SHARED, scorer

from kehoach.parsing import parse_text

REPO = Path(__file__).resolve().parents[2]
SEEDS = SHARED / "corpus" / "seeds"
PLANS = REPO / "tests" / "corpus" / "plans"


def documents() -> list[Path]:
    """Every annotated plan: the seeds, then the extra corpus (NNN_slug.txt/.md beside NNN_slug.json)."""
    seeds = sorted(p for p in SEEDS.glob("*.txt") if p.with_suffix(".json").exists())
    plans = sorted(
        p
        for p in PLANS.iterdir()
        if p.suffix in (".txt", ".md") and p.name[:3].isdigit() and p.with_suffix(".json").exists()
    )
    return seeds + plans


def label(doc: Path) -> str:
    """A short name for a document: "seed000" or "p014"."""
    return ("seed" if doc.parent == SEEDS else "p") + doc.name[:3]


@dataclass
class Run:
    """One document under one perturbation: its score and what the scorer missed."""

    doc: str
    perturbation: str
    tally: object  # the scorer's Tally over all fields
    error: str | None = None

    @property
    def f1(self) -> float:
        return self.tally.f1  # type: ignore[attr-defined]

    @property
    def misses(self) -> list[str]:
        return self.tally.misses  # type: ignore[attr-defined]


def run(doc: Path, perturbation: Perturbation | None, seed: int = 0) -> Run:
    """Parse the (perturbed) document and score it against its (adjusted) gold record.

    A parse that raises scores as an empty record: the failure is a finding, not a crash."""
    sc = scorer()
    text = doc.read_text(encoding="utf-8")
    gold = json.loads(doc.with_suffix(".json").read_text(encoding="utf-8"))
    if perturbation is not None:
        text, gold = perturbation.text(text, seed), perturbation.gold(gold)
    error = None
    try:
        pred = json.loads(json.dumps(parse_text(text)))
    except Exception as exc:  # any crash is what the harness exists to report
        pred, error = {}, f"{exc.__class__.__name__}: {exc}"
    tally = sc.Tally()
    for field_tally in sc.score_doc(gold, sc.first_alternatives(pred)).values():
        tally.add(field_tally)
    return Run(label(doc), perturbation.name if perturbation else "clean", tally, error)


def overall(runs: list[Run]) -> float:
    """F1 over all facts of all runs, as score.py counts its overall figure."""
    total = scorer().Tally()
    for r in runs:
        total.add(r.tally)
    return total.f1
