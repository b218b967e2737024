"""Tracking fixtures on top of the shared personas: an issued plan whose first task (unit A)
has targets, evidence files made for real, and media kept in a temporary directory."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from kehoach.plans.models import Plan, PlanTask
from kehoach.tracking import progress
from kehoach.tracking.models import Assignment
from kehoach.tracking.periods import Schedule, final_label
from kehoach.tracking.reminders import first_reminder_at

TARGETS = [{"quantity": 1, "unit": "hội nghị", "text": "01 hội nghị cung cấp thông tin cho báo chí"},
           {"quantity": 200, "unit": "đại biểu", "text": "khoảng 200 đại biểu"}]


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploads in a temporary directory; no page fragment cached by an earlier test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()


@pytest.fixture
def plan(make_issued_plan) -> Plan:
    """Task II.1 (Hà Nội conference, two targets) for unit A; task II.2 for unit B."""
    plan = make_issued_plan(tasks=None)
    task = plan.tasks.get(key="II.1")
    task.text = "Tổ chức hội nghị cung cấp thông tin cho báo chí tại Hà Nội"
    task.targets = TARGETS
    task.save()
    return plan


@pytest.fixture
def assignment_a(plan, unit_a) -> Assignment:
    return Assignment.objects.select_related("task__plan", "unit").get(task__plan=plan, unit=unit_a)


@pytest.fixture
def assignment_b(plan, unit_b) -> Assignment:
    return Assignment.objects.select_related("task__plan", "unit").get(task__plan=plan, unit=unit_b)


@pytest.fixture
def monthly(make_issued_plan, unit_a, unit_b) -> list[Assignment]:
    """A plan of Oct–Dec 2026 whose two tasks (unit A, unit B) report before the 16th of each
    month; issued in October, so each unit has Tháng 10/2026 open."""
    plan = make_issued_plan(number="31")
    plan.period_start, plan.period_end = dt.date(2026, 10, 1), dt.date(2026, 12, 31)
    plan.save()
    PlanTask.objects.filter(plan=plan).update(recurrence="monthly", report_day=16, due=None)
    october = Schedule("monthly", 16).current(dt.date(2026, 10, 1))
    Assignment.objects.filter(task__plan=plan).update(
        due=october.due, period_start=october.start, period_label=october.label,
        next_reminder_at=first_reminder_at(october.due))
    progress.recount([plan.pk], today=dt.date(2026, 10, 2))
    return list(Assignment.objects.filter(task__plan=plan).select_related("task__plan", "unit")
                .order_by("task__position"))


@pytest.fixture
def final_reports(monthly) -> list[Assignment]:
    """Beside the monthly periods, each unit's final report ("báo cáo tổng kết trước ngày
    15/12/2026"): an assignment with no period, as issuing makes it."""
    due = dt.date(2026, 12, 15)
    made = [Assignment(task=a.task, unit=a.unit, role=a.role, due=due, period_label=final_label(),
                       next_reminder_at=first_reminder_at(due)) for a in monthly]
    return list(Assignment.objects.bulk_create(made))


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def pdf_bytes() -> bytes:
    """A small, valid one-page PDF (made with Pillow, so real readers open it)."""
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buffer, format="PDF")
    return buffer.getvalue()


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Biên bản hội nghị")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def evidence_pdf() -> SimpleUploadedFile:
    return SimpleUploadedFile("bien-ban hoi nghi.pdf", pdf_bytes(), content_type="application/pdf")
