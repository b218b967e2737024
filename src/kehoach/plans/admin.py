"""Admin pages of plans, their source files, tasks and the units named on tasks."""

from django.contrib import admin

from kehoach.plans.models import Plan, PlanSource, PlanTask, TaskUnit


class PlanTaskInline(admin.TabularInline):
    model = PlanTask
    extra = 0
    fields = ["key", "text", "due"]
    show_change_link = True


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["__str__", "owner", "status", "issued_date", "created_at"]
    list_filter = ["status", "owner"]
    search_fields = ["number", "symbol", "title", "search_text"]
    raw_id_fields = ["implements", "created_by"]
    readonly_fields = ["uuid", "created_at", "issued_at"]
    inlines = [PlanTaskInline]


@admin.register(PlanSource)
class PlanSourceAdmin(admin.ModelAdmin):
    list_display = ["original_name", "owner", "status", "plan", "uploaded_at"]
    list_filter = ["status", "format"]
    search_fields = ["original_name", "sha256"]
    raw_id_fields = ["plan", "uploaded_by"]
    readonly_fields = ["uuid", "sha256", "size", "uploaded_at"]


class TaskUnitInline(admin.TabularInline):
    model = TaskUnit
    extra = 0
    autocomplete_fields = ["units"]


@admin.register(PlanTask)
class PlanTaskAdmin(admin.ModelAdmin):
    list_display = ["key", "plan", "due"]
    search_fields = ["text", "key"]
    raw_id_fields = ["plan"]
    inlines = [TaskUnitInline]
