"""URLs of the JSON API (django-ninja): /api/openapi.json and the docs page at /api/docs."""

from kehoach.api.routes import api

app_name = "api"  # ninja reverses its docs and schema URLs in this namespace
urlpatterns = api.urls[0]
