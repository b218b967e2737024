"""The extra corpus re-laid as legal-text websites lay a document out: every paragraph longer than a
line is hard-wrapped at about 80 characters after a first line cut short (the original's first-line
indent), and no blank line is left. The records must come out as from the plans themselves."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.corpus_scoring import plan_files, report, score_plans
from tests.shared_scorer import scorer as shared_scorer

from kehoach.parsing import parse_text

PLANS = Path(__file__).resolve().parents[1] / "corpus" / "plans"
FLOOR_F1 = 0.98
FIRST_LINE = 25  # characters a page leaves on a paragraph's first line
WIDTH = 80


def as_page(text: str) -> str:
    """The text as a page gives it: long lines wrapped after a short first line, blank lines gone."""
    rows: list[str] = []
    for line in text.splitlines():
        row = line.strip()
        if len(row) <= WIDTH + 10 or "\t" in line or "|" in row:
            rows += [row] if row else []
            continue
        words, first = row.split(" "), []
        while words and len(" ".join(first)) < FIRST_LINE:
            first.append(words.pop(0))
        rows += [" ".join(first), *textwrap.wrap(" ".join(words), WIDTH)]
    return "\n".join(rows) + "\n"


def test_as_page_cuts_the_first_line_and_wraps_the_rest():
    paragraph = "Thực hiện Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ " * 3
    rows = as_page(f"KẾ HOẠCH\n\n{paragraph}").splitlines()
    assert rows[:2] == ["KẾ HOẠCH", "Thực hiện Quyết định số 524/QĐ-TTg"]
    assert all(len(r) <= WIDTH for r in rows[2:]) and len(rows) == 5


def test_plans_laid_out_as_web_pages_read_as_the_plans(shared_dir):
    plans = [p for p in plan_files(PLANS) if p.suffix == ".txt"]
    predictions = {p.stem: parse_text(as_page(p.read_text(encoding="utf-8"))) for p in plans}
    per_plan, overall = score_plans(shared_scorer(), PLANS, predictions, plans)
    print(report(per_plan, overall))
    assert overall >= FLOOR_F1, report(per_plan, overall)
