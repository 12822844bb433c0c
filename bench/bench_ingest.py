#!/usr/bin/env python
"""Ingest throughput through the job queue: dumps/s and articles/s with 1 and 2 Celery workers.

    .venv/bin/python bench/bench_ingest.py [--articles 3000] [--per-file 50] [--workers 1 2]

Uses its own PostgreSQL database (newsroom_bench_ingest) and Redis database (BENCH_BROKER,
redis://127.0.0.1:6379/11 by default, flushed: run nothing else on it meanwhile). Generates
wire dumps, then, from the same run:

* the baseline: ``import_dumps`` in this process (no queue), the same dumps into an empty
  database;
* for each worker count: the files stored as raw dumps and submitted as one job per file
  (``import_dumps --queue --chunk 1``), then the time until every job is done, with N
  ``celery worker --concurrency 1`` processes; as dumps/s, articles/s and a ratio to the
  baseline. Jobs also fingerprint their articles for near-duplicate grouping, which the
  baseline does not.
"""

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_dump_import import make_dumps  # noqa: E402
from bench.benchdb import SERVER, use_bench_database  # noqa: E402

BENCH_DB = "newsroom_bench_ingest"
BROKER = os.environ.get("BENCH_BROKER", "redis://127.0.0.1:6379/11")


def empty_database():
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)


def start_workers(n: int, log_dir: Path) -> list[subprocess.Popen]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "DATABASE_URL": f"{SERVER}/{BENCH_DB}",
        "CELERY_BROKER_URL": BROKER,
    }
    workers = []
    for i in range(n):
        log = open(log_dir / f"worker-{i}.log", "w")  # noqa: SIM115 (closed with the worker)
        workers.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "newsroom",
                    "worker",
                    "--concurrency=1",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    "-n",
                    f"bench{i}@%h",
                    "--loglevel=WARNING",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
    return workers


def wait_ready(n: int, timeout=60):
    from newsroom.celery import app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=1.0) or []
        if len(replies) >= n:
            return
    raise SystemExit(f"the {n} workers did not answer within {timeout} s")


def stop(workers):
    for w in workers:
        if w.poll() is None:
            os.killpg(w.pid, signal.SIGTERM)
    for w in workers:
        try:
            w.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(w.pid, signal.SIGKILL)
            w.wait()


def queued_run(directory: Path, n_workers: int, log_dir: Path) -> tuple[float, int, int]:
    from django.core.management import call_command

    from articles.ingest.models import Job
    from articles.models import Article

    empty_database()
    workers = start_workers(n_workers, log_dir)
    try:
        wait_ready(n_workers)
        t0 = time.perf_counter()
        with open(os.devnull, "w") as quiet:
            call_command("import_dumps", str(directory), "--queue", "--chunk", "1", stdout=quiet)
        total = Job.objects.count()
        deadline = time.monotonic() + 1800
        while Job.objects.filter(status__in=["done", "failed"]).count() < total:
            if time.monotonic() > deadline:
                raise SystemExit("the jobs did not finish within 30 minutes (see the worker logs)")
            time.sleep(0.05)
        elapsed = time.perf_counter() - t0
    finally:
        stop(workers)
    failed = Job.objects.filter(status="failed").count()
    if failed:
        print(f"  warning: {failed} jobs failed: {Job.objects.filter(status='failed')[0].error}")
    return elapsed, total, Article.objects.filter(is_stub=False).count()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--per-file", type=int, default=50)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    os.environ["CELERY_BROKER_URL"] = BROKER  # this process submits to the broker
    use_bench_database(BENCH_DB, fresh=True, settings="newsroom.settings.dev")
    import redis

    from articles.importers.dump_import import import_paths
    from articles.models import Article

    redis.Redis.from_url(BROKER).flushdb()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "dumps"
        directory.mkdir()
        logs = Path(tmp)
        make_dumps(directory, args.articles, args.per_file)
        files = len(list(directory.iterdir()))

        empty_database()
        t0 = time.perf_counter()
        import_paths([directory])
        base_s = time.perf_counter() - t0
        base_articles = Article.objects.filter(is_stub=False).count()
        print(f"dumps: {files} files, {base_articles} articles (the same in every run)")
        print(
            f"baseline, in-process import_dumps: {base_s:6.2f} s  {files / base_s:6.1f} dumps/s  "
            f"{base_articles / base_s:6.0f} articles/s  (1.00x)"
        )
        for n in args.workers:
            elapsed, jobs, articles = queued_run(directory, n, logs)
            assert articles == base_articles, (articles, base_articles)
            print(
                f"queue, {n} worker{'s' if n > 1 else ' '}, {jobs} jobs:      {elapsed:6.2f} s  "
                f"{files / elapsed:6.1f} dumps/s  {articles / elapsed:6.0f} articles/s  "
                f"({base_s / elapsed:.2f}x the baseline)"
            )
    redis.Redis.from_url(BROKER).flushdb()


if __name__ == "__main__":
    main()
