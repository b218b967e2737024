"""The record as a whole: a decision with its attached plan, lost diacritics, source, provenance, warnings."""

import hashlib

import pytest
from tests.parsing.conftest import HEADER, SEEDS, parse

from kehoach.parsing import ParseError, parse_text

DECISION = """
    ỦY BAN NHÂN DÂN TỈNH GIA LAI      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Số: 1245/QĐ-UBND                  Gia Lai, ngày 15 tháng 4 năm 2026

    QUYẾT ĐỊNH
    Ban hành Kế hoạch kiểm tra đất đai năm 2026

    ỦY BAN NHÂN DÂN TỈNH GIA LAI

    Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;

    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra đất đai năm 2026.
    Điều 2. Chánh Văn phòng và Thủ trưởng các cơ quan chịu trách nhiệm thi hành Quyết định này./.

    Nơi nhận:
    - Như Điều 2;
    - Lưu: VT.

    TM. ỦY BAN NHÂN DÂN
    CHỦ TỊCH

    Đỗ Minh Quân

    ỦY BAN NHÂN DÂN TỈNH GIA LAI      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

    KẾ HOẠCH
    Kiểm tra đất đai năm 2026
    (Ban hành kèm theo Quyết định số 1245/QĐ-UBND ngày 15/4/2026 của Ủy ban nhân dân tỉnh Gia Lai)

    I. MỤC ĐÍCH, YÊU CẦU
    1. Đánh giá đúng thực trạng.
    II. TỔ CHỨC THỰC HIỆN
    1. Sở Nông nghiệp và Môi trường
    a) Chủ trì thành lập Đoàn kiểm tra; hoàn thành trước ngày 30/4/2026.
    b) Tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/10/2026.
"""


def test_a_decision_gives_the_document_and_signer_its_attached_plan_the_tasks():
    record = parse(DECISION)
    doc = record["document"]
    assert (doc["type"], doc["number"], doc["symbol"], doc["date"]) == (
        "quyet_dinh",
        "1245",
        "QĐ-UBND",
        "2026-04-15",
    )
    assert record["signer"]["name"] == "Đỗ Minh Quân"
    assert record["recipients"] == ["Như Điều 2", "Lưu: VT"]
    assert [(t["id"], t["lead"]) for t in record["tasks"]] == [
        ("II.1.a", ["Sở Nông nghiệp và Môi trường"]),
        ("II.1.b", ["Sở Nông nghiệp và Môi trường"]),
    ]
    assert [r["due"] for r in record["reporting"]] == ["2026-10-31"]
    assert {r["number"] for r in record["references"]} == {"31"}
    assert record["coordinator"] == "Sở Nông nghiệp và Môi trường"


def test_text_without_diacritics_parses_with_the_same_rules():
    record = parse("""
        UY BAN NHAN DAN          CONG HOA XA HOI CHU NGHIA VIET NAM
        XA MUONG PHANG               Doc lap - Tu do - Hanh phuc
        So: 35/KH-UBND          Muong Phang, ngay 05 thang 3 nam 2026
        KE HOACH
        Tiem phong vac xin cho dan gia suc nam 2026
        I. MUC DICH, YEU CAU
        1. Chu dong phong, chong dich benh.
        II. TO CHUC THUC HIEN
        1. Tram Y te xa
        - Giao Phong Kinh te chu tri, phoi hop voi Tram Y te xa to chuc tiem phong tai 24 ban.
        - Bao cao ket qua ve Uy ban nhan dan xa truoc ngay 30/4/2026.
        Noi nhan:
        - Nhu tren;
        - Luu: VT.
        CHU TICH
        Lo Van Hung
    """)
    doc = record["document"]
    assert (doc["number"], doc["date"], doc["issuer"]) == (
        "35",
        "2026-03-05",
        "UY BAN NHAN DAN XA MUONG PHANG",
    )
    assert [t["lead"] for t in record["tasks"]] == [["Phong Kinh te"], ["Tram Y te xa"]]
    assert record["tasks"][0]["support"] == ["Tram Y te xa"]
    assert record["reporting"][0]["due"] == "2026-04-30"
    assert record["recipients"] == ["Nhu tren", "Luu: VT"]
    assert record["signer"]["name"] == "Lo Van Hung"


def test_the_default_source_names_the_text_by_its_hash():
    text = HEADER
    record = parse(text)
    assert record["schema"] == "kehoach.plan/1"
    assert set(record["source"]) == {"file", "sha256", "format", "ocr", "diacritics_restored"}
    assert record["source"]["format"] == "txt" and record["source"]["file"] is None
    assert len(record["source"]["sha256"]) == len(hashlib.sha256().hexdigest())


def test_every_list_item_carries_its_lines_and_warnings_name_a_line():
    record = parse(DECISION)
    for key in ("tasks", "references", "phases", "reporting"):
        for item in record[key]:
            first, last = item["lines"]
            assert 1 <= first <= last
    assert len(record["recipient_lines"]) == len(record["recipients"])
    assert all(set(w) == {"code", "message", "line"} for w in record["warnings"])


def test_a_deadline_before_the_plan_and_a_phase_outside_the_period_are_flagged():
    record = parse(
        HEADER
        + """
    II. THỜI GIAN, NỘI DUNG
    1. Thời gian thực hiện: từ ngày 01/5/2026 đến ngày 31/5/2026
    2. Nội dung
    2.1. Đợt cao điểm (từ 20/5 đến 10/6/2026)
    - Tuyên truyền.
    III. NHIỆM VỤ
    1. Sở Y tế tổ chức hội nghị trước ngày 01/3/2026.
    """
    )
    assert record["period"] == {"start": "2026-05-01", "end": "2026-05-31"}
    assert record["phases"][0]["name"] == "Đợt cao điểm"
    codes = {w["code"] for w in record["warnings"]}
    assert {"deadline_before_plan_date", "phase_outside_period"} <= codes


def test_a_50_megabyte_text_is_cut_with_a_warning_not_parsed_whole():
    seed = sorted(SEEDS.glob("*.txt"))[3].read_text(encoding="utf-8")
    filler = "".join(f"Đoạn {i}: nội dung tuyên truyền số {i * 7919 % 100003}.\n" for i in range(1_200_000))
    big = (seed + filler)[:50_000_000]
    record = parse_text(big)
    assert "text_truncated" in {w["code"] for w in record["warnings"]}
    assert record["document"]["number"] == "705"


def test_empty_text_and_a_poem_are_not_plans():
    for text in ("", "   \n\n", "Trăm năm trong cõi người ta,\nChữ tài chữ mệnh khéo là ghét nhau."):
        with pytest.raises(ParseError, match="không phải văn bản kế hoạch"):
            parse_text(text)


def test_text_after_the_signature_that_nothing_explains_is_flagged():
    record = parse(
        HEADER + "II. NHIỆM VỤ\n1. Sở Y tế tổ chức hội nghị./.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\n"
        "Lê Văn Nam\n\nPHỤ LỤC\nGhi chú viết tay không rõ nghĩa ở cuối trang\n"
    )
    unplaced = [w for w in record["warnings"] if w["code"] == "unplaced_text"]
    assert [w["line"] for w in unplaced] == [23]


def test_a_plan_signed_in_december_for_next_year_puts_its_deadlines_in_that_year():
    record = parse("""
        Số: 90/KH-UBND          Huế, ngày 26 tháng 12 năm 2025
        KẾ HOẠCH
        Cải cách hành chính năm 2026
        I. NHIỆM VỤ
        1. Sở Nội vụ xây dựng kế hoạch kiểm tra trước ngày 15/01.
        2. Sở Tư pháp rà soát thủ tục hành chính.
    """)
    assert record["tasks"][0]["due"] == "2026-01-15"
    assert "deadline_before_plan_date" not in {w["code"] for w in record["warnings"]}
