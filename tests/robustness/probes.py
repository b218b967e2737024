# ruff: noqa: E501 — the plan texts keep one paragraph per line, as plans are written; wrapping them is the test
"""Minimal plans that isolate one mechanism each: the same text clean and in a perturbed form.

A probe names the perturbations whose losses it explains, what breaks, and the fields of the
record to compare. `broken(probe)` is True when the clean text gives the expected fields and
the perturbed one does not; tests/robustness/test_probes.py checks every clean text reads right,
bench/robustness_report.py prints which mechanisms are still broken.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from tests.robustness.harness import scorer
from tests.robustness.perturb import hard_wrap, strip_diacritics, tight

from kehoach.parsing import parse_text

HEADER = """\
ỦY BAN NHÂN DÂN
TỈNH AN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
An Giang, ngày 03 tháng 4 năm 2026

KẾ HOẠCH
Tổ chức Tháng hành động vì môi trường năm 2026

Thực hiện Kế hoạch số 20/KH-BNNMT ngày 01/3/2026 của Bộ Nông nghiệp và Môi trường, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, công chức và Nhân dân về bảo vệ môi trường, phân loại chất thải rắn sinh hoạt tại nguồn, giảm thiểu rác thải nhựa và ứng phó với biến đổi khí hậu trên địa bàn tỉnh.
2. Các hoạt động hưởng ứng được tổ chức thiết thực, hiệu quả, tiết kiệm, phù hợp với điều kiện thực tế của từng cơ quan, đơn vị, địa phương; huy động sự tham gia của các tổ chức, cá nhân và cộng đồng dân cư.
"""

CLOSING = """
Nơi nhận:
- Bộ Nông nghiệp và Môi trường (b/c);
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""

TASKS = """
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
Chủ trì tổ chức Lễ phát động Tháng hành động cấp tỉnh vào ngày 05/6/2026 với khoảng 300 đại biểu; hướng dẫn các địa phương triển khai các hoạt động hưởng ứng.
2. Sở Văn hóa, Thể thao và Du lịch
Chỉ đạo các thiết chế văn hóa cơ sở treo băng rôn, khẩu hiệu tuyên truyền trong suốt thời gian diễn ra Tháng hành động trên địa bàn tỉnh.
"""


def plan(body: str = TASKS, header: str = HEADER, closing: str = CLOSING) -> str:
    return header + body + closing


@dataclass(frozen=True)
class Probe:
    """One mechanism: where it shows, what breaks, a clean text and its perturbed twin."""

    key: str
    forms: tuple[str, ...]
    mechanism: str
    clean: str
    perturbed: str
    fields: tuple[str, ...]
    focus: str  # a piece of the perturbed text where the mechanism shows

    def example(self, around: int = 3) -> str:
        """The lines of the perturbed text around the focus: the minimal text to reproduce."""
        lines = self.perturbed.split("\n")
        at = next(i for i, line in enumerate(lines) if self.focus in line)
        return "\n".join(lines[max(0, at - around) : at + around + 1])


def _fold(value: Any) -> Any:
    return scorer().fold(value, True) if isinstance(value, str) else value


def project(record: dict, fields: tuple[str, ...]) -> dict[str, Any]:
    """The fields of a record a probe compares, folded without case, punctuation or diacritics."""
    out: dict[str, Any] = {}
    for name in fields:
        if name == "tasks":
            out[name] = [(_fold(t["text"])[:40], [_fold(u) for u in t["lead"]]) for t in record["tasks"]]
        elif name == "reporting":
            out[name] = [(r["due"], r["recurrence"], _fold(r.get("to"))) for r in record["reporting"]]
        elif name in ("recipients",):
            out[name] = [_fold(x) for x in record[name]]
        elif name == "slogans":
            out[name] = [_fold(x) for x in (record.get("slogans") or {}).get("items", [])]
        elif name == "phases":
            out[name] = [(p["start"], p["end"]) for p in record["phases"]]
        else:
            section, key = name.split(".")
            out[name] = _fold((record.get(section) or {}).get(key))
    return out


def outcome(probe: Probe) -> tuple[dict, dict]:
    """The projected record of the clean text and of the perturbed text."""
    return (
        project(parse_text(probe.clean), probe.fields),
        project(parse_text(probe.perturbed), probe.fields),
    )


def broken(probe: Probe) -> bool:
    clean, perturbed = outcome(probe)
    return clean != perturbed


def _wrapped(text: str, width: int = 78) -> str:
    return hard_wrap(text, _FixedWidth(width))


def _wrapped_before(text: str, *phrases: str) -> str:
    """The text wrapped, with a line break forced before each phrase: where a PDF happened to break."""
    out = _wrapped(text)
    for phrase in phrases:
        out = re.sub(r"\s+" + re.escape(phrase), "\n" + phrase, out, count=1)
    return out


class _FixedWidth(random.Random):
    """A generator whose randint gives one width: a probe wraps at a width it chooses."""

    def __init__(self, width: int):
        super().__init__(0)
        self.width = width

    def randint(self, a: int, b: int) -> int:
        return self.width


_REPORT_ITEM = """
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chủ trì tổ chức Lễ phát động cấp tỉnh.
2. Các sở, ngành, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch về \
Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) trước ngày 30/6/2026. \
Báo cáo gửi bằng văn bản và qua Hệ thống quản lý văn bản và điều hành của tỉnh.
3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""
# The same item as a PDF wraps it: three full-width lines, the third a new sentence.
_REPORT_ITEM_WRAPPED = _REPORT_ITEM.replace("về Ủy", "về\nỦy").replace("2026. Báo", "2026.\nBáo")

_PHASES = """
II. THỜI GIAN, NỘI DUNG
1. Thời gian: từ ngày 01/6/2026 đến ngày 30/6/2026
2. Nội dung
2.1. Giai đoạn phát động (từ ngày 01/6/2026 đến ngày 10/6/2026)
Tuyên truyền về chủ đề của Tháng hành động trên các phương tiện thông tin đại chúng và hệ thống truyền thanh cơ sở của các xã, phường.
2.2. Giai đoạn cao điểm (từ ngày 11/6/2026 đến ngày 30/6/2026)
Tổ chức ra quân tổng vệ sinh môi trường, thu gom rác thải tại các khu dân cư, trường học, chợ trên địa bàn tỉnh.
"""


def _page_in_task(running: str) -> str:
    """TASKS with a page break (and a running header) in the middle of the first task."""
    return TASKS.replace("05/6/2026 với", f"05/6/2026\n\n- 2 -\n\n{running}\nvới")


_SLOGANS = """
II. NỘI DUNG
1. Treo băng rôn, khẩu hiệu trên các tuyến đường chính từ ngày 01/6/2026 đến ngày 30/6/2026 với các nội dung:
- Bảo vệ môi trường là trách nhiệm của toàn xã hội!
- Nói không với túi ni lông khó phân hủy!
- Hãy hành động vì một Việt Nam xanh!
- Phân loại rác tại nguồn vì sức khỏe cộng đồng!
"""

_LABELS = """
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức Lễ phát động Tháng hành động cấp tỉnh.
- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.
- Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian hoàn thành: Tháng 6/2026.
2. Kiểm tra việc thu gom, xử lý chất thải tại các khu công nghiệp.
- Đơn vị chủ trì: Sở Công Thương.
- Đơn vị phối hợp: Công an tỉnh.
- Thời gian hoàn thành: Quý III/2026.
"""

# A recipient long enough to wrap, as Nơi nhận lists have them.
_LONG_RECIPIENT = CLOSING.replace(
    "- Các sở, ban, ngành tỉnh;",
    "- Đ/c Lương Văn Cầu, PCT UBND tỉnh, Trưởng Ban Chỉ đạo tỉnh An Giang; (để báo cáo)",
)

_CITED = TASKS.replace(
    "hướng dẫn các địa phương",
    "thực hiện theo Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh, hoàn thành trong tháng 6. Các địa phương",
)
_HYPHENATED = TASKS.replace(
    "hướng dẫn các địa phương",
    "phối hợp với Đài Phát thanh - Truyền hình tỉnh đưa tin; hướng dẫn các địa phương",
)

_SLOGAN_ITEM = """
II. NỘI DUNG HOẠT ĐỘNG
1. Công tác tuyên truyền
Treo băng rôn, khẩu hiệu tại các tuyến phố chính, chợ, trường học trên địa bàn phường từ ngày 10/4/2026 đến hết ngày 20/5/2026 với các nội dung:
1. Thực phẩm an toàn - Sức khỏe cho mọi nhà!
2. Nói không với thực phẩm bẩn, thực phẩm không rõ nguồn gốc!
2. Công tác kiểm tra
Thành lập 02 đoàn kiểm tra liên ngành của phường.
"""

_CONTENT = """
II. NỘI DUNG TRUYỀN THÔNG
1. Luật pháp quốc tế về quyền con người, trong đó đặc biệt quan tâm tới 07 công ước quốc tế cơ bản về quyền con người.
2. Chủ trương của Đảng, chính sách pháp luật của Nhà nước Việt Nam về quyền con người.
3. Tuyên truyền kết quả triển khai các chính sách, pháp luật về bảo đảm, thúc đẩy quyền con người.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
Chủ trì tổ chức Lễ phát động Tháng hành động cấp tỉnh.
"""

_LONG_TITLE = HEADER.replace(
    "Tổ chức Tháng hành động vì môi trường năm 2026",
    "Tổ chức các hoạt động hưởng ứng Tháng hành động vì môi trường và Ngày Môi trường thế giới năm 2026 "
    "trên địa bàn tỉnh An Giang",
)

_PROPOSE = """
II. TỔ CHỨC THỰC HIỆN
1. Đề nghị Báo và Phát thanh, Truyền hình An Giang mở chuyên mục tuyên truyền về Tháng hành động.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động Nhân dân tham gia tổng vệ sinh môi trường.
"""

PROBES: tuple[Probe, ...] = (
    Probe(
        "wrap-unit-heading",
        ("wrap", "wrap_tight", "wrap+pages", "scan", "pdf"),
        'In hard-wrapped text a unit heading on its own short line ("1. Sở Nông nghiệp và Môi trường", no '
        "final punctuation) is joined with the first line of its task below, which starts with a capital: the "
        'lead becomes "Sở Nông nghiệp và Môi trường Chủ trì tổ chức Lễ phát động…". A line far shorter than '
        "the wrap width ends its paragraph.",
        plan(),
        _wrapped(plan()),
        ("tasks",),
        "1. Sở Nông nghiệp và Môi trường",
    ),
    Probe(
        "wrap-heading-hides-slogans",
        ("wrap", "wrap_tight", "wrap+pages", "scan", "pdf"),
        'The same join as wrap-unit-heading under an item heading ("1. Công tác tuyên truyền" + "Treo băng '
        'rôn … với các nội dung:"): the numbered slogans that follow are no longer seen as a list inside the '
        "item and become tasks (plan p003).",
        plan(_SLOGAN_ITEM),
        _wrapped(plan(_SLOGAN_ITEM)),
        ("tasks", "slogans"),
        "1. Công tác tuyên truyền",
    ),
    Probe(
        "wrap-sentence-at-line-start",
        ("wrap", "wrap_tight", "wrap+pages", "pdf"),
        'In hard-wrapped text a new sentence of the same item that starts at a line start ("Báo cáo gửi về Ủy '
        'ban nhân dân tỉnh (qua …)" after "… trước ngày 30/6/2026.") is taken as a paragraph of its own: an '
        "extra task, and the duty loses its `to`/`via`. The line before it is full width, so the paragraph goes on.",
        plan(_REPORT_ITEM),
        _wrapped(plan(_REPORT_ITEM_WRAPPED)),
        ("tasks", "reporting"),
        "Báo cáo gửi bằng",
    ),
    Probe(
        "tight-title-runs-on",
        ("wrap_tight", "pdf"),
        "A title wrapped over two lines and not followed by a blank line (pdftotext, OCR) absorbs the "
        'preamble: "… trên địa bàn tỉnh An Giang Thực hiện Kế hoạch số 20/KH-BNNMT …". A line starting '
        '"Thực hiện" / "Căn cứ" / "Triển khai" + a document ends the title.',
        plan(header=_LONG_TITLE),
        tight(_wrapped(plan(header=_LONG_TITLE)), random.Random(0)),
        ("document.title",),
        "KẾ HOẠCH",
    ),
    Probe(
        "wrap-line-starts-with-number",
        ("wrap", "wrap_tight", "wrap+pages", "scan", "pdf"),
        'A wrapped line that happens to start with a small number ("…Quyết định số" / "12/QĐ-UBND của …", '
        '"…trong tháng" / "6. Các địa phương …") is taken as a new numbered item: the task is cut in two. '
        "In wrapped text a number starts an item only where the numbering goes on (the item before has the "
        "number before it) and the line before ends a sentence or a heading.",
        plan(_CITED),
        _wrapped_before(plan(_CITED), "12/QĐ-UBND", "6. Các"),
        ("tasks",),
        "12/QĐ-UBND",
    ),
    Probe(
        "wrap-line-starts-with-dash",
        ("wrap", "wrap_tight", "wrap+pages", "scan", "pdf"),
        'A wrapped line that starts at the hyphen of a name ("…phối hợp với Đài Phát thanh" / "- Truyền hình '
        "tỉnh đưa tin; …\") is taken as a new bullet item: the task is cut in two and the unit's name too. A "
        "bullet after a line that ends mid-sentence (no final punctuation) continues it.",
        plan(_HYPHENATED),
        _wrapped_before(plan(_HYPHENATED), "- Truyền hình"),
        ("tasks",),
        "- Truyền hình",
    ),
    Probe(
        "wrap-recipient-item",
        ("wrap", "wrap_tight", "wrap+pages", "scan", "pdf"),
        'A "Nơi nhận" item wrapped onto a second line ("- Đ/c Lương Văn Cầu, PCT UBND tỉnh, Trưởng Ban Chỉ đạo '
        'tỉnh An Giang;" / "(để báo cáo)") is split into two recipients. An item ends at a new list marker, '
        "not at a line end.",
        plan(closing=_LONG_RECIPIENT),
        _wrapped(plan(closing=_LONG_RECIPIENT), 70),
        ("recipients",),
        "Lương Văn Cầu",
    ),
    Probe(
        "wrap-phase-heading",
        ("wrap_tight", "pdf"),
        'A phase heading whose dates wrap onto the next line ("2.1. Giai đoạn phát động (từ ngày 01/6/2026 '
        'đến" / "ngày 10/6/2026)") loses the phase: its window is read from one line only.',
        plan(_PHASES + TASKS),
        _wrapped(plan(_PHASES + TASKS), 62),
        ("phases",),
        "2.1. Giai đoạn",
    ),
    Probe(
        "page-running-header-once",
        ("pages", "wrap+pages", "scan", "pdf"),
        'A running header that repeats the issuer ("ỦY BAN NHÂN DÂN") or the title on only one or two pages '
        "(short plans) is not removed (the rule wants three repeats): it is glued into the task cut by the page "
        "break or becomes a task or the signer's position. A line equal to the header's first line or the "
        "title, right after a page-number line, is a running header.",
        plan(_page_in_task("")),
        plan(_page_in_task("ỦY BAN NHÂN DÂN\n")),
        ("tasks",),
        "- 2 -",
    ),
    Probe(
        "page-cuts-recipients",
        ("pages", "wrap+pages", "scan", "pdf"),
        'A page break inside the "Nơi nhận:" list (page number, running header) loses the recipients after it.',
        plan(closing=CLOSING),
        plan(closing=CLOSING.replace("- UBND các xã", "\n2\n\nỦY BAN NHÂN DÂN\n\n- UBND các xã")),
        ("recipients",),
        "- UBND các xã",
    ),
    Probe(
        "page-cuts-slogans",
        ("pages", "wrap+pages", "pdf"),
        "A page break inside a list of banner slogans (page number, then a running header repeating the title) "
        "ends the list: the slogans after it become tasks.",
        plan(_SLOGANS + TASKS),
        plan(
            _SLOGANS.replace(
                "- Hãy hành", "\n2\n\nTổ chức Tháng hành động vì môi trường năm 2026\n\n- Hãy hành"
            )
            + TASKS
        ),
        ("slogans", "tasks"),
        "- Hãy hành",
    ),
    Probe(
        "ocr-S6-I1",
        ("noise", "scan"),
        'OCR reads "Số" as "S6" ("S6: 12/KH-UBND", "Ke hoach s6 20/KH-BNNMT") and "II" as "I1" '
        '("I1. TO CHUC THUC HIEN"), as in seed 002: the number, the cited plan and the section must still read.',
        strip_diacritics(plan()),
        strip_diacritics(plan())
        .replace("So: 12", "S6: 12")
        .replace("hoach so 20", "hoach s6 20")
        .replace("II. TO CHUC", "I1. TO CHUC"),
        ("document.number", "tasks"),
        "S6:",
    ),
    Probe(
        "ocr-P-for-D-propose",
        ("noise", "scan"),
        'OCR reads "Đ" as "P" ("Pảng" in seed 002): "Pe nghi Bao va Phat thanh…" (Đề nghị) is not '
        'recognised as the verb that frames a unit, so the task loses its lead. "P" before a vowel at a word '
        "start in words that do not exist with P (pe, pon, pieu, pinh, pia, pong…) should read as Đ.",
        strip_diacritics(plan(_PROPOSE)),
        strip_diacritics(plan(_PROPOSE)).replace("De nghi", "Pe nghi"),
        ("tasks",),
        "Pe nghi",
    ),
    Probe(
        "ocr-P-for-D-labels",
        ("noise", "scan"),
        'Label lines read with "P" for "Đ" ("- Pon vi chu tri: So Cong Thuong.") are not recognised as '
        "labels: they become tasks and the task above loses its lead and support.",
        strip_diacritics(plan(_LABELS)),
        strip_diacritics(plan(_LABELS)).replace("- Don vi", "- Pon vi"),
        ("tasks",),
        "Pon vi chu tri",
    ),
    Probe(
        "ocr-P-for-D-decision",
        ("noise", "scan"),
        'A decision read with "P" for "Đ" ("QUYET PINH", "Pieu 1.") is not recognised as a decision: '
        "its type, signer and recipients are lost.",
        strip_diacritics(
            plan().replace("KẾ HOẠCH\nTổ chức", "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch tổ chức")
        ),
        strip_diacritics(
            plan().replace("KẾ HOẠCH\nTổ chức", "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch tổ chức")
        ).replace("QUYET DINH", "QUYET PINH"),
        ("document.type", "signer.position", "recipients"),
        "QUYET PINH",
    ),
    Probe(
        "ocr-stray-mark-in-heading",
        ("noise", "scan"),
        'A stray mark inside a section heading ("II. NOI. DUNG TRUYEN THONG") keeps the section from being '
        "recognised: its content items become tasks (seed 004 under OCR noise). Headings should be matched on "
        "letters only.",
        strip_diacritics(plan(_CONTENT)),
        strip_diacritics(plan(_CONTENT)).replace("NOI DUNG", "NOI. DUNG"),
        ("tasks",),
        "NOI. DUNG",
    ),
    Probe(
        "ocr-stray-mark-in-date-line",
        ("noise", "scan"),
        'A stray mark in the place-date line ("An Giang, ngay 03. thang 4 nam 2026", "Phu‘ Binh, ngay …") '
        "loses the document's date or place.",
        strip_diacritics(plan()),
        strip_diacritics(plan()).replace("ngay 03 thang", "ngay 03. thang"),
        ("document.date", "document.place"),
        "ngay 03.",
    ),
    Probe(
        "ocr-stray-mark-in-noi-nhan",
        ("noise", "scan"),
        'A stray mark inside the recipients label ("Noi. nhan:", "Noi nhan‘:") hides the recipients list: '
        "all recipients are lost (seed 004).",
        strip_diacritics(plan()),
        strip_diacritics(plan()).replace("Noi nhan", "Noi. nhan"),
        ("recipients",),
        "Noi. nhan",
    ),
    Probe(
        "typo-zero-width",
        ("typography", "pdf"),
        'Zero-width characters and soft hyphens (U+200B/C/D, U+00AD) inside a word ("Đơn vị ch\\u200bủ trì:") '
        "break keyword matching (the label line becomes a task) and leak into the record's texts; they should "
        "be deleted when lines are cleaned.",
        plan(_LABELS),
        plan(_LABELS)
        .replace("Đơn vị chủ trì", "Đơn vị ch\u200bủ trì")
        .replace("Tổ chức Lễ", "Tổ ch\u00adức Lễ"),
        ("tasks",),
        "Đơn vị ch\u200bủ trì",
    ),
    Probe(
        "typo-bom-before-number",
        ("typography", "pdf"),
        'A byte-order mark before a first line "Số: 12/KH-UBND" (header without issuer lines, as seeds 000, '
        "001 and 004 arrive) hides the number; with no blank line after the title (pdf) the number is taken "
        'from a cited plan and the issuer becomes "KẾ HOẠCH". Drop U+FEFF when reading lines.',
        plan(header=HEADER[HEADER.index("Số:") :]),
        "\ufeff" + plan(header=HEADER[HEADER.index("Số:") :]),
        ("document.number", "document.issuer"),
        "Số:",
    ),
    Probe(
        "typo-tab-after-bullet",
        ("typography", "pdf"),
        'A tab after a list marker ("-\\tCác sở, ban, ngành tỉnh;", as Word exports lists) makes the line '
        "look like two columns: the recipients list loses those items.",
        plan(),
        plan().replace("\n- ", "\n-\t"),
        ("recipients",),
        "Nơi nhận",
    ),
    Probe(
        "typo-dash-in-symbol",
        ("typography", "pdf"),
        'An en dash with spaces inside the symbol ("Số: 12/KH – UBND", Word\'s autocorrect of " - ") cuts '
        'the symbol to "KH".',
        plan().replace("12/KH-UBND", "12/KH - UBND"),
        plan().replace("12/KH-UBND", "12/KH – UBND"),
        ("document.symbol",),
        "Số:",
    ),
)
