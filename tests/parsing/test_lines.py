"""Cleaning lines: markdown, page numbers, running headers, paragraphs cut by a page break."""

from kehoach.parsing.fold import fold, fold_lines
from kehoach.parsing.lines import blocks, clean_lines


def _texts(text: str) -> list[str]:
    return [b.text for b in blocks(clean_lines(text))]


def test_it_folds_without_changing_length():
    for text in ("Số: 03 /KH-BCĐ-VPTT", "ỦY BAN NHÂN DÂN", "Đảng ủy", "İstanbul ǅ", "e\u0301"):
        assert len(fold(text)) == len(text)
    assert fold("Kế Hoạch Đảng") == "ke hoach dang"


def test_it_strips_markdown_emphasis_and_headings():
    assert _texts("## **KẾ HOẠCH**\n\n<u>Số:</u> *12*/KH-UBND") == ["KẾ HOẠCH", "Số: 12/KH-UBND"]


def test_it_splits_bold_runs_glued_to_the_text_before():
    lines = clean_lines("II. Công tác trọng tâm**1. Văn phòng Thường trực**")
    assert [line.text for line in lines] == ["II. Công tác trọng tâm", "1. Văn phòng Thường trực"]
    assert {line.no for line in lines} == {1}


def test_it_drops_page_numbers_and_joins_a_sentence_cut_by_the_page_break():
    text = "Tổ chức tuyên truyền về thành tựu của\n\n- 2 -\n\nđất nước trong năm 2025.\n\nTrang 3/7\n"
    assert _texts(text) == ["Tổ chức tuyên truyền về thành tựu của đất nước trong năm 2025."]


def test_it_drops_running_headers_repeated_on_every_page():
    page = "Kế hoạch số 12/KH-UBND ngày 03/4/2026\n1. Mục một.\n"
    assert "Kế hoạch số 12/KH-UBND ngày 03/4/2026" not in _texts(page * 3)


def test_it_joins_hard_wrapped_ocr_lines_but_keeps_list_items_apart():
    text = (
        "- Nang cao nhan thuc ve noi dung, y nghia cua Ngay\nNhan quyen the gioi; no luc thuc day,\n"
        "bao dam quyen con nguoi o Viet Nam tren\ncac linh vuc.\n- Khoi day long yeu nuoc,\n"
        "tinh than doan ket dan toc.\n"
    )
    assert len(_texts(text)) == 2


def test_it_keeps_table_rows_one_per_line():
    text = "STT | Nội dung | Đơn vị chủ trì\n1 | Tổ chức hội nghị | Sở Y tế\n2 | Tập huấn | Sở Nội vụ"
    assert len(_texts(text)) == 3


def test_it_keeps_columns_of_a_layout_line_as_cells():
    line = clean_lines("UBND TỈNH X\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")[0]
    assert line.cells == ("UBND TỈNH X", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_folding_many_lines_at_once_keeps_each_aligned():
    rows = ["Kế Hoạch", "", "ỦY BAN NHÂN DÂN", "e\u0301 stray mark", "İstanbul"]
    assert fold_lines(rows) == [fold(row) for row in rows]
    assert all(len(f) == len(r) for f, r in zip(fold_lines(rows), rows, strict=True))


def test_a_preamble_clause_wrapped_before_a_capital_goes_on_to_its_stop():
    assert _texts(
        "Căn cứ Quyết định số 1/QĐ-TTg của Thủ tướng\n"
        "Chính phủ về việc phê duyệt Đề án;\n"
        "Căn cứ Kế hoạch số 7/KH-UBND của\n"
        "Ủy ban nhân dân tỉnh;\n"
        "Theo đề nghị của Sở Nội vụ\n"
        "I. MỤC ĐÍCH"
    ) == [
        "Căn cứ Quyết định số 1/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt Đề án;",
        "Căn cứ Kế hoạch số 7/KH-UBND của Ủy ban nhân dân tỉnh;",
        "Theo đề nghị của Sở Nội vụ",
        "I. MỤC ĐÍCH",
    ]
