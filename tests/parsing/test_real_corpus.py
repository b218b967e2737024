"""Real-layout plans (tests/corpus/real): openings of administrative documents laid out as public
web pages show them, faults and all (names, numbers and wording changed), with hand-written gold
records. The floor is the figure the parser reached on them; a change that loses ground on real
input fails here."""

from __future__ import annotations

from pathlib import Path

from tests.corpus_scoring import assert_golds_score_perfectly, assert_parser_reaches, plan_files
from tests.shared_scorer import scorer as shared_scorer

REAL = Path(__file__).resolve().parents[1] / "corpus" / "real"
FLOOR_F1 = 0.98


def test_every_real_plan_has_a_gold_record_and_a_source():
    plans = {p.stem for p in plan_files(REAL)}
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert len(plans) >= 20
    assert plans == {p.stem for p in REAL.glob("*.json")}
    assert [stem for stem in plans if f"| {stem} |" not in sources] == []


def test_real_gold_records_score_perfectly_against_themselves(shared_dir):
    assert_golds_score_perfectly(shared_scorer(), REAL)


def test_parser_holds_its_floor_on_real_plans(tmp_path, shared_dir):
    assert_parser_reaches(shared_scorer(), REAL, FLOOR_F1, tmp_path)
