"""The extra corpus (tests/corpus/plans): plans of other topics, issuers and layouts than the seeds,
parsed with `parse_file` and scored with the team's shared scorer. It shows the parser is topic-neutral."""

from __future__ import annotations

from pathlib import Path

from tests.corpus_scoring import gold_of, plan_files, predict, report, score_plans
from tests.shared_scorer import scorer as shared_scorer

PLANS = Path(__file__).resolve().parents[1] / "corpus" / "plans"
TARGET_F1 = 0.90


def test_every_plan_has_a_gold_record_and_every_gold_a_plan():
    plans = {p.stem for p in plan_files(PLANS)}
    golds = {p.stem for p in PLANS.glob("*.json")}
    assert len(plans) >= 12
    assert plans == golds


def test_gold_records_score_perfectly_against_themselves(shared_dir):
    golds = {p.stem: gold_of(p) for p in plan_files(PLANS)}
    per_plan, overall = score_plans(shared_scorer(), PLANS, golds)
    assert overall == 1.0, {stem: f1 for stem, f1 in per_plan.items() if f1 < 1.0}


def test_parser_reaches_target_f1_on_the_extra_corpus(tmp_path, shared_dir):
    predictions = {plan.stem: predict(plan, tmp_path) for plan in plan_files(PLANS)}
    per_plan, overall = score_plans(shared_scorer(), PLANS, predictions)
    print(report(per_plan, overall))
    assert overall >= TARGET_F1, f"overall F1 {overall:.3f} < {TARGET_F1}\n{report(per_plan, overall)}"
