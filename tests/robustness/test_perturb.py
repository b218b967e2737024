"""The perturbations themselves: deterministic, bounded, and doing what they claim."""

from __future__ import annotations

import random
import re
import unicodedata
from difflib import SequenceMatcher

import pytest
from tests.robustness.harness import documents
from tests.robustness.perturb import (
    ALL,
    BY_NAME,
    drop_header,
    flatten_header,
    hard_wrap,
    ocr_noise,
    page_breaks,
    strip_diacritics,
)

PLAN = documents()[5]  # an extra-corpus plan with a full two-column header


def test_the_same_seed_gives_the_same_text_and_another_seed_another():
    text = PLAN.read_text(encoding="utf-8")
    for p in ALL:
        assert p.text(text, 3) == p.text(text, 3), p.name
    assert BY_NAME["wrap"].text(text, 1) != BY_NAME["wrap"].text(text, 2)


def test_hard_wrap_keeps_every_word_and_cuts_lines_at_95_characters_or_less():
    text = PLAN.read_text(encoding="utf-8")
    wrapped = hard_wrap(text, random.Random(0))
    assert wrapped.split() == text.split()
    assert max(len(line) for line in wrapped.split("\n") if " " in line) <= 95
    assert len(wrapped.split("\n")) > len(text.split("\n"))


def test_page_breaks_add_page_number_lines_and_lose_no_word():
    line = "Một đoạn văn khá dài để có thể cắt ngang giữa câu khi sang trang mới của văn bản"
    text = "\n".join([line] * 100)
    paged = page_breaks(text, random.Random(1))
    numbers = [x for x in paged.split("\n") if re.fullmatch(r"-? ?\d+ ?-?|Trang \d+/\d+", x)]
    assert len(numbers) >= 2
    words = [w for w in paged.split() if not re.fullmatch(r"-|-?\d+-?|Trang|\d+/\d+", w)]
    assert words == text.split()


def test_strip_diacritics_leaves_no_mark_and_no_d_with_stroke():
    out = strip_diacritics("Đảng ủy Phường Định Công, ngày 5 tháng 3 năm 2026")
    assert out == "Dang uy Phuong Dinh Cong, ngay 5 thang 3 nam 2026"
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", out))


@pytest.mark.parametrize("seed", range(5))
def test_ocr_noise_changes_at_most_3_percent_of_the_characters(seed):
    text = PLAN.read_text(encoding="utf-8")
    stripped, noisy = strip_diacritics(text), ocr_noise(text, random.Random(seed))
    edits = SequenceMatcher(None, stripped, noisy, autojunk=False).get_opcodes()
    changed = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in edits if op != "equal")
    assert 0 < changed <= 0.03 * len(text)
    assert noisy.count("S6") + noisy.count("I1") > 0  # the plan's "Số:" and "II." are where OCR slips


def test_ocr_noise_reads_d_with_stroke_as_p_at_a_word_start_only():
    noisy = ocr_noise("Đảng ủy. " * 200, random.Random(0))
    assert "Pang uy." in noisy and "Dang uy." in noisy
    assert not any(c in noisy for c in "đĐ")


def test_header_flattened_puts_the_issuer_beside_the_motto_and_dropped_keeps_the_number():
    text = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    text += "Số: 12/KH-UBND\nAn Giang, ngày 03 tháng 4 năm 2026\n\nKẾ HOẠCH\nTổ chức Ngày hội"
    flat = flatten_header(text, random.Random(0)).split("\n")
    assert flat[0].startswith("ỦY BAN NHÂN DÂN   ") and flat[0].endswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert flat[2].startswith("Số: 12/KH-UBND   ") and flat[2].endswith("năm 2026")
    dropped = drop_header(text, random.Random(0))
    assert dropped.startswith("Số: 12/KH-UBND\nAn Giang") and "ỦY BAN" not in dropped


def test_gold_fixes_fold_diacritics_and_unscore_the_issuer():
    gold = {"document": {"issuer": "Sở Y tế", "parent_issuer": None, "number": "1"}}
    assert BY_NAME["strip"].gold(gold)["fold_diacritics"] is True
    assert BY_NAME["no_header"].gold(gold)["document"] == {"number": "1"}
    assert gold["document"]["issuer"] == "Sở Y tế"  # the original is left alone
