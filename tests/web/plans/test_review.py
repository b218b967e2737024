"""The review screen: source beside record, provenance, warnings, unit matching, HTMX edits."""

import re

from django.urls import reverse

from kehoach.plans.models import Plan
from kehoach.units.models import Unit


def _review(client, plan, **kwargs):
    return client.get(reverse("plans:review", args=[plan.uuid]), **kwargs).content.decode()


def test_it_shows_every_source_line_numbered(client_for, import_seed):
    plan = import_seed("003")
    body = _review(client_for("coordinator"), plan)
    lines = plan.source.text.split("\n")
    assert body.count('<li id="L') == len(lines)
    assert f'id="L{len(lines)}"' in body


def test_it_links_values_to_their_lines(client_for, import_seed):
    plan = import_seed("003")
    body = _review(client_for("coordinator"), plan)
    title_lines = "-".join(str(n) for n in plan.record["provenance"]["document.title"])
    assert re.search(rf'<h2 data-lines="{title_lines}">Triển khai các hoạt động', body)
    first_task = plan.record["tasks"][0]
    assert f'data-lines="{first_task["lines"][0]}-{first_task["lines"][1]}"' in body


def test_it_writes_dates_as_offices_do(client_for, import_seed):
    """The record keeps ISO dates; the page shows them day/month/year, as the plan itself does."""
    plan = import_seed("003")
    body = _review(client_for("coordinator"), plan)
    assert plan.record["document"]["date"] == "2025-11-01"
    shown = re.sub(r"<input[^>]*>", "", body)  # date inputs take ISO values, and show them localised
    assert "01/11/2025" in shown and not re.search(r"\b20\d\d-\d\d-\d\d\b", shown)
    assert "Hạn 10/02/2026" in shown  # the reporting duty's deadline
    assert "(01/12/2025 – 09/12/2025)" in shown  # a phase


def test_it_names_reporting_duties_in_words(client_for, import_seed):
    plan = import_seed("004")
    assert [r["recurrence"] for r in plan.record["reporting"]] == ["on_request"]
    body = _review(client_for("coordinator"), plan)
    assert "Đột xuất, khi có yêu cầu" in body and "on_request" not in body


def test_it_puts_warnings_first(client_for, import_seed):
    plan = import_seed("003")
    body = _review(client_for("coordinator"), plan)
    assert plan.record["warnings"]
    assert body.index('id="warnings"') < body.index('id="document"') < body.index('id="tasks"')
    assert plan.record["warnings"][0]["message"] in body


def test_it_matches_unit_names_to_the_directory(client_for, import_seed):
    plan = import_seed("003")
    body = _review(client_for("coordinator"), plan)
    assert 'data-unit-name="Bộ Ngoại giao"' in body
    block = body[body.index('data-unit-name="Bộ Ngoại giao"'):][:600]
    assert "badge-matched" in block


def test_it_offers_suggestions_and_search_for_an_unmatched_name(client_for, import_seed):
    plan = import_seed("003")
    client = client_for("coordinator")
    _set_task(client, plan, plan.record["tasks"][0]["id"], lead="Bộ Lao động - Thương binh và Xã hội")
    body = _review(client, plan)
    block = body[body.index('data-unit-name="Bộ Lao động - Thương binh và Xã hội"'):][:4000]
    assert "badge-unmatched" in block and "pick-unit" in block and "Bộ Nội vụ" in block
    results = client.get(reverse("plans:unit_search", args=[plan.uuid]), {"q": "ngoai giao", "name": "x"},
                         headers={"HX-Request": "true"}).content.decode()
    assert "Bộ Ngoại giao" in results and "<html" not in results


def test_picking_a_unit_applies_to_every_task_naming_it(client_for, import_seed):
    plan = import_seed("003")
    client = client_for("coordinator")
    name = "Bộ Lao động - Thương binh và Xã hội"
    for task in plan.record["tasks"][:2]:
        _set_task(client, plan, task["id"], lead=name)
    interior = Unit.objects.get(name="Bộ Nội vụ")
    fragment = client.post(reverse("plans:pick_unit", args=[plan.uuid]),
                           {"name": name, "unit": str(interior.uuid)},
                           headers={"HX-Request": "true"}).content.decode()
    assert fragment.startswith('<div id="tasks">')
    assert fragment.count('data-unit-name="Bộ Lao động - Thương binh và Xã hội"') == 2
    plan.refresh_from_db()
    assert list(plan.unit_choices.values()) == [[interior.id]]


def _set_task(client, plan, key, **values):
    prefix = f"t-{key}"
    task = next(t for t in Plan.objects.get(pk=plan.pk).record["tasks"] if t["id"] == key)
    data = {"task": key, f"{prefix}-text": values.get("text", task["text"]),
            f"{prefix}-lead": values.get("lead", "\n".join(task["lead"])),
            f"{prefix}-support": values.get("support", "\n".join(task["support"])),
            f"{prefix}-due": values.get("due", task["due"] or "")}
    return client.post(reverse("plans:edit_task", args=[plan.uuid]), data, headers={"HX-Request": "true"})


def test_editing_a_task_is_kept_as_a_diff(client_for, import_seed):
    plan = import_seed("003")
    key = plan.record["tasks"][1]["id"]
    response = _set_task(client_for("coordinator"), plan, key, text="Nội dung đã sửa", due="2025-12-20")
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<div class="task edited"') and "Nội dung đã sửa" in fragment
    plan.refresh_from_db()
    assert plan.edits == {"tasks": {key: {"text": "Nội dung đã sửa", "due": "2025-12-20"}}}
    assert plan.record["tasks"][1]["text"] != "Nội dung đã sửa"  # the parser's record is untouched


def test_an_invalid_task_edit_shows_vietnamese_errors(client_for, import_seed):
    plan = import_seed("003")
    key = plan.record["tasks"][0]["id"]
    fragment = _set_task(client_for("coordinator"), plan, key, text="", due="31/02/2025").content.decode()
    assert "Trường này là bắt buộc." in fragment and "Nhập một ngày hợp lệ." in fragment
    plan.refresh_from_db()
    assert plan.edits == {}


def test_editing_the_document_updates_the_plan_row(client_for, import_seed):
    plan = import_seed("000")
    data = {"number": "03", "symbol": "KH-BCĐ-VPTT", "title": "Tuyên truyền 2020 (đã sửa)",
            "date": "2020-11-06"}
    client_for("coordinator").post(reverse("plans:edit_document", args=[plan.uuid]), data,
                                   headers={"HX-Request": "true"})
    plan.refresh_from_db()
    assert plan.edits["document"] == {"title": "Tuyên truyền 2020 (đã sửa)", "date": "2020-11-06"}
    assert plan.title == "Tuyên truyền 2020 (đã sửa)" and str(plan.issued_date) == "2020-11-06"


def test_adding_and_removing_tasks(client_for, import_seed):
    plan = import_seed("000")
    client = client_for("coordinator")
    fragment = client.post(reverse("plans:add_task", args=[plan.uuid]), headers={"HX-Request": "true"})
    assert 'data-task="new-1"' in fragment.content.decode()
    first = plan.record["tasks"][0]["id"]
    removed = client.post(reverse("plans:remove_task", args=[plan.uuid]), {"task": first},
                          headers={"HX-Request": "true"})
    assert removed.content == b""
    plan.refresh_from_db()
    assert plan.edits["removed"] == [first] and plan.edits["added"][0]["key"] == "new-1"


def test_without_htmx_an_edit_returns_to_the_review_page(client_for, import_seed):
    plan = import_seed("000")
    response = client_for("coordinator").post(reverse("plans:add_task", args=[plan.uuid]))
    assert response.status_code == 302 and response["Location"] == reverse("plans:review", args=[plan.uuid])


def test_editing_the_period_and_refusing_an_inverted_one(client_for, import_seed):
    plan = import_seed("003")
    client = client_for("coordinator")
    doc = plan.record["document"]
    data = {"number": doc["number"], "symbol": doc["symbol"], "title": doc["title"], "date": doc["date"],
            "period_start": "2025-12-02", "period_end": "2025-12-31"}
    client.post(reverse("plans:edit_document", args=[plan.uuid]), data, headers={"HX-Request": "true"})
    plan.refresh_from_db()
    assert plan.edits == {"period": {"start": "2025-12-02", "end": "2025-12-31"}}
    assert str(plan.period_start) == "2025-12-02"
    bad = client.post(reverse("plans:edit_document", args=[plan.uuid]),
                      {**data, "period_end": "2025-11-01"}, headers={"HX-Request": "true"})
    assert "Ngày kết thúc phải sau ngày bắt đầu." in bad.content.decode()
    plan.refresh_from_db()
    assert str(plan.period_end) == "2025-12-31"
