"""The shipped directory: central bodies, provinces and communes after the 2025 merger."""

from vietnam_provinces import Province

from kehoach.units.directory import load_directory
from kehoach.units.matching import best_unit
from kehoach.units.models import CollectiveName, Unit, UnitKind


def test_it_loads_the_34_provinces_and_their_communes(full_directory):
    provinces = Unit.objects.filter(kind=UnitKind.PROVINCE, active=True)
    assert provinces.count() == 34
    assert Unit.objects.filter(kind=UnitKind.COMMUNE, parent__name="Thành phố Hà Nội").count() > 100
    assert Unit.objects.filter(kind=UnitKind.COMMUNE).count() > 3000


def test_it_ships_the_2025_ministries_and_mass_organisations(directory):
    names = set(Unit.objects.filter(active=True).values_list("name", flat=True))
    for name in ("Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo",
                 "Ban Tuyên giáo và Dân vận Trung ương",
                 "Hội Cựu chiến binh Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
                 "Liên hiệp các Tổ chức Hữu nghị Việt Nam", "Học viện Chính trị Quốc gia Hồ Chí Minh"):
        assert name in names


def test_it_keeps_merged_units_pointing_at_their_successors(directory):
    old = Unit.objects.get(name="Bộ Thông tin và Truyền thông")
    assert not old.active
    assert [u.name for u in old.successors()] == ["Bộ Khoa học và Công nghệ"]
    split = Unit.objects.get(name="Bộ Lao động - Thương binh và Xã hội")
    assert {u.name for u in split.successors()} == {"Bộ Nội vụ", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"}
    assert Unit.objects.get(name="Tỉnh Hà Giang").merged_into.name == "Tỉnh Tuyên Quang"


def test_it_loads_again_without_adding_anything(full_directory):
    before = Unit.objects.count(), CollectiveName.objects.count()
    counts = load_directory()
    assert counts["central"] == 0 and counts["provinces"] == 0
    assert (Unit.objects.count(), CollectiveName.objects.count()) == before


def test_a_province_keeps_the_packages_name_and_its_old_spelling_still_matches(directory):
    """vietnam-provinces 2026.9.0 makes Quảng Ninh, Bắc Ninh and Đồng Nai centrally-run cities
    (Nghị quyết 36/2026, 39/2026, 30/2026/QH16; see docs/decisions.md): we keep its names; plans
    written before still say "tỉnh", and must reach the same unit."""
    quang_ninh = Unit.objects.get(kind=UnitKind.PROVINCE, admin_code="22")
    assert quang_ninh.name == Province.from_code(22).name
    for written in ("UBND tỉnh Quảng Ninh", "Ủy ban nhân dân thành phố Quảng Ninh", "Quảng Ninh"):
        assert best_unit(written) == quang_ninh
    cities = Unit.objects.filter(kind=UnitKind.PROVINCE, active=True, name__startswith="Thành phố")
    assert cities.count() + Unit.objects.filter(kind=UnitKind.PROVINCE, active=True,
                                                name__startswith="Tỉnh").count() == 34
