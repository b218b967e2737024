"""On PostgreSQL, a trigram index on the units' folded names: the dashboards' unit search is a
`search_key LIKE '%…%'`, which a B-tree index cannot serve (a scan of the whole directory, some
10,000 rows, for every keystroke). SQLite has no such index and keeps scanning: its directories
are small."""

from django.db import migrations

INDEX = "units_unit_search_key_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON units_unit USING gin (search_key gin_trgm_ops)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):

    dependencies = [
        ("units", "0002_directory_history_collectives"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
