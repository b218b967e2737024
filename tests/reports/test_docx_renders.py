"""The compiled report opens in LibreOffice and prints as an A4 document with all its parts."""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader
from tests.reports.samples import small_report

from kehoach.reports.docx_report import build_docx


@pytest.mark.libreoffice
def test_libreoffice_prints_the_report_on_a4(tmp_path):
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(build_docx(small_report()))
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    pdf = PdfReader(tmp_path / "bao-cao.pdf")
    width, height = (float(v) * 25.4 / 72 for v in pdf.pages[0].mediabox.upper_right)
    assert round(width) == 210 and round(height) == 297
    first = pdf.pages[0].extract_text()
    last = pdf.pages[-1].extract_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "BÁO CÁO" in first
    assert "Nơi nhận:" in last and "Họ và tên" in last
