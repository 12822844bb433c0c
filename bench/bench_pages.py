#!/usr/bin/env python
"""Cold reader pages measured in-process: ms per page and queries per page, no HTTP server.

    .venv/bin/python bench/bench_pages.py [--pages 300] [--profile list|article] [--explain]

Reads bench/bench_site.py's database (newsroom_bench_site, or the one BENCH_SITE_DB names; filled
by that script: run it first, or bench.site_data.fill) with the production settings and no page
cache (every request renders from the database, as bench_site's "page cache off"). Prints, for
list pages (latest and section lists, many page numbers) and article pages (random slugs), the
median and p90 milliseconds of Django's test client per request, and the queries each page ran,
after hello-world's (the same middleware, no view work) measured in the same run. ``--profile``
prints cProfile's top functions for one kind of page; ``--explain`` prints EXPLAIN ANALYZE of each
query of one list page and one article page.
"""

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.update(
    DJANGO_SECRET_KEY="bench-only-not-secret",  # noqa: S106
    DJANGO_ALLOWED_HOSTS="testserver,127.0.0.1",
    DJANGO_SECURE_SSL_REDIRECT="0",
    DB_CONN_MAX_AGE="600",
)


def setup():
    from bench.benchdb import use_bench_database
    from bench.site_data import BENCH_DB

    use_bench_database(BENCH_DB, fresh=False, settings="newsroom.settings.production")
    from django.conf import settings

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    from django.core.cache import caches

    caches._settings = caches.settings = settings.CACHES  # read again by the next lookup
    if hasattr(caches._connections, "default"):
        del caches._connections.default
    settings.STORAGES["staticfiles"]["BACKEND"] = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"  # no manifest needed here
    )


def timed(client, paths, rounds=1):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], []
    for _ in range(rounds):
        for path in paths:
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
            queries.append(len(captured))
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)], statistics.median(queries)


def explain(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    print(f"\n== {path}: {len(captured)} queries")
    with connection.cursor() as cur:
        for q in captured:
            sql = q["sql"]
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            plan = [r[0] for r in cur.fetchall()]
            print(f"\n-- {q['time']}s  {sql[:300]}")
            print("\n".join(plan))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--profile", choices=["list", "article"])
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    setup()
    from django.test import Client

    from bench.bench_site import url_sets

    lists, articles = url_sets(random.Random(6))
    rng = random.Random(7)
    lists = [rng.choice(lists) for _ in range(args.pages)]
    articles = articles[: args.pages]
    client = Client()
    timed(client, lists[:30] + articles[:30])  # warm: templates, connections, caches
    if args.explain:
        explain(client, lists[len(lists) // 2])
        explain(client, articles[len(articles) // 2])
        return
    if args.profile:
        paths = lists if args.profile == "list" else articles
        profile = cProfile.Profile()
        profile.enable()
        timed(client, paths)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        return
    # hello-world through the same middleware (bench_site's urlconf), as the reference of the
    # same run: a busy machine slows it and the pages alike.
    hello = ["/__bench__/hello/"] * len(articles)
    for name, paths in (("hello-world", hello), ("list pages", lists), ("article pages", articles)):
        p50, p90, queries = timed(client, paths, rounds=2)
        print(f"{name:14} p50 {p50:6.2f} ms  p90 {p90:6.2f} ms  queries {queries:.0f}")


if __name__ == "__main__":
    main()
