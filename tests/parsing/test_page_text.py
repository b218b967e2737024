"""Plans as web pages and PDF text layers give them: line breaks lost (the header run onto one line, a
column's name into the number, the date into the title, a whole decision on one line), the type line
dropped, the issuer cut to its kind of body, reference numbers without their dash."""

from __future__ import annotations

from tests.parsing.conftest import HEADER, parse

from kehoach.parsing import parse_text

# A decision's header as a legal-text website gives it: each cell of the header table closed by a bar.
CELL_HEADER = """\
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 238/QĐ-UBND |
Bắc Kạn, ngày 07 tháng 02 năm 2018 |
"""


def test_a_header_run_onto_one_line_is_read_part_by_part():
    record = parse_text(
        "SỞ Y TẾ CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc   Số: 88/KH-SYT "
        "Cần Thơ, ngày 04 tháng 12 năm 2025    KẾ HOẠCH TRUYỀN THÔNG PHÒNG, CHỐNG BỆNH SỞI NĂM 2026 "
        "Căn cứ Quyết định số 75/QĐ-BYT ngày 20/6/2025 của Bộ Y tế; Căn cứ Kế hoạch số 12/KH-UBND "
        "ngày 01/11/2025 của Ủy ban nhân dân thành phố."
    )
    doc = record["document"]
    assert (doc["type"], doc["number"], doc["symbol"]) == ("ke_hoach", "88", "KH-SYT")
    assert (doc["issuer"], doc["place"], doc["date"]) == ("SỞ Y TẾ", "Cần Thơ", "2025-12-04")
    assert doc["title"] == "TRUYỀN THÔNG PHÒNG, CHỐNG BỆNH SỞI NĂM 2026"
    assert [r["number"] for r in record["references"]] == ["75", "12"]


def test_a_whole_decision_on_one_line_gives_its_recipients_and_signer():
    parts = [
        "BAN CHẤP HÀNH TỈNH ĐOÀN***Số: 36 - QĐ/TĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Huế, ngày 09 tháng 10 năm 2025",
        "QUYẾT ĐỊNHVề việc ban hành Quy chế làm việc--------- BAN THƯỜNG VỤ TỈNH ĐOÀN- Căn cứ Điều lệ Đoàn;",
        "- Căn cứ Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Bí thư, QUYẾT ĐỊNH",
        "Điều 1. Ban hành Quy chế làm việc. Điều 2. Các ban căn cứ Quyết định thi hành./.",
        "Nơi nhận: - Như điều 2; - Lưu VP. TM. BAN THƯỜNG VỤ TỈNH ĐOÀNPHÓ BÍ THƯ (đã ký) Trần Văn Hải",
    ]
    record = parse_text(" ".join(parts))
    doc = record["document"]
    assert (doc["type"], doc["number"], doc["symbol"]) == ("quyet_dinh", "36", "QĐ/TĐTN-VP")
    assert doc["place"] == "Huế"
    assert doc["title"] == "Về việc ban hành Quy chế làm việc"
    assert record["recipients"] == ["Như điều 2", "Lưu VP"]
    signer = record["signer"]
    assert (signer["authority"], signer["position"], signer["name"]) == (
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
        "PHÓ BÍ THƯ",
        "Trần Văn Hải",
    )


def test_a_draft_whose_date_runs_into_its_type_line_and_a_name_into_its_number():
    record = parse(
        """\
        PHÒNG GD&ĐT HUYỆN A TRƯỜNG THCS

        NGUYỄN DU Số: …/KH-THCS

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc

        Hòa An, ngày 15 tháng 9 năm 2025 DỰ THẢO KẾ HOẠCH

        HOẠT ĐỘNG NGOẠI KHÓA NĂM HỌC 2025 – 2026

        I. MỤC ĐÍCH, YÊU CẦU
        1. Giáo dục kỹ năng sống cho học sinh.
        """
    )
    doc = record["document"]
    assert (doc["type"], doc["number"], doc["symbol"]) == ("ke_hoach", None, "KH-THCS")
    assert (doc["place"], doc["date"]) == ("Hòa An", "2025-09-15")
    assert (doc["parent_issuer"], doc["issuer"]) == ("PHÒNG GD&ĐT HUYỆN A", "TRƯỜNG THCS NGUYỄN DU")
    assert doc["title"] == "HOẠT ĐỘNG NGOẠI KHÓA NĂM HỌC 2025 – 2026"


def test_an_operative_quyet_dinh_under_the_bases_is_not_the_type_line():
    record = parse(
        CELL_HEADER
        + """\
        Căn cứ Chỉ thị số: 16/CT-TTg ngày 22 tháng 5 năm 2012 của Thủ tướng Chính phủ;
        QUYẾT ĐỊNH:
        Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch phòng, chống HIV/AIDS.
        Điều 2. Các đơn vị thi hành Quyết định này./.
        """
    )
    assert record["document"]["title"] is None
    assert [r["number"] for r in record["references"]] == ["16"]


def test_a_page_opening_without_numbered_headings_is_still_a_plan_by_its_number():
    record = parse(
        """\
        ỦY BAN NHÂN DÂN
        TỈNH THÁI BÌNH
        Số: 17/KH-UBND
        Thái Bình, ngày 07 tháng 03 năm 2016
        KẾ HOẠCH
        PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2016
        Năm 2015 tình hình dịch bệnh trên thế giới diễn biến hết sức phức tạp.
        """
    )
    assert (record["document"]["number"], record["document"]["date"]) == ("17", "2016-03-07")


def test_a_page_that_dropped_the_type_line_keeps_the_title_and_completes_the_issuer():
    record = parse(
        CELL_HEADER
        + """\
        VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÒNG, CHỐNG HIV/AIDS GIAI ĐOẠN 2018 – 2020
        ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
        Căn cứ Quyết định số: 608/QĐ-TTg ngày 25 tháng 5 năm 2012 của Thủ tướng Chính phủ;
        QUYẾT ĐỊNH:
        Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch phòng, chống HIV/AIDS.
        """
    )
    doc = record["document"]
    assert (doc["type"], doc["issuer"]) == ("quyet_dinh", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
    assert doc["title"] == "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÒNG, CHỐNG HIV/AIDS GIAI ĐOẠN 2018 – 2020"


def test_the_youth_unions_central_committee_is_named_with_the_union():
    record = parse(
        """\
        BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH
        ***
        Số: 225 - KH/TWĐTN-CTTN          Hà Nội, ngày 16 tháng 5 năm 2024

        KẾ HOẠCH
        Tổ chức các hoạt động hè dành cho thiếu nhi năm 2024

        Căn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 và Nghị quyết số 20NQ/TW ngày 25/10/2017.

        I. MỤC ĐÍCH, YÊU CẦU
        1. Hưởng ứng Tháng hành động vì trẻ em.
        """
    )
    assert record["document"]["issuer"] == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"
    refs = [(r["number"], r["symbol"], r["date"]) for r in record["references"]]
    assert refs == [("298", "KH/TWĐTN", "2011-07-14"), ("20", "NQ/TW", "2017-10-25")]


def test_a_year_split_by_a_space_is_read_whole():
    record = parse(
        """\
        ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ TÂN PHÚ               Độc lập - Tự do - Hạnh phúc
        Số: 45/KH-UBND           Tân Phú, ngày 12 tháng 3 năm 202 5

        KẾ HOẠCH
        TỔ CHỨC THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 20 25

        I. MỤC ĐÍCH, YÊU CẦU
        1. Nâng cao nhận thức về an toàn thực phẩm.
        """
    )
    doc = record["document"]
    assert (doc["place"], doc["date"]) == ("Tân Phú", "2025-03-12")
    assert doc["title"] == "TỔ CHỨC THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2025"


def test_a_pointer_to_the_appendix_and_a_merged_group_row_are_no_tasks():
    record = parse(
        HEADER
        + """\
        II. NHIỆM VỤ
        Các nhiệm vụ cụ thể (Chi tiết tại Phụ lục kèm theo).
        (Chi tiết tại Phụ lục)
        III. TỔ CHỨC THỰC HIỆN
        STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
        I | CÔNG TÁC TUYÊN TRUYỀN | CÔNG TÁC TUYÊN TRUYỀN | CÔNG TÁC TUYÊN TRUYỀN | CÔNG TÁC TUYÊN TRUYỀN
        1 | Tuyên truyền trên loa truyền thanh | Phòng Văn hóa - Thông tin | UBND các xã | Tháng 5/2026
        """
    )
    assert [(t["text"], t["lead"]) for t in record["tasks"]] == [
        ("Tuyên truyền trên loa truyền thanh", ["Phòng Văn hóa - Thông tin"])
    ]


def test_a_split_year_in_a_cited_date_and_a_file_stamp_under_the_recipients():
    record = parse(
        HEADER.replace("ngày 01/3/2026 của Sở Nội vụ", "ngày 01/3/20 26 của Sở Nội vụ")
        + """\

        Nơi nhận:
        - Như trên;
        - Lưu: VT, NC.son
        Sonnh\\QD556.85b.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nhữ Văn Tâm
        """
    )
    assert [r["date"] for r in record["references"]] == ["2026-03-01"]
    assert record["recipients"] == ["Như trên", "Lưu: VT, NC.son"]
    assert record["signer"]["name"] == "Nhữ Văn Tâm"


def test_a_page_title_citing_the_number_and_line_breaks_written_out_as_text():
    record = parse_text(
        "Quyết định số 5556/2021/QĐ-BYT\n\n"
        "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 5556/QĐ-BYT "
        "Hà Nội, ngày 04 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG "
        "Căn cứ Nghị định số 75/2017/NĐ-CP\\r\\nngày 20 tháng 6 năm 2017 của Chính phủ;"
    )
    doc = record["document"]
    assert (doc["number"], doc["symbol"]) == ("5556", "QĐ-BYT")
    assert (doc["place"], doc["issuer"]) == ("Hà Nội", "BỘ Y TẾ")
    assert [(r["number"], r["date"]) for r in record["references"]] == [("75", "2017-06-20")]
