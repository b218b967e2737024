"""Real files made once per session from the seeds: DOCX, PDF (LibreOffice) and a scan."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageSequence

from kehoach.reading import ReadOptions, ReadResult, read_file
from reading.builders import pdf_to_scan, seed_to_docx
from reading.scoring import SEEDS

SCANNED_SEED = "001_c0c58d8c42852367"  # three pages: short enough to OCR whole in a test


def seed_stems() -> list[str]:
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("built")


@pytest.fixture(scope="session")
def docx_files(built: Path) -> dict[str, Path]:
    return {stem: seed_to_docx(SEEDS / f"{stem}.txt", built / f"{stem}.docx") for stem in seed_stems()}


@pytest.fixture(scope="session")
def pdf_files(built: Path, docx_files: dict[str, Path]) -> dict[str, Path]:
    outdir = built / "pdf"
    outdir.mkdir()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(built / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, docx_files.values()),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {stem: outdir / f"{stem}.pdf" for stem in docx_files}


@pytest.fixture(scope="session")
def scan_tiff(built: Path, pdf_files: dict[str, Path]) -> Path:
    """Every page of one short seed, rasterised at 250 dpi, tilted, blurred and noisy."""
    return pdf_to_scan(pdf_files[SCANNED_SEED], built / f"{SCANNED_SEED}.tif", 1, 3)[0]


@pytest.fixture(scope="session")
def scan_pdf(built: Path, scan_tiff: Path) -> Path:
    target = built / "scan" / f"{SCANNED_SEED}.pdf"
    target.parent.mkdir()
    with Image.open(scan_tiff) as image:
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    frames[0].save(target, save_all=True, append_images=frames[1:], resolution=250)
    return target


@dataclass
class Read:
    """One OCR run, shared by the tests that look at it: the result and the progress reported."""

    result: ReadResult
    progress: list[tuple[int, int]]


def read_once(path: Path) -> Read:
    calls: list[tuple[int, int]] = []
    return Read(read_file(path, ReadOptions(progress=lambda d, t, _: calls.append((d, t)))), calls)


@pytest.fixture(scope="session")
def scan_tiff_read(scan_tiff: Path) -> Read:
    return read_once(scan_tiff)


@pytest.fixture(scope="session")
def scan_pdf_read(scan_pdf: Path) -> Read:
    return read_once(scan_pdf)
