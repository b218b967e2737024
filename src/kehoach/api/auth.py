"""API authentication: `Authorization: Bearer <token>`, or the browser session (for the docs page)."""

from __future__ import annotations

from ninja.security import HttpBearer, django_auth

from kehoach.api.models import ApiToken


class BearerToken(HttpBearer):
    def authenticate(self, request, token: str):
        user = ApiToken.objects.user_for(token)
        if user is not None:
            request.user = user  # the access helpers read request.user, as on the pages
        return user


AUTH = [BearerToken(), django_auth]
