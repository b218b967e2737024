"""Admin views of the tracking records (read-mostly: the workflow runs through the services)."""

from django.contrib import admin

from kehoach.tracking.models import Assignment, Attachment, Notification, Reminder, Report, ReportEvent


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ("task", "unit", "role", "period_label", "due", "report_state", "next_reminder_at")
    list_filter = ("role", "report_state")
    search_fields = ("unit__name", "task__text")
    raw_id_fields = ("task", "unit", "current_report")
    # The dashboards' counters follow these through the services; an edit here would bypass them.
    readonly_fields = ("due", "report_state", "current_report")


class EventInline(admin.TabularInline):
    model = ReportEvent
    extra = 0
    can_delete = False
    readonly_fields = ("at", "actor", "action", "from_state", "to_state", "comment")
    exclude = ("snapshot",)


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ("assignment", "state", "submitted_at", "reviewed_at")
    list_filter = ("state",)
    raw_id_fields = ("assignment", "created_by")
    inlines = [EventInline]


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin):
    list_display = ("original_name", "content_type", "size", "uploaded_at")
    raw_id_fields = ("report", "uploaded_by")


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ("assignment", "channel", "sent_at", "error")
    raw_id_fields = ("assignment",)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("unit", "kind", "assignment", "created_at")
    list_filter = ("kind",)
    raw_id_fields = ("unit", "assignment", "report")
    # Each member's unread count follows these through `notifications`; an edit here would bypass it.
    readonly_fields = ("read_by",)
