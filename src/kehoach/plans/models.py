"""A plan, the file it came from, and the tasks it sets."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Đang rà soát")
    ISSUED = "issued", _("Đã ban hành")
    CLOSED = "closed", _("Đã kết thúc")


class Plan(models.Model):
    """One plan (kế hoạch) as the coordinating office tracks it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        "units.Unit", on_delete=models.PROTECT, related_name="owned_plans",
        verbose_name=_("văn phòng theo dõi"),
    )
    status = models.CharField(_("trạng thái"), max_length=10, choices=PlanStatus.choices,
                              default=PlanStatus.DRAFT)
    number = models.CharField(_("số"), max_length=20, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=60, blank=True)
    title = models.TextField(_("trích yếu"), blank=True)
    issuer_name = models.CharField(_("cơ quan ban hành"), max_length=300, blank=True)
    issued_date = models.DateField(_("ngày ban hành"), null=True, blank=True)
    period_start = models.DateField(_("bắt đầu"), null=True, blank=True)
    period_end = models.DateField(_("kết thúc"), null=True, blank=True)
    implements = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="implementing_plans",
        verbose_name=_("thực hiện kế hoạch cấp trên"),
    )
    record = models.JSONField(_("bản ghi do máy đọc"), default=dict)  # the parser's output, untouched
    edits = models.JSONField(_("chỉnh sửa khi rà soát"), default=dict)  # reviewer's changes, as a diff
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    issued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        label = f"{self.number or '…'}/{self.symbol}" if self.symbol else ""
        return f"{label} {self.title}".strip()


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Đang chờ")
    READING = "reading", _("Đang đọc tệp")
    PARSING = "parsing", _("Đang phân tích")
    DONE = "done", _("Hoàn tất")
    FAILED = "failed", _("Lỗi")


class PlanSource(models.Model):
    """An uploaded plan file and the progress of reading it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey("units.Unit", on_delete=models.PROTECT, related_name="+")
    plan = models.OneToOneField(Plan, null=True, blank=True, on_delete=models.CASCADE, related_name="source")
    file = models.FileField(upload_to="plans/%Y/%m/")
    original_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)
    size = models.PositiveBigIntegerField(default=0)
    format = models.CharField(max_length=10, blank=True)
    text = models.TextField(blank=True)  # what the readers made of the file; provenance lines index it
    status = models.CharField(max_length=10, choices=ImportStatus.choices, default=ImportStatus.QUEUED)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    progress_message = models.CharField(max_length=200, blank=True)
    error = models.TextField(blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tệp kế hoạch")
        verbose_name_plural = _("tệp kế hoạch")
        ordering = ["-uploaded_at"]


class PlanTask(models.Model):
    """A task the plan sets, as the plan words it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    key = models.CharField(_("mục"), max_length=40)  # the record's task id, e.g. "III.2.1"
    position = models.PositiveIntegerField(default=0)
    text = models.TextField(_("nội dung"))
    due = models.DateField(_("hạn"), null=True, blank=True)
    window_start = models.DateField(null=True, blank=True)
    window_end = models.DateField(null=True, blank=True)
    targets = models.JSONField(_("chỉ tiêu"), default=list)  # [{"quantity", "unit", "text"}]
    lines = models.JSONField(default=list)  # [first, last] in PlanSource.text

    class Meta:
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")
        ordering = ["plan", "position"]

    def __str__(self) -> str:
        return f"{self.key} {self.text[:80]}"


class UnitRole(models.TextChoices):
    CHU_TRI = "chu_tri", _("Chủ trì")
    PHOI_HOP = "phoi_hop", _("Phối hợp")


class TaskUnit(models.Model):
    """A unit name on a task as written, and the directory unit(s) it was matched to."""

    task = models.ForeignKey(PlanTask, on_delete=models.CASCADE, related_name="named_units")
    role = models.CharField(max_length=10, choices=UnitRole.choices, default=UnitRole.CHU_TRI)
    name_as_written = models.CharField(max_length=300)
    units = models.ManyToManyField("units.Unit", blank=True, related_name="+")  # a collective name → many

    class Meta:
        ordering = ["task", "role", "id"]
