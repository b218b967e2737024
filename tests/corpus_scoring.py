"""Scoring a folder of plans with their gold records (NNN_slug.txt|.md beside NNN_slug.json) the way
the team's scorer's command line does. Used by the extra corpus and the real-plan tests."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from kehoach.parsing import parse_file

PLAN_SUFFIXES = (".txt", ".md")


def plan_files(folder: Path) -> list[Path]:
    """The plans of a folder: NNN_slug.txt or NNN_slug.md (SOURCES.md beside them is not one)."""
    return sorted(p for p in folder.iterdir() if p.suffix in PLAN_SUFFIXES and p.name[:3].isdigit())


def gold_of(plan: Path) -> dict:
    return json.loads(plan.with_suffix(".json").read_text(encoding="utf-8"))


def score_plans(
    scorer: ModuleType, folder: Path, predictions: dict[str, dict], plans: list[Path] | None = None
) -> tuple[dict[str, float], float]:
    """Per-plan F1 and the overall F1 over all facts of the folder's plans (or of `plans`)."""
    overall = scorer.Tally()
    per_plan = {}
    for plan in plan_files(folder) if plans is None else plans:
        pred = scorer.first_alternatives(predictions.get(plan.stem, {}))
        doc = scorer.Tally()
        for tally in scorer.score_doc(gold_of(plan), pred).values():
            doc.add(tally)
        overall.add(doc)
        per_plan[plan.stem] = doc.f1
    return per_plan, overall.f1


def predict(plan: Path, out_dir: Path) -> dict:
    """The parser's record for one plan, written to out_dir; an empty record when parsing fails."""
    try:
        record = parse_file(plan)
    except Exception as exc:  # one broken plan must not hide the figures of the others
        print(f"{plan.name}: parse failed: {exc.__class__.__name__}: {exc}")
        return {}
    (out_dir / f"{plan.stem}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), "utf-8")
    return record


def report(per_plan: dict[str, float], overall: float) -> str:
    """Per-plan and overall F1, one line each."""
    lines = [f"{stem:<45} F1 {f1:.3f}" for stem, f1 in per_plan.items()]
    return "\n".join([*lines, f"overall F1 {overall:.3f}"])


def assert_golds_score_perfectly(scorer: ModuleType, folder: Path) -> None:
    """Each gold record scored against itself gives 1.0: the gold is well formed for the scorer."""
    golds = {p.stem: gold_of(p) for p in plan_files(folder)}
    per_plan, overall = score_plans(scorer, folder, golds)
    assert overall == 1.0, {stem: f1 for stem, f1 in per_plan.items() if f1 < 1.0}


def assert_parser_reaches(scorer: ModuleType, folder: Path, floor: float, out_dir: Path) -> None:
    """The parser's overall F1 on the folder's plans is at least `floor` (per-plan figures printed)."""
    predictions = {plan.stem: predict(plan, out_dir) for plan in plan_files(folder)}
    per_plan, overall = score_plans(scorer, folder, predictions)
    print(report(per_plan, overall))
    assert overall >= floor, f"overall F1 {overall:.3f} < {floor}\n{report(per_plan, overall)}"
