"""The unit directory: agencies, their aliases and their merge history."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from kehoach.units.folding import fold


class UnitKind(models.TextChoices):
    CENTRAL = "central", _("Cơ quan trung ương")
    PROVINCE = "province", _("Tỉnh, thành phố")
    COMMUNE = "commune", _("Xã, phường, đặc khu")
    DEPARTMENT = "department", _("Sở, ban, ngành")
    OFFICE = "office", _("Phòng, văn phòng, đơn vị trực thuộc")
    ORGANISATION = "organisation", _("Tổ chức chính trị - xã hội, đoàn thể")
    OTHER = "other", _("Khác")


class Unit(models.Model):
    """An agency plans can name: ministry, province, department, commune, office…"""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("tên"), max_length=300)
    short_name = models.CharField(_("tên viết tắt"), max_length=100, blank=True)
    kind = models.CharField(_("loại"), max_length=20, choices=UnitKind.choices, default=UnitKind.OTHER)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
        verbose_name=_("đơn vị cấp trên"),
    )
    admin_code = models.CharField(_("mã hành chính"), max_length=20, blank=True, db_index=True)
    search_key = models.CharField(max_length=400, db_index=True, editable=False)
    active = models.BooleanField(_("đang hoạt động"), default=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="absorbed",
        verbose_name=_("đã hợp nhất vào"),
    )
    merged_on = models.DateField(_("ngày hợp nhất"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)  # tells the matching index to rebuild
    split_into = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="split_from",
        verbose_name=_("đã chia tách thành"),
    )

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.search_key = fold(self.name)
        super().save(*args, **kwargs)


    def successors(self) -> list[Unit]:
        """The units that took over this one's work after a merger or split (empty while active)."""
        found = list(self.split_into.all())
        if self.merged_into_id and self.merged_into not in found:
            found.insert(0, self.merged_into)
        return found


class UnitAlias(models.Model):
    """Another name a plan may use for a unit ("Sở TT&TT", "STTTT")."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("tên gọi khác"), max_length=300)
    search_key = models.CharField(max_length=400, db_index=True, editable=False)

    class Meta:
        verbose_name = _("tên gọi khác")
        verbose_name_plural = _("tên gọi khác")
        constraints = [models.UniqueConstraint(fields=["unit", "search_key"], name="unique_alias_per_unit")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.search_key = fold(self.name)
        super().save(*args, **kwargs)


class CollectiveName(models.Model):
    """A name that stands for many units ("UBND các tỉnh, thành phố", "các sở, ban, ngành").

    Its members are the explicit `members` if any, else every active unit of `member_kind`,
    narrowed to the children of `within`, or — with `within_context` — of the province the
    plan comes from.
    """

    name = models.CharField(_("tên gọi chung"), max_length=300)
    search_key = models.CharField(max_length=400, unique=True, editable=False)
    member_kind = models.CharField(_("loại đơn vị thành viên"), max_length=20, choices=UnitKind.choices,
                                   blank=True)
    within = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("thuộc đơn vị"))
    within_context = models.BooleanField(_("thuộc tỉnh của kế hoạch"), default=False)
    members = models.ManyToManyField(Unit, blank=True, related_name="collectives",
                                     verbose_name=_("thành viên"))

    class Meta:
        verbose_name = _("tên gọi chung")
        verbose_name_plural = _("tên gọi chung")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.search_key = fold(self.name)
        super().save(*args, **kwargs)
