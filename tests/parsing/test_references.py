"""References: every document cited by number and symbol, deduplicated, with what the plan carries out."""

from tests.parsing.conftest import parse

TEXT = """
    Số: 05/KH-UBND              Tây Ninh, ngày 10 tháng 3 năm 2026
    KẾ HOẠCH
    Triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022
    Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;
    Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ;
    Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình cải cách hành chính;
    Thực hiện Kế hoạch số 3457/KH-UBND ngày 11 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh, Sở Tư pháp:
    I. MỤC ĐÍCH
    1. Quán triệt Chỉ thị số 44-CT/TW, ngày 20/7/2010 của Ban Bí thư và Chỉ thị 44-CT/TW.
    2. Áp dụng TCVN 14423:2025 trong công tác lưu trữ.
"""


def _refs() -> dict[str, dict]:
    return {f"{r['number']}/{r['symbol']}": r for r in parse(TEXT)["references"]}


def test_it_finds_every_cited_document_once_and_not_the_plan_itself():
    assert set(_refs()) == {
        "06/QĐ-TTg",
        "72/2025/QH15",
        "35/2022/NĐ-CP",
        "76/NQ-CP",
        "3457/KH-UBND",
        "44/CT/TW",
    }


def test_it_reads_each_references_kind_and_date():
    refs = _refs()
    assert (refs["72/2025/QH15"]["kind"], refs["72/2025/QH15"]["date"]) == ("luat", "2025-06-16")
    assert (refs["3457/KH-UBND"]["kind"], refs["3457/KH-UBND"]["date"]) == ("ke_hoach", "2023-09-11")
    assert refs["44/CT/TW"]["kind"] == "chi_thi"
    assert refs["3457/KH-UBND"]["lines"] == [7, 7]


def test_implements_marks_what_the_plan_carries_out():
    implements = {key: ref["implements"] for key, ref in _refs().items()}
    assert implements == {
        "06/QĐ-TTg": True,
        "72/2025/QH15": False,
        "35/2022/NĐ-CP": False,
        "76/NQ-CP": True,
        "3457/KH-UBND": True,
        "44/CT/TW": False,
    }
