"""Tracking fixtures on top of the shared personas: an issued plan whose first task (unit A)
has targets, evidence files made for real, and media kept in a temporary directory."""

from __future__ import annotations

import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from kehoach.plans.models import Plan
from kehoach.tracking.models import Assignment

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
