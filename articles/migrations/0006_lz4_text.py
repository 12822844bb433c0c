"""Compress article text with lz4 instead of pglz on PostgreSQL.

A 3 KB body is compressed as it is written (TOAST), and pglz is slow at it: it was a third of
the server's time in a bulk import. lz4 compresses several times faster and decompresses faster
too, for a few percent more disk. Measured (bench/bench_csv.py --floor): psql's COPY of 100,000
articles into the table, search indexing deferred, 1.4x -> 1.0x a COPY into a flat table.

Rows already stored keep their pglz values until they are next written; nothing is rewritten.
A server built without lz4 keeps pglz (with a notice). Nothing changes on SQLite.
"""

from importlib import import_module

from django.db import migrations

search = import_module("articles.migrations.0003_search")

COLUMNS = {
    "articles_article": ("summary", "body", "search_vector"),
    "articles_historicalarticle": ("summary", "body"),
}


def _set_compression(method):
    alters = [
        f"ALTER TABLE {table} "
        + ", ".join(f"ALTER COLUMN {column} SET COMPRESSION {method}" for column in columns)
        + ";"
        for table, columns in COLUMNS.items()
    ]
    return [
        "DO $$ BEGIN "
        + " ".join(alters)
        + " EXCEPTION WHEN feature_not_supported THEN "
        "RAISE NOTICE 'this PostgreSQL has no lz4: article text stays pglz-compressed'; END $$"
    ]


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_deferred_search")]

    operations = [
        migrations.RunPython(
            search._run(_set_compression("lz4")), search._run(_set_compression("default"))
        )
    ]
