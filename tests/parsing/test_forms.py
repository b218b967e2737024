"""Forms the seeds lack, written small: each must parse the way the contract says."""

from pathlib import Path

from tests.parsing.conftest import HEADER, parse

from kehoach.parsing import parse_text


def test_a_signer_above_the_recipients_and_recipients_without_dashes():
    record = parse(
        HEADER
        + """
    II. NHIỆM VỤ
    1. Sở Y tế tổ chức hội nghị./.

    GIÁM ĐỐC

    Trần Văn Bình

    Nơi nhận:
    UBND tỉnh (b/c);
    Các phòng, ban;
    Lưu: VT.
    """
    )
    assert record["signer"]["position"] == "GIÁM ĐỐC" and record["signer"]["name"] == "Trần Văn Bình"
    assert record["recipients"] == ["UBND tỉnh (b/c)", "Các phòng, ban", "Lưu: VT"]


def test_a_lead_named_in_a_parenthesis_after_the_task():
    item = "1. Tổ chức tập huấn nghiệp vụ (Sở Nội vụ chủ trì, thực hiện trong quý II).\n"
    assert parse(HEADER + "II. NHIỆM VỤ\n" + item)["tasks"][0]["lead"] == ["Sở Nội vụ"]


def test_a_period_in_months_and_a_header_date_in_figures():
    record = parse("""
        Số: 7/KH-UBND          Cà Mau, ngày 02/01/2026
        KẾ HOẠCH
        Kiểm tra năm 2026
        I. THỜI GIAN
        Thời gian thực hiện: Từ tháng 3 đến tháng 11 năm 2026.
        II. NHIỆM VỤ
        1. Sở Tư pháp kiểm tra.
    """)
    assert record["document"]["date"] == "2026-01-02"
    assert record["period"] == {"start": "2026-03-01", "end": "2026-11-30"}


def test_a_contents_section_that_lists_activities_gives_tasks():
    record = parse(
        HEADER
        + """
    II. NỘI DUNG, HÌNH THỨC
    1. Tổ chức Lễ kỷ niệm cấp tỉnh vào ngày 05/01, quy mô khoảng 400 đại biểu.
    2. Treo cờ, băng rôn tại trụ sở các cơ quan.
    III. NỘI DUNG TUYÊN TRUYỀN
    1. Ý nghĩa lịch sử của ngày Tổng tuyển cử.
    2. Thành tựu của Quốc hội.
    """
    )
    assert [t["id"] for t in record["tasks"]] == ["II.1", "II.2"]
    assert record["tasks"][0]["targets"][0]["quantity"] == 400


def test_hard_wrapped_text_keeps_a_short_heading_apart_from_its_first_item():
    record = parse(
        HEADER
        + """
    II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
    1. Sở Xây dựng
    Hướng dẫn các xã về quy hoạch chung xây dựng xã, tiêu chí giao thông, nhà ở
    dân cư; hỗ trợ các xã hoàn thiện hồ sơ quy hoạch theo quy định hiện hành của
    pháp luật về xây dựng và quy hoạch đô thị, nông thôn trên địa bàn tỉnh.
    2. Sở Tài chính
    Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tham mưu phân bổ vốn ngân
    sách tỉnh thực hiện Chương trình năm 2026 bảo đảm đúng quy định hiện hành.
    """
    )
    tasks = record["tasks"]
    expected = [("II.1.1", ["Sở Xây dựng"]), ("II.2.1", ["Sở Tài chính"])]
    assert [(t["id"], t["lead"]) for t in tasks] == expected
    assert tasks[0]["text"].startswith("Hướng dẫn các xã") and tasks[0]["text"].endswith("tỉnh.")


def test_a_plan_as_a_word_reader_renders_it_with_header_and_signature_tables():
    record = parse_text((Path(__file__).parent / "docx_like_plan.txt").read_text(encoding="utf-8"))
    doc = record["document"]
    assert (doc["issuer"], doc["place"], doc["date"]) == (
        "ỦY BAN NHÂN DÂN HUYỆN TAM ĐẢO",
        "Tam Đảo",
        "2025-02-14",
    )
    leads = [t["lead"] for t in record["tasks"]]
    assert leads[2] == ["Phòng Tài chính - Kế hoạch"]
    assert leads[5] == ["Ủy ban MTTQ Việt Nam huyện", "các tổ chức chính trị - xã hội huyện"]
    assert record["tasks"][0]["window"] == {"start": "2025-02-20", "end": "2025-02-20"}
    assert record["coordinator"] == "Phòng Nông nghiệp và Phát triển nông thôn"
    assert record["recipients"] == ["UBND tỉnh (b/c)", "TT Huyện ủy, TT HĐND huyện", "Như mục III", "Lưu: VT"]
    assert record["signer"]["authority"] == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"
    assert [(d["due"], d["via"]) for d in record["reporting"]] == [
        ("2025-04-10", None),
        ("2025-04-05", "Phòng Nông nghiệp và PTNT"),
    ]


def test_lettered_parts_above_roman_sections_and_units_named_before_a_colon():
    record = parse_text((Path(__file__).parent / "lettered_plan.txt").read_text(encoding="utf-8"))
    assert [(t["id"], t["lead"][0]) for t in record["tasks"]] == [
        ("B.II.a", "Ban Tham mưu"),
        ("B.II.b", "Ban Chính trị"),
        ("B.II.c.1", "Ban Chỉ huy quân sự các huyện, thị xã, thành phố"),
        ("B.II.c.2", "Ban Chỉ huy quân sự các huyện, thị xã, thành phố"),
        ("C.1", "Ban Tham mưu"),
    ]
    assert record["period"] == {"start": "2025-07-01", "end": "2025-09-30"}
    assert (record["signer"]["rank"], record["signer"]["name"]) == ("Đại tá", "Nguyễn Văn Thắng")
    assert record["coordinator"] == "Ban Tham mưu"


def test_a_dispatch_with_numbered_work_parses_with_a_not_a_plan_warning():
    record = parse("""
        UBND TỈNH X
        SỞ Y TẾ
        Số: 123/SYT-NV
        V/v triển khai tiêm chủng mở rộng năm 2026
        Kính gửi: Các đơn vị trực thuộc
        1. Trung tâm Y tế các huyện tổ chức tiêm chủng.
        2. Báo cáo kết quả về Sở Y tế trước ngày 30/6/2026.
    """)
    assert (record["document"]["type"], record["document"]["title"]) == (
        "cong_van",
        "triển khai tiêm chủng mở rộng năm 2026",
    )
    assert [(t["id"], t["lead"]) for t in record["tasks"]] == [("1", ["Trung tâm Y tế các huyện"]), ("2", [])]
    assert [(d["due"], d["to"]) for d in record["reporting"]] == [("2026-06-30", "Sở Y tế")]
    assert "not_a_plan" in {w["code"] for w in record["warnings"]}
