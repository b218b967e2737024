"""The whole loop as people do it, in a real browser: the office imports seed 003, fixes a unit in
review and issues the plan; a unit reporter sees only its tasks and reports with a file; the office
returns the report, the reporter resubmits, the office accepts; the dashboard shows the figures."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.core import mail
from PIL import Image
from playwright.sync_api import Page, expect

from kehoach.accounts.models import Role, User
from kehoach.plans.models import Plan, PlanStatus
from kehoach.tracking.models import Report, ReportState
from kehoach.units.directory import load_directory
from kehoach.units.models import Unit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds" / "003_f7c8d72beeba19fb.txt"
OFFICE = "Văn phòng Cơ quan Thường trực Ban Chỉ đạo Nhân quyền Chính phủ"
UNIT = "Bộ Văn hóa, Thể thao và Du lịch"
PASSWORD = "pw-browser-2026"
WIDE = {"width": 1360, "height": 900}


@pytest.fixture
def people(browser_settings):
    load_directory()
    office, _ = Unit.objects.get_or_create(name=OFFICE, defaults={"kind": "office"})
    unit = Unit.objects.get(name=UNIT)
    return {
        "coordinator": User.objects.create_user("coordinator", password=PASSWORD, role=Role.COORDINATOR,
                                                unit=office, first_name="Nguyễn Văn An"),
        "reporter": User.objects.create_user("reporter_tt", password=PASSWORD, role=Role.REPORTER,
                                             unit=unit, first_name="Trần Thị Bình",
                                             email="vanphong@bvhttdl.example.vn"),
    }


def sign_in(page: Page, base: str, username: str, shots: Path | None = None) -> None:
    page.goto(f"{base}/accounts/login/")
    if shots:
        page.screenshot(path=shots / "login.png")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    expect(page.get_by_test_id("whoami")).to_be_visible()


def pdf_file(tmp_path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), "white").save(buffer, format="PDF")
    path = tmp_path / "bien-ban-hoi-nghi.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def import_fix_and_issue(page: Page, base: str, shots: Path) -> Plan:
    page.goto(f"{base}/plans/import/")
    page.set_input_files("#id_files", str(SEED))
    page.click("#upload-plan")
    page.locator("#import-rows a", has_text="Rà soát").click()
    expect(page.locator("#issue-plan")).to_be_visible()
    page.screenshot(path=shots / "review.png", full_page=False)
    unmatched = page.locator("div.unit-name:has(input.unit-search)").first
    name = unmatched.get_attribute("data-unit-name")
    unmatched.locator("input.unit-search").fill("Bộ Ngoại giao")
    unmatched.locator(".search-results button.pick-unit").first.click()
    expect(page.locator(f'div.unit-name[data-unit-name="{name}"] .badge-matched').first).to_be_visible()
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#issue-plan")
    page.wait_for_load_state()
    plan = Plan.objects.get(status=PlanStatus.ISSUED)
    page.goto(f"{base}/plans/")
    page.screenshot(path=shots / "plans.png")
    return plan


def report_with_file(page: Page, base: str, shots: Path, tmp_path: Path) -> None:
    page.goto(f"{base}/portal/")
    expect(page.locator("#portal-table")).to_be_visible()
    page.screenshot(path=shots / "portal.png", full_page=True)
    assert "Công ước Chống tra tấn" not in page.content()  # Bộ Công an's task
    total = page.get_by_test_id("assignment-row").count()
    page.fill("#id_q", "hoi nghi cung cap")  # typed without diacritics
    expect(page.get_by_test_id("assignment-row")).not_to_have_count(total)
    # Typing fires a search per pause; let the last swap land before clicking into a row,
    # or the click may hit a row the next swap replaces (seen on a loaded machine).
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")
    row = page.get_by_test_id("assignment-row").filter(has_text="Chủ trì").first
    expect(row).to_contain_text("Hội nghị cung cấp")
    row.get_by_role("button", name="Báo cáo").click()
    page.wait_for_url("**/assignments/**")
    page.set_input_files("#evidence-file", str(pdf_file(tmp_path)))
    page.click("#upload-evidence")
    expect(page.locator("ul.files")).to_contain_text("bien-ban-hoi-nghi.pdf")
    page.fill("#id_narrative", "Đã phối hợp tổ chức 01 hội nghị cung cấp thông tin cho báo chí.")
    page.fill("#id_achieved_0", "1")
    page.screenshot(path=shots / "report_form.png", full_page=True)
    page.click("#submit-report")
    expect(page.locator(".message-success")).to_contain_text("Đã gửi báo cáo.")


def review(page: Page, base: str, plan: Plan, action: str, shots: Path | None = None) -> None:
    page.goto(f"{base}/dashboard/{plan.uuid}/?view=assignments&state=submitted")
    page.get_by_role("link", name="Xem báo cáo").first.click()
    if action == "return":
        page.fill("#id_comment", "Đề nghị bổ sung danh sách đại biểu tham dự.")
        if shots:
            page.screenshot(path=shots / "report_review.png", full_page=True)
        page.click("#return-report")
    else:
        page.click("#accept-report")
    expect(page.locator(".message-success")).to_be_visible()


def read_the_notification(page: Page, shots: Path) -> None:
    """The returned report is counted in the top bar and listed on the unit's notifications page."""
    here = page.url
    expect(page.get_by_test_id("unread-count")).to_have_text("1")
    page.get_by_role("link", name="Thông báo").click()
    expect(page.get_by_test_id("notification")).to_contain_text("bổ sung danh sách đại biểu")
    page.screenshot(path=shots / "notifications.png", full_page=True)
    page.click("#mark-all-read")
    expect(page.get_by_test_id("unread-count")).to_have_count(0)
    page.goto(here)


def urge_a_late_unit(page: Page, base: str, plan: Plan) -> None:
    """The "nhắc nhở" button swaps its row in place (HTMX) and sends the email now."""
    page.goto(f"{base}/dashboard/{plan.uuid}/?view=assignments&overdue=on&q=van+hoa")
    row = page.get_by_test_id("assignment-row").first
    row.locator("button.remind").click()
    expect(page.get_by_test_id("assignment-row").first.locator(".flash")).to_have_text("Đã nhắc")
    assert mail.outbox and mail.outbox[-1].to == ["vanphong@bvhttdl.example.vn"]


def test_the_whole_loop(people, live_server, browser, screenshots, tmp_path):
    base = live_server.url
    office = browser.new_context(viewport=WIDE, locale="vi-VN").new_page()
    unit = browser.new_context(viewport=WIDE, locale="vi-VN").new_page()
    sign_in(office, base, "coordinator", screenshots)
    plan = import_fix_and_issue(office, base, screenshots)

    sign_in(unit, base, "reporter_tt")
    report_with_file(unit, base, screenshots, tmp_path)
    review(office, base, plan, "return", screenshots)

    unit.reload()
    expect(unit.get_by_test_id("return-comment")).to_contain_text("bổ sung danh sách đại biểu")
    read_the_notification(unit, screenshots)
    unit.fill("#id_narrative", "Đã tổ chức 01 hội nghị với 215 đại biểu; danh sách kèm theo.")
    unit.click("#submit-report")
    expect(unit.locator(".message-success")).to_contain_text("Đã gửi báo cáo.")
    review(office, base, plan, "accept")
    assert Report.objects.get().state == ReportState.ACCEPTED

    office.goto(f"{base}/dashboard/{plan.uuid}/")
    expect(office.locator("#plan-totals .stat.ok span")).to_have_text("1")
    office.screenshot(path=screenshots / "dashboard.png", full_page=False)
    urge_a_late_unit(office, base, plan)
    office.goto(f"{base}/dashboard/")
    assert re.search(r"Kỷ niệm|Nhân quyền", office.content(), re.IGNORECASE)
    office.screenshot(path=screenshots / "dashboard_plans.png")
