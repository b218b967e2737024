"""Uploading plan files: validation, several at once, re-import recognition."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from tests.web.plans.conftest import seed_upload

from kehoach.plans.models import ImportStatus, Plan, PlanSource


def _upload(client, *files, capture):
    with capture(execute=True):
        return client.post(reverse("plans:upload"), {"files": list(files)})


def test_it_shows_the_upload_form(client_for):
    body = client_for("coordinator").get(reverse("plans:upload")).content.decode()
    assert 'name="files"' in body and "multiple" in body and 'id="upload-plan"' in body


def test_it_imports_several_files_at_once(client_for, directory, django_capture_on_commit_callbacks):
    response = _upload(client_for("coordinator"), seed_upload("000"), seed_upload("003"),
                       capture=django_capture_on_commit_callbacks)
    assert response.status_code == 302 and "batch=" in response["Location"]
    sources = PlanSource.objects.order_by("original_name")
    assert [s.status for s in sources] == [ImportStatus.DONE, ImportStatus.DONE]
    assert len({s.batch for s in sources}) == 1
    assert Plan.objects.filter(status="draft").count() == 2
    assert sorted(Plan.objects.values_list("number", flat=True)) == ["03", "705"]


def test_it_shows_progress_and_links_to_review(client_for, directory, django_capture_on_commit_callbacks):
    client = client_for("coordinator")
    response = _upload(client, seed_upload("003"), capture=django_capture_on_commit_callbacks)
    body = client.get(response["Location"]).content.decode()
    plan = Plan.objects.get()
    assert reverse("plans:review", args=[plan.uuid]) in body
    assert "Hoàn tất" in body
    assert 'hx-trigger="every 1s"' not in body  # nothing left in progress: polling stops


def test_it_polls_while_an_import_is_queued(client_for, personas):
    source = PlanSource.objects.create(owner=personas.units.office, original_name="x.txt", sha256="0" * 64,
                                       file="plans/x.txt")
    client = client_for("coordinator")
    page = client.get(reverse("plans:imports")).content.decode()
    assert 'hx-trigger="every 1s"' in page and "Đang chờ" in page
    fragment = client.get(reverse("plans:imports"), headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith('<div id="import-rows"') and "<html" not in fragment
    assert str(source.uuid) in fragment


def test_it_recognises_a_file_imported_before(client_for, directory, django_capture_on_commit_callbacks):
    client = client_for("coordinator")
    _upload(client, seed_upload("003"), capture=django_capture_on_commit_callbacks)
    plan = Plan.objects.get()
    response = _upload(client, seed_upload("003"), capture=django_capture_on_commit_callbacks)
    assert PlanSource.objects.count() == 1 and Plan.objects.count() == 1
    page = client.get(response["Location"]).content.decode()
    assert "đã được nhập trước đây" in page
    assert reverse("plans:review", args=[plan.uuid]) in page


def test_it_rejects_empty_too_large_and_unknown_files(client_for, settings,
                                                      django_capture_on_commit_callbacks):
    settings.KEHOACH_MAX_UPLOAD_BYTES = 1000
    files = [SimpleUploadedFile("rong.txt", b""), SimpleUploadedFile("lon.txt", b"x" * 2000),
             SimpleUploadedFile("bang.xlsx", b"PK\x03\x04")]
    response = _upload(client_for("coordinator"), *files, capture=django_capture_on_commit_callbacks)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Tệp rong.txt rỗng." in body
    assert "Tệp lon.txt quá lớn" in body
    assert "Tệp bang.xlsx không thuộc loại được nhận" in body
    assert PlanSource.objects.count() == 0


def test_it_requires_a_file(client_for):
    response = client_for("coordinator").post(reverse("plans:upload"), {})
    assert "Trường này là bắt buộc." in response.content.decode()
