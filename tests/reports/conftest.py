"""The shared personas (tests/web/conftest.py) for the report views' tests."""

from tests.web.conftest import *  # noqa: F403
