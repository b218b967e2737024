"""Fuzzing: random text and mutated seeds never make the parser fail other than with ParseError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.parsing.conftest import SEEDS

from kehoach.parsing import ParseError, parse_text

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(Path(SEEDS).glob("*.txt"))]
PIECES = [
    "KẾ HOẠCH",
    "QUYẾT ĐỊNH",
    "Số: 12/KH-UBND",
    "I.",
    "II.",
    "1.",
    "2.1.",
    "a)",
    "- ",
    "(i) ",
    "**",
    "|",
    "Nơi nhận:",
    "KT. GIÁM ĐỐC",
    "ngày 05 tháng 11 năm 2020",
    "trước ngày 16 hằng tháng",
    "Giao ",
    "chủ trì, phối hợp với ",
    "(",
    ")",
    ":",
    "\n",
    "\n\n",
    "\t",
    "31/02/2026",
    "từ năm 2023 đến năm 2028",
]
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_or_refuse(text: str) -> None:
    try:
        record = parse_text(text)
    except ParseError as exc:
        assert str(exc).startswith("không phải văn bản kế hoạch")
        return
    assert record["schema"] == "kehoach.plan/1"


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=60))
def test_random_plan_like_text_parses_or_is_refused(pieces):
    _parse_or_refuse("".join(pieces))


@FUZZ
@given(
    st.sampled_from(SEED_TEXTS),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 400), st.sampled_from([*PIECES, ""])), max_size=8),
)
def test_mutated_seeds_parse_or_are_refused(seed, cuts):
    text = seed
    for where, length, insert in cuts:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + length :]
    _parse_or_refuse(text)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_decoded_are_refused(data):
    _parse_or_refuse(data.decode("utf-8", "replace"))
