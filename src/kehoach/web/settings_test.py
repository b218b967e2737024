"""Settings for the test suite: the real settings with development defaults.

pytest-django imports the settings before any conftest runs, so the defaults the suite
needs (KEHOACH_DEBUG=1 unless the environment says otherwise) are set here.
"""

import os

os.environ.setdefault("KEHOACH_DEBUG", "1")

from kehoach.web.settings import *  # noqa: F403
