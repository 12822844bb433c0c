#!/usr/bin/env python
"""The reader site under gunicorn with many articles on PostgreSQL, against a hello-world view.

    .venv/bin/python bench/bench_site.py [--articles 1000000] [--refill] [--seconds 10]
                                          [--connections 16] [--searches 300] [--caches none]

Uses its own database, newsroom_bench_site (BENCH_SITE_DB names another; created and migrated
here; BENCH_PG names another server), filled once with varied English text and Vietnamese names
by parallel COPY streams (the search trigger indexes every row as it arrives); a rerun with the
same --articles reuses it.

Then gunicorn (the project's gunicorn.conf.py, bound to 127.0.0.1) serves the product's URLs
plus a hello-world view from this module's bench-only urlconf, and wrk (Debian's, if installed;
otherwise a small Python thread pool) measures, in the same run:

* requests/second for hello-world, list pages (latest and section lists, many page numbers) and
  article pages (random slugs) — with the page cache off (every request renders from the
  database) and with it on (Redis, warmed) — printed as a fraction of hello-world;
* search latency p50/p99 through HTTP (page cache on, but every query different, so each one
  is searched and rendered), one reader at a time: single words common and rare, two words,
  phrases, place names with and without accents.

Targets: list and article pages >= 50% of hello-world; search p50 <= 50 ms at 1M articles.
"""

import argparse
import functools
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.site_data import PLACES, fill, setup_django, vocabulary  # noqa: E402

OUT = ROOT / "bench" / "out"


# -- the server -------------------------------------------------------------------------------


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(**extra):
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="newsroom.settings.production",
        DJANGO_SECRET_KEY="bench-only-not-secret",  # noqa: S106
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        PYTHONPATH=str(ROOT),
        **extra,
    )


def collectstatic():
    """Production serves hashed static files from a manifest: build it as a deploy would."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=production_env(),
        check=True,
    )


class Gunicorn:
    def __init__(self, cache, workers):
        self.port = free_port()
        OUT.mkdir(parents=True, exist_ok=True)
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="newsroom.settings.production",
            DJANGO_SECRET_KEY="bench-only-not-secret",  # noqa: S106
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            DJANGO_SECURE_SSL_REDIRECT="0",
            DB_CONN_MAX_AGE="600",
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            # Workers are not recycled: at 2,000 requests each (gunicorn.conf.py) the hello-world
            # rounds restarted them all, and the restarts (seconds of start-up, requests timing
            # out meanwhile) fell in the list pages' rounds that follow.
            GUNICORN_MAX_REQUESTS=os.environ.get("GUNICORN_MAX_REQUESTS", "0"),
            BENCH_CACHE=cache,
            PYTHONPATH=str(ROOT),
        )
        if workers:
            env["GUNICORN_WORKERS"] = str(workers)
        if cache == "redis":
            import redis

            env["REDIS_URL"] = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/15")
            redis.Redis.from_url(env["REDIS_URL"]).flushdb()  # the bench's own Redis database
        self.log = open(OUT / f"gunicorn-{cache}.log", "w")  # noqa: SIM115
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        self.proc = subprocess.Popen(
            [gunicorn, "bench.bench_site:application"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(self.url + "/__bench__/hello/", timeout=2).read()  # noqa: S310
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        sys.exit(f"gunicorn did not start: see {self.log.name}")

    def stop(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)
        self.log.close()


# -- load -------------------------------------------------------------------------------------


def throughput(base, paths, seconds, connections):
    """Requests per second over ``paths`` (picked at random), and the share that were not 200."""
    if shutil.which("wrk"):
        return _wrk(base, paths, seconds, connections)
    return _threads(base, paths, seconds, connections)


def _wrk(base, paths, seconds, connections):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("paths = {" + ",".join(json.dumps(p) for p in paths) + "}\n")
        script.write(
            "request = function() return wrk.format('GET', paths[math.random(#paths)]) end\n"
            "done = function(summary, latency, requests)\n"
            "  io.write(string.format('RESULT %d %d %f\\n', summary.requests,\n"
            "    summary.errors.status + summary.errors.connect + summary.errors.read\n"
            "    + summary.errors.write + summary.errors.timeout, summary.duration / 1e6))\n"
            "end\n"
        )
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", script.name, base],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(script.name)
    requests, errors, duration = re.search(r"RESULT (\d+) (\d+) ([\d.]+)", out).groups()
    return int(requests) / float(duration), int(errors) / max(1, int(requests))


def _threads(base, paths, seconds, connections):
    count, errors, stop = [0], [0], time.perf_counter() + seconds
    lock = threading.Lock()

    def run():
        rng = random.Random()
        while time.perf_counter() < stop:
            try:
                with urllib.request.urlopen(base + rng.choice(paths), timeout=10) as r:  # noqa: S310
                    r.read()
                    ok = r.status == 200
            except OSError:
                ok = False
            with lock:
                count[0] += 1
                errors[0] += not ok

    threads = [threading.Thread(target=run) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count[0] / seconds, errors[0] / max(1, count[0])


def search_queries(count, rng):
    from articles.models import Article

    words, _ = vocabulary()
    titles = list(
        Article.objects.published().order_by("?").values_list("title", flat=True)[: count * 2]
    )
    plain = [p.replace("Đ", "D").replace("đ", "d") for p in PLACES]
    makers = [
        lambda: rng.choice(words[50:600]),  # common word
        lambda: rng.choice(words[2500:6000]),  # rare word
        lambda: f"{rng.choice(words[100:2000])} {rng.choice(words[100:3000])}",
        lambda: '"' + " ".join(rng.choice(titles).split()[1:3]) + '"',  # phrase from a title
        lambda: _strip_accents(rng.choice(PLACES)).lower(),  # "dien bien phu"
        lambda: rng.choice(PLACES) + " " + rng.choice(words[200:2000]),
        lambda: rng.choice(plain) + " -" + rng.choice(words[50:500]),
    ]
    queries = set()
    while len(queries) < count:
        queries.add(rng.choice(makers)())
    return sorted(queries, key=lambda _: rng.random())


def _strip_accents(text):
    from text_unidecode import unidecode

    return unidecode(text)


def search_latency(base, queries):
    from urllib.parse import urlencode

    times, failures = [], 0
    for q in queries:
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(f"{base}/search/?{urlencode({'q': q})}", timeout=30) as r:  # noqa: S310
                r.read()
        except urllib.error.HTTPError as error:  # 503: cancelled past NEWSROOM_SEARCH_TIMEOUT_MS
            failures += 1
            error.read()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))], failures


def warm(base, paths):
    from concurrent.futures import ThreadPoolExecutor

    def get(path):
        with urllib.request.urlopen(base + path, timeout=60) as r:  # noqa: S310
            r.read()

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(get, paths))


def url_sets(rng):
    """List pages that exist (a 404 would be cheaper than a page) and random article pages."""
    from articles.models import Article, Section
    from articles.sections import SectionTree

    tree = SectionTree.load()
    published = Article.objects.published()

    def pages(queryset, most):
        return range(1, min(most, queryset[: most * 20].count() // 20) + 1)

    lists = [f"/articles/?page={p}" for p in pages(published, 100)]
    for section in Section.objects.all():
        ids = tree.descendant_ids(section.pk)
        most = 20 if section.parent_id is None else 10
        path = tree.by_pk[section.pk].slug_path
        lists += [
            f"/sections/{path}/?page={p}" for p in pages(published.filter(section_id__in=ids), most)
        ]
    slugs = published.order_by("?").values_list("slug", flat=True)[:2000]
    return lists, [f"/articles/{s}/" for s in slugs]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--refill", action="store_true")
    parser.add_argument("--seconds", type=int, default=5, help="per throughput sample")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved samples per figure")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--workers", type=int, default=0, help="default: gunicorn.conf.py's")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 2, help="for COPY")
    parser.add_argument(
        "--caches",
        default="none,redis",
        help="which runs: none (page cache off), redis (page cache on), or both (the default)",
    )
    args = parser.parse_args()

    setup_django(args.refill)
    fill(args.articles, args.processes)
    collectstatic()
    rng = random.Random(6)
    lists, articles = url_sets(rng)
    tool = "wrk" if shutil.which("wrk") else "Python threads"
    print(
        f"{args.articles:,} articles; gunicorn on 127.0.0.1, {os.cpu_count()} CPUs; "
        f"load: {tool}, {args.connections} connections, {args.seconds} s per figure"
    )
    results = {}
    for cache in args.caches.split(","):
        server = Gunicorn(cache, args.workers)
        try:
            # With the cache on, every URL is requested once before each round (readers' pages
            # stay cached; a generation that expired meanwhile is rebuilt before timing).
            everything = lists + articles
            before = functools.partial(warm, server.url, everything) if cache == "redis" else None
            label = "page cache off" if cache == "none" else "page cache on (Redis, warm)"
            sets = {"list pages": lists, "article pages": articles}
            rates = measure(server.url, sets, args, before)
            print(f"\n{label}: hello-world {statistics.median(rates['hello']):,.0f} req/s")
            for name in ("list pages", "article pages"):
                ratios = [p / h for p, h in zip(rates[name], rates["hello"], strict=True)]
                results[(cache, name)] = statistics.median(ratios)
                flag = "" if not rates["errors"][name] else f"  ({rates['errors'][name]} not 200!)"
                print(
                    f"  {name:14} {statistics.median(rates[name]):8,.0f} req/s = "
                    f"{statistics.median(ratios):6.1%} of hello-world "
                    f"(rounds: {', '.join(f'{r:.0%}' for r in ratios)}){flag}"
                )
            if cache == "redis":  # every query different: each one misses the page cache
                p50, p99, failed = search_latency(server.url, search_queries(args.searches, rng))
                results["search"] = (p50, p99)
                print(
                    f"  search ({args.searches} different queries, one at a time, all page-cache "
                    f"misses): p50 {p50:.1f} ms, p99 {p99:.1f} ms"
                    + (f", {failed} cancelled past the time limit (503)" if failed else "")
                )
        finally:
            server.stop()
    if "redis" not in args.caches.split(","):
        return
    cached = min(results[("redis", n)] for n in ("list pages", "article pages"))
    print(
        f"\ntargets: pages >= 50% of hello-world (cached, worst: {cached:.0%}), "
        f"search p50 <= 50 ms (here {results['search'][0]:.1f} ms)"
    )


def measure(base, sets, args, before_round=None):
    """Interleaved rounds (hello-world, then each page type), so a busy machine slows the
    baseline and the pages alike; each ratio compares figures from the same round."""
    rates = {"hello": [], **{name: [] for name in sets}, "errors": dict.fromkeys(sets, 0)}
    for _ in range(args.rounds):
        if before_round:
            before_round()
        rates["hello"].append(
            throughput(base, ["/__bench__/hello/"], args.seconds, args.connections)[0]
        )
        for name, paths in sets.items():
            rate, errors = throughput(base, paths, args.seconds, args.connections)
            rates[name].append(rate)
            rates["errors"][name] += round(errors * rate * args.seconds)
    return rates


# -- the WSGI side: gunicorn imports this module as bench.bench_site ---------------------------


def _wsgi():
    """The product's settings and URLs, plus /__bench__/hello/ (never in the product's urls)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    app = get_wsgi_application()
    settings.ROOT_URLCONF = __name__
    if os.environ.get("BENCH_CACHE") == "none":
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    return app


if __name__ == "__main__":
    main()
elif __name__ == "bench.bench_site":  # imported by gunicorn (not by COPY worker processes)
    application = _wsgi()
    from django.http import HttpResponse
    from django.urls import include, path

    def hello(request):
        return HttpResponse("Hello, world", content_type="text/plain")

    urlpatterns = [path("__bench__/hello/", hello), path("", include("newsroom.urls"))]
