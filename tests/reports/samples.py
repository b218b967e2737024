"""Plain report data written by hand, for the builders' tests and the benchmark."""

from __future__ import annotations

import datetime as dt

from kehoach.reports.summary import AssignmentRow, PlanInfo, PlanReport, TaskInfo

TODAY = dt.date(2025, 12, 20)
PLAN = PlanInfo(number="12", symbol="KH-VPCQTT", title="Tuyên truyền kỷ niệm Ngày Nhân quyền thế giới",
                issuer="Ban Chỉ đạo Nhân quyền Chính phủ", owner="Văn phòng Cơ quan Thường trực",
                owner_short="VPCQTT", parent_issuer="Ban Chỉ đạo Nhân quyền Chính phủ", place="Hà Nội",
                issued=dt.date(2025, 11, 1), period=(dt.date(2025, 12, 1), dt.date(2025, 12, 30)))
TARGETS = ({"quantity": 1, "unit": "hội nghị", "text": "01 hội nghị cung cấp thông tin cho báo chí"},
           {"quantity": 200, "unit": "đại biểu", "text": "khoảng 200 đại biểu"})


def small_report() -> PlanReport:
    """Three tasks, three units: accepted, submitted, draft, missing and late all occur."""
    tasks = [TaskInfo("II.1", "Tổ chức hội nghị cung cấp thông tin cho báo chí", dt.date(2025, 12, 15),
                      TARGETS),
             TaskInfo("II.2", "Bảo đảm an ninh, trật tự các hoạt động kỷ niệm", dt.date(2025, 12, 25)),
             TaskInfo("II.3", "Treo băng rôn, khẩu hiệu tuyên truyền", dt.date(2025, 12, 10))]
    rows = [AssignmentRow("II.1", "Bộ Ngoại giao", due=dt.date(2025, 12, 15), state="accepted",
                          narrative="Đã tổ chức hội nghị ngày 08/12/2025.", achieved=(1, 180),
                          submitted=dt.date(2025, 12, 9), reviewed=dt.date(2025, 12, 11)),
            AssignmentRow("II.2", "Bộ Công an", due=dt.date(2025, 12, 25), state="draft"),
            AssignmentRow("II.2", "Bộ Ngoại giao", role="phoi_hop", due=dt.date(2025, 12, 25),
                          state="submitted", submitted=dt.date(2025, 12, 18)),
            AssignmentRow("II.3", "Tỉnh Lai Châu", due=dt.date(2025, 12, 10)),
            AssignmentRow("II.3", "Bộ Công an", due=dt.date(2025, 12, 10), state="returned")]
    return PlanReport(PLAN, tasks, rows, TODAY)


def monthly_report() -> PlanReport:
    """One task reported before the 16th of each month by one unit: November accepted, December late."""
    task = TaskInfo("II.1", "Báo cáo kết quả tuyên truyền", None)
    rows = [AssignmentRow("II.1", "Bộ Ngoại giao", due=dt.date(2025, 11, 16), state="accepted",
                          period="Tháng 11/2025", narrative="Đã tuyên truyền."),
            AssignmentRow("II.1", "Bộ Ngoại giao", due=dt.date(2025, 12, 16), period="Tháng 12/2025")]
    return PlanReport(PLAN, [task], rows, TODAY)


def periods_report() -> PlanReport:
    """Task II.1 reported monthly (October to December 2025) by two units, with a final report due
    15/12/2025 among the periods; task II.2 one-off. Today (20/12) every period is due."""
    monthly = TaskInfo("II.1", "Báo cáo kết quả tuyên truyền", None)
    once = TaskInfo("II.2", "Bảo đảm an ninh, trật tự các hoạt động kỷ niệm", dt.date(2025, 12, 25))

    def row(unit: str, period: str, due: dt.date, state: str | None = None) -> AssignmentRow:
        return AssignmentRow("II.1", unit, due=due, state=state, period=period)

    rows = [row("Bộ Ngoại giao", "Tháng 10/2025", dt.date(2025, 10, 16), "accepted"),
            row("Bộ Ngoại giao", "Tháng 11/2025", dt.date(2025, 11, 16), "submitted"),
            row("Bộ Ngoại giao", "Báo cáo tổng kết", dt.date(2025, 12, 15), "accepted"),
            row("Bộ Ngoại giao", "Tháng 12/2025", dt.date(2025, 12, 16)),
            row("Bộ Công an", "Tháng 10/2025", dt.date(2025, 10, 16), "accepted"),
            row("Bộ Công an", "Tháng 11/2025", dt.date(2025, 11, 16)),
            row("Bộ Công an", "Báo cáo tổng kết", dt.date(2025, 12, 15), "draft"),
            row("Bộ Công an", "Tháng 12/2025", dt.date(2025, 12, 16), "returned"),
            AssignmentRow("II.2", "Bộ Công an", due=dt.date(2025, 12, 25), state="draft")]
    return PlanReport(PLAN, [monthly, once], rows, TODAY)


def big_report(tasks: int = 50, units: int = 40) -> PlanReport:
    """`tasks` × `units` assignments in every state, for the benchmark."""
    states = [None, "draft", "submitted", "accepted", "returned"]
    task_rows = [TaskInfo(f"II.{t}", f"Nhiệm vụ số {t}: tổ chức hoạt động tuyên truyền tại cơ sở",
                          dt.date(2025, 12, 1 + t % 28), TARGETS) for t in range(1, tasks + 1)]
    rows = [AssignmentRow(task.key, f"Ủy ban nhân dân xã số {u}", due=task.due, state=states[(t + u) % 5],
                          narrative="Đã triển khai theo kế hoạch." if (t + u) % 5 else "",
                          achieved=(1, 150) if (t + u) % 5 == 3 else (),
                          submitted=dt.date(2025, 12, 1 + u % 19) if (t + u) % 5 in (2, 3) else None)
            for t, task in enumerate(task_rows) for u in range(1, units + 1)]
    return PlanReport(PLAN, task_rows, rows, TODAY)
