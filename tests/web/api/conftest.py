"""API fixtures: the tracking world, plus bearer tokens for the personas."""

import pytest
from django.test import Client
from tests.web.tracking.conftest import _media_in_tmp, assignment_a, assignment_b, plan  # noqa: F401

from kehoach.api.models import ApiToken


@pytest.fixture
def api_for(personas):
    """api_for("reporter_a") → a Client sending that persona's bearer token (no session)."""

    def make(username: str | None) -> Client:
        if username is None:
            return Client()
        _token, raw = ApiToken.objects.issue(personas.users[username], "test")
        return Client(headers={"Authorization": f"Bearer {raw}"})

    return make
