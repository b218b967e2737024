"""The coverage page and section find the plans that implement a plan, by link or by reference."""

from __future__ import annotations

import io

from django.urls import reverse
from docx import Document

from kehoach.plans.models import Plan


def lower_plan(make_issued_plan, personas, **links) -> Plan:
    u = personas.units
    plan = make_issued_plan(number="45", title="Thực hiện Kế hoạch số 12/KH-VPCQTT", tasks=[
        ("Tổ chức hội nghị cung cấp thông tin cho báo chí về Ngày Nhân quyền", u.a),
        ("Tổ chức giải chạy việt dã", u.b)])
    Plan.objects.filter(pk=plan.pk).update(symbol="KH-UBND", **links)
    return plan


def test_a_plan_linked_by_implements_is_measured(make_issued_plan, personas, client_for):
    higher = make_issued_plan()
    lower_plan(make_issued_plan, personas, implements=higher)
    body = client_for("coordinator").get(reverse("reports:coverage", args=[higher.uuid])).content.decode()
    assert "Kế hoạch số 45/KH-UBND" in body and "50.0%" in body
    assert body.count('class="uncovered"') == 1


def test_a_plan_citing_it_as_implemented_is_found_through_its_record(make_issued_plan, personas, client_for):
    higher = make_issued_plan()
    reference = {"kind": "ke_hoach", "number": "12", "symbol": "KH-VPCQTT", "implements": True}
    lower_plan(make_issued_plan, personas, record={"schema": "kehoach.plan/1", "references": [reference]})
    content = client_for("coordinator").get(reverse("reports:docx", args=[higher.uuid])).content
    text = "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
    assert ("- Kế hoạch số 45/KH-UBND của Ban Chỉ đạo Nhân quyền Chính phủ: "
            "có nhiệm vụ tương ứng với 1/2") in text


def test_a_plan_citing_it_only_as_a_basis_is_not_counted(make_issued_plan, personas, client_for):
    higher = make_issued_plan()
    reference = {"kind": "ke_hoach", "number": "12", "symbol": "KH-VPCQTT", "implements": False}
    lower_plan(make_issued_plan, personas, record={"references": [reference]})
    body = client_for("coordinator").get(reverse("reports:coverage", args=[higher.uuid])).content.decode()
    assert "Chưa có kế hoạch cấp dưới nào" in body

