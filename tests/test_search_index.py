"""Deferred search indexing (articles/search_index.py): bulk imports hand the search vectors to a
running indexer, which fills them after the import commits; with no indexer, imports index as
they write. PostgreSQL only (SQLite has no search vector); the no-op on SQLite is tested too."""

import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from articles import search_index
from articles.importers.csv_import import import_csv
from articles.models import Article
from articles.search import matching
from tests.factories import ArticleFactory
from tests.test_csv_admin import confirm, upload
from tests.test_csv_admin import editor as editor  # noqa: F401 (the fixture)
from tests.test_csv_import import csv_bytes, story, write_csv

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="only PostgreSQL keeps a search index"
)
WORD = "xylophonist"  # in every test story's body, in no other article


def stories(n):
    return [story(i, body=f"A {WORD} played in Hue, story {i}.") for i in range(1, n + 1)]


def found() -> int:
    return matching(Article.objects.all(), WORD).count()


def vectors_missing() -> int:
    return Article.objects.filter(search_vector__isnull=True).count()


def dsn() -> str:
    db = connection.settings_dict
    return psycopg.conninfo.make_conninfo(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname=db["NAME"],
    )


@pytest.fixture
def indexer_lock():
    """Another session holding the indexer's lock, as a running indexer does."""
    with psycopg.connect(dsn(), autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(%s)", [search_index.LOCK_KEY])
        yield
        other.execute("SELECT pg_advisory_unlock(%s)", [search_index.LOCK_KEY])


@postgres_only
def test_without_an_indexer_an_import_indexes_as_it_writes(tmp_path):
    assert not search_index.indexer_running()
    result = import_csv(write_csv(tmp_path, stories(3)))
    assert result.created == 3 and not result.search_deferred
    assert vectors_missing() == 0 and found() == 3
    assert "searchable" not in result.summary()


@postgres_only
def test_with_an_indexer_the_import_leaves_the_vectors_to_it(tmp_path, indexer_lock):
    ArticleFactory(title="An editor's story", body=f"The {WORD} of the old theatre.")
    assert search_index.indexer_running()
    result = import_csv(write_csv(tmp_path, stories(5)))
    assert result.created == 5 and result.search_deferred
    assert result.summary().endswith("; the search indexer is making them searchable")
    assert search_index.pending() == vectors_missing() == 5
    assert found() == 1  # on the site already; in search results once indexed

    assert search_index.index_pending(batch_size=2) == 5  # three batches
    assert search_index.pending() == 0 and found() == 6
    assert search_index.index_pending() == 0


@postgres_only
def test_an_editors_save_after_a_deferred_import_is_indexed_at_once(tmp_path, indexer_lock):
    import_csv(write_csv(tmp_path, stories(2)))
    article = Article.objects.get(external_id="VNA-1")
    search_index.index_pending()
    article.body = "Now about a harpsichordist."
    article.save()
    assert matching(Article.objects.all(), "harpsichordist").count() == 1


@postgres_only
def test_a_dry_run_with_an_indexer_writes_and_leaves_nothing(tmp_path, indexer_lock):
    result = import_csv(write_csv(tmp_path, stories(2)), dry_run=True)
    assert result.created == 2 and not Article.objects.exists()
    assert search_index.pending() == 0


@postgres_only
def test_the_admin_import_defers_to_a_running_indexer(editor, indexer_lock):  # noqa: F811
    preview = upload(editor, csv_bytes(stories(3)))
    assert preview.context["result"].totals["new"] == 3 and not Article.objects.exists()
    done = confirm(editor, preview)
    assert done.status_code == 302
    assert [str(m) for m in done.wsgi_request._messages] == [
        "Import finished: 3 created, 0 updated, 0 unchanged. They appear in search results as "
        "the search indexer reaches them."
    ]
    assert Article.objects.count() == 3 and search_index.pending() == 3 and found() == 0
    # One connection: the test's own, which alone sees its uncommitted rows.
    call_command("update_search_index", "--workers=1", stdout=(out := io.StringIO()))
    assert out.getvalue().strip() == "3 articles indexed for search."
    assert found() == 3


@postgres_only
def test_the_indexer_refuses_to_fill_vectors_when_the_trigger_is_off(tmp_path, indexer_lock):
    import_csv(write_csv(tmp_path, stories(1)))
    with connection.cursor() as cursor:
        # What a disabled trigger does, without an ALTER TABLE: ordinary triggers do not fire.
        cursor.execute("SET LOCAL session_replication_role = replica")
    with pytest.raises(search_index.IndexerError, match="trigger"):
        search_index.index_pending()


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_watching_indexer_indexes_an_import_once_it_commits(tmp_path):
    """The real thing: watch() in a thread (its own connection) is woken by the import's commit."""
    stop, errors, indexed = threading.Event(), [], []

    def run():
        try:
            search_index.watch(
                poll_seconds=30, workers=2, on_indexed=indexed.append, should_stop=stop.is_set
            )
        except Exception as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not search_index.indexer_running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert search_index.indexer_running(), errors
    with pytest.raises(search_index.IndexerError, match="already running"):
        search_index.watch(poll_seconds=0)

    result = import_csv(write_csv(tmp_path, stories(4)))
    assert result.search_deferred
    deadline = time.monotonic() + 10  # woken by NOTIFY: long before its 30 s poll
    while search_index.pending() and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    with connection.cursor() as cursor:  # wake it so it sees stop
        cursor.execute("SELECT pg_notify(%s, '')", [search_index.CHANNEL])
    thread.join(10)
    assert not thread.is_alive() and not errors
    assert search_index.pending() == 0 and found() == 4 and sum(indexed) == 4
    assert not search_index.indexer_running()  # the lock went with it


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite no-op")
def test_on_sqlite_there_is_nothing_to_defer_or_index(tmp_path):
    result = import_csv(write_csv(tmp_path, stories(2)))
    assert not result.search_deferred and found() == 2
    assert not search_index.indexer_running() and search_index.pending() == 0
    call_command("update_search_index", stdout=(out := io.StringIO()))
    assert "only PostgreSQL" in out.getvalue()


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_indexer_command_runs_as_a_service_and_stops_on_sigterm(tmp_path):
    """``manage.py update_search_index --watch`` in its own process, as deployed."""
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "newsroom.settings.test"}
    process = subprocess.Popen(
        [sys.executable, "manage.py", "update_search_index", "--watch"],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not search_index.indexer_running() and process.poll() is None:
            assert time.monotonic() < deadline, "the indexer did not start"
            time.sleep(0.1)
        result = import_csv(write_csv(tmp_path, stories(3)))
        assert result.search_deferred
        deadline = time.monotonic() + 20
        while search_index.pending():
            assert time.monotonic() < deadline, "the indexer did not index the import"
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert out.splitlines() == [
        "Search indexer running; waiting for imports.",
        "3 articles indexed for search.",
        "Search indexer stopped.",
    ]
    assert found() == 3 and not search_index.indexer_running()


def test_sigterm_mid_batch_lets_the_batch_be_reported_and_stops_at_once_while_waiting():
    """The indexer's SIGTERM handler: while a batch is being indexed the stop is deferred until
    the batch is committed and its count printed; while waiting for imports it stops at once."""
    from articles.management.commands.update_search_index import _Stopper

    stopper = _Stopper()
    stopper.state("indexing")
    stopper(signal.SIGTERM, None)  # no exception: the batch goes on
    assert stopper.requested
    stopper = _Stopper()
    stopper.state("waiting")
    with pytest.raises(KeyboardInterrupt):
        stopper(signal.SIGTERM, None)
