"""Scans: Tesseract `vie` on images, ocrmypdf on PDFs; progress per page, cancellation that
leaves no process behind, mixed PDFs, list numbers put right."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageSequence

from kehoach.reading import ReadOptions, read_file
from kehoach.reading.deskew import Look, lies_sideways, look, skew_angle, turn_in_frame
from kehoach.reading.labels import repair_labels
from kehoach.reading.layout import Line
from kehoach.reading.ocr_passes import PLUGIN_MODE, ocrmypdf_flags, plugin_env
from kehoach.reading.orientation import osd_turn, upside_down
from kehoach.reading.registry import choose
from reading.builders import turn_pages
from reading.conftest import SCANNED_SEED, Read
from reading.scoring import parse_and_score

NO_RESTORE = ReadOptions(restore_diacritics=False)


class Cancelled(Exception):
    pass


def _parent(pid: int) -> int:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    return int(stat.rsplit(")", 1)[1].split()[1])


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _is_other_test_process(pid: int) -> bool:
    """Another pytest process (an xdist worker or the controller), not this one."""
    cmdline = _cmdline(pid)
    return pid != os.getpid() and ("pytest" in cmdline or "exec(eval(sys.stdin.readline()))" in cmdline)


def _belongs_to_other_test(pid: int) -> bool:
    """True when `pid` was started by another test process: other xdist workers run OCR
    of their own at the same time. Orphans (reparented to init) still count as ours."""
    me = os.getpid()
    while pid > 1:
        pid = _parent(pid)
        if pid == me:
            return False
        if _is_other_test_process(pid):
            return True
    return False


def our_processes(marker: str) -> list[str]:
    """Command lines of live processes that mention `marker`, but for other tests' own."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        cmdline = _cmdline(int(pid))
        if marker in cmdline and int(pid) != os.getpid() and not _belongs_to_other_test(int(pid)):
            found.append(cmdline)
    return found


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_an_image_scan_reads_with_progress_per_page(scan_tiff_read: Read) -> None:
    result = scan_tiff_read.result
    assert (result.format, result.ocr, result.diacritics_restored) == ("image", True, False)
    assert scan_tiff_read.progress == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert len(result.pages) == 3
    assert "KẾ HOẠCH" in result.text and "Tăng cường công tác tuyên truyền về nhân quyền" in result.text
    assert "III. TỔ CHỨC THỰC HIỆN" in result.text


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_cancelling_an_image_scan_kills_tesseract(scan_tiff: Path) -> None:
    def cancel(done: int, total: int, message: str) -> None:
        if done:  # once a page is done, the other one is still being read
            raise Cancelled

    with pytest.raises(Cancelled):
        read_file(scan_tiff, ReadOptions(jobs=2, progress=cancel))
    assert our_processes("kehoach-ocr-") == []


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_a_scanned_pdf_reads_through_ocrmypdf(scan_pdf_read: Read) -> None:
    result = scan_pdf_read.result
    assert (result.format, result.ocr) == ("pdf", True)
    assert scan_pdf_read.progress[0] == (0, 3) and scan_pdf_read.progress[-1] == (3, 3)
    assert "Tăng cường công tác tuyên truyền về nhân quyền" in result.text


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_cancelling_ocrmypdf_kills_it(scan_pdf: Path) -> None:
    def cancel(done: int, total: int, message: str) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        read_file(scan_pdf, ReadOptions(progress=cancel))
    assert our_processes(str(scan_pdf)) == []


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_a_mixed_pdf_keeps_its_text_and_reads_its_scans(
    tmp_path: Path, pdf_files: dict[str, Path], scan_pdf: Path
) -> None:
    writer = pypdf.PdfWriter()
    writer.append(pdf_files["000_7ab88a37207c99d0"], pages=[0])
    writer.append(scan_pdf, pages=[1])
    mixed = tmp_path / "mixed.pdf"
    writer.write(mixed)
    assert choose(mixed).name == "pdf-ocr"
    result = read_file(mixed, NO_RESTORE)
    assert result.ocr and len(result.pages) == 2
    assert "Ngày Nhân quyền thế giới" in result.text  # the text page
    assert "Ban chỉ đạo Nhân quyền" in result.text  # the scanned page


def label_line(label: str, rest: str) -> Line:
    return Line(0, f"{label} {rest}", 0, 400, 0, 12, label=label)


def test_misread_list_numbers_follow_their_sequence() -> None:
    read = [
        ("TL", "MỤC ĐÍCH, YÊU CẦU"),
        ("1.", "Quán triệt"),
        ("2", "Thông qua"),
        ("5}", "Tăng cường"),
        ("I.", "CÔNG TÁC TRỌNG TÂM"),
        ("HỆ", "Tiếp tục"),
        ("z.", "Mở các đợt"),
        ("a)", "Các sở"),
        ("b)", "Các huyện"),
        ("-", "Tuyên truyền"),
        ("II", "TỔ CHỨC THỰC HIỆN"),
    ]
    fixed = [line.text for line in repair_labels([label_line(a, b) for a, b in read])]
    assert fixed == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Quán triệt",
        "2. Thông qua",
        "3. Tăng cường",
        "II. CÔNG TÁC TRỌNG TÂM",
        "1. Tiếp tục",
        "2. Mở các đợt",
        "a) Các sở",
        "b) Các huyện",
        "- Tuyên truyền",
        "III. TỔ CHỨC THỰC HIỆN",
    ]


@pytest.mark.libreoffice
def test_a_page_lying_sideways_is_seen_on_a_small_copy(scan_tiff: Path) -> None:
    with Image.open(scan_tiff) as image:
        page = image.convert("L")
    assert lies_sideways(page) is False
    assert lies_sideways(page.rotate(90, expand=True)) is True
    assert lies_sideways(page.rotate(-90, expand=True)) is True


@pytest.mark.libreoffice
def test_ocrmypdf_turns_pages_only_when_one_lies_sideways(
    tmp_path: Path, scan_pdf: Path, scan_tiff: Path
) -> None:
    turned = turn_pages(scan_tiff, tmp_path / "turned.pdf", [90])
    upside_down = turn_pages(scan_tiff, tmp_path / "upside-down.pdf", [180, 180])
    plugin = ["--plugin", "kehoach.reading.ocr_image"]
    assert ocrmypdf_flags(scan_pdf, ReadOptions()) == plugin
    assert ocrmypdf_flags(turned, ReadOptions()) == [*plugin, "--rotate-pages"]
    # upside down is our plugin's to turn: --rotate-pages would ask OSD of every page
    assert ocrmypdf_flags(upside_down, ReadOptions()) == plugin
    assert ocrmypdf_flags(turned, ReadOptions(ocr_rotate=False, ocr_deskew=False)) == []


def test_the_plugin_is_told_what_to_do() -> None:
    assert plugin_env(ReadOptions()) == {PLUGIN_MODE: "level turn"}
    assert plugin_env(ReadOptions(ocr_deskew=False)) == {PLUGIN_MODE: "turn"}
    assert plugin_env(ReadOptions(ocr_rotate=False)) == {PLUGIN_MODE: "level"}
    assert plugin_env(ReadOptions(ocr_rotate=False, ocr_deskew=False)) == {}


@pytest.mark.libreoffice
def test_a_page_upside_down_is_seen_on_a_small_copy(scan_tiff: Path) -> None:
    with Image.open(scan_tiff) as image:
        pages = [frame.convert("L") for frame in ImageSequence.Iterator(image)]
    for page in pages:
        upright, turned = look(page), look(page.rotate(180))
        assert not upright.sideways and abs(upright.tilt) in (1.25, 1.5)
        assert (turned.sideways, turned.tilt) == (False, upright.tilt)
        # ink below the lines over ink above: an upright page never costs an OSD run (hang < 1);
        # one upside down is turned at once (≥ UPSIDE_DOWN_SURE) or after OSD agrees (between)
        assert upright.hang < 1 < turned.hang, (upright.hang, turned.hang)
        assert look(page.rotate(90, expand=True)).sideways


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_osd_says_which_way_a_page_turns_when_the_look_is_unsure(scan_tiff: Path) -> None:
    with Image.open(scan_tiff) as image:
        page = image.convert("L")
    assert osd_turn(page, 60) == 0
    assert osd_turn(page.rotate(90, expand=True), 60) == 270  # turned back clockwise
    unsure = Look(0.0, hang=1.1)
    assert upside_down(page.rotate(180), unsure, 60) and not upside_down(page, unsure, 60)


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_an_image_scan_with_pages_every_way_round_scores_as_upright(tmp_path: Path, scan_tiff: Path) -> None:
    turned = turn_pages(scan_tiff, tmp_path / "turned.tif", [90, 180, 270])
    assert parse_and_score(turned, SCANNED_SEED) >= 0.85


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_an_upside_down_png_page_reads_upright(tmp_path: Path, scan_tiff: Path) -> None:
    result = read_file(turn_pages(scan_tiff, tmp_path / "upside-down.png", [180]), NO_RESTORE)
    assert "KẾ HOẠCH" in result.text and "Tăng cường công tác tuyên truyền về nhân quyền" in result.text


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_a_scanned_pdf_upside_down_scores_as_upright(tmp_path: Path, scan_tiff: Path) -> None:
    upside_down = turn_pages(scan_tiff, tmp_path / "upside-down.pdf", [180, 180, 180])
    assert parse_and_score(upside_down, SCANNED_SEED) >= 0.85


@pytest.mark.ocr
@pytest.mark.libreoffice
def test_a_scanned_pdf_page_lying_sideways_reads_upright(tmp_path: Path, scan_tiff: Path) -> None:
    result = read_file(turn_pages(scan_tiff, tmp_path / "turned.pdf", [90]), NO_RESTORE)
    assert "Tăng cường công tác tuyên truyền về nhân quyền" in result.text


@pytest.mark.libreoffice
def test_a_tilted_bilevel_scan_is_levelled_in_its_own_frame(scan_tiff: Path) -> None:
    with Image.open(scan_tiff) as image:
        page = image.convert("1")
    page.info["dpi"] = (250, 250)
    level = turn_in_frame(page, skew_angle(page))
    assert level is not None and (level.mode, level.size, level.info["dpi"]) == ("L", page.size, (250, 250))
    assert skew_angle(level) == 0 and turn_in_frame(level, 0) is None
