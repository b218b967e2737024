"""The plain data every output is built from: a plan, its tasks and each unit's assignment state.

Nothing here touches the database; `kehoach.reports.queries` fills these from the models, and
tests build them by hand.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum


class Progress(StrEnum):
    """One bucket per assignment, so the buckets of a unit add up to what it was assigned."""

    ACCEPTED = "accepted"
    SUBMITTED = "submitted"
    DRAFT = "draft"
    MISSING = "missing"
    LATE = "late"


PROGRESS_LABELS = {
    Progress.ACCEPTED: "Đã chấp nhận",
    Progress.SUBMITTED: "Đã gửi, chờ xem xét",
    Progress.DRAFT: "Đang soạn",
    Progress.MISSING: "Chưa báo cáo",
    Progress.LATE: "Trễ hạn",
}
DELIVERED_STATES = ("submitted", "accepted")
STATE_LABELS = {
    None: "Chưa báo cáo",
    "draft": "Bản nháp",
    "awaiting_head": "Chờ lãnh đạo đơn vị duyệt",
    "submitted": "Đã gửi",
    "accepted": "Đã chấp nhận",
    "returned": "Trả lại",
}


@dataclass(frozen=True)
class Signer:
    """The signature block of the compiled report; ND 30 placeholders until the office fills it."""

    authority: str = ""
    position: str = "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ"
    name: str = "Họ và tên"


@dataclass(frozen=True)
class PlanInfo:
    number: str
    symbol: str
    title: str
    issuer: str
    owner: str
    owner_short: str = ""
    parent_issuer: str = ""
    place: str = ""
    issued: dt.date | None = None
    period: tuple[dt.date | None, dt.date | None] = (None, None)
    report_to: str = ""  # whom the office's own report goes to, from the plan's reporting duties

    @property
    def reference(self) -> str:
        """"Kế hoạch số 12/KH-VPCQTT ngày 01/11/2025" as documents cite one another."""
        label = f"Kế hoạch số {self.number or '…'}/{self.symbol}" if self.symbol else "Kế hoạch"
        return f"{label} ngày {self.issued:%d/%m/%Y}" if self.issued else label


@dataclass(frozen=True)
class TaskInfo:
    key: str
    text: str
    due: dt.date | None = None
    targets: tuple[dict, ...] = ()


@dataclass(frozen=True)
class AssignmentRow:
    """One unit's copy of one task (for a recurring duty, in one period), with its current report."""

    task_key: str
    unit: str
    role: str = "chu_tri"
    due: dt.date | None = None
    state: str | None = None  # the current report's state; None when nothing was started
    narrative: str = ""
    achieved: tuple = ()  # per target of the task, what the report says was achieved (None: not given)
    submitted: dt.date | None = None
    reviewed: dt.date | None = None
    period: str = ""  # the reporting period ("Tháng 11/2026") of a recurring duty; "" for a one-off

    @property
    def who(self) -> str:
        """The unit, with the period when the duty recurs: "Bộ Ngoại giao (Tháng 11/2026)"."""
        return f"{self.unit} ({self.period})" if self.period else self.unit

    def progress(self, today: dt.date) -> Progress:
        if self.state == "accepted":
            return Progress.ACCEPTED
        if self.state == "submitted":
            return Progress.SUBMITTED
        if self.due and self.due < today:
            return Progress.LATE
        return Progress.DRAFT if self.state else Progress.MISSING

    def days_late(self, today: dt.date) -> int:
        return (today - self.due).days if self.progress(today) is Progress.LATE and self.due else 0

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state or "")


@dataclass(frozen=True)
class PeriodRows:
    """One task's assignments in one reporting period ("" for a one-off task), due on one day."""

    period: str
    due: dt.date | None
    rows: list[AssignmentRow]


def by_period(rows: list[AssignmentRow]) -> list[PeriodRows]:
    """One task's rows grouped by reporting period, in the order the periods fall due (the final
    report where it falls among them); a one-off task's rows are one group."""
    groups: dict[str, list[AssignmentRow]] = defaultdict(list)
    for row in rows:
        groups[row.period].append(row)
    found = [PeriodRows(period, members[0].due, members) for period, members in groups.items()]
    return sorted(found, key=lambda g: (g.due is None, g.due or dt.date.min))


@dataclass(frozen=True)
class UnitFigures:
    unit: str
    counts: Counter = field(default_factory=Counter)

    @property
    def assigned(self) -> int:
        return sum(self.counts.values())

    @property
    def reported(self) -> int:
        return self.counts[Progress.ACCEPTED] + self.counts[Progress.SUBMITTED]

    @property
    def accepted(self) -> int:
        return self.counts[Progress.ACCEPTED]

    @property
    def late(self) -> int:
        return self.counts[Progress.LATE]


@dataclass
class PlanReport:
    """Everything the compiled report, the spreadsheet and the charts show about one plan."""

    plan: PlanInfo
    tasks: list[TaskInfo]
    assignments: list[AssignmentRow]
    today: dt.date
    signer: Signer = field(default_factory=Signer)
    coverage: list = field(default_factory=list)  # [kehoach.reports.coverage.PlanCoverage]

    def rows_by_task(self) -> dict[str, list[AssignmentRow]]:
        grouped: dict[str, list[AssignmentRow]] = defaultdict(list)
        for row in self.assignments:
            grouped[row.task_key].append(row)
        return grouped

    def units(self) -> list[str]:
        """Unit names in the order they first appear (tasks in plan order)."""
        return list(dict.fromkeys(row.unit for row in self.assignments))

    def figures_by_unit(self) -> list[UnitFigures]:
        figures = {unit: UnitFigures(unit) for unit in self.units()}
        for row in self.assignments:
            figures[row.unit].counts[row.progress(self.today)] += 1
        return list(figures.values())

    def totals(self) -> UnitFigures:
        return UnitFigures("", Counter(row.progress(self.today) for row in self.assignments))

    def late_rows(self) -> list[AssignmentRow]:
        return sorted((r for r in self.assignments if r.progress(self.today) is Progress.LATE),
                      key=lambda r: (r.unit, r.due or self.today, r.task_key))
