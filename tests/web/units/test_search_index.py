"""The unit search's index: trigrams on PostgreSQL (a `LIKE '%…%'` a B-tree cannot serve)."""

import pytest
from django.db import connection

from kehoach.units.folding import fold
from kehoach.units.models import Unit

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index")
def test_postgresql_searches_unit_names_through_a_trigram_index():
    names = [f"Ủy ban nhân dân xã Đông Hòa {i}" for i in range(50)] + ["Sở Nội vụ tỉnh Hà Nam"]
    Unit.objects.bulk_create([Unit(name=name, search_key=fold(name)) for name in names])
    found = Unit.objects.filter(search_key__contains="ha nam").values_list("name", flat=True)
    sql, params = found.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a small table is read whole anyway
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "units_unit_search_key_trgm" in plan
    assert list(found) == ["Sở Nội vụ tỉnh Hà Nam"]
