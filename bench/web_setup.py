"""Shared set-up of the web benchmarks: production-like settings on the bench PostgreSQL database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

BENCH_DB = "postgres://postgres@127.0.0.1:5432/kehoach_bench"


def configure() -> None:
    """Point Django at the bench database with DEBUG off (DEBUG keeps every query and slows pages)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    os.environ.setdefault("DATABASE_URL", BENCH_DB)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kehoach.web.settings")
    os.environ.setdefault("KEHOACH_DEBUG", "0")
    os.environ.setdefault("KEHOACH_SECRET_KEY", "bench-only-secret-key-not-for-production-use-0123456789")
    os.environ.setdefault("KEHOACH_SSL_REDIRECT", "0")
    os.environ.setdefault("KEHOACH_SECURE_COOKIES", "0")
    os.environ.setdefault("KEHOACH_DB_CONN_MAX_AGE", "600")
    os.environ.setdefault("KEHOACH_ALLOWED_HOSTS", "testserver")  # Django's test Client host
    import django

    django.setup()


def ensure_database(url: str) -> None:
    """Create the bench database when it does not exist yet."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
