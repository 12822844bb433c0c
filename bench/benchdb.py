"""The benchmarks' own PostgreSQL databases: created (or reused), migrated, then Django set up.

Every benchmark works on a database of its own, ``newsroom_bench_*`` on the server ``BENCH_PG``
names (the local one by default), never on the developer's or the test suite's.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def article_count(name: str) -> int | None:
    """Articles already in bench database ``name``, or None when it has none (or no table)."""
    import psycopg

    try:
        with psycopg.connect(_dsn(name), autocommit=True) as conn:
            return conn.execute("SELECT count(*) FROM articles_article").fetchone()[0]
    except psycopg.Error:
        return None


def use_bench_database(name: str, *, fresh: bool, settings: str = "newsroom.settings.test"):
    """Point Django at bench database ``name`` (re-created when ``fresh``), set it up, migrate."""
    import psycopg

    assert name.startswith("newsroom_bench"), name
    with psycopg.connect(_dsn("postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        if fresh or not exists:
            conn.execute(f"CREATE DATABASE {name}")
    os.environ["DATABASE_URL"] = f"{SERVER}/{name}"
    os.environ["DJANGO_SETTINGS_MODULE"] = settings
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _dsn(name: str) -> str:
    return SERVER.replace("postgres://", "postgresql://", 1) + "/" + name
