#!/usr/bin/env python
"""Bulk CSV import speed on PostgreSQL, as ratios against baselines measured in the same run.

    .venv/bin/python bench/bench_csv.py [--rows 100000] [--admin-rows 20000] [--floor] [--quick]

Uses its own database, newsroom_bench_csv on the local server (BENCH_PG names another server),
created and migrated here.

1. ``manage.py import_articles`` (a fresh process, as an operator runs it) on N generated rows
   into an empty articles table, against ``psql \\copy`` of the same file into a flat table of
   text columns (target: at most 1.5x, validation included), with its peak RSS. As in
   production, a search indexer (``update_search_index --watch``) runs beside it, so the import
   leaves the search vectors to it (articles/search_index.py); the time until every article is
   searchable is printed too, and the command's own CPU time (reading, validating, planning and
   encoding the rows; one Python process under the GIL cannot import in less time than that).
   Then the same import with no indexer (indexing as it writes). ``--floor`` also times
   ``psql \\copy`` of the same rows straight into ``articles_article`` (its indexes and
   constraints, search deferred as beside an indexer): what PostgreSQL needs to store them.
2. The admin path: ``ArticleResource`` through django-import-export's ``import_data`` as the
   admin's confirm step runs it (the upload parsed by the admin's format, bulk mode, the indexer
   running), against django-import-export with default settings (a plain ``ModelResource``, one
   ``save()`` per row) on the same M rows (target: at least 8x faster); then the admin path
   again with no indexer.

``--quick`` skips the runs without an indexer.
It empties the article tables of its database before each part.
"""

import argparse
import contextlib
import csv
import datetime
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.benchdb import use_bench_database  # noqa: E402

use_bench_database("newsroom_bench_csv", fresh=False)

import tablib  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.db import connection  # noqa: E402
from import_export.resources import modelresource_factory  # noqa: E402

from articles import search_index  # noqa: E402
from articles.admin.importexport import CSVImport  # noqa: E402
from articles.importers.articles_resource import ArticleResource  # noqa: E402
from articles.importers.csv_fields import clean_section_path  # noqa: E402
from articles.importers.csv_lookup import SectionResolver, SourceResolver  # noqa: E402
from articles.models import Article  # noqa: E402

COLUMNS = [
    "title", "slug", "summary", "body", "byline", "dateline", "source", "section", "status",
    "published_at", "url", "external_id",
]  # fmt: skip
SOURCES = [
    "Vietnam News Agency", "VNA", "Nhân Dân", "Tuổi Trẻ", "Điện Biên Phủ Online", "Reuters",
    "Agence France-Presse", "Press Release Wire",
]  # fmt: skip
SECTIONS = [
    "News", "News / Politics", "News / Economy", "News / Society", "World", "World / Asia",
    "Business", "Business / Markets", "Culture", "Culture / Tourism", "Sport", "Sport / Football",
    "Science", "Opinion", "Life / Health",
]  # fmt: skip
WORDS = (
    "government minister province people economy growth export rice coffee tourism visitors "
    "festival river delta bridge highway project investment bank market price season farmers "
    "students school hospital health climate flood storm rain heritage museum temple city "
    "district committee meeting agreement trade partners delegation cooperation development "
    "Hà Nội Đà Nẵng Huế Cần Thơ Điện Biên đồng bằng sông Cửu Long phát triển kinh tế"
).split()
PLACES = ["HANOI", "HO CHI MINH CITY", "DA NANG", "HUE", "CAN THO", "DIEN BIEN PHU", "HAI PHONG"]
BYLINES = ["Mai Anh", "Trần Văn Lâm", "Staff reporter", "Lan Hương", ""]


def generate(path: Path, n: int, seed: int = 4):
    """N articles shaped like an archive export: every column, a ~3.3 KB body (500 words)."""
    rng = random.Random(seed)
    pool = [
        " ".join(rng.choices(WORDS, k=rng.randint(8, 22))).capitalize() + rng.choice(".?!.")
        for _ in range(4000)
    ]
    start = datetime.datetime(2015, 1, 1, 6, 0)
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(COLUMNS)
        for i in range(n):
            title = rng.choice(pool)[:-1][:120]
            body = "\n\n".join(
                " ".join(rng.sample(pool, rng.randint(2, 5))) for _ in range(rng.randint(5, 10))
            )
            status = rng.choices(["published", "draft", "review", "archived"], [80, 10, 5, 5])[0]
            moment = start + datetime.timedelta(minutes=37 * i + rng.randint(0, 30))
            words = title.lower().encode("ascii", "ignore").decode().split()[:6]
            out.writerow(
                [
                    title,
                    "-".join([*words, str(i)]),
                    rng.choice(pool),
                    body,
                    rng.choice(BYLINES),
                    f"{rng.choice(PLACES)}, {moment:%b. %-d}",
                    rng.choice(SOURCES),
                    rng.choice(SECTIONS),
                    status,
                    moment.isoformat() if status != "draft" or rng.random() < 0.5 else "",
                    f"https://news.example.com/{moment:%Y/%m}/story-{i}",
                    f"ARC-{i:08d}",
                ]
            )


def empty_tables():
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE articles_article, articles_historicalarticle, articles_importbatch, "
            "articles_source, articles_section RESTART IDENTITY CASCADE"
        )


def psql(*commands, options=""):
    db = settings.DATABASES["default"]
    args = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db["HOST"] or "127.0.0.1",
            "-p", str(db["PORT"] or 5432), "-U", db["USER"], "-d", db["NAME"]]  # fmt: skip
    for command in commands:
        args += ["-c", command]
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or "", "PGOPTIONS": options}
    began = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def flat_copy(path: Path, keep=False) -> float:
    """Seconds for psql's \\copy of the file into a flat table of text columns."""
    flat = ", ".join(f"{c} text" for c in COLUMNS)
    psql("DROP TABLE IF EXISTS bench_flat", f"CREATE TABLE bench_flat ({flat})")
    seconds = psql(f"\\copy bench_flat FROM '{path}' WITH (FORMAT csv, HEADER true)")
    if not keep:
        psql("DROP TABLE bench_flat")
    return seconds


def floor_copy(path: Path, work: Path) -> float:
    """Seconds for psql's \\copy of the same rows straight into articles_article."""
    flat_copy(path, keep=True)
    shaped = work / "shaped.txt"
    psql(
        f"\\copy (SELECT title, slug, coalesce(summary, ''), coalesce(body, ''), "
        "coalesce(byline, ''), coalesce(dateline, ''), status, published_at::timestamptz, "
        "coalesce(url, ''), external_id, now(), now(), 1, '[]', '[]', '', false FROM bench_flat) "
        f"TO '{shaped}'",
        "DROP TABLE bench_flat",
    )
    empty_tables()
    columns = (
        "title, slug, summary, body, byline, dateline, status, published_at, canonical_url, "
        "external_id, created_at, updated_at, version, captions, import_warnings, "
        "import_fingerprint, is_stub"
    )
    # Search indexing deferred, as the import defers it beside a running indexer.
    seconds = psql(
        f"\\copy articles_article ({columns}) FROM '{shaped}'",
        options="-c newsroom.defer_search=on",
    )
    empty_tables()
    return seconds


def import_command(path: Path) -> tuple[float, int, float]:
    """Seconds, peak RSS (MB) and CPU seconds (its own, not the server's) of `manage.py
    import_articles FILE` in a fresh process."""
    empty_tables()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "import_articles", str(path)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    assert Article.objects.count() > 0
    return seconds, after.ru_maxrss // 1024, cpu


def admin_ours(data: bytes, user) -> float:
    """The admin's confirm step: the upload read by its format, then import_data in bulk mode."""
    empty_tables()
    began = time.perf_counter()
    dataset = CSVImport().create_dataset(data)
    result = ArticleResource().import_data(
        dataset, dry_run=False, raise_errors=True, file_name="bench.csv", user=user,
        retain_instance_in_row_result=True,
    )  # fmt: skip
    seconds = time.perf_counter() - began
    assert result.totals["new"] == len(dataset) and not result.has_validation_errors()
    return seconds


def admin_defaults(data: bytes, user) -> float:
    """django-import-export's defaults: a plain ModelResource of Article, rows saved one by one.

    It cannot look sources and sections up by name, so the file it gets names them by id (they
    are created first, outside the timing); times lose their "T" for its DateTimeWidget."""
    empty_tables()
    sources, sections = SourceResolver(), SectionResolver()
    text = data.decode()
    reader = csv.DictReader(text.splitlines(keepends=True))
    rows = []
    for row in reader:
        row["source"] = sources.resolve(row["source"]).pk
        row["section"] = sections.resolve(clean_section_path(row["section"])).pk
        row["published_at"] = row["published_at"].replace("T", " ")
        row["canonical_url"] = row.pop("url")
        rows.append(row)
    out = tablib.Dataset(headers=list(rows[0]))
    for row in rows:
        out.append(list(row.values()))
    plain = out.export("csv")
    began = time.perf_counter()
    dataset = tablib.import_set(plain, format="csv")
    result = modelresource_factory(Article)().import_data(
        dataset, dry_run=False, raise_errors=True, file_name="bench.csv", user=user,
        retain_instance_in_row_result=True,
    )  # fmt: skip
    seconds = time.perf_counter() - began
    assert result.totals["new"] == len(dataset)
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--admin-rows", type=int, default=20_000)
    parser.add_argument("--floor", action="store_true", help="also time \\copy into articles")
    parser.add_argument(
        "--quick", action="store_true", help="skip the runs without a search indexer"
    )
    args = parser.parse_args()
    name = settings.DATABASES["default"]["NAME"]
    if connection.vendor != "postgresql" or "bench" not in name:
        sys.exit(f"refusing to run on {connection.vendor} database {name!r}: use a *bench* one")
    user, _ = User.objects.update_or_create(  # an editor: the admin import checks roles
        username="bench-importer", defaults={"is_staff": True, "is_superuser": True}
    )
    run(args, user)


@contextlib.contextmanager
def indexer():
    """``manage.py update_search_index --watch`` in its own process, as production runs it."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "update_search_index", "--watch"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not search_index.indexer_running():
            if time.monotonic() > deadline or process.poll() is not None:
                sys.exit("the search indexer did not start")
            time.sleep(0.1)
        yield
    finally:
        process.terminate()
        process.wait(30)


def searchable_after(began: float) -> float:
    """Seconds from ``began`` until the indexer has indexed every article."""
    while search_index.pending():
        time.sleep(0.1)
    return time.perf_counter() - began


def run(args, user):
    with tempfile.TemporaryDirectory(prefix="bench_csv_") as work:
        work = Path(work)
        big, small = work / "articles.csv", work / "admin.csv"
        began = time.perf_counter()
        generate(big, args.rows)
        generate(small, args.admin_rows, seed=5)
        print(
            f"generated {args.rows:,} rows ({big.stat().st_size / 1e6:.0f} MB) and "
            f"{args.admin_rows:,} rows in {time.perf_counter() - began:.0f} s",
            flush=True,
        )

        copy_s = flat_copy(big)
        print(f"psql \\copy into a flat table: {copy_s:.1f} s", flush=True)
        with indexer():
            began = time.perf_counter()
            ours_s, rss, cpu_s = import_command(big)
            ready_s = searchable_after(began)
        print(
            f"import_articles, search indexer running: {ours_s:.1f} s = "
            f"{args.rows / ours_s:,.0f} rows/s, {ours_s / copy_s:.2f}x psql \\copy "
            f"(target <= 1.5x); peak RSS {rss} MB; all searchable after {ready_s:.1f} s "
            f"({ready_s / copy_s:.2f}x); the command's own CPU time {cpu_s:.1f} s "
            f"({cpu_s / copy_s:.2f}x: reading, validating, planning and encoding the rows)",
            flush=True,
        )
        if not args.quick:
            inline_s, _, _ = import_command(big)
            print(
                f"import_articles, no indexer (indexes as it writes): {inline_s:.1f} s = "
                f"{inline_s / copy_s:.2f}x psql \\copy",
                flush=True,
            )
        if args.floor:
            floor_s = floor_copy(big, work)
            print(
                f"psql \\copy straight into articles_article (search deferred): "
                f"{floor_s:.1f} s = {floor_s / copy_s:.2f}x the flat \\copy",
                flush=True,
            )

        data = small.read_bytes()
        with indexer():
            began = time.perf_counter()
            mine = admin_ours(data, user)
            ready = searchable_after(began)
        plain = admin_defaults(data, user)
        print(
            f"admin path (ArticleResource, bulk, search indexer running): "
            f"{args.admin_rows / mine:,.0f} rows/s, all searchable after {ready:.1f} s; "
            f"django-import-export defaults: {args.admin_rows / plain:,.0f} rows/s; "
            f"admin path {plain / mine:.1f}x faster (target >= 8x)",
            flush=True,
        )
        if not args.quick:
            inline = admin_ours(data, user)
            print(
                f"admin path, no indexer (indexes as it writes): "
                f"{args.admin_rows / inline:,.0f} rows/s = {plain / inline:.1f}x the defaults",
                flush=True,
            )
        empty_tables()


if __name__ == "__main__":
    main()
