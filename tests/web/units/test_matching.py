"""Unit matching: names as plans write them → directory units."""

import pytest

from kehoach.units.matching import DirectoryIndex, best_unit, match_unit
from kehoach.units.models import Unit, UnitKind

# (as written in a plan, the unit it must resolve to)
SPELLINGS = [
    ("Bộ Ngoại giao", "Bộ Ngoại giao"),
    ("BỘ NGOẠI GIAO", "Bộ Ngoại giao"),
    ("Bo Ngoai giao", "Bộ Ngoại giao"),
    ("bộ ngoại giao", "Bộ Ngoại giao"),
    ("Bộ Công an", "Bộ Công an"),
    ("BCA", "Bộ Công an"),
    ("Bộ KH&CN", "Bộ Khoa học và Công nghệ"),
    ("Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ"),
    ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ Văn hóa Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ Văn hoá, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),
    ("Bộ Giáo dục", "Bộ Giáo dục và Đào tạo"),
    ("Ngân hàng Nhà nước", "Ngân hàng Nhà nước Việt Nam"),
    ("UBND tỉnh Lai Châu", "Tỉnh Lai Châu"),
    ("Ủy ban nhân dân tỉnh Lai Châu", "Tỉnh Lai Châu"),
    ("UBND TP. Hà Nội", "Thành phố Hà Nội"),
    ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("Hà Nội", "Thành phố Hà Nội"),
    ("ha noi", "Thành phố Hà Nội"),
    ("Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("UBTƯ MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("Hội LHPN Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"),
    ("Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh Việt Nam"),
    ("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"),
    ("Văn phòng Cơ quan Thường trực", "Văn phòng Cơ quan Thường trực Ban Chỉ đạo Nhân quyền Chính phủ"),
    ("VPCQTT", "Văn phòng Cơ quan Thường trực Ban Chỉ đạo Nhân quyền Chính phủ"),
    ("Văn phòng Thường trực", "Văn phòng Cơ quan Thường trực Ban Chỉ đạo Nhân quyền Chính phủ"),
    ("BCĐNQ", "Ban Chỉ đạo Nhân quyền Chính phủ"),
    ("Ban chỉ đạo nhân quyền của Chính phủ", "Ban Chỉ đạo Nhân quyền Chính phủ"),
    ("Học viện Chính trị Quốc gia Hồ Chí Minh", "Học viện Chính trị Quốc gia Hồ Chí Minh"),
    ("Đài Truyền hình Việt Nam", "Đài Truyền hình Việt Nam"),
    ("Đài truyền hình Việt Nam", "Đài Truyền hình Việt Nam"),
    ("Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam"),
    ("Cục Thông tin Đối ngoại", "Cục Thông tin đối ngoại"),
    ("Liên hiệp các tổ chức hữu nghị Việt Nam", "Liên hiệp các Tổ chức Hữu nghị Việt Nam"),
    ("Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"),
    # absorbed units resolve to their successor
    ("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"),
    ("Bộ TT&TT", "Bộ Khoa học và Công nghệ"),
    ("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"),
    ("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("Tỉnh Hà Giang", "Tỉnh Tuyên Quang"),
]


def test_it_resolves_real_world_spellings(full_directory):
    index = DirectoryIndex.current()
    wrong = {}
    for written, expected in SPELLINGS:
        unit = best_unit(written, index=index)
        if unit is None or unit.name != expected:
            suggestions = [(m.unit.name, m.score) for m in match_unit(written, index=index)]
            wrong[written] = (unit and unit.name, suggestions)
    assert wrong == {}


def test_it_says_through_which_merger_it_matched(directory):
    top = match_unit("Bộ Thông tin và Truyền thông")[0]
    assert top.unit.name == "Bộ Khoa học và Công nghệ"
    assert top.via == "Bộ Thông tin và Truyền thông"


def test_it_suggests_every_successor_of_a_split_unit(directory):
    names = {m.unit.name for m in match_unit("Bộ Lao động - Thương binh và Xã hội")}
    assert {"Bộ Nội vụ", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"} <= names
    assert best_unit("Bộ LĐ-TB&XH") is None  # three successors: the reviewer picks


def test_it_prefers_the_department_of_the_plans_province(directory):
    lai_chau = Unit.objects.get(kind=UnitKind.PROVINCE, name="Tỉnh Lai Châu")
    unit = best_unit("Sở Tư pháp", context=lai_chau)
    assert unit.parent == lai_chau
    assert best_unit("Sở Tư pháp tỉnh Lai Châu").parent == lai_chau


def test_it_finds_no_sure_match_for_an_unknown_name(directory):
    assert best_unit("Công ty TNHH Một thành viên Xổ số") is None
    assert best_unit("xyz") is None


@pytest.mark.parametrize("written", ["Đồng chí Nguyễn Văn A – Phó Trưởng ban", ""])
def test_it_does_not_turn_a_person_or_nothing_into_a_unit(directory, written):
    assert best_unit(written) is None


def test_it_rebuilds_the_index_when_an_alias_is_added(directory):
    unit = Unit.objects.get(name="Bộ Công an")
    assert best_unit("Cơ quan chuyên trách phòng chống tội phạm mạng") is None
    unit.aliases.create(name="Cơ quan chuyên trách phòng chống tội phạm mạng")
    assert best_unit("Cơ quan chuyên trách phòng chống tội phạm mạng") == unit


# A Quảng Ninh plan whose province's departments are not in the directory: (as written, sure match or
# None). A wrong sure match is worse than none; the reviewer then picks among the suggestions.
QUANG_NINH_NAMES = [
    ("Bộ Chỉ huy Quân sự tỉnh", None),  # was Phường Hoành Bồ
    ("Sở Nông nghiệp và Môi trường", None),  # was the ministry
    ("Sở Tài chính", None),  # was Bộ Tài chính
    ("Đài Phát thanh - Truyền hình Quảng Ninh", None),  # not the province itself
    ("UBND các huyện, thành phố", None),  # a list's "thành phố" is no place
    ("UBND tỉnh", "Thành phố Quảng Ninh"),  # "tỉnh" in a provincial plan: the issuing one
    ("UBND tỉnh Quảng Ninh", "Thành phố Quảng Ninh"),
    ("UBND xã Hoành Bồ", "Phường Hoành Bồ"),
    ("Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường"),
    ("Bộ Công an", "Bộ Công an"),
]


def test_a_sure_match_agrees_on_the_kind_of_body_and_the_place(full_directory):
    quang_ninh = Unit.objects.get(kind=UnitKind.PROVINCE, admin_code="22")
    found = {written: getattr(best_unit(written, context=quang_ninh), "name", None)
             for written, _ in QUANG_NINH_NAMES}
    assert found == dict(QUANG_NINH_NAMES)
    suggested = [m.unit.name for m in match_unit("Sở Nông nghiệp và Môi trường", context=quang_ninh)]
    assert "Bộ Nông nghiệp và Môi trường" in suggested  # still offered, for the reviewer to pick
    assert best_unit("UBND xã Hoành Bồ", context=Unit.objects.get(name="Tỉnh Lai Châu")) is None


# From central plans of tests/corpus/plans: near names of another kind of body, or of a local one.
NOT_CENTRAL = ["Báo Nông nghiệp và Môi trường", "Trường Bồi dưỡng cán bộ tài chính",
               "Vụ Khoa học và Công nghệ", "Chi bộ các thôn", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


@pytest.mark.parametrize("written", NOT_CENTRAL)
def test_a_body_of_a_ministry_or_a_commune_is_not_the_central_one(directory, written):
    assert best_unit(written) is None


def test_a_provincial_plans_department_is_its_own_provinces(directory):
    lai_chau = Unit.objects.get(kind=UnitKind.PROVINCE, name="Tỉnh Lai Châu")
    quang_ninh = Unit.objects.get(kind=UnitKind.PROVINCE, admin_code="22")
    military = Unit.objects.create(name="Bộ Chỉ huy Quân sự", kind=UnitKind.DEPARTMENT, parent=quang_ninh)
    own = Unit.objects.create(name="Sở Tư pháp", kind=UnitKind.DEPARTMENT, parent=quang_ninh)
    assert best_unit("Bộ Chỉ huy Quân sự tỉnh", context=quang_ninh) == military
    assert best_unit("Sở Tư pháp", context=quang_ninh) == own
    assert best_unit("Sở Tư pháp tỉnh", context=lai_chau).parent == lai_chau
    assert best_unit("Sở Tư pháp tỉnh Lai Châu", context=quang_ninh) != own  # the name carries its place
    Unit.objects.filter(pk=own.pk).delete()
    assert best_unit("Sở Tư pháp", context=quang_ninh) is None  # not Lai Châu's, nor Hà Nội's
