"""The task record the extractors build (the other parts of the record are plain dicts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Task:
    """One task of the plan."""

    id: str
    text: str
    lead: list[str]
    lines: list[int]
    support: list[str] = field(default_factory=list)
    due: str | None = None
    window: dict[str, str] | None = None
    targets: list[dict[str, Any]] = field(default_factory=list)
    general: bool = False  # an item of the closing "Tổ chức thực hiện" section, not under a unit's heading

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "lead": self.lead,
            "support": self.support,
            "due": self.due,
            "window": self.window,
            "targets": self.targets,
            "general": self.general,
            "lines": self.lines,
        }
