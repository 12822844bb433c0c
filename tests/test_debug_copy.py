"""The PostgreSQL COPY paths with DEBUG on, as under the default settings (newsroom.settings.dev)
with DATABASE_URL set: Django then wraps every cursor in its debug wrapper, which the test
settings (DEBUG off) never do. The command line's import, the admin's import and the search
indexer all run here with DEBUG on."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from articles import search_index
from articles.models import Article
from tests.test_csv_admin import confirm, editor, upload  # noqa: F401  (editor: a fixture)
from tests.test_csv_import import story, write_csv

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's"),
]


@pytest.fixture
def debug(settings):
    settings.DEBUG = True
    yield
    assert connection.queries_logged  # the debug cursor wrapper really was in the way


def test_import_articles_command_copies_with_debug_on(debug, tmp_path):
    path = write_csv(tmp_path, [story(n) for n in range(3)])
    err = io.StringIO()
    call_command("import_articles", str(path), stdout=io.StringIO(), stderr=err)
    assert Article.objects.count() == 3, err.getvalue()


def test_admin_import_copies_with_debug_on(debug, editor):  # noqa: F811
    from tests.test_csv_import import csv_bytes

    preview = upload(editor, csv_bytes([story(n) for n in range(2)]))
    assert preview.status_code == 200
    assert confirm(editor, preview).status_code == 302
    assert Article.objects.count() == 2


def test_search_indexer_with_debug_on(debug, tmp_path):
    path = write_csv(tmp_path, [story(n) for n in range(2)])
    call_command("import_articles", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    search_index.index_pending()
    assert search_index.pending() == 0
