"""`kehoach parse` on what is not a plan: one line on stderr naming the file and the reason, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.parsing.conftest import SEEDS

KEHOACH = [sys.executable, "-m", "kehoach.cli"]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KEHOACH, "parse", *map(str, args)], capture_output=True, text=True, timeout=300)


def _bad_files(tmp: Path) -> list[Path]:
    """An empty file, binary bytes, UTF-16 text, a poem, and a file that does not exist."""
    empty, binary, utf16, poem = (tmp / n for n in ("empty.txt", "binary.txt", "utf16.txt", "poem.txt"))
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 8)
    utf16.write_bytes("Kế hoạch số 1".encode("utf-16"))
    poem.write_text("Trăm năm trong cõi người ta,\nChữ tài chữ mệnh khéo là ghét nhau.\n", encoding="utf-8")
    return [empty, binary, utf16, poem, tmp / "nowhere.txt"]


def test_a_text_that_is_not_a_plan_gives_one_line_naming_the_file_and_the_reason(tmp_path):
    poem = _bad_files(tmp_path)[3]
    result = _run(poem, "--json")
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"kehoach: {poem}: không phải văn bản kế hoạch: "
        "không có tiêu đề kế hoạch hay đề mục đánh số (no plan title or numbered headings)"
    ]


def test_batch_mode_writes_the_good_files_and_gives_one_line_per_bad_one(tmp_path):
    out = tmp_path / "out"
    bad = _bad_files(tmp_path)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = _run(*bad[:2], seed, *bad[2:], "--out", out)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(bad)
    assert all(str(path) in line for path, line in zip(bad, lines, strict=True))
    assert [p.name for p in out.iterdir()] == [f"{seed.stem}.json"]
    assert json.loads((out / f"{seed.stem}.json").read_text(encoding="utf-8"))["schema"] == "kehoach.plan/1"
