"""Admin pages of the unit directory, with a CSV import page."""

from __future__ import annotations

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kehoach.units.forms import UnitCsvForm, UnitImportError
from kehoach.units.models import CollectiveName, Unit, UnitAlias


class UnitAliasInline(admin.TabularInline):
    model = UnitAlias
    extra = 1
    fields = ["name"]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "parent", "active", "merged_into"]
    list_filter = ["kind", "active"]
    search_fields = ["name", "short_name", "search_key", "aliases__name", "admin_code"]
    autocomplete_fields = ["parent", "merged_into", "split_into"]
    inlines = [UnitAliasInline]
    change_list_template = "admin/units/unit/change_list.html"

    def get_urls(self):
        extra = [path("import-csv/", self.admin_site.admin_view(self.import_csv), name="units_unit_import")]
        return extra + super().get_urls()

    def import_csv(self, request):
        """Upload a CSV; every row is checked first and nothing is saved when one is bad."""
        bound = request.method == "POST"
        form = UnitCsvForm(request.POST if bound else None, request.FILES if bound else None)
        errors: list[str] = []
        if bound and form.is_valid():
            try:
                summary = form.save()
            except UnitImportError as exc:
                errors = exc.errors
            else:
                messages.success(request, _("Đã thêm %(created)s, cập nhật %(updated)s đơn vị.")
                                 % {"created": summary.created, "updated": summary.updated})
                return redirect("admin:units_unit_changelist")
        context = {**self.admin_site.each_context(request), "form": form, "errors": errors,
                   "title": _("Nhập đơn vị từ CSV"), "opts": self.model._meta}
        return TemplateResponse(request, "admin/units/unit/import_csv.html", context)


@admin.register(CollectiveName)
class CollectiveNameAdmin(admin.ModelAdmin):
    list_display = ["name", "member_kind", "within", "within_context"]
    search_fields = ["name"]
    autocomplete_fields = ["within", "members"]


admin.site.site_header = gettext_lazy("Quản trị kehoach")
admin.site.site_title = gettext_lazy("kehoach")
admin.site.index_title = gettext_lazy("Quản trị hệ thống")
