"""The header in its usual forms: number and symbol, place and date, issuer over two lines, stamps."""

from tests.parsing.conftest import HEADER, parse


def test_it_reads_a_clean_header():
    doc = parse(HEADER)["document"]
    assert doc["type"] == "ke_hoach"
    assert (doc["number"], doc["symbol"]) == ("12", "KH-UBND")
    assert (doc["place"], doc["date"]) == ("An Giang", "2026-04-03")
    assert doc["issuer"] == "ỦY BAN NHÂN DÂN TỈNH AN GIANG"
    assert doc["parent_issuer"] is None
    assert doc["title"] == "Tổ chức Ngày hội thể thao năm 2026"


def test_a_blank_number_and_day_are_null_with_warnings():
    record = parse("""
        Số: /KH - STTTT
        Lai Châu, ngày    tháng 10 năm 2023
        KẾ HOẠCH
        Triển khai tuyên truyền
        I. MỤC ĐÍCH
        1. Một.
        2. Hai.
    """)
    doc = record["document"]
    assert (doc["number"], doc["symbol"], doc["date"]) == (None, "KH-STTTT", None)
    assert doc["date_parts"] == {"year": 2023, "month": 10, "day": None}
    assert {"blank_number", "blank_date"} <= {w["code"] for w in record["warnings"]}


def test_it_reads_a_header_whose_diacritics_were_lost_in_ocr():
    record = parse("""
        UBND THANH PHO HAI PHONG  CONG HOA XA HQI CHU NGHIA VIET NAM
        SO NGOAI VU Déc 1ap — Tw do — Hanh phuc
        S6:87 /KH-NV Hdi Phong, ngay 29 thang 10ndam 2024
        KE HOACH
        Trién khai dgt cao diém tuyén truyen
        I. MUC PiCH, YEU CAU
        I1. THOI GIAN
    """)
    doc = record["document"]
    assert (doc["number"], doc["symbol"], doc["date"]) == ("87", "KH-NV", "2024-10-29")
    assert doc["place"] == "Hải Phòng"
    assert (doc["parent_issuer"], doc["issuer"]) == ("UBND THANH PHO HAI PHONG", "SO NGOAI VU")


def test_it_reads_a_party_style_number_and_an_issuer_written_over_two_lines():
    record = parse("""
        ĐẢNG BỘ TỈNH THÁI NGUYÊN          ĐẢNG CỘNG SẢN VIỆT NAM
        ĐẢNG ỦY XÃ PHÚ BÌNH
        Số 12-KH/ĐU                     Phú Bình, ngày 16 tháng 3 năm 2026
        KẾ HOẠCH
        học tập Nghị quyết
        I- MỤC ĐÍCH
        II- TỔ CHỨC THỰC HIỆN
    """)
    doc = record["document"]
    assert (doc["number"], doc["symbol"], doc["place"]) == ("12", "KH/ĐU", "Phú Bình")
    assert (doc["parent_issuer"], doc["issuer"]) == ("ĐẢNG BỘ TỈNH THÁI NGUYÊN", "ĐẢNG ỦY XÃ PHÚ BÌNH")


def test_a_received_stamp_is_never_the_documents_own_date():
    record = parse("""
        Số: 245/KH-PB                Hà Nội, ngày 05 tháng 3 năm 2026
        SỞ Y TẾ TỈNH AN GIANG
        CÔNG VĂN ĐẾN
        Số: 1126
        Ngày: 12/3/2026
        KẾ HOẠCH
        Truyền thông phòng bệnh
        I. MỤC TIÊU
        II. NHIỆM VỤ
    """)
    assert record["document"]["date"] == "2026-03-05"
    assert record["document"]["number"] == "245"
    assert record["received"]["date"] == "2026-03-12"
    assert record["document"]["title"] == "Truyền thông phòng bệnh"


def test_the_issuer_comes_from_the_preamble_when_the_header_has_none():
    record = parse("""
        Số: 467/KH-BCĐNQ
        Hải Dương, ngày 19 tháng 5 năm 2019
        KẾ HOẠCH
        Tăng cường công tác tuyên truyền
        Thực hiện Kế hoạch số 01/KH-BCĐNQ, Ban chỉ đạo về nhân quyền tỉnh Hải Dương xây dựng kế hoạch sau:
        I. MỤC ĐÍCH
        II. NHIỆM VỤ
    """)
    assert record["document"]["issuer"] == "Ban chỉ đạo về nhân quyền tỉnh Hải Dương"


def test_it_notes_where_each_header_field_was_read():
    record = parse(HEADER)
    assert record["provenance"]["document.number"] == [3, 3]
    assert record["provenance"]["document.title"] == [5, 6]


def test_it_reads_a_date_the_right_column_wrapped_onto_the_next_line():
    record = parse("""
        ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
        NAM
        PHƯỜNG BA ĐÌNH                     Độc lập - Tự do - Hạnh phúc
        Số: 12/KH-UBND                     Hà Nội, ngày 03 tháng
        4 năm 2026
        KẾ HOẠCH
        Triển khai tuyên truyền
        I. MỤC ĐÍCH
        1. Một.
        2. Hai.
    """)
    assert (record["document"]["place"], record["document"]["date"]) == ("Hà Nội", "2026-04-03")


# A header table as legal-text websites copy it: one cell after another, each closed by a bar,
# the cells' lines broken where the column was narrow (written for this test in that form).
CELL_HEADER = """
    ỦY
    BAN NHÂN DÂN
    TỈNH ĐIỆN BIÊN
    -------
    |
    CỘNG
    HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    ---------------
    |
    Số:
    41/KH-UBND
    |
    Điện
    Biên, ngày 14
    tháng 02 năm 2026
    |
    KẾ HOẠCH
    PHÒNG, CHỐNG DỊCH BỆNH TRÊN ĐÀN
    GIA SÚC NĂM 2026
    Căn cứ Luật Thú y số 79/2015/QH13;
    I. MỤC ĐÍCH
    1. Một.
    2. Hai.
"""


def test_a_header_table_copied_one_cell_per_line_reads_whole():
    doc = parse(CELL_HEADER)["document"]
    assert (doc["number"], doc["symbol"]) == ("41", "KH-UBND")
    assert (doc["place"], doc["date"]) == ("Điện Biên", "2026-02-14")
    assert (doc["issuer"], doc["parent_issuer"]) == ("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", None)
    assert doc["title"] == "PHÒNG, CHỐNG DỊCH BỆNH TRÊN ĐÀN GIA SÚC NĂM 2026"


def test_a_cell_with_two_names_keeps_the_parent_above_the_issuer():
    doc = parse("""
        UBND THÀNH PHỐ CẦN THƠ
        SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG |
        CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM |
        |
        Số: 7/KH-SNNMT |
        Cần Thơ, ngày 3 tháng 3 năm 2026 |
        KẾ HOẠCH
        Trồng cây đầu xuân
        1. Một.
        2. Hai.
    """)["document"]
    assert (doc["parent_issuer"], doc["issuer"]) == ("UBND THÀNH PHỐ CẦN THƠ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    assert (doc["number"], doc["place"], doc["date"]) == ("7", "Cần Thơ", "2026-03-03")


def test_the_youth_unions_right_column_is_not_the_issuer():
    doc = parse("""
        BAN CHẤP HÀNH TỈNH ĐOÀN ĐIỆN BIÊN |
        ĐOÀN TNCS HỒ CHÍ MINH |
        Số: 88-KH/TĐTN-TG |
        Điện Biên, ngày 2 tháng 3 năm 2026 |
        KẾ HOẠCH
        Tháng Thanh niên năm 2026
        1. Một.
        2. Hai.
    """)["document"]
    assert (doc["issuer"], doc["parent_issuer"]) == ("BAN CHẤP HÀNH TỈNH ĐOÀN ĐIỆN BIÊN", None)
    assert (doc["number"], doc["symbol"]) == ("88", "KH/TĐTN-TG")


def test_a_decisions_title_stops_at_the_authority_that_decides():
    doc = parse("""
        ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
        Số: 5/2026/QĐ-UBND
        Điện Biên, ngày 2 tháng 3 năm 2026
        QUYẾT ĐỊNH
        BAN HÀNH KẾ HOẠCH TRỒNG RỪNG
        TRÊN ĐỊA BÀN TỈNH ĐIỆN BIÊN
        ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
        Căn cứ Luật Lâm nghiệp;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch trồng rừng.
        Điều 2. Quyết định này có hiệu lực từ ngày ký.
    """)["document"]
    assert doc["title"] == "BAN HÀNH KẾ HOẠCH TRỒNG RỪNG TRÊN ĐỊA BÀN TỈNH ĐIỆN BIÊN"


def test_a_capitals_title_ends_where_the_preamble_sentence_starts():
    doc = parse("""
        ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
        Số: 12/KH-UBND
        Điện Biên, ngày 2 tháng 3 năm 2026
        KẾ HOẠCH
        NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ
        VÀ HÀNH CHÍNH CÔNG CẤP TỈNH NĂM 2026
        Để tiếp tục cải thiện chỉ số, Ủy ban nhân dân
        tỉnh ban hành Kế hoạch như sau.
        I. MỤC TIÊU
        1. Một.
        2. Hai.
    """)["document"]
    assert doc["title"] == "NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH NĂM 2026"


def test_den_in_a_capitals_title_is_no_received_stamp():
    record = parse("""
        ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
        Số: 12/KH-UBND
        Điện Biên, ngày 2 tháng 3 năm 2026
        KẾ HOẠCH
        PHÒNG, CHỐNG SUY DINH DƯỠNG
        ĐẾN NĂM 2030
        Căn cứ Quyết định số 5/QĐ-TTg ngày 01/02/2026 của Thủ tướng Chính phủ;
        I. MỤC TIÊU
        1. Một.
        2. Hai.
    """)
    assert record["received"] is None
    assert record["document"]["title"] == "PHÒNG, CHỐNG SUY DINH DƯỠNG ĐẾN NĂM 2030"


def test_a_type_line_naming_its_issuer_leaves_the_title_to_the_line_below():
    doc = parse("""
        UBND TỈNH ĐIỆN BIÊN
        Số: 7/2026/QĐ-UB
        Điện Biên, ngày 2 tháng 3 năm 2026

        QUYẾT ĐỊNH CỦA UBND TỈNH ĐIỆN BIÊN

        V/v phê duyệt kế hoạch phòng, chống thiên tai năm 2026

        Điều 1. Phê duyệt kế hoạch phòng, chống thiên tai năm 2026.
        Điều 2. Quyết định có hiệu lực từ ngày ký.
    """)["document"]
    assert doc["type"] == "quyet_dinh"
    assert doc["title"] == "V/v phê duyệt kế hoạch phòng, chống thiên tai năm 2026"


def test_the_place_after_the_motto_or_the_number_in_one_cell_is_the_place_alone():
    doc = parse("""
        UBND Số: 31/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Điện Biên, ngày 07 tháng 6 năm 2026
        KẾ HOẠCH
        Trồng cây nhớ ơn Bác
        1. Một.
        2. Hai.
    """)["document"]
    assert (doc["number"], doc["place"], doc["date"]) == ("31", "Điện Biên", "2026-06-07")
    doc = parse("""
        BỘ Y TẾ   Số: 55/KH-BYT Hà Nội, ngày 04 tháng 12 năm 2026
        KẾ HOẠCH
        Tiêm chủng
        1. Một.
        2. Hai.
    """)["document"]
    assert (doc["number"], doc["place"], doc["date"]) == ("55", "Hà Nội", "2026-12-04")


def test_a_pdfs_columns_cut_a_blank_number_and_date_over_several_lines():
    record = parse("""
        SỞ Y TẾ
        Số:

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        /KH-SYT

        Điện Biên, ngày

        tháng

        năm 2026

        KẾ HOẠCH
        Tiêm chủng mở rộng
        1. Một.
        2. Hai.
    """)
    doc = record["document"]
    assert (doc["number"], doc["symbol"], doc["place"]) == (None, "KH-SYT", "Điện Biên")
    assert doc["date_parts"] == {"year": 2026, "month": None, "day": None}


def test_the_authority_line_may_add_the_locality_the_header_left_out():
    doc = parse("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 5/QĐ-UBND | Điện Biên, ngày 2 tháng 3 năm 2026 |
        QUYẾT ĐỊNH
        BAN HÀNH KẾ HOẠCH TRỒNG RỪNG
        ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
        Căn cứ Luật Lâm nghiệp;
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch trồng rừng.
        Điều 2. Quyết định có hiệu lực từ ngày ký.
    """)["document"]
    assert doc["title"] == "BAN HÀNH KẾ HOẠCH TRỒNG RỪNG"
