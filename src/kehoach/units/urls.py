"""URLs of the units pages."""

app_name = "units"
urlpatterns: list = []
