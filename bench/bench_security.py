#!/usr/bin/env python
"""Readers' pages with and without the staff-security middleware, in the same run.

    .venv/bin/python bench/bench_security.py [--articles 2000] [--rounds 9] [--requests 300]

Issue 18 added three middlewares to every request: django-otp's OTPMiddleware, the admin-only
StaffSessionMiddleware (accounts/middleware.py) and django-axes' AxesMiddleware. For anonymous
readers they must cost nothing that shows. This drives the product's WSGI stack in-process
(Django's test client, no network: the most sensitive measure, where middleware is the largest
share of a request) over the home page, a section, article pages and the latest list, with the
full MIDDLEWARE and with those three removed, alternating the two in each round so both see the
same machine, and prints the median requests per CPU-second of each and their ratio:

* page-cache hits (the cache warm: what most readers get), and
* rendered pages (the page cache off, every request reads the database).

Uses its own PostgreSQL database, newsroom_bench_security (BENCH_PG names another server),
filled once with --articles published stories.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.benchdb import article_count, use_bench_database  # noqa: E402

BENCH_DB = "newsroom_bench_security"
SECURITY_MIDDLEWARE = (
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.StaffSessionMiddleware",
    "axes.middleware.AxesMiddleware",
)
MODES = {
    "page-cache hits": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    "rendered (no page cache)": {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    },
}


def fill(n: int) -> None:
    from django.utils import timezone

    from articles.models import Article, Section

    sections = [Section.objects.create(name=f"Section {i}", slug=f"section-{i}") for i in range(8)]
    now = timezone.now()
    Article.objects.bulk_create(
        Article(
            title=f"Province council approves reservoir plan number {i}",
            slug=f"bench-story-{i}",
            summary="Delegates voted on the budget for the new reservoir.",
            body="Farmers and teachers met the ministry delegation. " * 20,
            byline=f"Staff reporter {i % 37}",
            section=sections[i % len(sections)],
            status=Article.Status.PUBLISHED,
            published_at=now - timezone.timedelta(minutes=i),
        )
        for i in range(n)
    )


def urls() -> list[str]:
    from articles.models import Article, Section

    articles = [a.get_absolute_url() for a in Article.objects.published().order_by("-pk")[:20]]
    section = Section.objects.order_by("pk").first().get_absolute_url()
    return ["/", "/articles/", section, *articles]


def client_with(middleware) -> "object":
    from django.test import Client, override_settings

    client = Client()
    with override_settings(MIDDLEWARE=list(middleware)):
        client.get("/")  # the handler loads its middleware chain now, and keeps it
    return client


def timed(client, paths, count) -> float:
    """Requests per CPU-second of this process (the database's own time excluded): other
    work on a shared machine slows the wall clock of both variants unevenly, not this."""
    start = time.process_time()
    for i in range(count):
        response = client.get(paths[i % len(paths)])
        if response.status_code != 200:
            raise SystemExit(f"{paths[i % len(paths)]}: HTTP {response.status_code}")
    return count / (time.process_time() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()

    fresh = article_count(BENCH_DB) != args.articles
    use_bench_database(BENCH_DB, fresh=fresh)
    if fresh:
        fill(args.articles)
    from django.conf import settings
    from django.test import override_settings

    full = settings.MIDDLEWARE
    assert all(m in full for m in SECURITY_MIDDLEWARE), "the middleware moved: update this bench"
    without = [m for m in full if m not in SECURITY_MIDDLEWARE]
    paths = urls()
    print(f"{args.articles} articles on PostgreSQL, {len(paths)} reader URLs, anonymous client")
    worst = 0.0
    for mode, caches in MODES.items():
        with override_settings(CACHES=caches, ALLOWED_HOSTS=["testserver"]):
            on, off = client_with(full), client_with(without)
            for client in (on, off):
                timed(client, paths, len(paths) * 2)  # warm the page cache and the queries
            rates = {"with": [], "without": []}
            for r in range(args.rounds):
                order = ((on, "with"), (off, "without"))
                for client, name in order if r % 2 == 0 else reversed(order):
                    rates[name].append(timed(client, paths, args.requests))
        with_rate = statistics.median(rates["with"])
        without_rate = statistics.median(rates["without"])
        ratio = with_rate / without_rate
        worst = max(worst, 1 - ratio)
        print(
            f"  {mode:26s} with the security middleware {with_rate:8.0f} req/CPU-s, "
            f"without {without_rate:8.0f} req/CPU-s: ratio {ratio:.3f}"
        )
    verdict = "within" if worst <= 0.05 else "OUTSIDE"
    print(f"largest slowdown {worst:.1%}: {verdict} the 5% bound")


if __name__ == "__main__":
    main()
