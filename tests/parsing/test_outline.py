"""Headings in any of the usual numbering schemes, and the section tree they make."""

from kehoach.parsing.fold import fold
from kehoach.parsing.lines import blocks, clean_lines
from kehoach.parsing.markers import marker
from kehoach.parsing.outline import build_tree


def _scheme(text: str) -> tuple[str, str] | None:
    found = marker(text, fold(text))
    return (found.scheme, found.label) if found else None


def test_it_reads_each_numbering_scheme():
    assert _scheme("I. MỤC ĐÍCH") == ("roman", "I")
    assert _scheme("II- NỘI DUNG") == ("roman", "II")
    assert _scheme("I1. THOI GIAN") == ("roman", "II")  # OCR of "II."
    assert _scheme("2.3. Sau thời điểm") == ("arabic2", "2.3")
    assert _scheme("3) Sở Y tế") == ("arabic1", "3")
    assert _scheme("b) Tổ chức kiểm tra") == ("letter", "b")
    assert _scheme("(iv) Việt Nam") == ("paren", "iv")
    assert _scheme("- (ii) Việt Nam") == ("paren", "ii")
    assert _scheme("+ Tuyên truyền") == ("bullet+", "+")
    assert _scheme("Điều 2. Quyết định") == ("dieu", "2")


def test_it_does_not_take_dates_or_numbers_for_headings():
    assert _scheme("10/12/1948 là ngày") is None
    assert _scheme("10.000 người tham gia") is None
    assert _scheme("2025 là năm") is None


def _tree(text: str):
    return build_tree(blocks(clean_lines(text)))


def test_it_nests_by_scheme_and_numbers_items_by_their_path():
    root = _tree(
        "I. TỔ CHỨC\n1. Bộ Ngoại giao\nCung cấp thông tin.\nTổ chức hội nghị.\n2. Bộ Công an\n"
        "a) Xây dựng lập luận.\nb) Tuyên truyền.\nII. KINH PHÍ\n"
    )
    assert [n.id for n in root.walk()[1:]] == ["I", "I.1", "I.1.1", "I.1.2", "I.2", "I.2.a", "I.2.b", "II"]


def test_it_nests_a_restarted_list_in_the_paragraph_that_announces_it():
    root = _tree(
        "I. NỘI DUNG\n1. Công tác tuyên truyền\nTreo khẩu hiệu với các nội dung:\n1. Khẩu hiệu một!\n"
        "2. Khẩu hiệu hai!\n2. Công tác kiểm tra\nKiểm tra 30 cơ sở.\n"
    )
    section = root.children[0]
    assert [c.text for c in section.children] == ["Công tác tuyên truyền", "Công tác kiểm tra"]
    intro = section.children[0].children[0]
    assert [c.text for c in intro.children] == ["Khẩu hiệu một!", "Khẩu hiệu hai!"]


def test_a_paragraph_after_bullets_belongs_to_the_heading_not_the_last_bullet():
    root = _tree("1. Nội dung\n- Một.\n- Hai.\nBa, viết không gạch đầu dòng.\n")
    assert len(root.children[0].children) == 3


def test_word_symbol_font_bullets_are_bullets():
    assert _scheme("\uf0b7 Tổ chức hội nghị")[0].startswith("bullet")
    assert _scheme("➢ Sở Y tế")[0].startswith("bullet")
