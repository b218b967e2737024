"""URLs of the tracking pages (unit portal, reports, dashboard), nested per object."""

from django.urls import path

from kehoach.api import views as api_views
from kehoach.tracking.views import assignments, dashboard, notifications, portal, reports

app_name = "tracking"
urlpatterns = [
    path("portal/", portal.portal, name="portal"),
    path("notifications/", notifications.notification_list, name="notifications"),
    path("notifications/read/", notifications.mark_read, name="mark_read"),
    path("assignments/<uuid:assignment_uuid>/", assignments.assignment_detail, name="assignment"),
    path("assignments/<uuid:assignment_uuid>/report/", assignments.save_report, name="save_report"),
    path("assignments/<uuid:assignment_uuid>/nothing/", assignments.report_nothing, name="report_nothing"),
    path("assignments/<uuid:assignment_uuid>/evidence/", assignments.upload_evidence, name="upload_evidence"),
    path("assignments/<uuid:assignment_uuid>/remind/", assignments.remind, name="remind"),
    path("evidence/<uuid:attachment_uuid>/", assignments.download_evidence, name="download_evidence"),
    path("evidence/<uuid:attachment_uuid>/delete/", assignments.delete_evidence, name="delete_evidence"),
    path("reports/<uuid:report_uuid>/", reports.report_detail, name="report"),
    path("reports/<uuid:report_uuid>/decide/", reports.decide, name="decide"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/<uuid:plan_uuid>/", dashboard.plan_dashboard, name="plan_dashboard"),
    path("tokens/", api_views.tokens, name="tokens"),
    path("tokens/<int:token_id>/revoke/", api_views.revoke_token, name="revoke_token"),
]
