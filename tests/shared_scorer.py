"""The team's scorer, ../shared/eval/score.py beside the checkout, imported once from its file
(it is not a package). Every test that scores a record uses this one module."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@cache
def scorer() -> ModuleType:
    path = SHARED / "eval" / "score.py"
    assert path.is_file(), f"{path}: the shared scorer is missing beside the checkout"
    spec = importlib.util.spec_from_file_location("kehoach_shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
