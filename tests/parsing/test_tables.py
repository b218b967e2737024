"""Task tables: " | " rows as readers render them, and markdown pipe tables, in the body or an appendix."""

from pathlib import Path

from tests.parsing.conftest import HEADER, parse

from kehoach.parsing import parse_text

ROWS = """
    STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
    1 | Tổ chức Lễ phát động | Sở Y tế | Ủy ban nhân dân các xã; Báo An Giang | 29/5 - 04/6/2026
    2 | Kiểm tra an toàn thực phẩm | Sở Công Thương | Công an tỉnh | Trước 15/4/2026
"""


def test_each_row_of_a_task_table_is_a_task():
    tasks = parse(HEADER + "II. NHIỆM VỤ\n" + ROWS)["tasks"]
    assert [(t["id"], t["text"], t["lead"]) for t in tasks] == [
        ("II.T1", "Tổ chức Lễ phát động", ["Sở Y tế"]),
        ("II.T2", "Kiểm tra an toàn thực phẩm", ["Sở Công Thương"]),
    ]
    assert tasks[0]["support"] == ["Ủy ban nhân dân các xã", "Báo An Giang"]
    assert tasks[0]["window"] == {"start": "2026-05-29", "end": "2026-06-04"}
    assert tasks[1]["due"] == "2026-04-15"


def test_a_markdown_table_reads_the_same():
    markdown = """
    | STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn hoàn thành |
    |---|---|---|---|
    | 1 | Xây dựng kế hoạch chi tiết | Phòng Đào tạo | 15/6/2026 |
    """
    task = parse(HEADER + "II. NHIỆM VỤ\n" + markdown)["tasks"][0]
    assert (task["text"], task["lead"], task["due"]) == (
        "Xây dựng kế hoạch chi tiết",
        ["Phòng Đào tạo"],
        "2026-06-15",
    )


def test_an_appendix_table_replaces_the_body_tasks_it_restates():
    text = (
        HEADER
        + """
    II. NHIỆM VỤ
    1. Sở Y tế
    - Tổ chức Lễ phát động tại Hà Nội.
    - Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/6/2026.

    Nơi nhận:
    - Như trên;
    - Lưu: VT.

    CHỦ TỊCH

    Nguyễn Văn An

    PHỤ LỤC
    """
        + ROWS
    )
    tasks = parse(text)["tasks"]
    assert [t["text"] for t in tasks] == [
        "Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/6/2026.",
        "Tổ chức Lễ phát động",
        "Kiểm tra an toàn thực phẩm",
    ]
    assert tasks[1]["id"] == "PL.1"


def test_group_rows_of_a_table_are_headings_not_tasks_and_reports_pass_through_the_coordinator():
    record = parse_text((Path(__file__).parent / "grouped_table_plan.txt").read_text(encoding="utf-8"))
    tasks = record["tasks"]
    assert [t["id"] for t in tasks] == ["II.T1", "II.T2", "II.T3", "III.1"]
    assert tasks[1]["support"] == ["Các bệnh viện", "Trung tâm Y tế các huyện"]
    assert tasks[1]["window"] == {"start": "2026-06-01", "end": "2026-09-30"}
    assert record["coordinator"] == "Phòng Nghiệp vụ Y"
    assert [(d["recurrence"], d["day_of_month"]) for d in record["reporting"]] == [("monthly", 20)]


def test_a_table_copied_one_cell_per_line_reads_as_its_rows():
    cells = [
        *("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
        *("1", "Tổ chức Lễ phát động", "Sở Y tế", "Ủy ban nhân dân các xã", "29/5 - 04/6/2026"),
        *(
            "2",
            "Kiểm tra an toàn thực phẩm tại các\n    chợ đầu mối",
            "Sở Công Thương",
            "Công an tỉnh",
            "Trước 15/4/2026",
        ),
    ]
    table = "".join(f"    {cell}\n    |\n" for cell in cells)  # indented as HEADER is
    tasks = parse(HEADER + "II. NHIỆM VỤ\n" + table)["tasks"]
    assert [(t["text"], t["lead"], t["support"]) for t in tasks] == [
        ("Tổ chức Lễ phát động", ["Sở Y tế"], ["Ủy ban nhân dân các xã"]),
        ("Kiểm tra an toàn thực phẩm tại các chợ đầu mối", ["Sở Công Thương"], ["Công an tỉnh"]),
    ]
    assert (tasks[0]["window"]["start"], tasks[1]["due"]) == ("2026-05-29", "2026-04-15")
