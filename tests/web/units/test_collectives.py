"""Collective names expand to their member units."""

from kehoach.units.models import CollectiveName, Unit, UnitKind
from kehoach.units.resolution import Resolver, plan_province, resolve


def test_it_expands_provinces_to_all_34(directory):
    resolution = resolve("UBND các tỉnh, thành phố")
    assert resolution.collective is not None
    assert len(resolution.units) == 34
    assert all(u.kind == UnitKind.PROVINCE and u.active for u in resolution.units)


def test_it_expands_a_steering_committee_of_every_province(directory):
    collective = Resolver().collective("Ban Chỉ đạo Nhân quyền các tỉnh, thành phố trực thuộc Trung ương")
    assert collective is not None and collective.member_kind == UnitKind.PROVINCE


def test_it_expands_departments_within_the_plans_province(directory):
    lai_chau = Unit.objects.get(kind=UnitKind.PROVINCE, name="Tỉnh Lai Châu")
    units = resolve("các sở, ban, ngành", context=lai_chau).units
    assert {u.name for u in units} == {"Sở Tư pháp", "Sở Nội vụ"}
    assert all(u.parent == lai_chau for u in units)


def test_it_expands_communes_within_the_plans_province(full_directory):
    lai_chau = Unit.objects.get(kind=UnitKind.PROVINCE, name="Tỉnh Lai Châu")
    units = resolve("UBND các xã, phường", context=lai_chau).units
    assert len(units) > 30 and all(u.parent == lai_chau and u.kind == UnitKind.COMMUNE for u in units)


def test_it_expands_nothing_local_without_a_province(directory):
    resolution = resolve("Các sở, ban, ngành")
    assert resolution.collective is not None and resolution.units == []


def test_it_prefers_explicit_members(directory):
    collective = CollectiveName.objects.get(name="Các bộ, ngành thành viên")
    members = list(Unit.objects.filter(name__in=["Bộ Công an", "Bộ Ngoại giao"]))
    collective.members.set(members)
    assert {u.name for u in Resolver().members_of(collective)} == {"Bộ Công an", "Bộ Ngoại giao"}


def test_it_reads_the_province_off_the_issuer(directory):
    record = {"document": {"issuer": "Sở Ngoại vụ", "parent_issuer": "UBND tỉnh Lai Châu"}}
    assert plan_province(record).name == "Tỉnh Lai Châu"
    assert plan_province({"document": {"issuer": "Ban Chỉ đạo Nhân quyền Chính phủ"}}) is None


def test_it_does_not_take_a_single_unit_for_a_collective(directory):
    assert Resolver().collective("Bộ Ngoại giao") is None
    assert resolve("Bộ Ngoại giao").units[0].name == "Bộ Ngoại giao"


def test_it_does_not_mistake_districts_for_provinces(directory):
    """Districts were abolished in 2025: "UBND các huyện" must not expand to the 34 provinces."""
    assert Resolver().collective("UBND các huyện, thành phố") is None
    assert Resolver().collective("Ủy ban nhân dân tỉnh Lai Châu") is None


def test_it_accepts_close_spellings_of_a_collective(directory):
    assert Resolver().collective("các Sở, ban, ngành, đoàn thể tỉnh").name.startswith("Các sở, ban, ngành")
    assert Resolver().collective("UBND các tỉnh, TP trực thuộc TW").member_kind == UnitKind.PROVINCE


def test_it_takes_a_provincial_bodys_place_as_its_province(directory):
    record = {"document": {"issuer": "Sở Thông tin và Truyền thông", "place": "Lai Châu"}}
    assert plan_province(record).name == "Tỉnh Lai Châu"
    central = {"document": {"issuer": "Ban Chỉ đạo Nhân quyền Chính phủ", "place": "Hà Nội"}}
    assert plan_province(central) is None


def test_a_merged_province_gives_its_successor(directory):
    record = {"document": {"issuer": "Ban Chỉ đạo về nhân quyền tỉnh Hải Dương"}}
    assert plan_province(record).name == "Thành phố Hải Phòng"
