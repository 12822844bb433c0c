"""The PostgreSQL COPY paths with DEBUG on, as under the default settings (newsroom.settings.dev)
with DATABASE_URL set: Django then wraps every cursor in its debug wrapper, whose ``copy()`` takes
a statement and nothing else (no ``writer``). The test settings turn DEBUG off, so without this
module the suite never meets that wrapper (issue 17).

Every COPY the project runs is here with DEBUG on: new articles (``CopyWriter.create_values``,
COPY with a psycopg writer thread), changed ones (``update_values``, COPY into a temporary table
through Django's cursor), a dry run, the admin's import and its revisions, and the search indexer
after an import that deferred to it."""

import html
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.backends.utils import CursorDebugWrapper
from django.test import override_settings

from articles import search_index
from articles.models import Article
from tests.test_csv_admin import confirm, upload
from tests.test_csv_admin import editor as editor  # noqa: F401 (the fixture)
from tests.test_csv_import import csv_bytes, run, story, write_csv
from tests.test_search_index import indexer_lock as indexer_lock  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's"),
]


@pytest.fixture(autouse=True)
def debug():
    with override_settings(DEBUG=True):
        with connection.cursor() as cursor:  # the wrapper issue 17's import crashed in
            assert isinstance(cursor, CursorDebugWrapper)
        yield


def copies_logged() -> list[str]:
    """The COPY statements Django's debug cursor logged (the ones through its ``copy()``)."""
    return [q["sql"] for q in connection.queries if q["sql"].startswith("COPY ")]


def page_errors(response) -> list[str]:
    """The error lists an admin page shows (the import's preview reports its errors so)."""
    lists = re.findall(r'<ul class="errorlist[^"]*">(.*?)</ul>', response.content.decode(), re.S)
    return [html.unescape(re.sub(r"<[^>]+>", " ", e)).strip() for e in lists]


def test_import_articles_command_creates_and_updates_with_debug_on(tmp_path):
    code, out, err = run(write_csv(tmp_path, [story(n) for n in range(1, 4)]))
    assert (code, err) == (0, ""), err
    assert out.startswith(f"{tmp_path / 'articles.csv'}: 3 created, 0 updated")
    assert Article.objects.count() == 3

    changed = [story(1, body="A new first paragraph."), story(2), story(3)]
    code, out, err = run(write_csv(tmp_path, changed))
    assert (code, err) == (0, ""), err
    assert ": 0 created, 1 updated, 2 unchanged" in out
    # (a plain-text cell is stored as rich text: a paragraph)
    assert Article.objects.get(external_id="VNA-1").body == "<p>A new first paragraph.</p>"
    assert copies_logged()  # the update's COPY went through the debug wrapper's copy()


def test_import_articles_dry_run_with_debug_on(tmp_path):
    code, out, err = run(write_csv(tmp_path, [story(n) for n in range(1, 3)]), "--dry-run")
    assert (code, err) == (0, ""), err
    assert "2 created" in out and not Article.objects.exists()


def test_admin_import_creates_and_updates_with_debug_on(editor):  # noqa: F811
    def imported(rows):
        preview = upload(editor, csv_bytes(rows))
        assert preview.status_code == 200
        assert "confirm_form" in preview.context, page_errors(preview)
        assert confirm(editor, preview).status_code == 302

    imported([story(1), story(2)])
    assert Article.objects.count() == 2
    imported([story(1, title="Story 1, corrected"), story(2)])
    article = Article.objects.get(external_id="VNA-1")
    assert article.title == "Story 1, corrected"
    assert [h.history_type for h in article.history.order_by("history_date")] == ["+", "~"]


def test_search_indexer_after_a_deferred_import_with_debug_on(tmp_path, indexer_lock):  # noqa: F811
    code, out, err = run(write_csv(tmp_path, [story(n) for n in range(1, 3)]))
    assert (code, err) == (0, ""), err
    assert search_index.pending() == 2  # the import left the vectors to the indexer
    call_command("update_search_index", "--workers=1", stdout=(done := io.StringIO()))
    assert done.getvalue().strip() == "2 articles indexed for search."
    assert search_index.pending() == 0
