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
    load_directory()


def seed_path(prefix: str) -> Path:
    """A seed plan's text file by its number ("003")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def seed_upload(prefix: str) -> SimpleUploadedFile:
    path = seed_path(prefix)
    return SimpleUploadedFile(path.name, path.read_bytes(), content_type="text/plain")
