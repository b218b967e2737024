"""Vietnamese wording shared by the report outputs (sentences, targets, symbols)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from kehoach.reports.summary import AssignmentRow, PlanInfo, PlanReport, Progress


def upper_vi(text: str) -> str:
    """Upper case that keeps Vietnamese letters composed (đ → Đ, ư → Ư)."""
    return unicodedata.normalize("NFC", text.upper())


def decree_date(day) -> str:
    """"ngày 03 tháng 5 năm 2026": ND 30 writes a day below 10 and the months 1 and 2 with a
    leading zero, other months without."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def initials(name: str) -> str:
    """"Văn phòng Cơ quan Thường trực" → "VPCQTT"."""
    return "".join(word[0] for word in name.split() if word[0].isalpha()).upper()


def document_symbol(plan: PlanInfo) -> str:
    """The report's own symbol: "BC-" and the office's short name."""
    return f"BC-{plan.owner_short or initials(plan.owner)}"


def join_names(names: Iterable[str]) -> str:
    return ", ".join(dict.fromkeys(n for n in names if n))


def number(value) -> str:
    """1.0 → "1", 2.5 → "2,5" (Vietnamese decimal comma)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


def target_text(target: dict) -> str:
    return target.get("text") or f"{number(target.get('quantity', ''))} {target.get('unit', '')}".strip()


def targets_text(targets: Sequence[dict]) -> str:
    return "; ".join(target_text(t) for t in targets)


def achieved_text(targets: Sequence[dict], achieved: Sequence) -> str:
    """"; đạt 1/1 hội nghị, 180/200 đại biểu" — only the figures the report gives."""
    parts = [f"{number(a)}/{number(t.get('quantity', '?'))} {t.get('unit', '')}".strip()
             for t, a in zip(targets, achieved, strict=False) if a is not None]
    return f"; đạt {', '.join(parts)}" if parts else ""


def percent(part: int, whole: int) -> str:
    return number(round(100 * part / whole, 1)) if whole else "0"


def task_figures_sentence(rows: Sequence[AssignmentRow], today) -> str:
    """"Đã nhận báo cáo của 80/120 đơn vị (66,7%), đã chấp nhận 50; 12 đơn vị trễ hạn." """
    counts = Counter(row.progress(today) for row in rows)
    reported = counts[Progress.ACCEPTED] + counts[Progress.SUBMITTED]
    return (f"đã nhận báo cáo của {reported}/{len(rows)} đơn vị ({percent(reported, len(rows))}%), "
            f"đã chấp nhận {counts[Progress.ACCEPTED]}; {counts[Progress.LATE]} đơn vị trễ hạn.")


def figures_sentence(report: PlanReport) -> str:
    totals = report.totals()
    units = len(report.units())
    return (f"Kế hoạch đặt ra {len(report.tasks)} nhiệm vụ, giao cho {units} đơn vị với {totals.assigned} "
            f"lượt giao. Đến ngày {report.today:%d/%m/%Y}, đã nhận báo cáo "
            f"{totals.reported}/{totals.assigned} "
            f"lượt ({percent(totals.reported, totals.assigned)}%), trong đó đã chấp nhận {totals.accepted} "
            f"lượt; còn {totals.assigned - totals.reported} lượt chưa báo cáo, "
            f"trong đó {totals.late} lượt trễ hạn.")
