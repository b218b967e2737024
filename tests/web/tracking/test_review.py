"""Reviewing a report: the office accepts or returns it, the unit head approves first."""

from django.urls import reverse

from kehoach.tracking import services
from kehoach.tracking.models import ReportState


def decide(client, report, action, comment=""):
    return client.post(reverse("tracking:decide", kwargs={"report_uuid": report.uuid}),
                       {"action": action, "comment": comment})


def test_it_lets_the_office_return_and_accept(assignment_b, reporter_b, client_for):
    report = services.report_nothing(assignment_b, reporter_b)
    office = client_for("coordinator")
    page = office.get(reverse("tracking:report", kwargs={"report_uuid": report.uuid})).content.decode()
    assert 'id="accept-report"' in page
    decide(office, report, "return", "Bổ sung số liệu")
    report.refresh_from_db()
    assert report.state == ReportState.RETURNED and report.reviewer_comment == "Bổ sung số liệu"
    unit_page = client_for("reporter_b").get(
        reverse("tracking:assignment", kwargs={"assignment_uuid": assignment_b.uuid})).content.decode()
    assert "Bổ sung số liệu" in unit_page and "Gửi lại báo cáo" in unit_page


def test_it_asks_for_a_reason_to_return(assignment_b, reporter_b, client_for):
    report = services.report_nothing(assignment_b, reporter_b)
    office = client_for("coordinator")
    response = decide(office, report, "return")
    report.refresh_from_db()
    assert report.state == ReportState.SUBMITTED
    assert "Hãy ghi rõ lý do trả lại." in office.get(response["Location"]).content.decode()


def test_it_refuses_the_unit_accepting_its_own_report(assignment_b, reporter_b, client_for):
    report = services.report_nothing(assignment_b, reporter_b)
    decide(client_for("reporter_b"), report, "accept")
    report.refresh_from_db()
    assert report.state == ReportState.SUBMITTED


def test_it_lets_the_head_approve(assignment_a, reporter_a, client_for):
    report = services.save_draft(assignment_a, reporter_a, narrative="Đã làm", achieved=[1, 200])
    services.submit(report, reporter_a)
    head = client_for("head_a")
    page = head.get(reverse("tracking:report", kwargs={"report_uuid": report.uuid})).content.decode()
    assert 'id="approve-report"' in page
    decide(head, report, "approve")
    report.refresh_from_db()
    assert report.state == ReportState.SUBMITTED


def test_it_hides_the_report_from_another_unit(assignment_b, reporter_b, client_for):
    report = services.report_nothing(assignment_b, reporter_b)
    response = client_for("reporter_a").get(reverse("tracking:report", kwargs={"report_uuid": report.uuid}))
    assert response.status_code == 404
