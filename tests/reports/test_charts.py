"""The SVG charts are well-formed and show each unit's buckets."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter

from tests.reports.samples import small_report

from kehoach.reports.charts import progress_over_time_chart, progress_series, unit_progress_chart
from kehoach.reports.summary import Progress, UnitFigures

SVG = "{http://www.w3.org/2000/svg}"


def test_the_unit_chart_is_well_formed_with_a_bar_per_bucket():
    report = small_report()
    root = ET.fromstring(unit_progress_chart(report.figures_by_unit()))
    assert root.tag == f"{SVG}svg"
    tips = [r.find(f"{SVG}title").text for r in root.iter(f"{SVG}rect")]
    assert "Bộ Công an: Trễ hạn 1/2" in tips and "Tỉnh Lai Châu: Trễ hạn 1/1" in tips
    assert [t.get("data-unit") for t in root.iter(f"{SVG}text") if t.get("data-unit")] == [
        "Bộ Ngoại giao", "Bộ Công an", "Tỉnh Lai Châu"]


def test_the_series_counts_delivered_reports_cumulatively():
    series = progress_series(small_report())
    assert series[0].day.isoformat() == "2025-12-08" and series[-1].day.isoformat() == "2025-12-20"
    assert (series[0].reported, series[0].accepted) == (0, 0)  # the day before the first report
    assert (series[1].reported, series[1].accepted) == (1, 0)
    assert (series[-1].reported, series[-1].accepted) == (2, 1)


def test_reports_all_sent_today_still_draw_their_rise():
    report = small_report()
    report.today = dt.date(2025, 12, 9)
    report.assignments = [row for row in report.assignments if row.submitted == report.today]
    series = progress_series(report)
    assert [(p.reported, p.accepted) for p in series] == [(0, 0), (1, 0)]
    lines = ET.fromstring(progress_over_time_chart(series, 5)).iter(f"{SVG}polyline")
    assert all(len(line.get("points").split()) == 2 for line in lines)


def test_the_time_chart_is_well_formed_even_without_reports():
    assert ET.fromstring(progress_over_time_chart(progress_series(small_report()), 5)).tag == f"{SVG}svg"
    empty = ET.fromstring(progress_over_time_chart([], 0))
    assert "Chưa có báo cáo nào được gửi" in "".join(empty.itertext())


def test_unit_names_are_escaped():
    svg = unit_progress_chart([UnitFigures("Sở <Y tế> & Dân số", Counter({Progress.MISSING: 1}))])
    assert "Sở <Y tế> & Dân số" in "".join(ET.fromstring(svg).itertext())


def test_past_the_limit_only_the_units_furthest_behind_are_drawn():
    rows = [UnitFigures(f"Xã {i}", Counter({Progress.LATE: i % 7, Progress.ACCEPTED: 3})) for i in range(100)]
    root = ET.fromstring(unit_progress_chart(rows, limit=10))
    drawn = [t.get("data-unit") for t in root.iter(f"{SVG}text") if t.get("data-unit")]
    assert len(drawn) == 10 and all(int(name.split()[1]) % 7 == 6 for name in drawn)
    assert "… và 90 đơn vị khác (xem bảng tính)" in "".join(root.itertext())
