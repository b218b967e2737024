"""URLs of the plans pages (coordinators)."""

from django.urls import path

from kehoach.plans.views import issue, listing, review, upload

app_name = "plans"
urlpatterns = [
    path("", listing.plan_list, name="list"),
    path("import/", upload.upload, name="upload"),
    path("import/progress/", upload.imports, name="imports"),
    path("<uuid:plan_uuid>/", listing.plan_detail, name="detail"),
    path("<uuid:plan_uuid>/review/", review.review, name="review"),
    path("<uuid:plan_uuid>/review/document/", review.edit_document, name="edit_document"),
    path("<uuid:plan_uuid>/review/task/", review.edit_task, name="edit_task"),
    path("<uuid:plan_uuid>/review/task/add/", review.add_task, name="add_task"),
    path("<uuid:plan_uuid>/review/task/remove/", review.remove_task, name="remove_task"),
    path("<uuid:plan_uuid>/review/unit/", review.pick_unit, name="pick_unit"),
    path("<uuid:plan_uuid>/review/unit/search/", review.unit_search, name="unit_search"),
    path("<uuid:plan_uuid>/issue/", issue.issue, name="issue"),
]
