"""Shared fixtures for the parser's tests: the seed corpus, the team corpus and the scorer."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from kehoach.parsing import parse_text

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
PLANS = REPO / "tests" / "corpus" / "plans"


def load_scorer() -> ModuleType:
    """The team's scorer, ../shared/eval/score.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("kehoach_score", SHARED / "eval" / "score.py")
    assert spec and spec.loader, "the scorer ../shared/eval/score.py is missing"
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    return load_scorer()


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
