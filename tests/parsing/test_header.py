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
