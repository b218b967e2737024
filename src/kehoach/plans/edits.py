"""A reviewer's changes to a parsed plan, kept as a diff from what the parser read.

The effective record is `apply_edits(record, edits)`; every change is made on the effective
record and stored back as `diff(record, effective)`, so undoing a change by hand leaves no
trace. Pure functions: no Django.

Edits look like {"document": {"title": …}, "period": {"start": …, "end": …},
"tasks": {key: {"text": …}}, "removed": [key], "added": [{"key": "new-1", "text": …}]};
empty sections are left out.
"""

from __future__ import annotations

import copy
from typing import Any

DOCUMENT_FIELDS = ("number", "symbol", "title", "date")
PERIOD_FIELDS = ("start", "end")
TASK_FIELDS = ("text", "lead", "support", "due")
NEW_PREFIX = "new-"


def task_keys(tasks: list[dict[str, Any]]) -> list[str]:
    """A stable, unique key per task: its id ("III.2.1"), made unique, or its position."""
    keys: list[str] = []
    for position, task in enumerate(tasks, start=1):
        base = str(task.get("id") or f"#{position}")
        key, n = base, 2
        while key in keys:
            key, n = f"{base}~{n}", n + 1
        keys.append(key)
    return keys


def apply_edits(record: dict[str, Any], edits: dict[str, Any]) -> dict[str, Any]:
    """The effective record: a copy of `record` with `edits` applied; each task carries its "key"."""
    out = copy.deepcopy(record)
    out["document"] = {**(out.get("document") or {}), **edits.get("document", {})}
    if edits.get("period"):
        out["period"] = {**(out.get("period") or {"start": None, "end": None}), **edits["period"]}
    changes, removed = edits.get("tasks", {}), set(edits.get("removed", []))
    tasks = [{**task, **changes.get(key, {}), "key": key}
             for key, task in zip(task_keys(out.get("tasks", [])), out.get("tasks", []), strict=True)
             if key not in removed]
    out["tasks"] = tasks + [copy.deepcopy(task) for task in edits.get("added", [])]
    return out


def diff(record: dict[str, Any], effective: dict[str, Any]) -> dict[str, Any]:
    """The edits that turn `record` into `effective` (for the fields a reviewer may change)."""
    original_doc, doc = record.get("document") or {}, effective.get("document") or {}
    originals = dict(zip(task_keys(record.get("tasks", [])), record.get("tasks", []), strict=True))
    current = {task["key"]: task for task in effective.get("tasks", [])}
    original_period, period = record.get("period") or {}, effective.get("period") or {}
    edits: dict[str, Any] = {
        "document": {f: doc.get(f) for f in DOCUMENT_FIELDS if doc.get(f) != original_doc.get(f)},
        "period": {f: period.get(f) for f in PERIOD_FIELDS if period.get(f) != original_period.get(f)},
        "tasks": {key: changed for key, task in current.items() if key in originals
                  and (changed := {f: task.get(f) for f in TASK_FIELDS
                                   if task.get(f) != originals[key].get(f)})},
        "removed": [key for key in originals if key not in current],
        "added": [task for key, task in current.items() if key not in originals],
    }
    return {section: value for section, value in edits.items() if value}


def set_document_field(record: dict, edits: dict, field: str, value: Any) -> dict:
    """Edits after setting one document field ("title", "number", "symbol", "date")."""
    if field not in DOCUMENT_FIELDS:
        raise KeyError(field)
    effective = apply_edits(record, edits)
    effective["document"][field] = value
    return diff(record, effective)


def set_period(record: dict, edits: dict, start: str | None, end: str | None) -> dict:
    """Edits after setting the campaign window (ISO dates or None)."""
    effective = apply_edits(record, edits)
    effective["period"] = {**(effective.get("period") or {}), "start": start, "end": end}
    return diff(record, effective)


def set_task_fields(record: dict, edits: dict, key: str, values: dict[str, Any]) -> dict:
    """Edits after changing fields of the task `key` (an original or an added one)."""
    effective = apply_edits(record, edits)
    task = next(t for t in effective["tasks"] if t["key"] == key)
    task.update({f: v for f, v in values.items() if f in TASK_FIELDS})
    return diff(record, effective)


def add_task(record: dict, edits: dict, values: dict[str, Any]) -> tuple[dict, str]:
    """Edits after appending a task; returns them and the new task's key ("new-3")."""
    effective = apply_edits(record, edits)
    taken = [int(t["key"][len(NEW_PREFIX):]) for t in effective["tasks"] if t["key"].startswith(NEW_PREFIX)]
    key = f"{NEW_PREFIX}{max(taken, default=0) + 1}"
    task = {"key": key, "id": None, "text": "", "lead": [], "support": [], "due": None, "targets": []}
    task.update({f: v for f, v in values.items() if f in TASK_FIELDS})
    effective["tasks"].append(task)
    return diff(record, effective), key


def remove_task(record: dict, edits: dict, key: str) -> dict:
    """Edits after removing the task `key`."""
    effective = apply_edits(record, edits)
    effective["tasks"] = [t for t in effective["tasks"] if t["key"] != key]
    return diff(record, effective)
