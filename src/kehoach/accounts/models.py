"""Users belong to one unit and hold one role there."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """What a user may do; the unit scope is enforced separately (see `access`)."""

    COORDINATOR = "coordinator", _("Điều phối (văn phòng theo dõi)")
    REPORTER = "reporter", _("Cán bộ báo cáo của đơn vị")
    UNIT_HEAD = "unit_head", _("Lãnh đạo đơn vị (duyệt báo cáo)")
    VIEWER = "viewer", _("Người xem")
    ADMIN = "admin", _("Quản trị hệ thống")


# The roles of a unit's own members (the others belong to the coordinating office or run the site).
UNIT_ROLES = (Role.REPORTER, Role.UNIT_HEAD, Role.VIEWER)


class User(AbstractUser):
    """A staff account of a unit. kehoach keeps no other facts about the person."""

    unit = models.ForeignKey(
        "units.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="users",
        verbose_name=_("đơn vị"),
    )
    role = models.CharField(_("vai trò"), max_length=20, choices=Role.choices, default=Role.VIEWER)
    # The unit's in-app notifications this user has not read (kehoach.tracking.notifications keeps
    # it): the top bar shows it without a query of its own.
    unread_notifications = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")

    def get_role_display(self) -> str:
        """The role's name (in place of Django's, which makes a dict of every choice on each call:
        the top bar of every page shows it)."""
        return str(Role(self.role).label) if self.role in Role.values else self.role

    @property
    def is_coordinator(self) -> bool:
        return self.role in (Role.COORDINATOR, Role.ADMIN)

    @property
    def is_unit_member(self) -> bool:
        return self.role in UNIT_ROLES
