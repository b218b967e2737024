"""An assignment's page: the report form, submitting, nothing-to-report, evidence files."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from tests.web.tracking.conftest import docx_bytes, png_bytes

from kehoach.tracking import services
from kehoach.tracking.models import Report, ReportState


def url(name, assignment):
    return reverse(f"tracking:{name}", kwargs={"assignment_uuid": assignment.uuid})


def test_it_shows_targets_and_the_form_to_the_unit(assignment_a, client_for):
    body = client_for("reporter_a").get(url("assignment", assignment_a)).content.decode()
    assert "hội nghị (chỉ tiêu: 1)" in body and "đại biểu (chỉ tiêu: 200)" in body
    assert 'id="submit-report"' in body and 'id="nothing-to-report"' in body


def test_it_shows_no_form_to_a_viewer(assignment_a, client_for):
    body = client_for("viewer_a").get(url("assignment", assignment_a)).content.decode()
    assert 'id="submit-report"' not in body


def test_a_viewer_sees_a_draft_called_a_draft(assignment_a, reporter_a, client_for):
    services.save_draft(assignment_a, reporter_a, narrative="Đang viết", achieved=[None, None])
    body = client_for("viewer_a").get(url("assignment", assignment_a)).content.decode()
    assert "Bản nháp của đơn vị (chưa gửi)" in body and "Báo cáo đã gửi" not in body


def test_it_saves_and_submits_a_report(assignment_a, client_for):
    client = client_for("head_a")
    response = client.post(url("save_report", assignment_a),
                           {"narrative": "Đã tổ chức hội nghị", "achieved_0": "1", "achieved_1": "215",
                            "submit": ""})
    assert response.status_code == 302
    report = Report.objects.get(assignment=assignment_a)
    assert report.state == ReportState.SUBMITTED
    assert report.figures[1]["achieved"] == 215
    assert "Đã gửi báo cáo." in client.get(response["Location"]).content.decode()


def test_it_rejects_a_bad_figure_with_a_message(assignment_a, client_for):
    response = client_for("reporter_a").post(url("save_report", assignment_a),
                                             {"narrative": "x", "achieved_0": "-1", "achieved_1": ""})
    assert response.status_code == 400
    assert not Report.objects.exists()


def test_it_refuses_a_viewer_posting(assignment_a, client_for):
    response = client_for("viewer_a").post(url("save_report", assignment_a), {"narrative": "x"})
    assert response.status_code == 404


def test_it_reports_nothing_in_one_click(assignment_b, client_for):
    client_for("reporter_b").post(url("report_nothing", assignment_b))
    assert Report.objects.get(assignment=assignment_b).nothing_to_report


def test_it_stores_evidence_under_a_random_name_and_serves_it_to_the_unit(assignment_a, client_for,
                                                                          settings):
    client = client_for("reporter_a")
    upload = SimpleUploadedFile("../../ảnh hội nghị.png", png_bytes(), content_type="text/plain")
    client.post(url("upload_evidence", assignment_a), {"file": upload})
    attachment = Report.objects.get(assignment=assignment_a).attachments.get()
    assert attachment.content_type == "image/png" and attachment.original_name == "ảnh hội nghị.png"
    assert "hội" not in attachment.file.name and attachment.file.name.startswith("evidence/")
    download = reverse("tracking:download_evidence", kwargs={"attachment_uuid": attachment.uuid})
    response = client.get(download)
    assert response.status_code == 200 and b"".join(response.streaming_content) == png_bytes()
    assert "attachment" in response["Content-Disposition"]
    assert client_for("reporter_b").get(download).status_code == 404
    assert client_for("coordinator").get(download).status_code == 404  # a draft's file stays in the unit
    Report.objects.filter(assignment=assignment_a).update(state=ReportState.SUBMITTED)
    assert client_for("coordinator").get(download).status_code == 200


def test_it_accepts_a_real_docx(assignment_a, client_for):
    upload = SimpleUploadedFile("bien-ban.docx", docx_bytes())
    client_for("reporter_a").post(url("upload_evidence", assignment_a), {"file": upload})
    assert Report.objects.get(assignment=assignment_a).attachments.get().content_type.endswith(
        "wordprocessingml.document")


def test_it_refuses_a_file_of_another_type_in_vietnamese(assignment_a, client_for):
    client = client_for("reporter_a")
    upload = SimpleUploadedFile("virus.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(url("upload_evidence", assignment_a), {"file": upload}, follow=True)
    assert "Tệp virus.pdf không thuộc loại được nhận" in response.content.decode()
    assert not Report.objects.filter(attachments__isnull=False).exists()


def test_it_refuses_a_file_over_the_limit(assignment_a, client_for, settings):
    settings.KEHOACH_MAX_ATTACHMENT_BYTES = 100
    upload = SimpleUploadedFile("lon.png", png_bytes() + b"\0" * 200)
    response = client_for("reporter_a").post(url("upload_evidence", assignment_a), {"file": upload},
                                             follow=True)
    assert "quá lớn" in response.content.decode()


def test_it_deletes_evidence_from_an_open_report(assignment_a, client_for,
                                                 django_capture_on_commit_callbacks):
    client = client_for("reporter_a")
    client.post(url("upload_evidence", assignment_a), {"file": SimpleUploadedFile("a.png", png_bytes())})
    attachment = Report.objects.get(assignment=assignment_a).attachments.get()
    stored = attachment.file.path
    delete_url = reverse("tracking:delete_evidence", kwargs={"attachment_uuid": attachment.uuid})
    assert client_for("reporter_b").post(delete_url).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        client.post(delete_url)
    assert not Report.objects.filter(attachments__isnull=False).exists()
    assert not Path(stored).exists()
