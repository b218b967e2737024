"""URLs of the tracking pages (unit portal, reports, dashboard)."""

app_name = "tracking"
urlpatterns: list = []
