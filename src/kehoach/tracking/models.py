"""Assignments of plan tasks to units, and the units' reports on them."""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from kehoach.plans.models import UnitRole
from kehoach.tracking.queries import AssignmentQuerySet
from kehoach.tracking.states import DELIVERED, ReportState

__all__ = ["DELIVERED", "Assignment", "Attachment", "Notification", "NotificationKind", "PlanProgress",
           "Reminder", "Report", "ReportEvent", "ReportState", "TaskProgress", "UnitProgress"]


def figure_rows(targets: list[dict] | None, figures: list[dict] | None) -> list[dict]:
    """Each target beside what a report's figures say was achieved (None: nothing reported)."""
    achieved = {f["target"]: f.get("achieved") for f in figures or ()}
    return [{"target": t, "achieved": achieved.get(i)} for i, t in enumerate(targets or ())]


class Assignment(models.Model):
    """One unit's copy of one task of an issued plan, to carry out and report on (for a recurring
    duty, one per reporting period)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    task = models.ForeignKey("plans.PlanTask", on_delete=models.CASCADE, related_name="assignments")
    unit = models.ForeignKey("units.Unit", on_delete=models.PROTECT, related_name="assignments")
    role = models.CharField(_("vai trò"), max_length=10, choices=UnitRole.choices, default=UnitRole.CHU_TRI)
    due = models.DateField(_("hạn báo cáo"), null=True, blank=True)
    # A recurring duty gives the unit one assignment per reporting period (kehoach.tracking.periods):
    # the first day of its calendar block and its name; None and "" for a one-off duty.
    period_start = models.DateField(_("đầu kỳ báo cáo"), null=True, blank=True)
    period_label = models.CharField(_("kỳ báo cáo"), max_length=40, blank=True, default="")
    next_reminder_at = models.DateTimeField(null=True, blank=True)
    # The report the unit is working on or last sent, kept here so pages read state in one join.
    current_report = models.ForeignKey("Report", null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+")
    # Its state, copied so the dashboards count one table ("" = no report yet); services keep it.
    report_state = models.CharField(max_length=16, blank=True, default="", choices=ReportState.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("phân công")
        verbose_name_plural = _("phân công")
        constraints = [
            models.UniqueConstraint(fields=["task", "unit"], condition=models.Q(period_start__isnull=True),
                                    name="one_assignment_per_unit_task"),
            models.UniqueConstraint(fields=["task", "unit", "period_start"],
                                    name="one_assignment_per_unit_task_period"),
        ]
        indexes = [
            models.Index(fields=["next_reminder_at"], name="assignment_reminder_due",
                         condition=models.Q(next_reminder_at__isnull=False)),
            models.Index(fields=["unit", "due"], name="assignment_unit_due"),
            # Covers the dashboards' counts (per plan via task, per unit, late by due) without the table.
            models.Index(fields=["task", "unit", "report_state", "due"], name="assignment_progress"),
        ]

    def figure_rows(self, report: Report | None = None) -> list[dict]:
        """Each target of the task beside what the report (default: the current one) says was achieved."""
        report = report or self.current_report
        return figure_rows(self.task.targets, report.figures if report else None)

    def save(self, *args, **kwargs) -> None:
        """A new assignment is counted in its plan's progress in the same transaction."""
        from kehoach.tracking import progress

        adding = self._state.adding
        with transaction.atomic():
            super().save(*args, **kwargs)
            if adding:
                progress.recount([self.task.plan_id])


class Counts(models.Model):
    """Assignments by what the office holds; missing = assigned − reported. Kept by
    `kehoach.tracking.progress` in the transaction of every change, rebuilt by `recount_progress`."""

    assigned = models.PositiveIntegerField(default=0)
    reported = models.PositiveIntegerField(default=0)  # submitted or accepted (DELIVERED)
    accepted = models.PositiveIntegerField(default=0)
    pending = models.PositiveIntegerField(default=0)  # submitted, awaiting the office

    class Meta:
        abstract = True

    @property
    def missing(self) -> int:
        return self.assigned - self.reported


class PlanProgress(Counts):
    """One row per plan: its figures, a version that changes with anything its pages show (the
    cache key of its fragments), and the day its late counts (here and per unit) were counted for."""

    plan = models.OneToOneField("plans.Plan", on_delete=models.CASCADE, primary_key=True,
                                related_name="progress")
    version = models.PositiveBigIntegerField(default=0)
    late_on = models.DateField(null=True)
    late = models.PositiveIntegerField(default=0)
    units = models.PositiveIntegerField(default=0)  # its UnitProgress rows, for the paginator


class UnitProgress(Counts):
    """One unit's figures in one plan; `late` counts unreported assignments due before late_on
    of the plan's PlanProgress (brought up to date once a day)."""

    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey("units.Unit", on_delete=models.CASCADE, related_name="+")
    late = models.PositiveIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "unit"], name="one_progress_per_plan_unit")]
        indexes = [models.Index("plan", models.F("late").desc(), "unit", name="unit_progress_latest"),
                   models.Index(fields=["unit", "changed_at"], name="unit_progress_changed")]


class TaskProgress(Counts):
    """One task's figures for the assignments due on one day (nearly always one row per task):
    late = missing where due < today, so it needs no daily upkeep."""

    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="+")
    task = models.ForeignKey("plans.PlanTask", on_delete=models.CASCADE, related_name="+")
    due = models.DateField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["task", "due"], name="one_progress_per_task_due")]
        indexes = [models.Index(fields=["plan", "task"], name="task_progress_plan")]


class Report(models.Model):
    """A unit's report on one assignment (one per reporting period)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reports")
    period_label = models.CharField(_("kỳ báo cáo"), max_length=40, blank=True)
    state = models.CharField(_("trạng thái"), max_length=16, choices=ReportState.choices,
                             default=ReportState.DRAFT)
    narrative = models.TextField(_("kết quả thực hiện"), blank=True)
    nothing_to_report = models.BooleanField(_("không phát sinh"), default=False)
    figures = models.JSONField(_("số liệu"), default=list)  # [{"target": index, "achieved": number}]
    # the office's comment on a return or acceptance; on a draft, the unit head's on sending it back
    reviewer_comment = models.TextField(_("ý kiến của văn phòng"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("báo cáo")
        verbose_name_plural = _("báo cáo")
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["state", "submitted_at"], name="report_state_submitted")]

    @property
    def sent_back_by_head(self) -> bool:
        """A draft the unit head sent back to its reporter: only a send-back gives a draft a comment."""
        return self.state == ReportState.DRAFT and bool(self.reviewer_comment)


class ReportEvent(models.Model):
    """Every change to a report, kept: who, when, from which state to which, with a snapshot."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                              related_name="+")
    action = models.CharField(max_length=20)
    from_state = models.CharField(max_length=16, blank=True)
    to_state = models.CharField(max_length=16, blank=True)
    comment = models.TextField(blank=True)
    snapshot = models.JSONField(default=dict)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]


def evidence_path(instance: Attachment, filename: str) -> str:
    """A random storage name: the uploader's file name never reaches the file system."""
    return f"evidence/{secrets.token_hex(1)}/{secrets.token_hex(16)}"


class Attachment(models.Model):
    """An evidence file attached to a report; served only through a view that checks the unit."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=evidence_path)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)


class Reminder(models.Model):
    """One reminder delivery about an assignment (sent or failed)."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reminders")
    channel = models.CharField(max_length=20, default="email")
    sent_at = models.DateTimeField(auto_now_add=True)
    error = models.TextField(blank=True)


class NotificationKind(models.TextChoices):
    REMINDER = "reminder", _("Nhắc nhở báo cáo")
    RETURNED = "returned", _("Báo cáo bị trả lại")


class Notification(models.Model):
    """A message in the app to every user of a unit: a reminder, or a report sent back to it."""

    unit = models.ForeignKey("units.Unit", on_delete=models.CASCADE, related_name="+")
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="notifications")
    report = models.ForeignKey(Report, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=NotificationKind.choices)
    comment = models.TextField(blank=True)  # why the report was returned
    created_at = models.DateTimeField(auto_now_add=True)
    read_by = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["unit", "-created_at"], name="notification_unit_latest")]
