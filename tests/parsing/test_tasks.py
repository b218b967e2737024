"""Tasks in the forms plans give them: under a unit heading, "Giao X chủ trì…", "Đề nghị X…", attributes."""

from tests.parsing.conftest import HEADER, parse

from kehoach.parsing.targets import find_targets


def _tasks(body: str) -> list[dict]:
    return parse(HEADER + body)["tasks"]


def test_items_under_a_unit_heading_are_that_units_tasks_with_their_path_as_id():
    tasks = _tasks("""
    II. TỔ CHỨC THỰC HIỆN
    1. Bộ Ngoại giao
    Chủ động cung cấp thông tin cho báo chí.
    Xây dựng lập luận đấu tranh; phối hợp Văn phòng Thường trực tổ chức hội thảo.
    2. Báo An Giang và Đài Phát thanh - Truyền hình An Giang
    - Tăng cường đưa tin bài.
    """)
    assert [(t["id"], t["lead"]) for t in tasks] == [
        ("II.1.1", ["Bộ Ngoại giao"]),
        ("II.1.2", ["Bộ Ngoại giao"]),
        ("II.2.1", ["Báo An Giang", "Đài Phát thanh - Truyền hình An Giang"]),
    ]
    assert tasks[1]["support"] == ["Văn phòng Thường trực"]
    assert tasks[0]["text"] == "Chủ động cung cấp thông tin cho báo chí."


def test_a_sentence_names_its_own_lead_and_support():
    tasks = _tasks("""
    II. NHIỆM VỤ
    1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan tổ chức 01 hội nghị
    trước ngày 30/4/2026.
    2. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh tuyên truyền, vận động Nhân dân.
    3. Công an tỉnh chủ trì bảo đảm an ninh, trật tự cho khoảng 200 đại biểu.
    """)
    assert [t["lead"] for t in tasks] == [["Sở Y tế"], ["Ủy ban Mặt trận Tổ quốc tỉnh"], ["Công an tỉnh"]]
    assert tasks[0]["support"] == ["Sở Tài chính", "các cơ quan liên quan"]
    assert tasks[0]["due"] == "2026-04-30"
    assert tasks[0]["targets"][0] == {"quantity": 1, "unit": "hội nghị", "text": "01 hội nghị"}
    assert tasks[2]["targets"][0]["quantity"] == 200


def test_attribute_items_give_a_task_its_lead_support_and_time():
    task = _tasks("""
    II. NHIỆM VỤ
    1. Tổ chức tập huấn cho cán bộ cơ sở.
    - Đơn vị chủ trì: Sở Nội vụ.
    - Đơn vị phối hợp: Sở Tài chính; Ủy ban nhân dân các xã.
    - Thời gian hoàn thành: Quý II/2026.
    """)[0]
    assert (task["lead"], task["support"]) == (["Sở Nội vụ"], ["Sở Tài chính", "Ủy ban nhân dân các xã"])
    assert task["window"] == {"start": "2026-04-01", "end": "2026-06-30"}


def test_general_items_of_the_closing_section_are_tasks_and_the_budget_is_not():
    record = parse(
        HEADER
        + """
    II. TỔ CHỨC THỰC HIỆN
    1. Các sở, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện Kế hoạch.
    2. Kinh phí thực hiện: từ nguồn ngân sách tỉnh năm 2026.
    3. Giao Sở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc, tổng hợp kết quả.
    """
    )
    assert [t["id"] for t in record["tasks"]] == ["II.1", "II.3"]
    assert all(t["general"] for t in record["tasks"])
    assert record["budget"] == "từ nguồn ngân sách tỉnh năm 2026."
    assert record["coordinator"] == "Sở Văn hóa, Thể thao và Du lịch"


def test_purpose_and_content_sections_give_no_tasks():
    record = parse(
        HEADER
        + """
    II. NỘI DUNG TUYÊN TRUYỀN
    1. Thành tựu phát triển kinh tế.
    2. Gương người tốt việc tốt.
    """
    )
    assert record["tasks"] == []
    assert record["themes"] == ["Thành tựu phát triển kinh tế.", "Gương người tốt việc tốt."]


def test_a_task_without_a_unit_is_flagged():
    record = parse(HEADER + "II. NHIỆM VỤ\n1. Tổ chức hội nghị sơ kết.\n")
    assert record["tasks"][0]["lead"] == []
    assert "task_without_unit" in {w["code"] for w in record["warnings"]}


def test_targets_of_each_kind_in_one_task():
    found = find_targets(
        'Duy trì 56 "Địa chỉ tin cậy"; tổ chức 01 hội nghị cho khoảng 1.000 đại biểu, đạt 100%.'
    )
    assert [(t["quantity"], t["unit"]) for t in found] == [
        (100, "%"),
        (1, "hội nghị"),
        (1000, "đại biểu"),
        (56, "Địa chỉ tin cậy"),
    ]
    assert found[2]["text"] == "khoảng 1.000 đại biểu"
