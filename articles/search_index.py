"""The search index outside the import transaction: deferred indexing for bulk imports.

On PostgreSQL a trigger (migration 0003_search) computes each article's search vector as it is
written. That is right for an editor's save, but it is most of a bulk import's time (about
0.7 ms an article, ``to_tsvector`` over the whole text, against a few hundredths of a
millisecond for the rest of the write) and it keeps the import's one transaction open for it.

So when a search indexer is running (``manage.py update_search_index --watch``, a service
beside the web servers), a bulk import (``import_articles``, the admin's CSV import) calls
``defer_for_this_transaction()``: its rows are written with the vector NULL, and at commit the
indexer is notified and fills the vectors in batches of ``BATCH`` committed one by one, on two
connections at once by default.
Articles are on the site as soon as the import commits; they appear in search results once the
indexer reaches them (seconds for a few thousand; ``bench/bench_csv.py`` measures 100,000).
When no indexer runs, nothing is deferred and imports index as they write, as before: no article
is left unsearchable because nobody started the indexer.

The indexer holds a session advisory lock (``LOCK_KEY``) while it runs: that is how imports
know one is there, and why a second one refuses to start. On SQLite there is no trigger and no
search vector (articles/search.py searches the text itself), so every function here is a no-op.
"""

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from django.db import connection, transaction

from . import cache
from .models import Article

CHANNEL = "newsroom_search_pending"
LOCK_KEY = 7_021_988_301  # any bigint the project owns; pg_locks shows it as classid 1, objid
BATCH = 500

_PENDING_SQL = """
    WITH pending AS (
        SELECT id FROM {table} WHERE search_vector IS NULL ORDER BY id LIMIT %s
        FOR UPDATE SKIP LOCKED
    )
    UPDATE {table} AS a SET search_vector = NULL FROM pending WHERE a.id = pending.id
    RETURNING a.search_vector IS NOT NULL
"""


class IndexerError(Exception):
    """The search index cannot be maintained here; the message is one line for the user."""


def available() -> bool:
    return connection.vendor == "postgresql"


def indexer_running() -> bool:
    """Whether a search indexer holds the lock (read from pg_locks: takes no lock itself)."""
    if not available():
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND classid = %s AND objid = %s AND objsubid = 1)",
            [LOCK_KEY >> 32, LOCK_KEY & 0xFFFFFFFF],
        )
        return cursor.fetchone()[0]


def defer_for_this_transaction() -> bool:
    """If an indexer is running, let it index what the current transaction writes: the search
    trigger leaves those vectors NULL, and the indexer hears of them when (only if) it commits.
    Returns whether indexing was deferred. Call it inside the import's transaction."""
    if not indexer_running():
        return False
    if not connection.in_atomic_block:
        raise RuntimeError("defer_for_this_transaction() needs a transaction")
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('newsroom.defer_search', 'on', true)")
        cursor.execute("SELECT pg_notify(%s, '')", [CHANNEL])
    return True


def pending() -> int:
    """How many articles wait for the indexer."""
    if not available():
        return 0
    return Article.objects.filter(search_vector__isnull=True).count()


def index_pending(batch_size: int = BATCH, workers: int = 1) -> int:
    """Fill every NULL search vector, ``batch_size`` articles per transaction (rows another
    transaction is writing are skipped, not waited for); returns how many were indexed.
    ``workers`` > 1 indexes on that many connections at once (threads: PostgreSQL does the
    work, and batches never overlap)."""
    if not available():
        return 0
    if workers > 1:
        with ThreadPoolExecutor(workers, thread_name_prefix="search-index") as pool:
            done = sum(pool.map(_index_loop, [batch_size] * workers))
    else:
        done = _index_loop(batch_size, close=False)
    if done:
        cache.bump("search")  # search result pages are cached: readers must see the new matches
    return done


def _index_loop(batch_size, close=True) -> int:
    sql = _PENDING_SQL.format(table=connection.ops.quote_name(Article._meta.db_table))
    done = 0
    try:
        while True:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT set_config('newsroom.defer_search', 'off', true)")
                cursor.execute(sql, [batch_size])
                filled = [row[0] for row in cursor.fetchall()]
                if filled and not any(filled):
                    raise IndexerError(
                        "the search trigger did not fill the vectors: is trigger "
                        "articles_article_search_vector disabled? (see migration 0003_search)"
                    )
            if not filled:
                return done
            done += len(filled)
    finally:
        if close:
            connection.close()  # a worker thread's own connection


def watch(
    poll_seconds: float = 60,
    workers: int = 1,
    on_indexed: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    on_state: Callable[[str], None] = lambda state: None,
) -> None:
    """Run as the search indexer until ``should_stop()``: take the lock, index what is pending,
    then wait for imports' notifications (or ``poll_seconds``, to catch anything missed).
    ``on_state`` hears "indexing" and "waiting" as the indexer goes from one to the other."""
    if not available():
        raise IndexerError("only PostgreSQL keeps a search index (SQLite searches the text)")
    connection.ensure_connection()
    raw = connection.connection  # psycopg 3, in autocommit as Django leaves it
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
        if not cursor.fetchone()[0]:
            raise IndexerError("another search indexer is already running on this database")
        try:
            cursor.execute(f"LISTEN {CHANNEL}")
            while not should_stop():
                on_state("indexing")
                indexed = index_pending(workers=workers)
                if on_indexed and indexed:
                    on_indexed(indexed)
                on_state("waiting")
                if should_stop():
                    break
                began = time.monotonic()
                for _ in raw.notifies(timeout=poll_seconds, stop_after=1):
                    pass
                if time.monotonic() - began < poll_seconds:
                    time.sleep(0.2)  # let notifications of a burst of commits arrive together
        finally:
            cursor.execute(f"UNLISTEN {CHANNEL}")
            cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
