"""The states a report goes through (kept apart from the models so querysets can use them)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    AWAITING_HEAD = "awaiting_head", _("Chờ lãnh đạo đơn vị duyệt")
    SUBMITTED = "submitted", _("Đã gửi")
    ACCEPTED = "accepted", _("Đã chấp nhận")
    RETURNED = "returned", _("Trả lại")


# Reports the coordinating office has in hand: an assignment with one of these is not late.
DELIVERED = (ReportState.SUBMITTED, ReportState.ACCEPTED)
# Reports the unit has not sent yet (its draft, or waiting for its head): the unit's own, not the office's.
UNSENT = (ReportState.DRAFT, ReportState.AWAITING_HEAD)
