"""Plans tests: uploads in a temporary media folder, tasks run at once (ImmediateBackend),
the seed plans as real files, and the unit directory."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kehoach.units.directory import load_directory

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "seeds"


@pytest.fixture(autouse=True)
def _media_and_tasks(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def directory(personas) -> None:
    """Central bodies, provinces, collective names (communes left out: no plan test needs them)."""
    load_directory(communes=False)


def seed_path(prefix: str) -> Path:
    """A seed plan's text file by its number ("003")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_upload(prefix: str) -> SimpleUploadedFile:
    path = seed_path(prefix)
    return SimpleUploadedFile(path.name, path.read_bytes(), content_type="text/plain")


@pytest.fixture
def import_seed(client_for, directory, django_capture_on_commit_callbacks):
    """import_seed("003") → the draft Plan the real pipeline made from that seed file."""
    from django.urls import reverse

    from kehoach.plans.models import PlanSource

    def run(prefix: str):
        with django_capture_on_commit_callbacks(execute=True):
            client_for("coordinator").post(reverse("plans:upload"), {"files": [seed_upload(prefix)]})
        return PlanSource.objects.get(original_name=seed_path(prefix).name).plan

    return run
