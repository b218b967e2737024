"""The JSON API (django-ninja, OpenAPI schema), with the same permissions as the pages."""
