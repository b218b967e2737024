"""Unit names: splitting lists, keeping collective names whole, removing the framing words."""

from kehoach.parsing.units import heading_units, split_units, subject_units


def test_a_heading_naming_two_units_gives_both():
    assert heading_units("Đề nghị Báo Lai Châu và Đài Phát thanh - Truyền hình Lai Châu") == [
        "Báo Lai Châu",
        "Đài Phát thanh - Truyền hình Lai Châu",
    ]


def test_a_collective_name_stays_whole():
    assert split_units("Các sở, ban, ngành, UBND các xã") == ["Các sở, ban, ngành", "UBND các xã"]
    assert split_units("Bộ Văn hóa, Thể thao và Du lịch") == ["Bộ Văn hóa, Thể thao và Du lịch"]
    assert split_units("Văn phòng HĐND và UBND xã") == ["Văn phòng HĐND và UBND xã"]
    assert split_units("Cơ quan, địa phương liên quan") == ["Cơ quan, địa phương liên quan"]


def test_it_splits_before_a_generic_group_and_a_second_named_place():
    assert split_units("Sở Y tế và các đơn vị liên quan") == ["Sở Y tế", "các đơn vị liên quan"]
    assert split_units("Ủy ban nhân dân xã Hoa Lư, phường Tam Điệp") == [
        "Ủy ban nhân dân xã Hoa Lư",
        "phường Tam Điệp",
    ]


def test_it_drops_framing_words_and_role_notes():
    assert heading_units("Giao Sở Văn hóa, Thể thao và Du lịch (cơ quan thường trực)") == [
        "Sở Văn hóa, Thể thao và Du lịch"
    ]
    assert heading_units("Đối với Trạm Y tế xã:") == ["Trạm Y tế xã"]
    assert heading_units("Công tác tuyên truyền") == []


def test_it_finds_the_unit_a_sentence_opens_with():
    assert subject_units("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai") == ["Sở Y tế"]
    assert subject_units("Các ban, bộ, ngành thành viên Ban Chỉ đạo chủ động cung cấp thông tin") == [
        "Các ban, bộ, ngành thành viên Ban Chỉ đạo"
    ]
    assert subject_units("Trung tâm Dịch vụ tổng hợp xã tuyên truyền Nghị quyết") == [
        "Trung tâm Dịch vụ tổng hợp xã"
    ]
    assert subject_units("Tổ chức hội nghị tập huấn") == []
    assert subject_units("Bố trí kinh phí cho hội nghị") == []


def test_a_heading_that_goes_on_to_say_what_the_unit_does_names_only_the_unit():
    assert heading_units("Sở Y tế có trách nhiệm:") == ["Sở Y tế"]
    assert heading_units("Công an tỉnh chủ trì, phối hợp thực hiện:") == ["Công an tỉnh"]
