"""The shipped unit directory, loaded into the test database (about a second)."""

import pytest

from kehoach.units.directory import load_directory
from kehoach.units.models import Unit, UnitKind


@pytest.fixture
def directory(db) -> dict:
    """Central bodies, the 34 provinces with their communes, collective names; plus two
    departments of Lai Châu, as a province adds them by hand."""
    counts = load_directory()
    lai_chau = Unit.objects.get(kind=UnitKind.PROVINCE, name="Tỉnh Lai Châu")
    for name in ("Sở Tư pháp", "Sở Nội vụ"):
        Unit.objects.create(name=name, kind=UnitKind.DEPARTMENT, parent=lai_chau)
    ha_noi = Unit.objects.get(kind=UnitKind.PROVINCE, name="Thành phố Hà Nội")
    Unit.objects.create(name="Sở Tư pháp", kind=UnitKind.DEPARTMENT, parent=ha_noi)
    return counts
