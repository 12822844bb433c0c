"""Test data for bench/bench_site.py: varied English text (wordfreq's most common words, Zipf
weighted) with Vietnamese places and names, written by parallel COPY streams.

Every column the table needs is sent (Django keeps defaults in Python, not in the table); the
search trigger (migration 0003_search) indexes each row as it arrives; secondary indexes are
dropped first and rebuilt once at the end.
"""

import enum
import json
import multiprocessing
import os
import random
import re
import sys
import time
from pathlib import Path

from bench.benchdb import use_bench_database

ROOT = Path(__file__).resolve().parents[1]
# BENCH_SITE_DB names another database of the same kind (e.g. one per engineer or worktree).
BENCH_DB = os.environ.get("BENCH_SITE_DB", "newsroom_bench_site")
PLACES = [
    "Điện Biên Phủ",
    "Hà Nội",
    "Hồ Chí Minh City",
    "Đà Nẵng",
    "Huế",
    "Hải Phòng",
    "Cần Thơ",
    "Quảng Ninh",
    "Lào Cai",
    "Sơn La",
    "Mường Ảng",
    "Nghệ An",
    "Thanh Hóa",
    "Bến Tre",
    "Cà Mau",
    "Đắk Lắk",
    "Gia Lai",
    "Lạng Sơn",
    "Cao Bằng",
    "Hà Giang",
    "Bắc Ninh",
    "Vĩnh Long",
]
NAMES = [
    "Quàng Thị Mai",
    "Lò Văn Thắng",
    "Nguyễn Văn An",
    "Trần Thị Hoa",
    "Lê Minh Đức",
    "Phạm Thu Hương",
    "Vũ Anh Tuấn",
    "Đỗ Thị Lan",
    "Hoàng Văn Nam",
    "Bùi Thị Ngọc",
]
SECTIONS = {
    "News": ["Politics", "Society", "Law"],
    "Economy": ["Business", "Agriculture", "Markets"],
    "Culture": ["Tourism", "Festivals", "Arts"],
    "Sports": ["Football", "Athletics"],
    "World": ["Asia", "Europe", "Americas"],
    "Environment": ["Climate", "Forests"],
    "Science": [],
    "Health": [],
}


def vocabulary():
    from wordfreq import top_n_list

    unwanted = {"fuck", "fucking", "shit", "dick", "sex", "sexy", "porn", "bitch", "ass", "damn"}
    words = [w for w in top_n_list("en", 8000) if w.isalpha() and len(w) > 2]
    words = [w for w in words if w not in unwanted][:6000]
    weights = [1.0 / (rank + 20) for rank in range(len(words))]  # Zipf-like
    return words, weights


def sentence(rng, words, cum, n):
    text = " ".join(rng.choices(words, cum_weights=cum, k=n))
    if rng.random() < 0.05:  # a place in one sentence in twenty, as in regional news
        text += " in " + rng.choice(PLACES)
    return text[0].upper() + text[1:] + "."


def rows(start, stop, seed, context):
    """The COPY rows for articles start..stop-1 (every column the table needs)."""
    rng = random.Random(seed)
    words, weights = vocabulary()
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    now = time.time()
    for n in range(start, stop):
        title = sentence(rng, words, cum, rng.randint(5, 9))[:-1]
        if rng.random() < 0.1:
            title = rng.choice(PLACES) + ": " + title
        summary = sentence(rng, words, cum, rng.randint(15, 25))
        paragraphs = [
            " ".join(sentence(rng, words, cum, rng.randint(10, 20)) for _ in range(3))
            for _ in range(rng.randint(3, 5))
        ]
        kind = rng.random()
        status = "published" if kind < 0.95 else ("draft" if kind < 0.98 else "review")
        # Five years, denser lately, written in publication order as a newsroom writes them
        # (so the table's physical order follows time, as in production).
        position = min(1.0, (n + rng.random() * 50) / context["total"])
        age = (1 - position) ** 1.5 * 5 * 365 * 86400
        published = now - age if status == "published" or rng.random() < 0.5 else None
        if status == "published" and rng.random() < 0.001:
            # scheduled: a month's queue (~30 a day at a million articles, one every ~48 min,
            # each of which refreshes the cached lists it joins when it goes live)
            published = now + rng.random() * 30 * 86400
        stamp = time.strftime("%Y-%m-%d %H:%M:%S+00", time.gmtime(published or now))
        values = {
            "title": title,
            "slug": f"{re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')[:80]}-{n}",
            "summary": summary,
            "body": "\n\n".join(paragraphs),
            "byline": rng.choice(NAMES),
            "dateline": rng.choice(PLACES).upper(),
            "source_id": rng.choice(context["sources"]),
            "section_id": rng.choice(context["sections"]),
            "status": status,
            "published_at": stamp if published else None,
            "created_at": stamp,
            "updated_at": stamp,
        }
        yield [values.get(c, context["defaults"].get(c)) for c in context["columns"]]


def copy_worker(args):
    start, stop, seed, context = args
    import psycopg

    with psycopg.connect(context["dsn"]) as conn, conn.cursor() as cur:
        names = ", ".join(f'"{c}"' for c in context["columns"])
        with cur.copy(f"COPY articles_article ({names}) FROM STDIN") as copy:
            for row in rows(start, stop, seed, context):
                copy.write_row(row)
    return stop - start


def setup_django(refill):
    use_bench_database(BENCH_DB, fresh=refill)


def fill(n, processes):
    """Sections, sources, then n articles by parallel COPY; indexes rebuilt afterwards."""
    from django.db import connection

    from articles.models import Article, Section, Source

    have = Article.objects.count()
    if have == n:
        print(f"reusing {BENCH_DB}: {n:,} articles")
        return
    if have:
        sys.exit(f"{BENCH_DB} holds {have:,} articles, not {n:,}: rerun with --refill")
    Section.objects.filter(parent__isnull=False).delete()  # what an interrupted fill left
    Section.objects.all().delete()
    Source.objects.all().delete()
    sections = []
    for position, (root_name, children) in enumerate(SECTIONS.items()):
        root = Section.objects.create(name=root_name, slug=root_name.lower(), position=position)
        sections.append(root.pk)
        for child in children:
            sections.append(Section.objects.create(name=child, slug=child.lower(), parent=root).pk)
    sources = [
        Source.objects.create(name=f"Bench Agency {i}", slug=f"bench-agency-{i}").pk
        for i in range(20)
    ]
    fields = [f for f in Article._meta.concrete_fields if not f.primary_key]
    fields = [f for f in fields if f.name != "search_vector"]
    defaults = {}
    for f in fields:
        if f.has_default():
            value = f.get_db_prep_save(f.get_default(), connection)
            value = value.obj if hasattr(value, "obj") else value  # psycopg's Jsonb wrapper
            if isinstance(value, list | dict):
                value = json.dumps(value)
            elif isinstance(value, enum.Enum):  # a TextChoices default: send the plain value
                value = value.value
            defaults[f.column] = value
        elif not f.null:
            defaults[f.column] = ""
    context = {
        "dsn": os.environ["DATABASE_URL"].replace("postgres://", "postgresql://"),
        "columns": [f.column for f in fields],
        "defaults": defaults,
        "sources": sources,
        "sections": sections,
        "total": n,
    }
    # Secondary indexes are built once at the end: far faster than row by row.
    with connection.cursor() as cur:
        cur.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles_article' "
            "AND indexname NOT LIKE '%%pkey' AND indexdef NOT LIKE 'CREATE UNIQUE%%'"
        )
        indexes = cur.fetchall()
        for name, _ in indexes:
            cur.execute(f'DROP INDEX "{name}"')
    connection.close()
    started = time.perf_counter()
    chunk = max(1000, n // (processes * 8))
    jobs = [(s, min(s + chunk, n), s, context) for s in range(0, n, chunk)]
    done = 0
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        for count in pool.imap_unordered(copy_worker, jobs):
            done += count
            print(f"\r  loaded {done:,}/{n:,} articles", end="", flush=True)
    loaded = time.perf_counter() - started
    print(f"\n  COPY (with the search trigger): {loaded:.0f} s ({n / loaded:,.0f} rows/s)")
    started = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute("SET maintenance_work_mem = '1GB'")
        for _, definition in indexes:
            cur.execute(definition)
        cur.execute("VACUUM ANALYZE articles_article")
    print(f"  indexes + VACUUM ANALYZE: {time.perf_counter() - started:.0f} s")
