"""Plain text: UTF-8 and UTF-16, legacy Vietnamese encodings, and lost diacritics."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kehoach.reading import ReadError, ReadOptions, read_file
from kehoach.reading.legacy import decode_legacy, encode_legacy, from_legacy_font
from kehoach.reading.restoring import looks_bare

SENTENCES = [
    "Kế hoạch tuyên truyền nhân kỷ niệm 77 năm Ngày Nhân quyền thế giới.",
    "Ủy ban nhân dân tỉnh Đắk Lắk chỉ đạo các sở, ban, ngành phối hợp thực hiện.",
    "Báo cáo kết quả về Văn phòng Thường trực trước ngày 16 hằng tháng; kinh phí được bảo đảm.",
    "Đài Phát thanh - Truyền hình Lai Châu tăng cường đưa tin, bài, phóng sự về quyền con người.",
    "Những người dân tộc thiểu số ở vùng sâu, vùng xa được hưởng chính sách ưu đãi đặc biệt.",
]
PLAN = " ".join(SENTENCES * 3)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_it_reads_utf8_as_nfc(tmp_path: Path) -> None:
    decomposed = "Ke\u0302\u0301 hoa\u0323ch"
    result = read_file(write(tmp_path, "a.txt", decomposed.encode()))
    assert result.text == "Kế hoạch"
    assert (result.format, result.ocr, result.diacritics_restored) == ("txt", False, False)


def test_it_reads_utf8_with_bom_and_utf16(tmp_path: Path) -> None:
    assert read_file(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + PLAN.encode())).text == PLAN
    assert read_file(write(tmp_path, "b.md", PLAN.encode("utf-16"))).text == PLAN


@pytest.mark.parametrize("encoding", ["vni", "viscii", "cp1258"])
def test_it_converts_a_legacy_encoding(tmp_path: Path, encoding: str) -> None:
    result = read_file(write(tmp_path, "old.txt", encode_legacy(PLAN, encoding)))
    assert result.text == PLAN
    assert encoding.upper() in result.notes[0]


def test_it_converts_tcvn3(tmp_path: Path) -> None:
    # TCVN3 has no capitals with tone marks: .VnTimeH draws the lower-case codes as capitals
    plan = PLAN.lower()
    result = read_file(write(tmp_path, "old.txt", encode_legacy(plan, "tcvn3")))
    assert result.text == plan
    assert "TCVN3" in result.notes[0]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("encoding", ["vni", "viscii", "cp1258"])
def test_legacy_round_trips(sentence: str, encoding: str) -> None:
    assert decode_legacy(encode_legacy(sentence, encoding), encoding) == sentence


@pytest.mark.parametrize("encoding, iconv", [("viscii", "VISCII"), ("tcvn3", "TCVN5712-1")])
def test_tables_agree_with_the_system_iconv(encoding: str, iconv: str) -> None:
    letters = bytes(b for b in range(0xA1, 0x100) if not 0xB0 <= b <= 0xB4)
    expected = subprocess.run(
        ["iconv", "-f", iconv, "-t", "UTF-8"], input=letters, capture_output=True, check=True
    ).stdout.decode()
    assert decode_legacy(letters, encoding) == expected


def test_it_converts_text_in_legacy_fonts() -> None:
    assert from_legacy_font("KÕ ho¹ch", ".VnTime") == "Kế hoạch"
    assert from_legacy_font("kÕ ho¹ch", ".VnTimeH") == "KẾ HOẠCH"
    assert from_legacy_font("Keá hoaïch", "VNI-Times") == "Kế hoạch"
    assert from_legacy_font("Kế hoạch", "Times New Roman") == "Kế hoạch"


def test_it_refuses_binary_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="nhị phân"):
        read_file(write(tmp_path, "a.txt", b"abc\x00\x01\x02" * 100))
    with pytest.raises(ReadError, match="rỗng"):
        read_file(write(tmp_path, "b.txt", b"  \n"))


def test_it_tells_text_without_diacritics() -> None:
    bare = "Ke hoach tuyen truyen nhan ky niem Ngay Nhan quyen the gioi cua cac so ban nganh " * 3
    assert looks_bare(bare)
    assert not looks_bare(PLAN)
    assert not looks_bare("Ke hoach")  # too short to tell


def test_it_restores_lost_diacritics(tmp_path: Path) -> None:
    bare = (
        "Ke hoach tuyen truyen nhan ky niem Ngay Nhan quyen the gioi. Uy ban nhan dan tinh chi dao cac so, "
        "ban, nganh phoi hop thuc hien va bao cao ket qua ve Van phong Thuong truc truoc ngay 16 hang thang."
    )
    result = read_file(write(tmp_path, "bare.txt", bare.encode()))
    assert result.diacritics_restored
    assert "Kế hoạch" in result.text
    assert not read_file(
        write(tmp_path, "kept.txt", bare.encode()), ReadOptions(restore_diacritics=False)
    ).diacritics_restored
