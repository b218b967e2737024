"""The background import: steps, failures that leave nothing behind, the real db worker."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from tests.web.plans.conftest import seed_upload

from kehoach.plans.ingest import STEPS
from kehoach.plans.models import ImportStatus, Plan, PlanSource, PlanTask
from kehoach.tracking.models import Assignment


def test_the_steps_are_read_parse_save():
    assert [code for code, _ in STEPS] == [ImportStatus.READING, ImportStatus.PARSING, ImportStatus.SAVING]
    assert str(ImportStatus.PARSING.label) == "Đang phân tích"


def test_it_keeps_the_text_and_the_record(client_for, directory, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client_for("coordinator").post(reverse("plans:upload"), {"files": [seed_upload("003")]})
    source = PlanSource.objects.get()
    assert source.format == "txt" and "KẾ HOẠCH" in source.text.upper()
    plan = source.plan
    assert plan.record["schema"] == "kehoach.plan/1"
    assert plan.record["source"]["sha256"] == source.sha256
    assert plan.number == "705" and plan.symbol == "KH-BCĐNQ"
    assert plan.owner == source.owner and plan.created_by.username == "coordinator"


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("hong.docx", b"PK\x03\x04 this is not a real docx archive \x00\x01\x02", "hong.docx:"),
    ("khong-phai-ke-hoach.txt", "Danh sách món ăn\nphở, bún chả\n".encode(), "không phải văn bản kế hoạch"),
])
def test_a_bad_file_fails_and_leaves_no_rows(client_for, personas, django_capture_on_commit_callbacks,
                                              name, content, reason):
    with django_capture_on_commit_callbacks(execute=True):
        client_for("coordinator").post(reverse("plans:upload"),
                                       {"files": [SimpleUploadedFile(name, content)]})
    source = PlanSource.objects.get()
    assert source.status == ImportStatus.FAILED
    assert source.error.startswith(name) and reason in source.error
    assert "\n" not in source.error
    assert (Plan.objects.count(), PlanTask.objects.count(), Assignment.objects.count()) == (0, 0, 0)


def test_a_failed_file_can_be_uploaded_again(client_for, personas, django_capture_on_commit_callbacks):
    bad = b"Danh sach\n"
    client = client_for("coordinator")
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("plans:upload"), {"files": [SimpleUploadedFile("a.txt", bad)]})
    assert PlanSource.objects.filter(status=ImportStatus.FAILED).count() == 2


@pytest.mark.django_db(transaction=True)
def test_the_database_worker_imports_a_queued_file(client_for, directory, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client_for("coordinator").post(reverse("plans:upload"), {"files": [seed_upload("000")]})
    source = PlanSource.objects.get()
    assert source.status == ImportStatus.QUEUED
    assert DBTaskResult.objects.filter(task_path="kehoach.plans.tasks.import_plan_source").count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")
    source.refresh_from_db()
    assert source.status == ImportStatus.DONE and source.plan.number == "03"
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
