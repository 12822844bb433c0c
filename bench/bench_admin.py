#!/usr/bin/env python
"""The article changelist's load time in the admin with a million articles on PostgreSQL.

    .venv/bin/python bench/bench_admin.py [--articles 1000000] [--runs 9] [--refill]

Uses its own database (newsroom_bench_admin on the local server, created and migrated here; set
BENCH_PG for another server) and fills it once with INSERT ... SELECT generate_series (a rerun
with the same --articles reuses it; another number, or --refill, starts again). Times GET
/admin/articles/article/ (and a few filtered views) through Django's test client as a superuser:
the median of --runs requests after a warm-up, wall clock and this process's CPU, next to two
baselines from the same run, the admin index page and a plain SELECT of 50 rows. The target:
the changelist under 300 ms.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.benchdb import article_count, use_bench_database  # noqa: E402

BENCH_DB = "newsroom_bench_admin"
TARGET_MS = 300

# Every NOT NULL column is given: Django keeps defaults in Python, not in the table.
FILL_SQL = """
INSERT INTO articles_article (
    title, slug, summary, body, byline, dateline, source_id, section_id, status,
    published_at, created_at, updated_at, external_id, canonical_url, version, dump_span,
    import_fingerprint, import_warnings, is_stub, raw_dump_id, import_batch_id, search_vector)
WITH sample AS (  -- one full-text vector of typical size, computed once per batch
    SELECT to_tsvector('english', repeat('Farmers and teachers met the ministry delegation '
                                         'about exports and tourism. ', 14)) AS vector)
SELECT
    'Province council approves reservoir plan number ' || g,
    'bench-story-' || g,
    'Delegates voted on the budget for the new reservoir and the highway bridge.',
    '<p>' || repeat('Farmers and teachers met the ministry delegation about exports and tourism. ',
                    14) || '</p>',
    'Staff reporter ' || (g %% 97),
    'HANOI',
    %(first_source)s + g %% %(sources)s,
    CASE WHEN g %% 50 = 0 THEN NULL ELSE %(first_section)s + g %% %(sections)s END,
    CASE WHEN g %% 20 < 17 THEN 'published' WHEN g %% 20 < 19 THEN 'draft' ELSE 'review' END,
    CASE WHEN g %% 1000 = 1 THEN now() + (g %% 97) * interval '1 hour'  -- scheduled
         WHEN g %% 20 < 17 OR g %% 3 = 0 THEN now() - (%(n)s - g) * interval '31 seconds'
         ELSE NULL END,  -- newer ids, newer times: ~1 year for a million articles
    now(), now(), '', '', 1, NULL, '',
    CASE WHEN g %% 40 = 17 THEN '["no dateline found"]'::jsonb ELSE '[]'::jsonb END,
    g %% 400 = 18,
    CASE WHEN g %% 10 = 7 THEN %(dump)s ELSE NULL END,
    CASE WHEN g %% 10 = 8 THEN %(batch)s ELSE NULL END,
    (SELECT vector FROM sample)
FROM generate_series(%(start)s, %(stop)s) AS g
"""


def setup_django(articles: int, refill: bool):
    """The bench database, refilled when asked or when it holds another number of articles."""
    refill = refill or article_count(BENCH_DB) not in (None, articles)
    use_bench_database(BENCH_DB, fresh=refill)


def fill(n: int):
    """Sources, a two-level section tree, provenance rows, then n articles in batches."""
    from django.db import connection

    from articles.models import Article, ImportBatch, RawDump, Section, Source

    if Article.objects.count() == n:
        print(f"reusing {BENCH_DB}: {n:,} articles already there")
        return
    sources = [Source.objects.create(name=f"Agency {i}", slug=f"agency-{i}") for i in range(20)]
    for r in range(8):
        root = Section.objects.create(name=f"Desk {r}", slug=f"desk-{r}", position=r)
        for c in range(6):
            Section.objects.create(name=f"Beat {r}.{c}", slug=f"beat-{c}", parent=root)
    dump = RawDump.objects.create(name="wire.txt", sha256="0" * 64, size=1, content=b"x")
    batch = ImportBatch.objects.create(kind=ImportBatch.Kind.CSV, name="bench.csv")
    # Fresh tables: the ids are consecutive, so "first + g % count" picks each in turn.
    params = {"sources": len(sources), "first_source": sources[0].pk}
    params.update(
        sections=Section.objects.count(), first_section=Section.objects.order_by("pk").first().pk
    )
    params.update(dump=dump.pk, batch=batch.pk, n=n)
    t0, step = time.perf_counter(), 100_000
    with connection.cursor() as cursor:
        # The search trigger (migration 0003) would compute the same vector a million times.
        cursor.execute("ALTER TABLE articles_article DISABLE TRIGGER USER")
        try:
            for start in range(1, n + 1, step):
                stop = min(start + step - 1, n)
                cursor.execute(FILL_SQL, {**params, "start": start, "stop": stop})
                print(f"  {stop:,} / {n:,} articles ({time.perf_counter() - t0:.0f} s)", flush=True)
        finally:
            cursor.execute("ALTER TABLE articles_article ENABLE TRIGGER USER")
        cursor.execute("VACUUM ANALYZE articles_article")
    print(f"filled {n:,} articles in {time.perf_counter() - t0:.0f} s")


def median_ms(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and median CPU time of this process (Django's share), in ms."""
    fn(), fn()  # warm-up: connections, template loading, the planner's caches
    wall, cpu = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--refill", action="store_true", help="drop and fill the database again")
    args = ap.parse_args()
    if args.articles < 1 or args.runs < 1:
        sys.exit("--articles and --runs must be at least 1")
    setup_django(args.articles, args.refill)
    fill(args.articles)

    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from articles.models import Section

    user = User.objects.filter(username="bench").first() or User.objects.create_superuser(
        "bench", "bench@example.com", "bench"
    )
    client = Client()
    client.force_login(user)

    def get(url):
        def fetch():
            response = client.get(url)
            if response.status_code != 200:
                sys.exit(f"{url} answered {response.status_code}")
            return response

        return fetch

    def select_50(order):
        def run():
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT * FROM articles_article ORDER BY {order} LIMIT 50")
                cursor.fetchall()

        return run

    changelist = "/admin/articles/article/"
    beat = Section.objects.filter(parent__isnull=False).first()
    views = [
        ("changelist (default)", changelist),
        ("  page 100", changelist + "?p=100"),
        ("  status = draft", changelist + "?status__exact=draft"),
        ("  triage queue", changelist + "?triage=needs"),
        ("  scheduled", changelist + "?publication=scheduled"),
        ("  one section", f"{changelist}?section__id__exact={beat.pk}"),
        ("  this year", f"{changelist}?year={time.localtime().tm_year}"),
        ("  search, in every row", changelist + "?q=farmers"),
        ("  search, in no row", changelist + "?q=zanzibar"),
    ]
    index_ms, index_cpu = median_ms(get("/admin/"), args.runs)
    select_ms = median_ms(select_50("id DESC"), args.runs)[0]
    meta_ms = median_ms(select_50("published_at DESC, id DESC"), args.runs)[0]
    results = [(name, median_ms(get(url), args.runs)) for name, url in views]
    with CaptureQueriesContext(connection) as queries:
        get(changelist)()
    slowest = max(queries.captured_queries, key=lambda q: float(q["time"]))

    load = os.getloadavg()[0]
    print(f"\narticles: {args.articles:,} on PostgreSQL ({BENCH_DB}), median of {args.runs} runs")
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.1f} (wall times grow with it)")
    print(f"{'':27} {'wall':>7}     {'Django CPU':>10}")
    print(f"baseline admin index page:  {index_ms:7.1f} ms  {index_cpu:7.1f} ms")
    print(f"baseline SELECT of 50 rows: {select_ms:7.1f} ms  (ORDER BY id DESC, the changelist's)")
    print(
        f"  for comparison, by Meta:  {meta_ms:7.1f} ms  (ORDER BY published_at DESC, id DESC: "
        "every undated draft ties first)"
    )
    for name, (ms, cpu) in results:
        print(f"{name:27} {ms:7.1f} ms  {cpu:7.1f} ms  = {ms / index_ms:4.1f}x the admin index")
    default_ms, default_cpu = results[0][1]
    verdict = "meets" if default_ms < TARGET_MS else "MISSES"
    print(
        f"changelist: {default_ms:.0f} ms at {args.articles:,} articles "
        f"({default_cpu:.0f} ms of it Django's CPU), {verdict} the {TARGET_MS} ms target; "
        f"admin index {index_ms:.0f} ms "
        f"({len(queries.captured_queries)} queries, slowest "
        f"{float(slowest['time']) * 1000:.0f} ms: {slowest['sql'][:90]}...)"
    )


if __name__ == "__main__":
    main()
