"""URLs of the plans pages (coordinators)."""

from django.urls import path

from kehoach.plans.views import listing, upload

app_name = "plans"
urlpatterns = [
    path("", listing.plan_list, name="list"),
    path("import/", upload.upload, name="upload"),
]
