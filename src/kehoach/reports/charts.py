"""Server-rendered SVG charts for the report pages: plain markup, no script, no library.

Each builder takes plain numbers and returns one `<svg>` element as text, sized by viewBox so it
scales with the page; every mark carries a <title> so a hover shows its figure.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from kehoach.reports.summary import PROGRESS_LABELS, PlanReport, Progress, UnitFigures

COLOURS = {
    Progress.ACCEPTED: "#12b76a",
    Progress.SUBMITTED: "#7a5af8",
    Progress.DRAFT: "#53b1fd",
    Progress.MISSING: "#d0d5dd",
    Progress.LATE: "#f04438",
}
FONT = 'font-family="Times New Roman, Liberation Serif, serif" font-size="12"'
LABEL_WIDTH = 230
BAR_WIDTH = 420
ROW_HEIGHT = 22
MAX_BARS = 40


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'class="chart" {FONT}><title>{escape(title)}</title>{"".join(body)}</svg>')


def _text(x: float, y: float, text: str, anchor: str = "start", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{extra}>{escape(text)}</text>'


def _rect(x: float, y: float, w: float, h: float, colour: str, tip: str) -> str:
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{colour}">'
            f"<title>{escape(tip)}</title></rect>")


def _legend(y: float) -> list[str]:
    marks = []
    for i, bucket in enumerate(Progress):
        x = LABEL_WIDTH + i * 95
        marks.append(_rect(x, y - 9, 10, 10, COLOURS[bucket], PROGRESS_LABELS[bucket]))
        marks.append(_text(x + 14, y, PROGRESS_LABELS[bucket].split(",")[0]))
    return marks


def _unit_bar(figures: UnitFigures, y: float, scale: float) -> list[str]:
    label = figures.unit if len(figures.unit) <= 38 else figures.unit[:37] + "…"
    marks = [_text(LABEL_WIDTH - 8, y + 15, label, "end", f" data-unit={quoteattr(figures.unit)}")]
    x = float(LABEL_WIDTH)
    for bucket in Progress:
        count = figures.counts[bucket]
        if count:
            tip = f"{figures.unit}: {PROGRESS_LABELS[bucket]} {count}/{figures.assigned}"
            marks.append(_rect(x, y + 3, count * scale, ROW_HEIGHT - 6, COLOURS[bucket], tip))
            x += count * scale
    marks.append(_text(x + 6, y + 15, str(figures.assigned)))
    return marks


def unit_progress_chart(rows: Sequence[UnitFigures], limit: int = MAX_BARS) -> str:
    """Stacked horizontal bars, one per unit: accepted / submitted / draft / missing / late.

    Past `limit` units only the furthest behind are drawn (most late, then most missing), with a
    line saying how many were left out: a chart of thousands of communes shows nothing."""
    shown = list(rows) if len(rows) <= limit else sorted(
        rows, key=lambda f: (-f.late, f.reported - f.assigned, f.unit))[:limit]
    most = max((r.assigned for r in shown), default=0) or 1
    scale = BAR_WIDTH / most
    body = _legend(14)
    for i, figures in enumerate(shown):
        body += _unit_bar(figures, 26 + i * ROW_HEIGHT, scale)
    height = 34 + len(shown) * ROW_HEIGHT
    if len(rows) > len(shown):
        body.append(_text(LABEL_WIDTH, height + 4, f"… và {len(rows) - len(shown)} đơn vị khác "
                                                   f"(xem bảng tính)", extra=' class="more"'))
        height += 16
    return _svg(LABEL_WIDTH + BAR_WIDTH + 40, height, "Tiến độ báo cáo theo đơn vị", body)


@dataclass(frozen=True)
class SeriesPoint:
    day: dt.date
    reported: int
    accepted: int


def progress_series(report: PlanReport) -> list[SeriesPoint]:
    """Cumulative delivered and accepted assignments per day, from the day before the first report
    (nothing yet: a plan whose reports all came in today still draws its rise) to today."""
    sent = [r.submitted for r in report.assignments if r.submitted and r.state in ("submitted", "accepted")]
    accepted = [r.reviewed or r.submitted for r in report.assignments
                if r.state == "accepted" and (r.reviewed or r.submitted)]
    first = min([*sent, *accepted], default=None)
    if first is None:
        return []
    start = first - dt.timedelta(days=1)
    sent_on, accepted_on = Counter(sent), Counter(accepted)
    points, reported, taken = [], 0, 0
    for n in range((max(report.today, start) - start).days + 1):
        day = start + dt.timedelta(days=n)
        reported, taken = reported + sent_on[day], taken + accepted_on[day]
        points.append(SeriesPoint(day, reported, taken))
    return points


def _polyline(points: list[tuple[float, float]], colour: str, label: str) -> str:
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2">'
            f"<title>{escape(label)}</title></polyline>")


def progress_over_time_chart(series: Sequence[SeriesPoint], assigned: int) -> str:
    """Lines of delivered and accepted assignments over time against the number assigned."""
    width, height, left, top, plot_w, plot_h = 680, 240, 50, 30, 600, 170
    top_value = max(assigned, 1)
    span = max(len(series) - 1, 1)

    def at(i: int, value: int) -> tuple[float, float]:
        return left + plot_w * i / span, top + plot_h * (1 - value / top_value)

    body = [f'<line x1="{left}" y1="{top}" x2="{left + plot_w}" y2="{top}" stroke="#98a2b3" '
            f'stroke-dasharray="4 3"><title>Tổng số lượt giao: {assigned}</title></line>',
            f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
            f'stroke="#475467"/>',
            _text(left - 6, top + 4, str(assigned), "end"), _text(left - 6, top + plot_h + 4, "0", "end")]
    if series:
        body.append(_polyline([at(i, p.reported) for i, p in enumerate(series)], COLOURS[Progress.SUBMITTED],
                              f"Đã báo cáo: {series[-1].reported}"))
        body.append(_polyline([at(i, p.accepted) for i, p in enumerate(series)], COLOURS[Progress.ACCEPTED],
                              f"Đã chấp nhận: {series[-1].accepted}"))
        body.append(_text(left, top + plot_h + 18, f"{series[0].day:%d/%m/%Y}"))
        body.append(_text(left + plot_w, top + plot_h + 18, f"{series[-1].day:%d/%m/%Y}", "end"))
    else:
        body.append(_text(left + plot_w / 2, top + plot_h / 2, "Chưa có báo cáo nào được gửi", "middle"))
    body += [_rect(left, 8, 10, 10, COLOURS[Progress.SUBMITTED], "Đã báo cáo"),
             _text(left + 14, 17, "Đã báo cáo"),
             _rect(left + 110, 8, 10, 10, COLOURS[Progress.ACCEPTED], "Đã chấp nhận"),
             _text(left + 124, 17, "Đã chấp nhận")]
    return _svg(width, height, "Tiến độ báo cáo theo thời gian", body)
