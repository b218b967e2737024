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


def _refs_of(text: str) -> dict[str, dict]:
    return {f"{r['number']}/{r['symbol']}": r for r in parse(text)["references"]}


def test_a_clause_without_its_own_verb_goes_on_with_the_basis_before_it():
    refs = _refs_of("""
        Số: 9/KH-UBND                Yên Bái, ngày 2 tháng 3 năm 2026
        KẾ HOẠCH
        Phát triển hợp tác xã
        Căn cứ Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương; Kế hoạch số 31-KH/TU
        ngày 5/1/2026 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW;
        Nghị định số 45/2025/NĐ-CP ngày 1/3/2025 của Chính phủ.
        I. MỤC ĐÍCH
        1. Một.
        2. Hai.
    """)
    assert {k: r["implements"] for k, r in refs.items()} == {
        "20/NQ/TW": False,
        "31/KH/TU": True,
        "45/2025/NĐ-CP": False,
    }


def test_items_of_a_bases_section_cite_as_the_preamble_does():
    refs = _refs_of("""
        Số: 9/KH-UBND                Yên Bái, ngày 2 tháng 3 năm 2026
        KẾ HOẠCH
        Tiêm chủng mở rộng năm 2026
        I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
        - Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12;
        - Quyết định số 812/QĐ-BYT ngày 4/3/2025 của Bộ Y tế phê duyệt điều chỉnh, bổ sung Kế hoạch
        tiêm chủng mở rộng.
        II. NHIỆM VỤ
        1. Sở Y tế tổ chức tiêm chủng theo Quyết định số 99/QĐ-BYT ngày 1/2/2026.
        2. Hai.
    """)
    assert {k: r["implements"] for k, r in refs.items()} == {
        "03/2007/QH12": False,
        "812/QĐ-BYT": True,
        "99/QĐ-BYT": False,
    }


def test_a_word_glued_to_a_symbol_or_a_date_by_a_web_page_is_cut_off():
    refs = _refs_of("""
        Số: 9/QĐ-UBND                Yên Bái, ngày 2 tháng 3 năm 2026
        QUYẾT ĐỊNH
        Ban hành Kế hoạch trồng cây
        Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2026 của Ban Bí thư;
        Căn cứ Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2025 của Bộ Chính trị;
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch trồng cây.
        Điều 2. Quyết định có hiệu lực từ ngày ký.
    """)
    assert {k: r["date"] for k, r in refs.items()} == {"70/TB/TW": "2026-01-06", "45/CT/TW": "2025-07-22"}


def test_the_proposal_a_decision_follows_is_not_carried_out():
    refs = _refs_of("""
        Số: 9/QĐ-UBND                Yên Bái, ngày 2 tháng 3 năm 2026
        QUYẾT ĐỊNH
        Ban hành Kế hoạch trồng cây
        Căn cứ Kế hoạch số 45/KH-UBND ngày 27/8/2025 của Ủy ban nhân dân tỉnh;
        Xét đề nghị của Sở Nông nghiệp và Môi trường tại Văn bản số 161/SNNMT-LN ngày 11/2/2026,
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch trồng cây.
        Điều 2. Quyết định có hiệu lực từ ngày ký.
    """)
    assert {k: r["implements"] for k, r in refs.items()} == {"45/KH-UBND": True, "161/SNNMT-LN": False}
