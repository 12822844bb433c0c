"""A real ``celery worker`` on Redis, killed with SIGKILL in the middle of a job: nothing it
wrote is left, and the job is delivered again to the next worker, which finishes it once.

PostgreSQL only: the worker is another process, and SQLite's test database lives in memory.
Bounded in time: every wait has a deadline, and the workers are killed whatever happens.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import redis
from django.db import connection

from articles.ingest import jobs
from articles.ingest.models import Job
from articles.models import Article, RawDump, Source
from newsroom.celery import app

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
BROKER = "redis://127.0.0.1:6379/11"
WIRE = (ROOT / "tests" / "data" / "dumps" / "wire_2024_03_05.txt").read_bytes()

pytestmark = [pytest.mark.django_db(transaction=True)]


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def redis_broker():
    if connection.vendor != "postgresql":
        pytest.skip("a worker process needs a database it can share (PostgreSQL)")
    client = redis.Redis.from_url(BROKER)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    client.flushdb()
    app._pool, app.amqp._producer_pool = None, None
    before = app.conf.broker_url
    app.conf.update(task_always_eager=False, broker_url=BROKER)
    yield client
    app.conf.update(task_always_eager=True, broker_url=before)
    app._pool, app.amqp._producer_pool = None, None
    client.flushdb()


@pytest.fixture
def start_worker(redis_broker):
    workers = []
    ARTIFACTS.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": BROKER,
        # A message whose worker vanished is handed out again after 3 s (an hour in production).
        "CELERY_VISIBILITY_TIMEOUT": "3",
        "CELERY_RESTORE_INTERVAL": "1",
    }

    def start(name):
        log = open(ARTIFACTS / f"worker-{name}.log", "w")  # noqa: SIM115 (the worker's)
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "newsroom",
                "worker",
                "--pool=prefork",
                "--concurrency=1",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"{name}@%h",
                "--loglevel=INFO",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the pool dies with it
        )
        workers.append((process, log))
        return process

    yield start
    for process, log in workers:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        log.close()


def lock_waits(dbname) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
            [dbname],
        )
        return cursor.fetchone()[0]


def test_a_job_survives_its_worker_killed_with_sigkill(start_worker):
    dbname = connection.settings_dict["NAME"]
    # Hold the article table so the first worker stops inside its import's transaction, after
    # it wrote the source it found, before its articles.
    locker = psycopg.connect(database_url().replace("postgres://", "postgresql://"))
    locker.execute("LOCK TABLE articles_article IN EXCLUSIVE MODE")
    try:
        first = start_worker("first")
        job = jobs.submit_dump(WIRE, "wire.txt", channel="push-dump")
        assert job.status == Job.Status.QUEUED
        wait_for(lambda: lock_waits(dbname) > 0, 60, "the worker to be inside its import")
        job.refresh_from_db()
        assert job.status == Job.Status.RUNNING and job.attempts == 1
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        locker.rollback()
        locker.close()
    # The killed worker's transaction is rolled back: nothing half-written.
    wait_for(lambda: lock_waits(dbname) == 0, 30, "the killed worker's session to end")
    time.sleep(0.5)
    assert not Article.objects.exists()
    assert not Source.objects.exists()  # it had found (created) one inside the transaction
    job.refresh_from_db()
    assert job.status == Job.Status.RUNNING and job.done == 0

    start_worker("second")
    wait_for(
        lambda: Job.objects.filter(pk=job.pk, status=Job.Status.DONE).exists(),
        60,
        "the job to be delivered again and finished",
    )
    job.refresh_from_db()
    assert job.attempts == 2 and job.done == 1 and job.counts["created"] == 3
    assert Article.objects.filter(is_stub=False).count() == 3
    assert Source.objects.filter(name="Vietnam News Agency").count() == 1
    assert RawDump.objects.count() == 1
