"""Full-text search for articles.

Adds ``Article.search_vector``. On PostgreSQL it also creates, in this order:

* the ``unaccent`` extension and a ``newsroom_search`` text search configuration (English
  stemming after unaccent, so "dien bien" finds "Điện Biên");
* a BEFORE INSERT/UPDATE trigger that recomputes ``search_vector`` from the title (weight A),
  summary (B), byline and dateline (C), body and captions (D) — so rows written by any path
  (the admin, the importers, ``COPY``, raw SQL) are searchable, and Django's own writes of NULL
  are replaced;
* a GIN index on the column, after filling it for the rows already there.

On other databases (SQLite) only the nullable column is added; articles/search.py falls back to
an accent-insensitive scan there.
"""

import django.contrib.postgres.search
from django.db import migrations

CONFIG = "newsroom_search"
# A tsvector holds at most 1 MB: index the first 200,000 characters of a body (~30,000 words,
# far more than any article) so a runaway import cannot make an INSERT fail.
MAX_BODY = 200_000

FORWARD_SQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"""
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
        CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION {CONFIG}
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
      END IF;
    END $$
    """,
    f"""
    CREATE OR REPLACE FUNCTION articles_article_search_vector() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_vector :=
           setweight(to_tsvector('{CONFIG}', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('{CONFIG}', coalesce(NEW.summary, '')), 'B')
        || setweight(to_tsvector('{CONFIG}',
                     coalesce(NEW.byline, '') || ' ' || coalesce(NEW.dateline, '')), 'C')
        || setweight(to_tsvector('{CONFIG}', left(coalesce(NEW.body, ''), {MAX_BODY}) || ' ' || coalesce((
             SELECT string_agg(c ->> 'text', ' ')
             FROM jsonb_array_elements(CASE WHEN jsonb_typeof(NEW.captions::jsonb) = 'array'
                                            THEN NEW.captions::jsonb ELSE '[]'::jsonb END) AS c
             WHERE jsonb_typeof(c) = 'object'), '')), 'D');
      RETURN NEW;
    END $$
    """,
    "DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article",
    """
    CREATE TRIGGER articles_article_search_vector
    BEFORE INSERT OR UPDATE OF title, summary, body, byline, dateline, captions, search_vector
    ON articles_article FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector()
    """,
    # Setting the column fires the trigger, which fills it for the existing rows.
    "UPDATE articles_article SET search_vector = NULL",
    "CREATE INDEX IF NOT EXISTS article_search_vector_gin ON articles_article "
    "USING gin (search_vector)",
]

BACKWARD_SQL = [
    "DROP INDEX IF EXISTS article_search_vector_gin",
    "DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article",
    "DROP FUNCTION IF EXISTS articles_article_search_vector()",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for sql in statements:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_roles")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(_run(FORWARD_SQL), _run(BACKWARD_SQL)),
    ]
