#!/usr/bin/env python
"""Import N articles from generated raw dumps into PostgreSQL and print the figures.

    .venv/bin/python bench/bench_dump_import.py [--articles 10000] [--per-file 100]

Uses its own database (newsroom_bench_dumps on the local server, created and migrated here) so
it never touches a real one. Prints, from the same run: parse-only time, the full import's time
and articles/s, and the import as a multiple of a plain ``bulk_create`` of the same articles (the
floor any importer that keeps provenance and history has to pay). The bar: 10,000 articles in
under 60 s.
"""

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.benchdb import use_bench_database  # noqa: E402

BENCH_DB = "newsroom_bench_dumps"

WORDS = (
    "province council delegation cooperation economy farmers tourism festival investment "
    "schools hospital border trade ministry villages coffee rice bridge highway reservoir "
    "students teachers digital transformation exports agriculture forest community culture"
).split()


def sentence(rng, n=18):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def wire_story(rng, i):
    title = f"{sentence(rng, 7)[:-1]} number {i}"
    paras = [" ".join(sentence(rng) for _ in range(3)) for _ in range(rng.randint(4, 8))]
    paras[-1] += "/."
    return "\n\n".join([title, *paras, "Source: Vietnam News Agency"])


def chunk(text, size):
    return "\n".join(text[i : i + size] for i in range(0, len(text), size))


def make_dumps(directory: Path, articles: int, per_file: int, seed=7) -> int:
    rng = random.Random(seed)
    total = 0
    for f in range(0, articles, per_file):
        stories = [wire_story(rng, f + k) for k in range(min(per_file, articles - f))]
        text = chunk("\n\n".join(stories) + "\n", rng.choice([512, 1024, 2000]))
        data = text.encode("utf-8")
        (directory / f"wire_{f // per_file:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--per-file", type=int, default=100)
    args = ap.parse_args()
    use_bench_database(BENCH_DB, fresh=True, settings="newsroom.settings.dev")
    from django.db import connection

    from articles.importers.dump_import import dump_files, import_paths
    from articles.importers.dumps import parse_bytes
    from articles.models import Article, Source
    from articles.slugs import make_slug

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        size = make_dumps(directory, args.articles, args.per_file)
        files = dump_files([directory])

        t0 = time.perf_counter()
        parsed = [parse_bytes(p.read_bytes(), p.name) for p in files]
        parse_s = time.perf_counter() - t0
        n_parsed = sum(len(d.articles) for d in parsed)

        t0 = time.perf_counter()
        result = import_paths([directory])
        import_s = time.perf_counter() - t0
        summary = result.summary()

        again0 = time.perf_counter()
        again = import_paths([directory])
        again_s = time.perf_counter() - again0

        # Baseline: bulk_create of the same parsed articles, nothing else.
        source = Source.objects.create(name="Baseline", slug="baseline")
        t0 = time.perf_counter()
        rows = [
            Article(
                title=a.title,
                slug=f"b-{i}-{make_slug(a.title)[:150]}",
                source=source,
                body="\n\n".join(a.body),
            )
            for i, a in enumerate(x for d in parsed for x in d.articles)
        ]
        Article.objects.bulk_create(rows, batch_size=1000)
        bulk_s = time.perf_counter() - t0
    connection.close()

    print(f"dumps: {len(files)} files, {size / 1e6:.1f} MB, {n_parsed} articles parsed")
    print(f"parse only:          {parse_s:6.2f} s  ({size / 1e6 / parse_s:.1f} MB/s)")
    print(
        f"import_dumps:        {import_s:6.2f} s  ({summary['created'] / import_s:.0f} articles/s, "
        f"{summary['created']} created)  bar: 10,000 in < 60 s"
    )
    print(
        f"re-import (no-op):   {again_s:6.2f} s  ({again.summary()['unchanged']} unchanged, "
        f"{again.summary()['created']} created)"
    )
    print(
        f"baseline bulk_create:{bulk_s:6.2f} s  -> import is {import_s / bulk_s:.1f}x bulk_create"
    )


if __name__ == "__main__":
    main()
