"""The API's JSON shapes."""


import datetime
import uuid

from ninja import Field, Schema


class PlanOut(Schema):
    uuid: uuid.UUID
    status: str
    number: str
    symbol: str
    title: str
    issuer_name: str
    issued_date: datetime.date | None
    period_start: datetime.date | None
    period_end: datetime.date | None


class Target(Schema):
    quantity: float | None = None
    unit: str | None = None
    text: str | None = None


class TaskOut(Schema):
    uuid: uuid.UUID
    key: str
    text: str
    due: datetime.date | None
    targets: list[Target]


class PlanDetailOut(PlanOut):
    # the tasks the caller may read (plans.access.tasks_for): a unit member gets its unit's only
    tasks: list[TaskOut] = Field(..., alias="visible_tasks")


class Figure(Schema):
    target: int
    achieved: float | None


class ReportOut(Schema):
    uuid: uuid.UUID
    assignment: uuid.UUID = Field(..., alias="assignment.uuid")
    period: str = Field("", alias="period_label")
    state: str
    narrative: str
    nothing_to_report: bool
    figures: list[Figure]
    reviewer_comment: str
    submitted_at: datetime.datetime | None
    reviewed_at: datetime.datetime | None
    updated_at: datetime.datetime


class AssignmentOut(Schema):
    uuid: uuid.UUID
    plan: uuid.UUID = Field(..., alias="task.plan.uuid")
    task: TaskOut
    unit: str = Field(..., alias="unit.name")
    role: str
    due: datetime.date | None
    # the reporting period of a recurring duty ("Tháng 11/2026"); "" for a one-off
    period: str = Field("", alias="period_label")
    state: str | None = Field(None, alias="current_report.state")
    is_late: bool


class NotificationOut(Schema):
    id: int
    kind: str  # "reminder" | "returned"
    kind_label: str = Field(..., alias="get_kind_display")
    comment: str  # why the report was returned
    created_at: datetime.datetime
    is_read: bool
    plan: uuid.UUID = Field(..., alias="assignment.task.plan.uuid")
    assignment: uuid.UUID = Field(..., alias="assignment.uuid")
    task: str = Field(..., alias="assignment.task.text")
    period: str = Field("", alias="assignment.period_label")
    due: datetime.date | None = Field(None, alias="assignment.due")
    report: uuid.UUID | None = Field(None, alias="report.uuid")


class MarkedOut(Schema):
    marked: int  # how many were unread
    unread: int  # the user's unread notifications left


class DraftIn(Schema):
    narrative: str = ""
    achieved: list[float | None] = []
    nothing_to_report: bool = False


class CommentIn(Schema):
    comment: str = ""


class ErrorOut(Schema):
    detail: str
