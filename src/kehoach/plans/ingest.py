"""Turning an uploaded PlanSource into a draft Plan: a list of small explicit steps.

read → parse → save draft. Each step reports a stable progress code (ImportStatus, whose
labels are the Vietnamese text users see). A read or parse failure marks the source FAILED
with a one-line reason and leaves no Plan row; the draft is saved in one transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from kehoach.parsing import ParseError, parse_text
from kehoach.plans.models import ImportStatus, Plan, PlanSource
from kehoach.plans.records import sync_plan_fields
from kehoach.reading import ReadError, ReadOptions, ReadResult, read_file

logger = logging.getLogger(__name__)


@dataclass
class Ingest:
    """What the steps share while one source is imported."""

    source: PlanSource
    read: ReadResult | None = None
    record: dict[str, Any] = field(default_factory=dict)

    def progress(self, done: int, total: int, message: str) -> None:
        """Readers call this (pages OCR'd…); it is saved for the import page to poll."""
        PlanSource.objects.filter(pk=self.source.pk).update(
            progress_done=done, progress_total=total, progress_message=message[:200])


def read_step(ingest: Ingest) -> None:
    """File → text, with the size and page limits from settings."""
    options = ReadOptions(max_bytes=settings.KEHOACH_MAX_UPLOAD_BYTES, max_pages=settings.KEHOACH_MAX_PAGES,
                          progress=ingest.progress)
    ingest.read = read_file(Path(ingest.source.file.path), options)


def parse_step(ingest: Ingest) -> None:
    """Text → plan record."""
    source, read = ingest.source, ingest.read
    meta = {"file": source.original_name, "sha256": source.sha256, "format": read.format,
            "ocr": read.ocr, "diacritics_restored": read.diacritics_restored}
    ingest.record = parse_text(read.text, meta)


def save_step(ingest: Ingest) -> None:
    """The draft plan and the source's text, together or not at all."""
    source = ingest.source
    with transaction.atomic():
        plan = Plan(owner_id=source.owner_id, record=ingest.record, created_by_id=source.uploaded_by_id)
        sync_plan_fields(plan, ingest.record)
        plan.save()
        source.plan, source.text, source.format = plan, ingest.read.text, ingest.read.format
        source.status = ImportStatus.DONE
        source.save(update_fields=["plan", "text", "format", "status"])


STEPS = [
    (ImportStatus.READING, read_step),
    (ImportStatus.PARSING, parse_step),
    (ImportStatus.SAVING, save_step),
]


def _set_status(source: PlanSource, status: str, error: str = "") -> None:
    source.status, source.error = status, error
    PlanSource.objects.filter(pk=source.pk).update(status=status, error=error)


def run_ingest(source: PlanSource) -> PlanSource:
    """Run every step; on a bad file, the source ends FAILED with the reason (nothing else saved)."""
    ingest = Ingest(source)
    try:
        for status, step in STEPS:
            _set_status(source, status)
            step(ingest)
    except ReadError as exc:
        _set_status(source, ImportStatus.FAILED, f"{source.original_name}: {exc.reason}")
    except ParseError as exc:
        _set_status(source, ImportStatus.FAILED, f"{source.original_name}: {exc}")
    except Exception as exc:  # a bug must not leave the source "in progress" forever
        logger.exception("import of %s failed", source.original_name)
        reason = f"lỗi hệ thống ({type(exc).__name__})"
        _set_status(source, ImportStatus.FAILED, f"{source.original_name}: {reason}")
        raise
    return source
