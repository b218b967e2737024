"""Diacritics restoration, measured on plans the model was neither trained nor tuned on.

Word accuracy (see `kehoach.reading.diacritics.evaluation.word_accuracy`): the
held-out plans are stripped of every mark and restored; over the syllables that
carry a mark in the original, or whose bare spelling has a marked spelling the
model knows (so they could have carried one), the share restored exactly as the
original writes them, ignoring case and where the tone mark sits (hoà = hòa).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.reading.diacritics import needs_restoring, restore
from kehoach.reading.diacritics.evaluation import word_accuracy
from kehoach.reading.diacritics.model import load_model
from kehoach.reading.diacritics.syllables import strip_marks

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
HELD_OUT_SEEDS = ("000", "001", "003", "004")
OCR_SEED = "002"


def held_out_seeds() -> list[Path]:
    """Seeds 000, 001, 003, 004: clean plans, never trained on."""
    return [p for p in sorted(SEEDS.glob("*.txt")) if p.name[:3] in HELD_OUT_SEEDS]


def held_out_plans() -> list[Path]:
    """Seeds 000, 001, 003, 004 and the clean extra plans of tests/corpus/plans/ (a .txt
    or .md beside its gold .json).

    An extra plan written without marks (an input for restoration, not a reference)
    is left out.
    """
    seeds = held_out_seeds()
    folder = REPO / "tests" / "corpus" / "plans"
    extra = sorted(
        p for p in folder.iterdir() if p.suffix in (".txt", ".md") and p.with_suffix(".json").exists()
    )
    return seeds + [p for p in extra if not needs_restoring(p.read_text(encoding="utf-8"))]


def test_it_restores_held_out_plans_with_97_percent_word_accuracy() -> None:
    plans = held_out_plans()
    assert len(plans) >= 4, f"held-out plans missing under {SEEDS}"
    model = load_model()
    right = scored = 0
    for path in plans:
        original = path.read_text(encoding="utf-8")
        r, s = word_accuracy(original, restore(strip_marks(original)), model)
        print(f"{path.name}: {r / s:.4f} over {s} syllables")
        right, scored = right + r, scored + s
    print(f"overall: {right / scored:.4f} over {scored} syllables")
    assert right / scored >= 0.97


def test_it_keeps_the_marks_a_text_already_has() -> None:
    model = load_model()
    right = scored = 0
    for path in held_out_seeds():
        original = path.read_text(encoding="utf-8")
        r, s = word_accuracy(original, restore(original), model)
        right, scored = right + r, scored + s
    assert right / scored >= 0.99


def test_it_keeps_everything_but_the_marks() -> None:
    text = "So: 87 /KH-NV\nHai Phong, ngay 29 thang 10 nam 2024\n\n  (VTV1, ICCPR; Covid-19)\t- 01 hoi nghi."
    restored = restore(text)
    assert strip_marks(restored) == text
    assert "87 /KH-NV\n" in restored and "(VTV1, ICCPR; Covid-19)\t- 01" in restored


def test_it_keeps_the_case_of_each_letter() -> None:
    assert restore("KE HOACH") == "KẾ HOẠCH"
    assert restore("Thanh pho Hai Phong") == "Thành phố Hải Phòng"
    assert restore("UY BAN NHAN DAN tinh") == "ỦY BAN NHÂN DÂN tỉnh"


@pytest.mark.parametrize("code", ["KH-NV", "ICCPR", "VTV1", "UBND", "QĐ-TTg", "BCĐ-VPTT"])
def test_it_leaves_codes_alone(code: str) -> None:
    assert restore(f"Ke hoach so 12/{code} ve viec {code} tuyen truyen").split()[3] == f"12/{code}"
    assert f" {code} " in restore(f"ve viec {code} tuyen truyen")


def test_it_uses_marks_an_ocr_kept() -> None:
    restored = restore("Trién khai dot cao diém tuyén truyen ve quyén con nguoi")
    assert restored == "Triển khai đợt cao điểm tuyên truyền về quyền con người"


def test_it_reads_ocr_garbled_syllables() -> None:
    assert restore("Trien khai dgt cao diem, s6 7581 ngay 21/10/2024") == (
        "Triển khai đợt cao điểm, số 7581 ngày 21/10/2024"
    )


def test_it_reads_an_ocr_p_as_the_d_with_stroke() -> None:
    assert restore("Pe nghi cac don vi; cua Pang, Nha nuoc; pin mat troi") == (
        "Đề nghị các đơn vị; của Đảng, Nhà nước; pin mặt trời"
    )


def test_it_passes_through_what_it_cannot_read() -> None:
    for text in ["", "   \n", "12/2024", "xqz brr", "Ωμέγα", "n̈", "CD HD"]:
        assert strip_marks(restore(text)) == strip_marks(text)


def test_it_says_bare_text_needs_restoring() -> None:
    assert needs_restoring("Can cu Luat Pho bien, giao duc phap luat, So Tu phap xay dung Ke hoach nhu sau")
    assert needs_restoring(next(SEEDS.glob(f"{OCR_SEED}_*.txt")).read_text(encoding="utf-8"))


def test_it_says_accented_text_does_not() -> None:
    assert not needs_restoring(
        "Căn cứ Luật Phổ biến, giáo dục pháp luật, Sở Tư pháp xây dựng Kế hoạch như sau"
    )
    assert not needs_restoring("ICCPR, VTV1, 2024")
    for path in held_out_seeds():
        assert not needs_restoring(path.read_text(encoding="utf-8")), path.name


def test_it_improves_the_ocr_seed() -> None:
    text = next(SEEDS.glob(f"{OCR_SEED}_*.txt")).read_text(encoding="utf-8")
    restored = restore(text)
    print(restored[:1200])
    assert "KẾ HOẠCH" in restored and "SỞ NGOẠI VỤ" in restored
    for phrase in ("Hải Phòng", "Ngoại vụ xây dựng Kế hoạch", "quyền con người", "đợt cao điểm", "thế giới"):
        assert phrase in restored, phrase


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_it_never_fails_and_keeps_the_length_of_any_text(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    assert len(restore(text)) == len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ke", "hoach", "So", "NV", "12/2024", ",", "\n", "-", "(VTV1)", "Hai"]), max_size=30
    )
)
def test_it_changes_nothing_but_marks_in_bare_plan_words(words: list[str]) -> None:
    text = " ".join(words)
    assert strip_marks(restore(text)) == text
