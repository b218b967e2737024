"""Each seed read from every format it may arrive in, parsed and scored against its gold.

Scores are compared with the same seed's text version, so these tests measure what the
reading loses, whatever the parser's own level."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from kehoach.reading import read_file
from reading.conftest import SCANNED_SEED, Read, seed_stems
from reading.scoring import SEEDS, parse_and_score, score_read

# 002 is itself an OCR of a poor scan without diacritics: rendering it again says nothing new
CLEAN_SEEDS = [s for s in seed_stems() if not s.startswith("002_")]


def text_f1(stem: str) -> float:
    return parse_and_score(SEEDS / f"{stem}.txt", stem)


@pytest.mark.parametrize("stem", seed_stems())
def test_docx_scores_as_well_as_the_text(stem: str, docx_files: dict[str, Path]) -> None:
    assert parse_and_score(docx_files[stem], stem) >= text_f1(stem) - 0.02


@pytest.mark.libreoffice
@pytest.mark.parametrize("stem", seed_stems())
def test_text_pdf_scores_as_well_as_the_text(stem: str, pdf_files: dict[str, Path]) -> None:
    assert read_file(pdf_files[stem]).ocr is False
    assert parse_and_score(pdf_files[stem], stem) >= text_f1(stem) - 0.02


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_scanned_image_scores_at_least_085(scan_tiff_read: Read) -> None:
    # 0.85, or what the parser reaches on the clean text less 0.05 while the parser is below it
    assert score_read(scan_tiff_read.result, SCANNED_SEED) >= min(0.85, text_f1(SCANNED_SEED) - 0.05)


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_scanned_pdf_scores_at_least_085(scan_pdf_read: Read) -> None:
    assert score_read(scan_pdf_read.result, SCANNED_SEED) >= min(0.85, text_f1(SCANNED_SEED) - 0.05)


def strip_diacritics(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


@pytest.mark.parametrize("stem", CLEAN_SEEDS)
def test_text_without_diacritics_scores_at_least_090_once_restored(stem: str, tmp_path: Path) -> None:
    bare = tmp_path / f"{stem}.txt"
    bare.write_text(strip_diacritics((SEEDS / f"{stem}.txt").read_text(encoding="utf-8")), encoding="utf-8")
    assert read_file(bare).diacritics_restored
    assert parse_and_score(bare, stem) >= min(0.90, text_f1(stem) - 0.05)
