"""Importing units from CSV (name, short_name, kind, parent, aliases[, successors]).

All rows are checked before anything is saved; any bad row aborts the whole import with
Vietnamese messages naming the row. Importing the same file twice changes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from kehoach.units.folding import fold
from kehoach.units.models import Unit, UnitAlias, UnitKind

REQUIRED = ("name", "kind")
OPTIONAL = ("short_name", "parent", "aliases", "successors")


class UnitImportError(Exception):
    """The file was refused; `errors` lists one Vietnamese line per problem."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class UnitRow:
    line: int
    name: str
    kind: str
    short_name: str = ""
    parent: str = ""
    aliases: list[str] = field(default_factory=list)
    successors: list[str] = field(default_factory=list)


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _kind_code(value: str) -> str | None:
    """A kind given as its code ("department"), its Vietnamese label ("Sở, ban, ngành") or its label
    in the user's language."""
    key = fold(value)
    with translation.override("vi"):
        vietnamese = {fold(str(label)): code for code, label in UnitKind.choices}
    current = {fold(str(label)): code for code, label in UnitKind.choices}
    return key if key in UnitKind.values else vietnamese.get(key) or current.get(key)


def read_rows(text: str) -> list[UnitRow]:
    """Parse the CSV text; raises UnitImportError for a missing column."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    columns = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise UnitImportError([_("Tệp thiếu cột: %(cols)s.") % {"cols": ", ".join(missing)}])
    rows = []
    for raw in reader:
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k}
        rows.append(UnitRow(line=reader.line_num, name=row["name"], kind=row["kind"],
                            short_name=row.get("short_name", ""), parent=row.get("parent", ""),
                            aliases=_split(row.get("aliases")), successors=_split(row.get("successors"))))
    return rows


class _Names:
    """Resolves a unit named in the file: an existing unit, or one the file itself defines."""

    def __init__(self, rows: list[UnitRow]) -> None:
        self.in_file = {fold(r.name) for r in rows} | {fold(r.short_name) for r in rows if r.short_name}

    def known(self, name: str) -> bool:
        key = fold(name)
        return key in self.in_file or find_by_name(name) is not None


def find_by_name(name: str) -> Unit | None:
    """The unit with this name or short name (accent-insensitive), preferring active ones."""
    key = fold(name)
    found = Unit.objects.filter(search_key=key).order_by("-active", "id").first()
    if found is None:
        found = Unit.objects.filter(short_name__iexact=name.strip()).order_by("-active", "id").first()
    return found


def row_errors(row: UnitRow, names: _Names) -> list[str]:
    """What is wrong with one row (empty when it is fine)."""
    errors = []
    prefix = _("Dòng %(n)s") % {"n": row.line}
    if not row.name:
        errors.append(_("%(prefix)s: thiếu tên đơn vị.") % {"prefix": prefix})
    if _kind_code(row.kind) is None:
        errors.append(_("%(prefix)s: loại đơn vị “%(kind)s” không hợp lệ (dùng: %(codes)s).")
                      % {"prefix": prefix, "kind": row.kind, "codes": ", ".join(UnitKind.values)})
    if row.parent and not names.known(row.parent):
        errors.append(_("%(prefix)s: không tìm thấy đơn vị cấp trên “%(parent)s”.")
                      % {"prefix": prefix, "parent": row.parent})
    for successor in row.successors:
        if not names.known(successor):
            errors.append(_("%(prefix)s: không tìm thấy đơn vị kế thừa “%(name)s”.")
                          % {"prefix": prefix, "name": successor})
    return errors


def _save_row(row: UnitRow) -> bool:
    """Create or update the unit of one row; True when it was created."""
    parent = find_by_name(row.parent) if row.parent else None
    unit = Unit.objects.filter(search_key=fold(row.name), parent=parent).first()
    created = unit is None
    unit = unit or Unit(name=row.name, parent=parent)
    unit.short_name = row.short_name or unit.short_name
    unit.kind = _kind_code(row.kind)
    unit.save()
    for alias in row.aliases:
        UnitAlias.objects.get_or_create(unit=unit, search_key=fold(alias), defaults={"name": alias})
    return created


def _link_successors(row: UnitRow) -> None:
    """Mark a merged or split unit inactive and point it at its successors."""
    parent = find_by_name(row.parent) if row.parent else None
    unit = Unit.objects.get(search_key=fold(row.name), parent=parent)
    successors = [find_by_name(name) for name in row.successors]
    unit.active = False
    unit.merged_into = successors[0]
    unit.save()
    if len(successors) > 1:
        unit.split_into.set(successors)


def _parents_first(rows: list[UnitRow]) -> list[UnitRow]:
    """The rows reordered so that a unit the file defines comes before its children."""
    defined = {fold(r.name) for r in rows} | {fold(r.short_name) for r in rows if r.short_name}
    ordered: list[UnitRow] = []
    saved: set[str] = set()
    pending = list(rows)
    while pending:
        ready = [r for r in pending if fold(r.parent) in saved or fold(r.parent) not in defined] or pending
        ordered.extend(ready)
        saved |= {fold(r.name) for r in ready} | {fold(r.short_name) for r in ready if r.short_name}
        pending = [r for r in pending if r not in ready]
    return ordered


def import_units(text: str) -> ImportSummary:
    """Check every row, then save them all in one transaction (or nothing)."""
    rows = read_rows(text)
    names = _Names(rows)
    errors = [error for row in rows for error in row_errors(row, names)]
    if errors:
        raise UnitImportError(errors)
    summary = ImportSummary()
    with transaction.atomic():
        for row in _parents_first(rows):
            if _save_row(row):
                summary.created += 1
            else:
                summary.updated += 1
        for row in rows:
            if row.successors:
                _link_successors(row)
    return summary
