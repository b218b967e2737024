"""URLs of the report outputs (kwargs named as in every app: plan_uuid, unit_uuid)."""

from django.urls import path

from kehoach.reports.views import calendars, files, pages

app_name = "reports"
urlpatterns = [
    path("", pages.index, name="index"),
    path("plans/<uuid:plan_uuid>/", pages.overview, name="overview"),
    path("plans/<uuid:plan_uuid>/coverage/", pages.coverage, name="coverage"),
    path("plans/<uuid:plan_uuid>/report.docx", files.plan_docx, name="docx"),
    path("plans/<uuid:plan_uuid>/results.xlsx", files.plan_xlsx, name="xlsx"),
    path("plans/<uuid:plan_uuid>/calendar.ics", calendars.plan_calendar, name="plan_calendar"),
    path("units/<uuid:unit_uuid>/calendar.ics", calendars.unit_calendar, name="unit_calendar"),
    path("calendars/", calendars.subscriptions, name="subscriptions"),
]
