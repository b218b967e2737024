"""What the review screen shows: the source text beside the effective record, every value
linked to its lines, each unit name resolved against the directory."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kehoach.plans.forms import DocumentForm, TaskForm
from kehoach.plans.records import effective_record
from kehoach.plans.unit_names import NamedUnit, PlanResolver, named_units


def lines_attr(span: Any) -> str:
    """[first, last] → "first-last" for data-lines (empty when unknown)."""
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(n, int) for n in span):
        return f"{span[0]}-{span[1]}"
    return ""


def dom_id(key: str) -> str:
    return "task-" + re.sub(r"[^A-Za-z0-9_-]", "_", key)


@dataclass
class ReviewTask:
    task: dict
    units: list[NamedUnit]
    edited: bool
    form: TaskForm = field(init=False)

    def __post_init__(self) -> None:
        self.form = TaskForm.for_task(self.task)

    @property
    def dom_id(self) -> str:
        return dom_id(self.task["key"])

    @property
    def lines(self) -> str:
        return lines_attr(self.task.get("lines"))


class Review:
    """Everything the review page and its fragments render, for one plan."""

    def __init__(self, plan) -> None:
        self.plan = plan
        self.record = effective_record(plan)
        self.resolver = PlanResolver(plan, self.record)
        edits = plan.edits or {}
        self.edited_keys = set(edits.get("tasks", {})) | {t["key"] for t in edits.get("added", [])}

    def task(self, key: str) -> ReviewTask:
        task = next(t for t in self.record["tasks"] if t["key"] == key)
        return ReviewTask(task, named_units(task, self.resolver), key in self.edited_keys)

    def tasks(self) -> list[ReviewTask]:
        return [self.task(t["key"]) for t in self.record["tasks"]]

    def provenance(self) -> dict[str, str]:
        """"document.title" → "7-9", as "document_title" (template-friendly keys)."""
        return {k.replace(".", "_"): lines_attr(v) for k, v in (self.record.get("provenance") or {}).items()}

    def document_form(self) -> DocumentForm:
        doc, period = self.record.get("document") or {}, self.record.get("period") or {}
        initial = {k: doc.get(k) for k in ("number", "symbol", "title", "date")}
        return DocumentForm(initial={**initial, "period_start": period.get("start"),
                                     "period_end": period.get("end")})

    def context(self) -> dict[str, Any]:
        source = getattr(self.plan, "source", None)
        tasks = self.tasks()
        return {
            "plan": self.plan, "record": self.record, "review": self,
            "source_lines": (source.text if source else "").split("\n"),
            "tasks": tasks, "prov": self.provenance(), "document_form": self.document_form(),
            "province": self.resolver.province, "warnings": self.record.get("warnings") or [],
            "document_edited": bool({"document", "period"} & set(self.plan.edits or {})),
            "unmatched": sorted({u.name for t in tasks for u in t.units if not u.resolution.matched}),
        }
