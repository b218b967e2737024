"""Matching a higher plan's tasks with the tasks of the plans that implement it."""

from __future__ import annotations

from kehoach.reports.coverage import CoverPlan, CoverTask, cover, implements, task_score

CULTURE = ("Sở Văn hóa, Thể thao và Du lịch",)
HIGHER = [
    CoverTask("II.1", "Tổ chức hội nghị tuyên truyền kỷ niệm Ngày Nhân quyền thế giới", ("UBND các tỉnh",)),
    CoverTask("II.2", "Treo băng rôn, khẩu hiệu tại các tuyến phố chính", CULTURE),
    CoverTask("II.3", "Kiểm tra, rà soát việc bảo đảm quyền của người khuyết tật", ("Sở Y tế",)),
]
PROVINCE = CoverPlan("Kế hoạch số 45/KH-UBND", "UBND tỉnh Lai Châu", (
    CoverTask("1", "Tổ chức hội nghị tuyên truyền về kỷ niệm Ngày Nhân quyền thế giới năm 2025 tại tỉnh"),
    CoverTask("2", "Treo bang ron, khau hieu tai cac tuyen pho chinh cua thanh pho", CULTURE),
    CoverTask("3", "Tổ chức giải chạy việt dã"),
))


def test_it_matches_reworded_and_accentless_tasks():
    (found,) = cover(HIGHER, [PROVINCE])
    assert [m.match.key if m.match else None for m in found.matches] == ["1", "2", None]
    assert found.percent == 66.7
    assert [t.key for t in found.uncovered] == ["II.3"]


def test_a_shared_unit_raises_the_score():
    task = HIGHER[1]
    alike = CoverTask("x", "Treo khẩu hiệu tại trụ sở cơ quan", CULTURE)
    assert task_score(task, alike) > task_score(task, CoverTask("x", alike.text))


def test_plans_are_ordered_most_complete_first_and_an_empty_plan_covers_nothing():
    empty = CoverPlan("Kế hoạch số 3/KH-UBND", "UBND xã Sìn Hồ", ())
    found = cover(HIGHER, [empty, PROVINCE])
    assert [c.plan.label for c in found] == ["Kế hoạch số 45/KH-UBND", "Kế hoạch số 3/KH-UBND"]
    assert found[1].percent == 0 and len(found[1].uncovered) == 3


def test_a_reference_implements_a_plan_only_when_flagged_and_same_number_and_symbol():
    reference = {"kind": "ke_hoach", "number": "012", "symbol": "KH-BCĐNQ", "implements": True}
    assert implements(reference, "12", "KH-BCDNQ")
    assert not implements({**reference, "implements": False}, "12", "KH-BCĐNQ")
    assert not implements(reference, "13", "KH-BCĐNQ")
    assert not implements(reference, "12", "")
