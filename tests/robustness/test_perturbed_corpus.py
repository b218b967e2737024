"""The parser on every annotated plan (seeds and extra corpus) in the forms real conversions produce.

Each perturbation of tests/robustness/perturb.py (alone, and in the combinations a real
file shows: a wrapped and paged PDF, a scan read without diacritics, a DOCX turned into
Markdown) is applied to every plan; the records are scored with the shared scorer.

The floors are the contract for robustness, set after measuring (bench/robustness_report.py):
the clean texts score about 0.995, so a form that costs more than a few points is a mechanism that
breaks, not noise. Two floors per form:
- over all plans (score.py's overall F1): 0.95 for layout forms (wrap, page breaks, Markdown,
  header, typography, bullets) and for lost diacritics, which the parser restores and the
  scorer folds; 0.90 for OCR noise and a whole scan; 0.92 for the PDF combination;
- per plan: a user imports one plan at a time, and an average hides a plan whose tasks all
  vanish. A plan must keep 0.85 (0.75 under OCR noise), or lose at most 0.05 from its own
  clean score when that is already lower.
"""

from __future__ import annotations

import pytest
from tests.robustness.harness import Run, documents, overall, run
from tests.robustness.perturb import ALL, Perturbation

LAYOUT, NOISY = (0.95, 0.85), (0.90, 0.75)
FLOORS = {
    "wrap": LAYOUT,
    "wrap_tight": LAYOUT,
    "pages": LAYOUT,
    "strip": LAYOUT,
    "noise": NOISY,
    "markdown": LAYOUT,
    "glue": LAYOUT,
    "flat_header": LAYOUT,
    "no_header": LAYOUT,
    "typography": LAYOUT,
    "bullets": LAYOUT,
    "wrap+pages": LAYOUT,
    "scan": NOISY,
    "markdown+glue": LAYOUT,
    "pdf": (0.92, 0.80),
}
OWN_SCORE_SLACK = 0.05


@pytest.fixture(scope="module")
def clean() -> dict[str, Run]:
    """Every plan parsed as it is: the score a perturbed plan is held against when its own is low."""
    return {r.doc: r for r in (run(doc, None) for doc in documents())}


def test_every_perturbation_has_a_floor():
    assert set(FLOORS) == {p.name for p in ALL}


def _collapsed(runs: list[Run], clean: dict[str, Run], floor: float) -> dict[str, str]:
    """Plans below the per-plan floor, each with its score and the first things the scorer missed."""
    out = {}
    for r in runs:
        if r.f1 < min(floor, clean[r.doc].f1 - OWN_SCORE_SLACK):
            new = [m for m in r.misses if m not in clean[r.doc].misses]
            out[r.doc] = f"{r.f1:.3f} (clean {clean[r.doc].f1:.3f}) {r.error or ''} {new[:3]}"
    return out


@pytest.mark.parametrize("perturbation", ALL, ids=lambda p: p.name)
def test_parser_holds_its_floor_under(perturbation: Perturbation, clean: dict[str, Run]):
    overall_floor, plan_floor = FLOORS[perturbation.name]
    runs = [run(doc, perturbation) for doc in documents()]
    report = " ".join(f"{r.doc}:{r.f1:.2f}" for r in runs)
    assert overall(runs) >= overall_floor, f"overall F1 {overall(runs):.3f} < {overall_floor}: {report}"
    assert _collapsed(runs, clean, plan_floor) == {}
