"""The shared personas (tests/web/conftest.py) for the report views' tests."""

from tests.web.conftest import *  # noqa: F403
from tests.web.conftest import _fast_password_hashing  # noqa: F401  (autouse; `*` skips private names)
