"""Shared fixtures for the parser's tests: the seed corpus, the team corpus and the scorer."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from tests.shared_scorer import scorer as shared_scorer

from kehoach.parsing import parse_text

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
PLANS = REPO / "tests" / "corpus" / "plans"


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    return shared_scorer()


def parse(text: str) -> dict:
    """Parse a snippet written indented in a test."""
    return parse_text(textwrap.dedent(text).strip("\n"))


HEADER = """\
    ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH AN GIANG            Độc lập - Tự do - Hạnh phúc
    Số: 12/KH-UBND           An Giang, ngày 03 tháng 4 năm 2026

    KẾ HOẠCH
    Tổ chức Ngày hội thể thao năm 2026

    Thực hiện Kế hoạch số 20/KH-SVHTTDL ngày 01/3/2026 của Sở Nội vụ, Ủy ban nhân dân tỉnh ban hành Kế hoạch:

    I. MỤC ĐÍCH, YÊU CẦU
    1. Đẩy mạnh phong trào thể dục thể thao.
"""
