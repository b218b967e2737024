"""URLs of the JSON API."""

app_name = "api"
urlpatterns: list = []
