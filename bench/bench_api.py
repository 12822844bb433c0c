#!/usr/bin/env python
"""The content API under gunicorn at scale, against a hello-world view, and push-to-readable.

    .venv/bin/python bench/bench_api.py [--articles 1000000] [--refill] [--seconds 5]
                                        [--rounds 3] [--threads 8] [--pushes 20]

Data: bench/site_data.py's generator in a database of its own, newsroom_bench_api (filled once
per --articles, reused after). gunicorn serves the product (production settings, Redis database
BENCH_REDIS, 10 by default, flushed first) plus /__bench__/hello/. Rate limits stay on (each
request still counts in Redis) but are set high enough not to refuse the bench.

Figures, each in interleaved rounds against the hello-world of the same round (the machine
varies), with p50/p99 latency (keep-alive connections from --threads threads):

* article detail, anonymous (page cache on, warm) and with a token (read:drafts: never cached,
  every request queries PostgreSQL and serializes);
* article list pages: newest first, by section and by source, and deep pages (cursors taken at
  rows 1,000 ... 90% of the archive), anonymous (cached) and with a token (uncached);
* push to readable: a ninjs item POSTed with an ingest token (publish=true) until its article
  answers 200 at /api/v1/articles/<id>, in-process (no broker, the zero-set-up default) and
  through a Celery worker on Redis (BENCH_BROKER: by default the same database as the cache).

Target (issue 16): a cached detail >= 40% of hello-world.
"""

import argparse
import http.client
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BENCH_DB = "newsroom_bench_api"
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/10")
BROKER = os.environ.get("BENCH_BROKER", "redis://127.0.0.1:6379/10")
OUT = ROOT / "bench" / "out"


def env_for(**extra):
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="newsroom.settings.production",
        DJANGO_SECRET_KEY="bench-only-not-secret",  # noqa: S106
        DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DB_CONN_MAX_AGE="600",
        REDIS_URL=REDIS,
        NEWSROOM_API_ANON_RATE_LIMIT="100000000",
        NEWSROOM_API_TOKEN_RATE_LIMIT="100000000",  # noqa: S106  (a number)
        PYTHONPATH=str(ROOT),
        **extra,
    )


def free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Process:
    """gunicorn (this module's WSGI app) or a Celery worker, in a process group of its own."""

    def __init__(self, name, argv, env, ready=None):
        OUT.mkdir(parents=True, exist_ok=True)
        self.log = open(OUT / f"api-{name}.log", "w")  # noqa: SIM115
        self.proc = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if ready and not ready():
            self.stop()
            sys.exit(f"{name} did not start: see {self.log.name}")

    def stop(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)
        self.log.close()


def gunicorn(broker=""):
    port = free_port()
    base = f"http://127.0.0.1:{port}"

    def ready():
        for _ in range(150):
            try:
                if get(base, "/__bench__/hello/")[0] == 200:
                    return True
            except OSError:
                time.sleep(0.2)
        return False

    env = env_for(GUNICORN_BIND=f"127.0.0.1:{port}", CELERY_BROKER_URL=broker)
    binary = str(Path(sys.executable).with_name("gunicorn"))
    server = Process("gunicorn", [binary, "bench.bench_api:application"], env, ready)
    server.url = base
    return server


def get(base, path, headers=None):
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


# -- load -------------------------------------------------------------------------------------


def load(base, paths, seconds, threads, headers=None):
    """(req/s, latencies in ms, non-200 count) over ``paths`` picked at random."""
    parts = urlsplit(base)
    stop = time.perf_counter() + seconds
    latencies, bad, lock = [], [0], threading.Lock()

    def run(seed):
        rng = random.Random(seed)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine, errors = [], 0
        while time.perf_counter() < stop:
            started = time.perf_counter()
            try:
                conn.request("GET", rng.choice(paths), headers=headers or {})
                response = conn.getresponse()
                response.read()
                errors += response.status != 200
            except (OSError, http.client.HTTPException):
                errors += 1
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            mine.append((time.perf_counter() - started) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)
            bad[0] += errors

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    latencies.sort()
    return len(latencies) / seconds, latencies, bad[0]


def pct(values, q):
    return values[min(len(values) - 1, int(len(values) * q))] if values else float("nan")


def warm(base, paths):
    """Request every path once (8 at a time): the cached figures are of a warm cache."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda p: get(base, p), paths))


# -- data and URLs ------------------------------------------------------------------------------


def setup(articles, refill, processes):
    os.environ.update(env_for())
    from bench.benchdb import use_bench_database

    use_bench_database(BENCH_DB, fresh=refill, settings="newsroom.settings.production")
    from bench.site_data import fill

    forget_pushes()  # an interrupted run's
    fill(articles, processes)


def url_sets(rng):
    from articles.api import pagination
    from articles.models import Article, Section, Source

    published = Article.objects.published()
    ids = list(published.order_by("?").values_list("pk", flat=True)[:1000])
    details = [f"/api/v1/articles/{pk}" for pk in ids]
    lists = ["/api/v1/articles", "/api/v1/articles?limit=100"]
    lists += [f"/api/v1/articles?section={s.slug_path}" for s in Section.objects.all()[:10]]
    lists += [f"/api/v1/articles?source={s.slug}" for s in Source.objects.all()[:10]]
    total = published.count()
    for depth in sorted({1000, total // 10, total // 2, total * 9 // 10} - {0}):
        row = (
            published.order_by("-published_at", "-id")
            .values_list("published_at", "pk")[depth : depth + 1]
            .first()
        )
        if row:
            lists.append(f"/api/v1/articles?cursor={pagination.encode(pagination.NEWEST, *row)}")
    return details, lists, total


def token(scopes, publisher=False):
    from django.contrib.auth.models import Permission, User

    from articles.api import tokens

    user = None
    if publisher:
        user, _ = User.objects.get_or_create(username="bench-editor")
        user.user_permissions.add(Permission.objects.get(codename="publish_article"))
    return tokens.create("bench", scopes, user=user)[1]


# -- push to readable ------------------------------------------------------------------------------


def push_to_readable(base, key, count, rng):
    """Seconds from a ninjs POST to its article answering 200 through the API, each."""
    from articles.models import Section

    section = Section.objects.order_by("pk").first()
    parts = urlsplit(base)
    auth = {"Authorization": f"Bearer {key}"}
    times = []
    for i in range(count):
        marker = f"{time.time_ns()}-{rng.random()}"
        item = {
            "uri": f"urn:bench:push:{marker}",
            "type": "text",
            "headline": f"Bench push {marker}",
            "body_text": f"Pushed by the bench, item {i}.\n\nSecond paragraph {marker}.",
            "subject": [{"name": section.name, "code": section.slug}] if section else [],
        }
        body = json.dumps(item).encode()
        started = time.perf_counter()
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        conn.request(
            "POST",
            "/api/v1/ingest/ninjs?publish=true",
            body=body,
            headers={**auth, "Content-Type": "application/json"},
        )
        response = conn.getresponse()
        accepted = json.loads(response.read())
        conn.close()
        if response.status != 202:
            sys.exit(f"push refused: {response.status} {accepted}")
        status_path = urlsplit(accepted["status_url"]).path
        article = None
        while article is None:
            code, raw = get(base, status_path, auth)
            job = json.loads(raw)
            if job["status"] == "failed":
                sys.exit(f"push job failed: {job['error']}")
            if job["articles"]:
                article = job["articles"][0]
            elif time.perf_counter() - started > 60:
                sys.exit("push job did not finish in 60 s")
            else:
                time.sleep(0.005)
        while get(base, f"/api/v1/articles/{article}")[0] != 200:
            if time.perf_counter() - started > 60:
                sys.exit("pushed article not readable in 60 s")
            time.sleep(0.005)
        times.append(time.perf_counter() - started)
    times.sort()
    return times


def forget_pushes():
    """The articles earlier pushes made (the data set stays --articles long), and their rows."""
    from articles.ingest.models import Job
    from articles.models import Article, RawDump

    pushed = Article.objects.filter(title__startswith="Bench push ")
    dumps = list(pushed.exclude(raw_dump=None).values_list("raw_dump_id", flat=True))
    pushed.delete()
    Job.objects.filter(channel="push-ninjs").delete()
    RawDump.objects.filter(pk__in=dumps).delete()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--refill", action="store_true")
    parser.add_argument("--seconds", type=int, default=5, help="per sample")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--pushes", type=int, default=20)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 2, help="for COPY")
    args = parser.parse_args()

    import redis

    setup(args.articles, args.refill, args.processes)
    from articles.api.models import ApiToken, Scope

    ApiToken.objects.filter(name="bench").delete()

    for url in {REDIS, BROKER}:
        redis.Redis.from_url(url).flushdb()
    rng = random.Random(16)
    details, lists, total = url_sets(rng)
    drafts_key = token([Scope.READ_DRAFTS])
    auth = {"Authorization": f"Bearer {drafts_key}"}
    print(
        f"{total:,} published articles; gunicorn (gunicorn.conf.py) on 127.0.0.1, "
        f"{os.cpu_count()} CPUs; {args.threads} keep-alive client threads, "
        f"{args.seconds} s per sample, {args.rounds} interleaved rounds"
    )
    server = gunicorn()
    try:
        scenarios = [
            ("detail, anonymous (cached)", details, None),
            ("detail, token (uncached)", details, auth),
            ("list, anonymous (cached)", lists, None),
            ("list, token (uncached)", lists, auth),
        ]
        figures = {name: [] for name, _, _ in scenarios}
        latencies = {name: [] for name, _, _ in scenarios}
        hello_rates, hello_lat, errors = [], [], dict.fromkeys(figures, 0)
        for _ in range(args.rounds):
            warm(server.url, details + lists)
            rate, lat, _ = load(server.url, ["/__bench__/hello/"], args.seconds, args.threads)
            hello_rates.append(rate)
            hello_lat += lat
            for name, paths, headers in scenarios:
                r, lat, bad = load(server.url, paths, args.seconds, args.threads, headers)
                figures[name].append(r / rate)
                latencies[name] += lat
                errors[name] += bad
        hello_lat.sort()
        print(
            f"\nhello-world: {statistics.median(hello_rates):,.0f} req/s, "
            f"p50 {pct(hello_lat, 0.5):.1f} ms, p99 {pct(hello_lat, 0.99):.1f} ms"
        )
        for name, ratios in figures.items():
            lat = sorted(latencies[name])
            flag = f"  ({errors[name]} not 200!)" if errors[name] else ""
            print(
                f"  {name:28} {statistics.median(ratios):6.1%} of hello-world "
                f"(rounds {', '.join(f'{r:.0%}' for r in ratios)}), "
                f"p50 {pct(lat, 0.5):6.1f} ms, p99 {pct(lat, 0.99):6.1f} ms{flag}"
            )
        pushed = push_to_readable(server.url, token([Scope.INGEST], True), args.pushes, rng)
        print(
            f"\npush to readable, in-process (no broker): p50 {pct(pushed, 0.5) * 1000:.0f} ms, "
            f"p99 {pct(pushed, 0.99) * 1000:.0f} ms ({len(pushed)} pushes)"
        )
    finally:
        server.stop()
    server = gunicorn(broker=BROKER)
    worker = Process(
        "worker",
        [
            str(Path(sys.executable).with_name("celery")),
            "-A",
            "newsroom",
            "worker",
            "-c",
            "1",
            "--loglevel",
            "WARNING",
        ],
        env_for(CELERY_BROKER_URL=BROKER),
    )
    try:
        time.sleep(3)  # the worker connects
        pushed = push_to_readable(server.url, token([Scope.INGEST], True), args.pushes, rng)
        print(
            f"push to readable, Celery worker on Redis: p50 {pct(pushed, 0.5) * 1000:.0f} ms, "
            f"p99 {pct(pushed, 0.99) * 1000:.0f} ms ({len(pushed)} pushes)"
        )
    finally:
        worker.stop()
        server.stop()
    forget_pushes()
    cached = statistics.median(figures["detail, anonymous (cached)"])
    print(f"\ntarget: cached detail >= 40% of hello-world (here {cached:.0%})")


# -- the WSGI side: gunicorn imports this module as bench.bench_api ---------------------------

if __name__ == "__main__":
    main()
elif __name__ == "bench.bench_api":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    settings.ROOT_URLCONF = __name__
    from django.http import HttpResponse
    from django.urls import include, path

    def hello(request):
        return HttpResponse("Hello, world", content_type="text/plain")

    urlpatterns = [path("__bench__/hello/", hello), path("", include("newsroom.urls"))]
