"""Mechanisms the parser has mended stay mended: their probes read the same clean and perturbed."""

from __future__ import annotations

import pytest
from tests.robustness.probes import PROBES, Probe, outcome

from kehoach.parsing.fold import fold
from kehoach.parsing.lines import clean_lines
from kehoach.parsing.ocr import mend_line

MENDED = {
    "ocr-P-for-D-propose",
    "ocr-P-for-D-labels",
    "ocr-P-for-D-decision",
    "ocr-stray-mark-in-heading",
    "ocr-stray-mark-in-date-line",
    "ocr-stray-mark-in-noi-nhan",
    "typo-zero-width",
    "typo-bom-before-number",
    "typo-tab-after-bullet",
    "typo-dash-in-symbol",
    "wrap-recipient-item",
    "wrap-line-starts-with-number",
    "wrap-line-starts-with-dash",
    "page-running-header-once",
    "page-cuts-recipients",
    "page-cuts-slogans",
    "wrap-sentence-at-line-start",
}


@pytest.mark.parametrize("probe", [p for p in PROBES if p.key in MENDED], ids=lambda p: p.key)
def test_mended_mechanism_reads_the_same_clean_and_perturbed(probe: Probe):
    clean, perturbed = outcome(probe)
    assert perturbed == clean


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("II. NOI. DUNG TRUYEN THONG", "II. NOI DUNG TRUYEN THONG"),
        ("Noi. nhan:", "Noi nhan:"),
        ("- Don, vi chu tri: Van, phong Bo.", "- Don vi chu tri: Van phong Bo."),
        ("- Don‘ vi chu tri: So Y te.", "- Don vi chu tri: So Y te."),
        ("An Giang, ngay 03. thang 4 nam 2026", "An Giang, ngay 03 thang 4 nam 2026"),
        ("1. Pe nghi Bao An Giang", "1. Đe nghi Bao An Giang"),
    ],
)
def test_it_drops_stray_ocr_marks_inside_terms(row: str, expected: str):
    assert mend_line(row) == expected


@pytest.mark.parametrize(
    "row",
    [
        "a. các sở, ban, ngành",
        "Sở, ban, ngành, đoàn thể.",
        "Xã Pác Bó, tỉnh Cao Bằng",
        "1. Tổ chức hội nghị. Các",
    ],
)
def test_it_keeps_marks_and_letters_that_belong(row: str):
    assert mend_line(row) == row


def test_it_reads_p_for_d_at_a_word_start_in_the_shadow_only():
    assert fold("QUYET PINH Pieu 1. Phat") == "quyet dinh dieu 1. phat"
    assert fold("Pháp") == "phap"


def test_it_deletes_invisible_characters_and_reads_a_tab_after_a_bullet_as_a_space():
    lines = clean_lines("\ufeffSố: 12/KH-UBND\nTổ ch\u00adức ch\u200bủ trì\n-\tCác sở, ban, ngành;")
    assert [line.text for line in lines] == ["Số: 12/KH-UBND", "Tổ chức chủ trì", "- Các sở, ban, ngành;"]
    assert lines[2].cells == ()


def test_it_leaves_a_real_p_inside_a_term_alone():
    assert mend_line("V. KINH PHÍ; Phối hợp") == "V. KINH PHÍ; Phối hợp"
