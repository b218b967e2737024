"""The shipped unit directory: central bodies (CSV in data/), the 34 provinces and their
communes after the 2025 merger (from `vietnam-provinces`), and collective names.

Every loader is idempotent: running it again adds only what is missing.
"""

from __future__ import annotations

import csv
from pathlib import Path

from django.db import transaction
from vietnam_provinces import Province, Ward

from kehoach.units.folding import fold
from kehoach.units.importing import find_by_name, import_units
from kehoach.units.models import CollectiveName, Unit, UnitKind

DATA = Path(__file__).parent / "data"


def load_central() -> int:
    """Ministries, agencies, central committees and mass organisations; returns units created."""
    return import_units((DATA / "central_units.csv").read_text(encoding="utf-8")).created


def _legacy_provinces(province: Province, unit: Unit) -> list[Unit]:
    """Provinces absorbed by `province` in 2025, as inactive units pointing at it."""
    return [Unit(name=old.name, kind=UnitKind.PROVINCE, admin_code=f"old-{int(old.code)}",
                 search_key=fold(old.name), active=False, merged_into=unit)
            for old in province.get_legacy_sources() if old.name != province.name]


def _communes(province: Province, unit: Unit) -> list[Unit]:
    return [Unit(name=ward.name, kind=UnitKind.COMMUNE, parent=unit, admin_code=str(int(ward.code)),
                 search_key=fold(ward.name))
            for ward in Ward.iter_by_province(province.code)]


@transaction.atomic
def load_provinces(communes: bool = True) -> int:
    """The 34 provinces (with the ones they absorbed) and their communes/wards; returns units created."""
    known = set(Unit.objects.filter(kind__in=[UnitKind.PROVINCE, UnitKind.COMMUNE])
                .exclude(admin_code="").values_list("kind", "admin_code"))
    created = 0
    for province in Province.iter_all():
        code = str(int(province.code))
        unit = Unit.objects.filter(kind=UnitKind.PROVINCE, admin_code=code).first()
        if unit is None:
            unit = Unit.objects.create(name=province.name, kind=UnitKind.PROVINCE, admin_code=code)
            created += 1
        candidates = _legacy_provinces(province, unit) + (_communes(province, unit) if communes else [])
        new = [u for u in candidates if (u.kind, u.admin_code) not in known]
        Unit.objects.bulk_create(new, batch_size=500)
        created += len(new)
    return created


def _collective(row: dict) -> None:
    collective, _ = CollectiveName.objects.update_or_create(
        search_key=fold(row["name"]),
        defaults={"name": row["name"], "member_kind": row["member_kind"],
                  "within_context": row["within_context"].strip().lower() in ("yes", "1", "true")},
    )
    members = [find_by_name(name) for name in (row.get("members") or "").split(";") if name.strip()]
    if members:
        collective.members.set([m for m in members if m])


def load_collectives() -> int:
    """The shipped collective names; returns how many there are."""
    with (DATA / "collective_names.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        _collective(row)
    return len(rows)


def load_directory(communes: bool = True) -> dict[str, int]:
    """Everything above, in order; counts for a summary line. Tests that need no commune
    skip the 3,321 of them."""
    return {"central": load_central(), "provinces": load_provinces(communes),
            "collectives": load_collectives()}
