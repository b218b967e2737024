"""The shipped unit directory, loaded into the test database (about a second)."""

import pytest

from kehoach.units.directory import load_directory
from kehoach.units.models import Unit, UnitKind


def _load(communes: bool) -> dict:
    counts = load_directory(communes=communes)
    lai_chau = Unit.objects.get(kind=UnitKind.PROVINCE, name="Tỉnh Lai Châu")
    for name in ("Sở Tư pháp", "Sở Nội vụ"):
        Unit.objects.create(name=name, kind=UnitKind.DEPARTMENT, parent=lai_chau)
    ha_noi = Unit.objects.get(kind=UnitKind.PROVINCE, name="Thành phố Hà Nội")
    Unit.objects.create(name="Sở Tư pháp", kind=UnitKind.DEPARTMENT, parent=ha_noi)
    return counts


@pytest.fixture
def directory(db) -> dict:
    """Central bodies, the 34 provinces (and those they absorbed), collective names; plus two
    departments of Lai Châu and one of Hà Nội, as a province adds them by hand."""
    return _load(communes=False)


@pytest.fixture
def full_directory(db) -> dict:
    """The same with the 3,321 communes and wards (a second or two to load)."""
    return _load(communes=True)
