"""URLs of the unit directory (coordinators)."""

from django.urls import path

from kehoach.units import views

app_name = "units"
urlpatterns = [
    path("", views.unit_list, name="list"),
    path("<uuid:unit_uuid>/", views.unit_detail, name="detail"),
]
