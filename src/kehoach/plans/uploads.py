"""Storing uploaded plan files as PlanSource rows and queueing their import."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from functools import partial

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from kehoach.plans.models import ImportStatus, PlanSource
from kehoach.plans.tasks import import_plan_source


@dataclass
class UploadOutcome:
    batch: uuid.UUID
    created: list[PlanSource] = field(default_factory=list)
    known: list[PlanSource] = field(default_factory=list)  # the same file was imported before


def sha256_of(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def earlier_import(owner_id: int, digest: str) -> PlanSource | None:
    """An earlier upload of the same bytes by the same office that did not fail."""
    return (PlanSource.objects.filter(owner_id=owner_id, sha256=digest)
            .exclude(status=ImportStatus.FAILED).select_related("plan").order_by("uploaded_at").first())


def store_uploads(files: list[UploadedFile], user) -> UploadOutcome:
    """Save new files as queued sources (imports start after the commit); recognise repeats."""
    outcome = UploadOutcome(batch=uuid.uuid4())
    with transaction.atomic():
        for upload in files:
            digest = sha256_of(upload)
            known = earlier_import(user.unit_id, digest)
            if known is not None:
                outcome.known.append(known)
                continue
            source = PlanSource.objects.create(
                batch=outcome.batch, owner_id=user.unit_id, file=upload, original_name=upload.name[:255],
                sha256=digest, size=upload.size, uploaded_by=user)
            outcome.created.append(source)
            transaction.on_commit(partial(import_plan_source.enqueue, source_id=source.id))
    return outcome
