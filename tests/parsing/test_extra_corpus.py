"""The extra corpus (tests/corpus/plans): plans of other topics, issuers and layouts than the seeds,
parsed with `parse_file` and scored with the team's shared scorer. It shows the parser is topic-neutral."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from tests.shared_scorer import scorer as shared_scorer

from kehoach.parsing import parse_file

PLANS = Path(__file__).resolve().parents[1] / "corpus" / "plans"
TARGET_F1 = 0.90
PLAN_SUFFIXES = (".txt", ".md")


def plan_files() -> list[Path]:
    """The plans: NNN_slug.txt or NNN_slug.md (SOURCES.md beside them is not one)."""
    return sorted(p for p in PLANS.iterdir() if p.suffix in PLAN_SUFFIXES and p.name[:3].isdigit())


def gold_of(plan: Path) -> dict:
    return json.loads(plan.with_suffix(".json").read_text(encoding="utf-8"))


def score_plans(scorer: ModuleType, predictions: dict[str, dict]) -> tuple[dict[str, float], float]:
    """Per-plan F1 and the overall F1 over all facts, counted the way score.py's command line does."""
    overall = scorer.Tally()
    per_plan = {}
    for plan in plan_files():
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


def test_every_plan_has_a_gold_record_and_every_gold_a_plan():
    plans = {p.stem for p in plan_files()}
    golds = {p.stem for p in PLANS.glob("*.json")}
    assert len(plans) >= 12
    assert plans == golds


def test_gold_records_score_perfectly_against_themselves(shared_dir):
    scorer = shared_scorer()
    golds = {p.stem: gold_of(p) for p in plan_files()}
    per_plan, overall = score_plans(scorer, golds)
    assert overall == 1.0, {stem: f1 for stem, f1 in per_plan.items() if f1 < 1.0}


def test_parser_reaches_target_f1_on_the_extra_corpus(tmp_path, shared_dir):
    scorer = shared_scorer()
    predictions = {plan.stem: predict(plan, tmp_path) for plan in plan_files()}
    per_plan, overall = score_plans(scorer, predictions)
    report = "\n".join(f"{stem:<45} F1 {f1:.3f}" for stem, f1 in per_plan.items())
    print(f"{report}\noverall F1 {overall:.3f}")
    assert overall >= TARGET_F1, f"overall F1 {overall:.3f} < {TARGET_F1}\n{report}"
