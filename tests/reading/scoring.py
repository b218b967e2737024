"""Parse a file and score its record with the shared scorer (/work/shared/eval/score.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.shared_scorer import SHARED, scorer

from kehoach.parsing import parse_file, parse_text
from kehoach.reading import ReadOptions, ReadResult

SEEDS = SHARED / "corpus" / "seeds"


def gold(stem: str) -> dict:
    return json.loads((SEEDS / f"{stem}.json").read_text(encoding="utf-8"))


def f1(gold_record: dict, record: dict) -> float:
    """The scorer's overall field-F1 of one record."""
    module = scorer()
    total = module.Tally()
    for tally in module.score_doc(gold_record, module.first_alternatives(record)).values():
        total.add(tally)
    return total.f1


def parse_and_score(path: Path, stem: str, options: ReadOptions | None = None) -> float:
    return f1(gold(stem), parse_file(path, options or ReadOptions()))


def score_read(result: ReadResult, stem: str) -> float:
    """Score text already read (an OCR run shared by several tests)."""
    source = {
        "file": f"{stem}.txt",
        "format": result.format,
        "ocr": result.ocr,
        "diacritics_restored": result.diacritics_restored,
    }
    return f1(gold(stem), parse_text(result.text, source))
