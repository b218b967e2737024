"""The parser on the annotated seeds, scored by the team's scorer (team corpus: test_extra_corpus.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.parsing.conftest import SEEDS

from kehoach.parsing import parse_text


def _texts(folder: Path) -> list[Path]:
    return sorted(p for p in [*folder.glob("*.txt"), *folder.glob("*.md")] if p.with_suffix(".json").exists())


def _score(scorer, folder: Path) -> tuple[dict[str, float], float]:
    """Per-document F1 and overall F1 of the parser on every annotated text of `folder`."""
    per_doc, overall = {}, scorer.Tally()
    for path in _texts(folder):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        pred = json.loads(json.dumps(parse_text(path.read_text(encoding="utf-8"))))
        doc = scorer.Tally()
        for tally in scorer.score_doc(gold, pred).values():
            doc.add(tally)
        per_doc[path.stem], _ = doc.f1, overall.add(doc)
    return per_doc, overall.f1


def test_it_scores_every_seed_at_least_090_and_all_at_least_095(scorer):
    per_doc, overall = _score(scorer, SEEDS)
    assert len(per_doc) >= 5
    assert {d: f for d, f in per_doc.items() if f < 0.90} == {}
    assert overall >= 0.95
