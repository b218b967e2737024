"""The report workflow service: drafts, figures, submission through the unit head, review."""

import pytest

from kehoach.tracking import services
from kehoach.tracking.models import ReportState


def test_it_saves_a_draft_with_one_figure_per_target(assignment_a, reporter_a):
    report = services.save_draft(assignment_a, reporter_a, narrative=" Đã tổ chức ", achieved=["1", "185,5"])
    assert report.state == ReportState.DRAFT
    assert report.narrative == "Đã tổ chức"
    assert report.figures == [{"target": 0, "achieved": 1}, {"target": 1, "achieved": 185.5}]
    assignment_a.refresh_from_db()
    assert assignment_a.current_report == report
    assert [e.action for e in report.events.all()] == ["create", "edit"]


def test_it_rejects_negative_or_missing_figures(assignment_a, reporter_a):
    with pytest.raises(services.WorkflowError, match="không âm"):
        services.save_draft(assignment_a, reporter_a, narrative="x", achieved=["-3", None])
    with pytest.raises(services.WorkflowError, match="2 số liệu"):
        services.save_draft(assignment_a, reporter_a, narrative="x", achieved=["1"])


def test_it_rejects_a_reporter_of_another_unit(assignment_a, reporter_b):
    with pytest.raises(services.WorkflowError):
        services.save_draft(assignment_a, reporter_b, narrative="x", achieved=[None, None])


def test_it_sends_a_reporters_report_to_the_unit_head_first(assignment_a, reporter_a, head_a, coordinator):
    report = services.save_draft(assignment_a, reporter_a, narrative="Đã tổ chức", achieved=[1, 200])
    services.submit(report, reporter_a)
    assert report.state == ReportState.AWAITING_HEAD
    with pytest.raises(services.WorkflowError):
        services.accept(report, coordinator)
    services.head_approve(report, head_a)
    assert report.state == ReportState.SUBMITTED and report.submitted_at is not None
    services.accept(report, coordinator)
    assert report.state == ReportState.ACCEPTED


def test_it_lets_a_unit_without_head_submit_straight(assignment_b, reporter_b):
    report = services.save_draft(assignment_b, reporter_b, narrative="Đã triển khai", achieved=[])
    services.submit(report, reporter_b)
    assert report.state == ReportState.SUBMITTED


def test_it_keeps_every_step_of_a_return_and_resubmission(assignment_a, head_a, coordinator):
    report = services.save_draft(assignment_a, head_a, narrative="Bản đầu", achieved=[1, 150])
    services.submit(report, head_a)
    with pytest.raises(services.WorkflowError, match="lý do"):
        services.return_report(report, coordinator, "  ")
    services.return_report(report, coordinator, "Thiếu số đại biểu")
    assert report.state == ReportState.RETURNED and report.reviewer_comment == "Thiếu số đại biểu"
    services.save_draft(assignment_a, head_a, narrative="Bản sửa", achieved=[1, 210])
    services.submit(report, head_a)
    services.accept(report, coordinator)
    events = list(report.events.values_list("action", "from_state", "to_state"))
    assert events[-4:] == [("return", "submitted", "returned"), ("edit", "returned", "returned"),
                           ("resubmit", "returned", "submitted"), ("accept", "submitted", "accepted")]
    assert report.events.get(action="return").snapshot["narrative"] == "Bản đầu"


def test_it_reports_nothing_in_one_step(assignment_b, reporter_b):
    report = services.report_nothing(assignment_b, reporter_b)
    assert report.nothing_to_report and report.state == ReportState.SUBMITTED


def test_it_refuses_to_edit_a_report_waiting_for_review(assignment_b, reporter_b):
    report = services.report_nothing(assignment_b, reporter_b)
    assignment_b.refresh_from_db()
    with pytest.raises(services.WorkflowError, match="chờ duyệt"):
        services.save_draft(assignment_b, reporter_b, narrative="sửa", achieved=[])
    assert report.state == ReportState.SUBMITTED


def test_it_refuses_an_empty_submission(assignment_b, reporter_b):
    report = services.save_draft(assignment_b, reporter_b, narrative="", achieved=[])
    with pytest.raises(services.WorkflowError, match="kết quả"):
        services.submit(report, reporter_b)


def test_it_only_lets_the_owning_office_review(assignment_b, reporter_b, coordinator, personas):
    from kehoach.accounts.models import Role, User

    other = User.objects.create_user("coord_other", role=Role.COORDINATOR, unit=personas.units.province)
    report = services.report_nothing(assignment_b, reporter_b)
    with pytest.raises(services.WorkflowError):
        services.accept(report, other)
    services.accept(report, coordinator)


def test_it_closes_the_assignment_once_accepted(assignment_b, reporter_b, coordinator):
    services.accept(services.report_nothing(assignment_b, reporter_b), coordinator)
    assignment_b.refresh_from_db()
    with pytest.raises(services.WorkflowError, match="đã được chấp nhận"):
        services.save_draft(assignment_b, reporter_b, narrative="kỳ sau", achieved=[])
    assert assignment_b.report_state == ReportState.ACCEPTED
