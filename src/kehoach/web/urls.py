"""Root URLs."""

from django.contrib import admin
from django.urls import include, path

from kehoach.web import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("kehoach.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("kehoach.api.urls")),
    path("units/", include("kehoach.units.urls")),
    path("plans/", include("kehoach.plans.urls")),
    path("reports/", include("kehoach.reports.urls")),
    path("", include("kehoach.tracking.urls")),
    path("", views.home, name="home"),
]
