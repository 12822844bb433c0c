"""Let bulk imports leave the search vector to the search indexer (articles/search_index.py).

On PostgreSQL the search trigger (0003_search) now leaves ``search_vector`` NULL when the
transaction has set ``newsroom.defer_search`` to ``on``, as a bulk import does while a search
indexer runs; a partial index finds those rows for the indexer. A NULL vector means "not
indexed yet": the trigger fills every other write (an empty article gets an empty vector).
Nothing changes on SQLite, which has no trigger.
"""

from importlib import import_module

from django.db import migrations

search = import_module("articles.migrations.0003_search")

TRIGGER_FUNCTION = search.FORWARD_SQL[2]
BODY_START = "    BEGIN\n      NEW.search_vector :="
GUARD = """    BEGIN
      IF current_setting('newsroom.defer_search', true) = 'on' THEN
        NEW.search_vector := NULL;  -- the search indexer fills it after the import commits
        RETURN NEW;
      END IF;
      NEW.search_vector :="""
assert BODY_START in TRIGGER_FUNCTION

FORWARD_SQL = [
    TRIGGER_FUNCTION.replace(BODY_START, GUARD),
    "CREATE INDEX IF NOT EXISTS article_search_pending_idx ON articles_article (id) "
    "WHERE search_vector IS NULL",
]
BACKWARD_SQL = [
    "DROP INDEX IF EXISTS article_search_pending_idx",
    TRIGGER_FUNCTION,
]


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_fewer_indexes")]

    operations = [migrations.RunPython(search._run(FORWARD_SQL), search._run(BACKWARD_SQL))]
