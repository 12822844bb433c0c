#!/usr/bin/env python
"""Page throughput with photos against the same pages without, in the same run.

    .venv/bin/python bench/bench_photos_site.py [--articles 20000] [--seconds 5] [--rounds 3]

The reader site under gunicorn (bench/bench_site.py's server, load and hello-world baseline) on
its own database, newsroom_bench_photos, filled like bench_site's; the sample photos
(sample/photos/) go into the media library once (MEDIA_ROOT: bench/out/media). Each round
measures list pages (latest, sections) and article pages twice: with no lead photos, then with
a lead photo on two articles in three (cards with <picture> thumbnails, story pages with their
figure, preload, OpenGraph and JSON-LD images) — the page cache off, then on (Redis, warmed;
BENCH_REDIS names the Redis database it flushes, db 15 by default). Each figure is a fraction
of hello-world from the same round; the ratio "with / without" is the cost of the photos.

Target (issue 15): with photos within 10% of without, cached and uncached.
"""

import argparse
import functools
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.benchdb import use_bench_database  # noqa: E402


def _site_tools():
    """bench/bench_site.py's server and load, loaded under another name: imported as
    ``bench.bench_site`` it would set itself up as gunicorn's WSGI application."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_site_tools", ROOT / "bench/bench_site.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


site = _site_tools()
Gunicorn, collectstatic, measure, url_sets, warm = (
    site.Gunicorn,
    site.collectstatic,
    site.measure,
    site.url_sets,
    site.warm,
)

BENCH_DB = "newsroom_bench_photos"
MEDIA = ROOT / "bench" / "out" / "media"


def library():
    """The sample photos in the media library (made once per bench database)."""
    import json

    from articles.media import store
    from articles.media.models import Image

    manifest = json.loads((ROOT / "sample/photos/photos.json").read_text(encoding="utf-8"))
    ids = []
    for entry in manifest:
        path = ROOT / "sample/photos" / entry["file"]
        image, _ = store.add_image(path.read_bytes(), path.name, alt_text=entry["alt"])
        ids.append(image.pk)
    print(f"{Image.objects.count()} photos in the media library ({MEDIA})")
    return ids


def set_photos(ids, on: bool):
    """Lead photos on two articles in three (on), or on none; the Redis page cache emptied."""
    from django.db import connection

    with connection.cursor() as cur:
        if on:
            cur.execute(
                "UPDATE articles_article SET lead_image_id = CASE WHEN id %% 3 = 0 THEN NULL "
                "ELSE (%s::bigint[])[1 + id %% %s] END",
                [ids, len(ids)],
            )
        else:
            cur.execute(
                "UPDATE articles_article SET lead_image_id = NULL WHERE lead_image_id IS NOT NULL"
            )
    import redis

    redis.Redis.from_url(os.environ["BENCH_REDIS"]).flushdb()


def render_cpu(ids, lists, articles, rounds):
    """CPU time (this process) to render pages with the page cache off, with and without
    photos, interleaved: the figure a shared machine cannot disturb."""
    import random
    import time

    from django.test import Client
    from django.test.utils import override_settings

    rng = random.Random(3)
    sample = {
        "front page": ["/"] * 20,
        "list pages": rng.sample(lists, min(40, len(lists))),
        "article pages": rng.sample(articles, 60),
    }
    client = Client()
    cpu = {}
    dummy = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    with override_settings(CACHES=dummy, ALLOWED_HOSTS=["*"]):
        for _ in range(rounds):
            for state in ("without", "with"):
                set_photos(ids, state == "with")
                for name, paths in sample.items():
                    client.get(paths[0])  # warm this process's per-photo markup and tree
                    started = time.process_time()
                    for path in paths:
                        assert client.get(path).status_code == 200, path
                    spent = (time.process_time() - started) / len(paths)
                    cpu.setdefault((state, name), []).append(spent)
    print("\nrendering with the page cache off, CPU ms per page (median of rounds):")
    for name in sample:
        without = statistics.median(cpu[("without", name)]) * 1000
        with_ = statistics.median(cpu[("with", name)]) * 1000
        print(
            f"  {name:14} without photos {without:6.2f} ms, with {with_:6.2f} ms: "
            f"{without / with_:.2f}× the pages per CPU second"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--refill", action="store_true")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--no-http", action="store_true", help="only the in-process CPU figure")
    args = parser.parse_args()

    os.environ["NEWSROOM_MEDIA_ROOT"] = str(MEDIA)  # here and in gunicorn (inherited)
    os.environ.setdefault("BENCH_REDIS", "redis://127.0.0.1:6379/15")
    use_bench_database(BENCH_DB, fresh=args.refill)
    from bench import site_data

    site_data.BENCH_DB = BENCH_DB
    site_data.fill(args.articles, args.processes)
    ids = library()
    lists, articles = url_sets(__import__("random").Random(6))
    render_cpu(ids, lists, articles, args.rounds)
    if args.no_http:
        set_photos(ids, False)
        return
    collectstatic()
    sets = {"list pages": lists, "article pages": articles}
    one = argparse.Namespace(rounds=1, seconds=args.seconds, connections=args.connections)
    ratios = {}  # (cache, state, page type) -> [fraction of hello-world per round]
    for cache in ("none", "redis"):
        server = Gunicorn(cache, args.workers)
        try:
            before = (
                functools.partial(warm, server.url, lists + articles) if cache == "redis" else None
            )
            for _ in range(args.rounds):
                for state in ("without", "with"):
                    set_photos(ids, state == "with")
                    rates = measure(server.url, sets, one, before)
                    for name in sets:
                        ratios.setdefault((cache, state, name), []).append(
                            rates[name][0] / rates["hello"][0]
                        )
        finally:
            server.stop()
    set_photos(ids, False)
    print(f"\n{args.articles:,} articles, {args.rounds} rounds of {args.seconds} s per figure")
    worst = 1.0
    for cache, label in (("none", "page cache off"), ("redis", "page cache on (Redis, warm)")):
        print(f"{label}:")
        for name in sets:
            without = statistics.median(ratios[(cache, "without", name)])
            with_ = statistics.median(ratios[(cache, "with", name)])
            worst = min(worst, with_ / without)
            print(
                f"  {name:14} without photos {without:6.1%} of hello-world, "
                f"with {with_:6.1%}: {with_ / without:.2f}× without"
            )
    print(f"\ntarget: with photos >= 0.90× without (worst here: {worst:.2f}×)")


if __name__ == "__main__":
    main()
