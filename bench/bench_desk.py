#!/usr/bin/env python
"""The reader site under a working newsroom: read load while editors write.

    .venv/bin/python bench/bench_desk.py [--articles 20000] [--seconds 20] [--threads 8]
                                         [--workers 2] [--refill]

The data is bench_site.py's (newsroom_bench_site, filled once per --articles). gunicorn serves
the product with the production settings and Redis (BENCH_REDIS, database 15 by default,
flushed first), as bench_site.py does. Reads: a bounded loop of requests from --threads threads,
each on its own keep-alive connection, over the front page, 20 list pages and 400 article pages
(the pages warmed once before each scenario). Writes: this process, through the admin (Django's
test client, the real change form and actions: the same code and the same Redis as the server).

Scenarios, each --seconds long:

* hello-world: the baseline, measured for 5 s just before each scenario (this machine varies);
* quiet: reads, nobody writing;
* drafts: an editor saves a draft every second;
* desk: the same, plus a live story edited or a draft published every 30 s (the first at 2 s),
  and a 1,000-row CSV import once (the command line's path) a third of the way in.

Printed: req/s as a share of hello-world, p50/p99 latency, the share served from the page
cache (X-Newsroom-Cache, when the server sends it), and how long each published change took to
reach readers after its commit (a reader polls the front page every 5 ms from the moment the
admin's response, sent after the commit, arrives). Targets (issue 14): >= 45% of hello-world with
the writer running, a published change visible within 1 s.
"""

import argparse
import csv
import http.client
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/15")
HELLO_SECONDS = 5


def setup(articles, refill, processes):
    """The bench database, with Django in this process on the production settings and the
    server's Redis (so the admin's writes invalidate what the server caches)."""
    os.environ.update(
        DJANGO_SECRET_KEY="bench-only-not-secret",  # noqa: S106
        DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        REDIS_URL=REDIS,
    )
    from bench.benchdb import use_bench_database
    from bench.site_data import BENCH_DB, fill

    use_bench_database(BENCH_DB, fresh=refill, settings="newsroom.settings.production")
    fill(articles, processes)


# -- reading --------------------------------------------------------------------------------


class Reader(threading.Thread):
    """GETs random paths on one keep-alive connection until ``stop``; records latencies."""

    def __init__(self, base, paths, stop, seed):
        super().__init__(daemon=True)
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.paths, self.stop, self.rng = paths, stop, random.Random(seed)
        self.times, self.errors, self.hits = [], 0, 0

    def run(self):
        conn = None
        while not self.stop.is_set():
            path = self.rng.choice(self.paths)
            started = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
                self.hits += response.getheader("X-Newsroom-Cache") == "hit"
            except (OSError, http.client.HTTPException):
                ok, conn = False, None
            self.times.append(time.perf_counter() - started)
            self.errors += not ok
        if conn is not None:
            conn.close()


def server_cpu(group: int) -> float:
    """CPU seconds used so far by gunicorn (process group ``group``): its live processes, and
    the workers it has reaped (max_requests restarts them), counted in the master's cutime."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group:  # pgrp
            total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return total / os.sysconf("SC_CLK_TCK")


def read_load(base, paths, seconds, threads, during=None, group=None):
    """Reads for ``seconds`` while ``during(stop)`` runs in another thread (the writer)."""
    cpu = server_cpu(group) if group else 0.0
    stop = threading.Event()
    readers = [Reader(base, paths, stop, seed) for seed in range(threads)]
    writer = threading.Thread(target=during, args=(stop,), daemon=True) if during else None
    started = time.perf_counter()
    for r in readers:
        r.start()
    if writer:
        writer.start()
    time.sleep(seconds)
    stop.set()
    for r in readers:
        r.join()
    elapsed = time.perf_counter() - started
    if writer:
        writer.join()
    times = sorted(t for r in readers for t in r.times)
    cpu = server_cpu(group) - cpu if group else 0.0
    return {
        "cpu_ms": cpu * 1000 / max(1, len(times)),  # server CPU per request
        "rate": len(times) / elapsed,
        "p50": times[len(times) // 2] * 1000,
        "p99": times[min(len(times) - 1, int(len(times) * 0.99))] * 1000,
        "errors": sum(r.errors for r in readers),
        "hits": sum(r.hits for r in readers) / max(1, len(times)),
    }


def warm(base, paths):
    from concurrent.futures import ThreadPoolExecutor

    def get(path):
        conn = http.client.HTTPConnection(*urlsplit(base).netloc.split(":"), timeout=60)
        conn.request("GET", path)
        conn.getresponse().read()
        conn.close()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(get, paths))


def first_seen(base, path, text, since, limit=10.0):
    """Seconds from ``since`` until ``path`` shows ``text`` (polled every 5 ms), or None."""
    conn = http.client.HTTPConnection(*urlsplit(base).netloc.split(":"), timeout=30)
    try:
        while time.perf_counter() - since < limit:
            conn.request("GET", path)
            if text in conn.getresponse().read().decode():
                return max(0.0, time.perf_counter() - since)
            time.sleep(0.005)
    finally:
        conn.close()
    return None


# -- writing: the admin, in this process ----------------------------------------------------


class Desk:
    """An editor in the admin (the real change form and actions, through Django's test client)."""

    def __init__(self, base):
        from django.contrib.auth import get_user_model
        from django.test import Client

        user, _ = get_user_model().objects.get_or_create(
            username="bench-editor", defaults={"is_staff": True, "is_superuser": True}
        )
        self.client = Client()
        self.client.force_login(user)
        self._pass_two_factor(user)
        self.base, self.n, self.visible = base, 0, []
        self.drafts = self.live = self.imports = 0
        self.import_seconds = None

    def form(self, article, **changes):
        from django.utils import timezone

        local = timezone.localtime(article.published_at) if article.published_at else None
        data = {
            "title": article.title,
            "slug": article.slug,
            "summary": article.summary,
            "body": article.body,
            "captions": "[]",
            "byline": article.byline,
            "dateline": article.dateline,
            "source": article.source_id or "",
            "external_id": article.external_id,
            "canonical_url": article.canonical_url,
            "status": article.status,
            "section": article.section_id or "",
            "published_at_0": local.strftime("%Y-%m-%d") if local else "",
            "published_at_1": local.strftime("%H:%M:%S") if local else "",
            "loaded_version": article.version,
        }
        data.update(changes)
        return data

    def _pass_two_factor(self, user):
        """The production settings ask staff for a second factor: enrol a TOTP device for the
        bench's editor and verify a code through the real verify view, as an editor would."""
        from django.urls import reverse
        from django_otp.oath import totp
        from django_otp.plugins.otp_totp.models import TOTPDevice

        # a fresh device each run: a code is accepted once, and failures throttle a device
        TOTPDevice.objects.filter(user=user, name="bench").delete()
        device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
        token = f"{totp(device.bin_key, device.step, device.t0, device.digits):0{device.digits}d}"
        response = self.client.post(reverse("accounts:2fa-verify"), {"token": token})
        if response.status_code != 302 or "2fa" in response.get("Location", ""):
            raise RuntimeError(f"two-factor verification failed: {response.status_code}")

    def post(self, url, data):
        response = self.client.post(url, data)
        location = response.get("Location", "")
        if response.status_code != 302 or "/2fa/" in location or "login" in location:
            # (a 302 to the second factor or the login page is a refusal, not a save)
            raise RuntimeError(f"the admin refused {url}: {response.status_code} {location}")

    def save_draft(self):
        from articles.models import Article

        draft = Article.objects.filter(status="draft").order_by("?").first()
        self.n += 1
        data = self.form(draft, title=f"{draft.title.split(' [')[0]} [draft {self.n}]")
        data["body"] = draft.body + f"<p>Autosave {self.n}.</p>"
        self.post(f"/admin/articles/article/{draft.pk}/change/", data)
        self.drafts += 1

    def live_change(self):
        """Publish a draft (odd turns) or retitle the lead story (even turns); then time how
        long until a reader sees it on the front page."""
        from articles.models import Article

        self.n += 1
        marker = f"Desk change {self.n} {random.randint(1000, 9999)}"  # noqa: S311
        if self.live % 2 == 0:
            article = Article.objects.filter(status="draft").exclude(section=None).first()
            data = self.form(article, title=marker, status="published")
            data["published_at_0"] = data["published_at_1"] = ""  # now
        else:
            article = Article.objects.published().order_by("-published_at", "-id").first()
            data = self.form(article, title=marker)
        self.post(f"/admin/articles/article/{article.pk}/change/", data)
        committed = time.perf_counter()  # the response comes after the commit
        self.live += 1
        self.visible.append(first_seen(self.base, "/", marker, committed))

    def import_csv(self, rows=1000):
        from articles.importers.csv_import import import_csv
        from articles.models import Section, Source

        sections = [s.path for s in Section.objects.all()]
        sources = list(Source.objects.values_list("name", flat=True))
        from django.utils import timezone

        stamp, now = int(time.time()), timezone.now().isoformat()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "desk.csv"
            with path.open("w", newline="") as f:
                out = csv.writer(f)
                out.writerow(
                    ["title", "summary", "body", "byline", "source", "section", "status"]
                    + ["published_at"]
                )
                for i in range(rows):
                    out.writerow(
                        [
                            f"Imported story {stamp}-{i}",
                            "A summary of the imported story.",
                            "First paragraph.\n\nSecond paragraph.",
                            "Wire desk",
                            sources[i % len(sources)],
                            sections[i % len(sections)],
                            "published",
                            now,
                        ]
                    )
            started = time.perf_counter()
            result = import_csv(path)
            self.import_seconds = time.perf_counter() - started
        if not result.written:
            raise RuntimeError(f"the import wrote nothing: {result.summary()} {result.errors[:3]}")
        self.imports += 1

    def run(self, stop, *, live_every=None, import_at=None):
        started = time.perf_counter()
        next_live = started + 2 if live_every else None
        import_due = started + import_at if import_at is not None else None
        while not stop.is_set():
            tick = time.perf_counter()
            self.save_draft()
            if next_live and time.perf_counter() >= next_live:
                self.live_change()
                next_live += live_every
            if import_due and time.perf_counter() >= import_due:
                self.import_csv()
                import_due = None
            stop.wait(max(0.0, 1.0 - (time.perf_counter() - tick)))
        from django.db import connection

        connection.close()  # this thread's own connection


# -- the run --------------------------------------------------------------------------------


def paths_to_read(rng):
    from articles.models import Article

    published = Article.objects.published()
    slugs = list(published.order_by("?").values_list("slug", flat=True)[:400])
    lists = ["/", *(f"/articles/?page={p}" for p in range(1, 11))]
    lists += [f"/sections/{quote(s)}/" for s in ("news", "economy", "culture", "sports")]
    lists += [f"/sections/{quote(s)}/?page=2" for s in ("news", "economy", "culture", "sports")]
    lists += ["/feeds/latest.rss", "/archive/"]
    return lists + [f"/articles/{s}/" for s in slugs]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--refill", action="store_true")
    parser.add_argument("--seconds", type=int, default=20, help="per scenario")
    parser.add_argument("--threads", type=int, default=8, help="reader threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 2, help="for COPY")
    args = parser.parse_args()

    setup(args.articles, args.refill, args.processes)
    import bench.bench_site as site  # after setup: its WSGI side configures this Django too

    site.collectstatic()
    paths = paths_to_read(random.Random(14))
    server = site.Gunicorn("redis", args.workers)
    print(
        f"{args.articles:,} articles; gunicorn {args.workers} workers on 127.0.0.1, Redis; "
        f"{os.cpu_count()} CPUs; {args.threads} reader threads (keep-alive), "
        f"{args.seconds} s per scenario, {len(paths)} pages"
    )
    results = {}
    try:
        warm(server.url, paths)
        desk = Desk(server.url)
        scenarios = {
            "quiet (nobody writing)": None,
            "drafts (a draft saved every second)": lambda stop: desk.run(stop),
            "desk (+ a live change every 30 s, a 1,000-row CSV import)": lambda stop: desk.run(
                stop, live_every=30, import_at=args.seconds / 3
            ),
        }
        print("each scenario against hello-world measured just before it (the machine varies):")
        for name, writer in scenarios.items():
            warm(server.url, paths)
            group = server.proc.pid
            hello = read_load(
                server.url, ["/__bench__/hello/"], HELLO_SECONDS, args.threads, group=group
            )
            result = results[name] = read_load(
                server.url, paths, args.seconds, args.threads, writer, group=group
            )
            result["share"] = result["rate"] / hello["rate"]
            result["cpu_share"] = hello["cpu_ms"] / result["cpu_ms"]
            print(
                f"  {name}\n      {result['rate']:6,.0f} req/s = {result['share']:6.1%} of "
                f"hello-world ({hello['rate']:,.0f} req/s); server CPU {result['cpu_ms']:.2f} ms "
                f"a request = {result['cpu_share']:6.1%} of hello-world's ({hello['cpu_ms']:.2f})"
                f"; p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms; "
                f"{result['hits']:.0%} page-cache hits"
                + (f", {result['errors']} errors!" if result["errors"] else "")
            )
        print(
            f"\nwrites: {desk.drafts} draft saves, {desk.live} live changes, {desk.imports} CSV "
            f"import(s) of 1,000 rows"
            + (f" ({desk.import_seconds:.1f} s)" if desk.import_seconds else "")
        )

        # More live changes, under the quiet read load, for the time-to-readers figure.
        def five_changes(stop):
            for _ in range(5):
                if not stop.is_set():
                    desk.live_change()

        read_load(server.url, paths, 8, args.threads, five_changes)
        seen = [v for v in desk.visible if v is not None]
        missing = len(desk.visible) - len(seen)
        if seen:
            print(
                f"published change -> readers (front page): median {statistics.median(seen):.3f} s,"
                f" max {max(seen):.3f} s over {len(seen)} changes"
                + (f"; {missing} not seen within 10 s!" if missing else "")
            )
        worst = min(r["share"] for n, r in results.items() if not n.startswith("quiet"))
        worst_cpu = min(r["cpu_share"] for n, r in results.items() if not n.startswith("quiet"))
        print(
            f"\ntargets: >= 45% of hello-world with the writer running (here {worst:.0%} by "
            f"req/s, {worst_cpu:.0%} by server CPU a request), a published change visible "
            f"within 1 s (here {max(seen) if seen else float('nan'):.2f} s)"
        )
    finally:
        server.stop()
        forget_imports()


def forget_imports():
    """Take out what this run's CSV imports added: the database is bench_site.py's."""
    from articles.models import Article, ImportBatch

    batches = ImportBatch.objects.filter(name="desk.csv")
    Article.history.filter(import_batch__in=batches).delete()
    Article.objects.filter(import_batch__in=batches).delete()
    batches.delete()


if __name__ == "__main__":
    main()
