"""A plan, the file it came from, and the tasks it sets."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kehoach.units.folding import fold


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Đang rà soát")
    ISSUED = "issued", _("Đã ban hành")
    CLOSED = "closed", _("Đã kết thúc")


class PlanQuerySet(models.QuerySet):
    def for_plan_list(self) -> PlanQuerySet:
        """What the plan list shows: task and assignment counts, the source file name."""
        return self.select_related("source").annotate(
            task_count=models.Count("tasks", distinct=True),
            assignment_count=models.Count("tasks__assignments", distinct=True),
        )

    def search(self, query: str) -> PlanQuerySet:
        """Accent- and case-insensitive search in number, symbol, title and issuer ("ha noi")."""
        for word in fold(query).split():
            self = self.filter(search_text__contains=word)
        return self


def plan_reference(number: str, symbol: str) -> str:
    """"705/KH-BCĐNQ" ("…/KH-X" while the number is blank)."""
    return f"{number or '…'}/{symbol}" if symbol else number


def plan_name(number: str, symbol: str, title: str) -> str:
    """How a plan is named on pages ("705/KH-BCĐNQ Kế hoạch …"), also from a row fetched as a dict."""
    return f"{plan_reference(number, symbol)} {title}".strip()


class Plan(models.Model):
    """One plan (kế hoạch) as the coordinating office tracks it."""

    objects = PlanQuerySet.as_manager()

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
    # The reviewer's pick per unit name as written (folded name → unit ids; [] = no unit).
    unit_choices = models.JSONField(_("đơn vị đã chọn khi rà soát"), default=dict, blank=True)
    search_text = models.TextField(editable=False, default="")  # folded number, title, issuer
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    issued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return plan_name(self.number, self.symbol, self.title)

    @property
    def reference(self) -> str:
        """Its number and symbol (`plan_reference`)."""
        return plan_reference(self.number, self.symbol)

    def save(self, *args, **kwargs) -> None:
        self.search_text = fold(f"{self.reference} {self.title} {self.issuer_name}")
        super().save(*args, **kwargs)


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Đang chờ")
    READING = "reading", _("Đang đọc tệp")
    PARSING = "parsing", _("Đang phân tích")
    SAVING = "saving", _("Đang lưu bản nháp")
    DONE = "done", _("Hoàn tất")
    FAILED = "failed", _("Lỗi")


class PlanSource(models.Model):
    """An uploaded plan file and the progress of reading it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    batch = models.UUIDField(null=True, blank=True, db_index=True)  # files uploaded together
    owner = models.ForeignKey("units.Unit", on_delete=models.PROTECT, related_name="+")
    plan = models.OneToOneField(Plan, null=True, blank=True, on_delete=models.CASCADE, related_name="source")
    file = models.FileField(_("tệp"), upload_to="plans/%Y/%m/")
    original_name = models.CharField(_("tên tệp"), max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)  # a file uploaded again is recognised
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"), default=0)
    format = models.CharField(_("định dạng"), max_length=10, blank=True)
    text = models.TextField(blank=True)  # what the readers made of the file; provenance lines index it
    status = models.CharField(_("trạng thái"), max_length=10, choices=ImportStatus.choices,
                              default=ImportStatus.QUEUED)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    progress_message = models.CharField(max_length=200, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+")
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"), auto_now_add=True)

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
    # The plan's recurring reporting duty, on a task without its own deadline (kehoach.tracking.periods):
    # "" = one report; report_day = the day of the month reports are due (None: the period's last day).
    recurrence = models.CharField(_("báo cáo định kỳ"), max_length=12, blank=True, default="")
    report_day = models.PositiveSmallIntegerField(_("ngày hạn báo cáo trong tháng"), null=True, blank=True)

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
    role = models.CharField(_("vai trò"), max_length=10, choices=UnitRole.choices, default=UnitRole.CHU_TRI)
    name_as_written = models.CharField(_("tên như trong văn bản"), max_length=300)
    units = models.ManyToManyField("units.Unit", blank=True, related_name="+",  # a collective name → many
                                   verbose_name=_("đơn vị trong danh bạ"))

    class Meta:
        verbose_name = _("đơn vị được giao")
        verbose_name_plural = _("đơn vị được giao")
        ordering = ["task", "role", "id"]
