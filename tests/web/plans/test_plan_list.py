"""The coordinator's plan list: accent-insensitive search, filters, empty states."""

from django.urls import reverse

from kehoach.plans.models import Plan, PlanStatus


def _titles(response) -> str:
    return response.content.decode()


def test_it_finds_ha_noi_without_accents(client_for, make_issued_plan):
    make_issued_plan(number="1", title="Tuyên truyền tại Thành phố Hà Nội")
    make_issued_plan(number="2", title="Tuyên truyền tại Hải Phòng")
    body = _titles(client_for("coordinator").get(reverse("plans:list"), {"q": "ha noi"}))
    assert "Thành phố Hà Nội" in body and "Hải Phòng" not in body


def test_it_searches_number_symbol_and_issuer(client_for, make_issued_plan):
    make_issued_plan(number="705", title="Kỷ niệm")
    body = _titles(client_for("coordinator").get(reverse("plans:list"), {"q": "705/kh-vpcqtt"}))
    assert "Kỷ niệm" in body
    body = _titles(client_for("coordinator").get(reverse("plans:list"), {"q": "BAN CHI DAO NHAN QUYEN"}))
    assert "Kỷ niệm" in body


def test_it_filters_by_status_and_year(client_for, make_issued_plan, personas):
    make_issued_plan(number="1", title="Đã ban hành 2025")
    Plan.objects.create(owner=personas.units.office, status=PlanStatus.DRAFT, title="Bản nháp")
    client = client_for("coordinator")
    drafts = _titles(client.get(reverse("plans:list"), {"status": "draft"}))
    assert "Bản nháp" in drafts and "Đã ban hành 2025" not in drafts
    assert "Đã ban hành 2025" in _titles(client.get(reverse("plans:list"), {"year": 2025}))
    assert "Đã ban hành 2025" not in _titles(client.get(reverse("plans:list"), {"year": 2024}))


def test_it_says_when_nothing_matches(client_for, make_issued_plan):
    make_issued_plan()
    body = _titles(client_for("coordinator").get(reverse("plans:list"), {"q": "không có gì như thế"}))
    assert "Không có kế hoạch nào khớp bộ lọc." in body


def test_it_invites_an_import_when_empty(client_for, personas):
    body = _titles(client_for("coordinator").get(reverse("plans:list")))
    assert "Chưa có kế hoạch nào." in body and reverse("plans:upload") in body


def test_it_shows_only_the_offices_plans(client_for, make_issued_plan, personas):
    make_issued_plan(title="Của văn phòng")
    Plan.objects.create(owner=personas.units.b, status=PlanStatus.ISSUED, title="Của Bộ Công an")
    body = _titles(client_for("coordinator").get(reverse("plans:list")))
    assert "Của văn phòng" in body and "Của Bộ Công an" not in body
    assert "Của Bộ Công an" in _titles(client_for("admin").get(reverse("plans:list")))
