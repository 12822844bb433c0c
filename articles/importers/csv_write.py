"""Write planned rows: PostgreSQL's COPY protocol through psycopg 3, else ``bulk_create``.

On PostgreSQL new articles are streamed with ``COPY ... FROM STDIN`` straight into the articles
table (the planner has already checked every key and slug, so there is nothing to resolve with
ON CONFLICT), and changed ones are streamed into a temporary table and applied with one
``UPDATE ... FROM``. Elsewhere (SQLite) ``bulk_create`` / ``bulk_update`` do the same. Both run
inside the caller's transaction. Neither calls ``save()``. The command line records no
django-simple-history entries (the ImportBatch records who imported what, and when); the admin,
which imports through the same writer, adds one revision per article with ``record_history``.
"""

import contextlib
import json
import uuid

from django.db import connection
from django.utils import timezone
from psycopg.adapt import Dumper
from psycopg.copy import QueuedLibpqWriter
from psycopg.pq import Format

from ..models import Article
from .csv_plan import ATTRIBUTES, FOREIGN_KEYS

_meta = Article._meta


def _column(attribute: str) -> str:
    return _meta.get_field(attribute).column


# PostgreSQL's type for each kind of field, for binary COPY (no text escaping either side).
_PG_TYPES = {
    "CharField": "varchar",
    "SlugField": "varchar",
    "URLField": "varchar",
    "TextField": "text",
    "DateTimeField": "timestamptz",
    "ForeignKey": "int8",
    "BigAutoField": "int8",
    "PositiveIntegerField": "int4",
    "JSONField": "jsonb",
    "BooleanField": "bool",
}


def _pg_type(attribute: str) -> str:
    return _PG_TYPES[_meta.get_field(attribute).get_internal_type()]


class _EmptyJsonbDumper(Dumper):
    """Binary jsonb for the "[]" every new article's warnings start as, without a
    json.dumps() per cell (registered on the COPY's own cursor only)."""

    format = Format.BINARY

    def dump(self, obj):
        return b"\x01[]" if obj == [] else b"\x01" + json.dumps(obj).encode()


def _pk(related):
    """A foreign key's value: the related object's pk (or an id given as is), or None."""
    return related if related is None or isinstance(related, int) else related.pk


def make_writer(batch, attributes):
    if connection.vendor == "postgresql":
        return CopyWriter(batch, attributes)
    return BulkWriter(batch, attributes)


class BulkWriter:
    """bulk_create / bulk_update: any database Django supports."""

    def __init__(self, batch, attributes):
        self.batch = batch
        self.attributes = [a for a in ATTRIBUTES if a in attributes]

    def create(self, decisions):
        Article.objects.bulk_create(
            [Article(**d.values, import_batch=self.batch) for d in decisions], batch_size=500
        )

    def update(self, decisions):
        now = timezone.now()
        articles = []
        for d in decisions:
            article = d.article
            for attribute, value in d.values.items():
                setattr(article, attribute, value)
            article.updated_at, article.version = now, article.version + 1
            article.import_batch = self.batch
            articles.append(article)
        fields = [*self.attributes, "updated_at", "version", "import_batch"]
        Article.objects.bulk_update(articles, fields, batch_size=200)

    def flush(self, exc=None):
        pass

    def finish(self):
        pass


# Columns a new article gets on PostgreSQL, with the value for each (d = the row's values).
_DEFAULTS = {
    "summary": "",
    "body": "",
    "byline": "",
    "dateline": "",
    "source": None,
    "section": None,
    "status": Article.Status.DRAFT,
    "published_at": None,
    "canonical_url": "",
    "external_id": "",
}


class CopyWriter:
    """COPY ... FROM STDIN on the raw psycopg 3 connection Django holds."""

    def __init__(self, batch, attributes):
        self.batch_id = batch.pk if batch is not None else None  # None: a dry run
        self.attributes = [a for a in ATTRIBUTES if a in attributes]
        self.now = timezone.now()
        self.table = _meta.db_table
        self.temp = None
        self._open = None
        insert = [*ATTRIBUTES, "created_at", "updated_at", "version", "import_batch"]
        insert += ["import_warnings", "import_fingerprint", "is_stub"]
        self.insert_sql = "COPY {} ({}) FROM STDIN (FORMAT BINARY)".format(
            connection.ops.quote_name(self.table),
            ", ".join(connection.ops.quote_name(_column(a)) for a in insert),
        )
        self.insert_types = [_pg_type(a) for a in insert]

    def create(self, decisions):
        self.create_values([d.values for d in decisions])

    def create_values(self, rows):
        """Stream new rows (dicts by attribute); the COPY stays open (a psycopg writer thread
        sends the data) so the caller can validate the next batch while PostgreSQL ingests this
        one. ``flush()`` (called before any other statement) waits for it."""
        if not rows:
            return
        self.flush()
        now, batch_id = self.now, self.batch_id
        cursor = connection.cursor()
        raw = cursor.cursor
        jsonb = raw.adapters.types["jsonb"].oid
        raw.adapters.register_dumper(list, type("_Dumper", (_EmptyJsonbDumper,), {"oid": jsonb}))
        with connection.wrap_database_errors:  # psycopg errors as Django's, like every query
            # psycopg's own cursor: Django's debug wrapper (DEBUG on) takes no ``writer``
            manager = raw.copy(self.insert_sql, writer=QueuedLibpqWriter(raw))
            copy = manager.__enter__()
            copy.set_types(self.insert_types)
        self._open = (cursor, manager)
        write = copy.write_row
        for v in rows:
            source, section = v.get("source"), v.get("section")
            write(
                (
                    v["title"],
                    v["slug"],
                    v.get("summary", ""),
                    v.get("body", ""),
                    v.get("byline", ""),
                    v.get("dateline", ""),
                    _pk(source),
                    _pk(section),
                    v.get("status", Article.Status.DRAFT),
                    v.get("published_at"),
                    v.get("canonical_url", ""),
                    v.get("external_id", ""),
                    now,
                    now,
                    1,
                    batch_id,
                    [],
                    "",
                    False,
                )
            )

    def flush(self, exc: BaseException | None = None):
        """End the open COPY: wait for PostgreSQL to finish it, or abort it after ``exc``."""
        if self._open is None:
            return
        cursor, manager = self._open
        self._open = None
        try:
            if exc is None:
                with connection.wrap_database_errors:
                    manager.__exit__(None, None, None)
            else:
                # Abort the COPY; the caller re-raises ``exc``, which is what matters.
                with contextlib.suppress(Exception):
                    manager.__exit__(type(exc), exc, exc.__traceback__)
        finally:
            cursor.close()

    def _temp_table(self, cursor):
        q = connection.ops.quote_name
        self.temp = f"article_import_{uuid.uuid4().hex[:12]}"
        columns = [("id", "bigint")]
        for attribute in self.attributes:
            field = _meta.get_field(attribute)
            columns.append((field.column, field.db_type(connection)))
        cursor.execute(
            "CREATE TEMPORARY TABLE {} ({}) ON COMMIT DROP".format(
                q(self.temp), ", ".join(f"{q(c)} {t}" for c, t in columns)
            )
        )

    def update(self, decisions):
        self.update_values([(d.article.pk, d.values) for d in decisions])

    def update_values(self, rows):
        """Apply changed rows, (article pk, values by attribute), with one ``UPDATE ... FROM``."""
        if not rows:
            return
        self.flush()
        q = connection.ops.quote_name
        columns = [_column(a) for a in self.attributes]
        with connection.cursor() as cursor:
            if self.temp is None:
                self._temp_table(cursor)
            else:
                cursor.execute(f"TRUNCATE {q(self.temp)}")
            copy_sql = "COPY {} (id, {}) FROM STDIN (FORMAT BINARY)".format(
                q(self.temp), ", ".join(q(c) for c in columns)
            )
            with connection.wrap_database_errors, cursor.copy(copy_sql) as copy:
                copy.set_types(["int8", *(_pg_type(a) for a in self.attributes)])
                for pk, values in rows:
                    row = [pk]
                    for attribute in self.attributes:
                        value = values.get(attribute)
                        if attribute in FOREIGN_KEYS:
                            value = _pk(value)
                        row.append(value)
                    copy.write_row(row)
            sets = [
                f"{q(c)} = COALESCE(u.{q(c)}, a.{q(c)})" if c == "slug" else f"{q(c)} = u.{q(c)}"
                for c in columns
            ]
            sets += ["updated_at = %s", "version = a.version + 1", "import_batch_id = %s"]
            cursor.execute(  # identifiers from the model's meta, quoted; values as parameters
                "UPDATE {} AS a SET {} FROM {} AS u WHERE a.id = u.id".format(  # noqa: S608
                    q(self.table), ", ".join(sets), q(self.temp)
                ),
                [timezone.now(), self.batch_id],
            )

    def record_history(self, user_id):
        """One django-simple-history revision per article this import wrote ("+" created, "~"
        changed), copied server-side from the articles table in one INSERT ... SELECT."""
        self.flush()
        history = Article.history.model._meta
        q = connection.ops.quote_name
        columns = [f.column for f in history.concrete_fields if not f.name.startswith("history_")]
        with connection.cursor() as cursor:
            cursor.execute(  # identifiers from the models' meta, quoted; values as parameters
                "INSERT INTO {} ({}, history_date, history_type, history_user_id) "  # noqa: S608
                "SELECT {}, %s, CASE WHEN a.created_at = %s THEN '+' ELSE '~' END, %s "
                "FROM {} AS a WHERE a.import_batch_id = %s".format(
                    q(history.db_table),
                    ", ".join(q(c) for c in columns),
                    ", ".join(f"a.{q(c)}" for c in columns),
                    q(self.table),
                ),
                [timezone.now(), self.now, user_id, self.batch_id],
            )

    def finish(self):
        self.flush()
        if self.temp is not None:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(self.temp)}")
            self.temp = None
