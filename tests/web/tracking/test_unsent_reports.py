"""A report the unit has not sent — its draft, or one waiting for its head — is the unit's own: the
office sees that it exists (its state in the counts and lists), never what it says, its files or its
history, on any page, download or API call, until the unit sends it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from tests.web.tracking.conftest import png_bytes
from tests.web.tracking.test_shared_plan_scope import routes

from kehoach.accounts.models import User
from kehoach.api.models import ApiToken
from kehoach.tracking import services
from kehoach.tracking.models import Report, ReportState

DRAFT = "NHAP4471"  # in the unit's unsent report and its file's name


@pytest.fixture
def unsent(plan, assignment_a, reporter_a):
    """Unit A's report on II.1 with a file, waiting for A's head."""
    report = services.save_draft(assignment_a, reporter_a, narrative=f"Đang viết {DRAFT}", achieved=[1, 190])
    attachment = services.add_attachment(report, reporter_a, SimpleUploadedFile(f"{DRAFT}.png", png_bytes()))
    services.submit(report, reporter_a)
    return {"plan_uuid": plan.uuid, "assignment_uuid": assignment_a.uuid, "report_uuid": report.uuid,
            "attachment_uuid": attachment.uuid, "unit_uuid": assignment_a.unit.uuid,
            "token_id": ApiToken.objects.issue(reporter_a, "a")[0].pk, "notification_id": 1}


def office_clients(username: str) -> list[Client]:
    session = Client()
    session.force_login(User.objects.get(username=username))
    _token, raw = ApiToken.objects.issue(User.objects.get(username=username), "t")
    return [session, Client(headers={"Authorization": f"Bearer {raw}"})]


@pytest.mark.parametrize("state", [ReportState.AWAITING_HEAD, ReportState.DRAFT])
@pytest.mark.parametrize("username", ["coordinator", "admin"])
def test_the_office_never_reads_an_unsent_report(unsent, personas, username, state):
    Report.objects.filter(uuid=unsent["report_uuid"]).update(state=state)
    for client in office_clients(username):
        for url in routes(unsent):
            if not url.startswith("/admin/"):
                response = client.get(url, {"view": "assignments"})
                assert response.status_code != 500, url
                assert_no_leak_of(DRAFT, response, client, url)


def assert_no_leak_of(marker: str, response, client: Client, url: str) -> None:
    from tests.web.tracking.test_every_url_is_scoped import body_of

    if response.status_code == 302:
        response = client.get(response["Location"])
    assert marker not in body_of(response), f"GET {url} shows the unit's unsent {marker}"


def test_its_state_still_counts_and_its_content_shows_once_sent(unsent, client_for, head_a):
    office = client_for("coordinator")
    dashboard = f"/dashboard/{unsent['plan_uuid']}/?view=assignments"
    assert "Chờ lãnh đạo đơn vị duyệt" in office.get(dashboard).content.decode()
    report_page = f"/reports/{unsent['report_uuid']}/"
    assert office.get(report_page).status_code == 404
    services.head_approve(Report.objects.get(uuid=unsent["report_uuid"]), head_a)
    assert DRAFT in office.get(report_page).content.decode()
    assert office.get(f"/evidence/{unsent['attachment_uuid']}/").status_code == 200


def test_the_units_own_members_read_it(unsent, client_for):
    for username in ("reporter_a", "head_a", "viewer_a"):
        page = client_for(username).get(f"/assignments/{unsent['assignment_uuid']}/").content.decode()
        assert DRAFT in page, username


def test_the_offices_spreadsheet_leaves_its_figures_out(unsent, client_for):
    """The spreadsheet has the unit's row and state, not the figures it is still working on; the walks
    read a DOCX or XLSX as the text of its parts, so the unit's own copy shows the draft."""
    import io

    import openpyxl
    from tests.web.tracking.test_every_url_is_scoped import body_of

    url = f"/reports/plans/{unsent['plan_uuid']}/results.xlsx"
    assert DRAFT in body_of(client_for("reporter_a").get(url))
    sheet = openpyxl.load_workbook(io.BytesIO(client_for("coordinator").get(url).content))["Danh sách"]
    header = [c.value for c in sheet[1]]
    unit = header.index("Đơn vị")
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[unit] == "Bộ Ngoại giao")
    # the plan's dates are past: the unsent report's row counts as late
    assert row[header.index("Trạng thái")] in ("Trễ hạn", "Chờ lãnh đạo đơn vị duyệt")
    assert not row[header.index("Kết quả đạt")] and not row[header.index("Nội dung báo cáo")]
