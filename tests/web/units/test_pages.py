"""The unit directory pages: accent-insensitive search (names and aliases), history on detail."""

from django.urls import reverse

from kehoach.units.models import Unit


def test_it_finds_units_without_accents_and_by_alias(client_for, directory):
    client = client_for("coordinator")
    body = client.get(reverse("units:list"), {"q": "ha noi"}).content.decode()
    assert "Thành phố Hà Nội" in body
    body = client.get(reverse("units:list"), {"q": "VHTTDL"}).content.decode()
    assert "Bộ Văn hóa, Thể thao và Du lịch" in body
    body = client.get(reverse("units:list"), {"q": "tt&tt"}).content.decode()
    assert "Bộ Thông tin và Truyền thông" in body and "Bộ Khoa học và Công nghệ" in body  # merged into


def test_it_filters_by_kind(client_for, directory):
    body = client_for("coordinator").get(reverse("units:list"), {"kind": "organisation"}).content.decode()
    assert "Hội Nông dân Việt Nam" in body and "Bộ Công an" not in body


def test_provinces_come_before_the_thousands_of_communes(client_for, full_directory):
    client = client_for("coordinator")
    first, second = (client.get(reverse("units:list"), {"page": n}).content.decode() for n in (1, 2))
    assert "Bộ Công an" in first and "Tỉnh Lai Châu" in second
    rows = second.split("<table", 1)[1]  # below the filter, whose list names every kind
    assert "Xã, phường, đặc khu" not in first.split("<table", 1)[1]
    assert rows.index("Tỉnh Lai Châu") < rows.index("Xã, phường, đặc khu")


def test_the_detail_shows_aliases_and_merger_history(client_for, directory):
    client = client_for("coordinator")
    old = Unit.objects.get(name="Bộ Thông tin và Truyền thông")
    body = client.get(reverse("units:detail", args=[old.uuid])).content.decode()
    assert "Bộ TT&amp;TT" in body and "Bộ Khoa học và Công nghệ" in body
    new = Unit.objects.get(name="Bộ Khoa học và Công nghệ")
    body = client.get(reverse("units:detail", args=[new.uuid])).content.decode()
    assert "Bộ Thông tin và Truyền thông" in body


def test_an_unknown_unit_is_404(client_for, personas):
    url = reverse("units:detail", args=["00000000-0000-0000-0000-000000000000"])
    assert client_for("coordinator").get(url).status_code == 404
