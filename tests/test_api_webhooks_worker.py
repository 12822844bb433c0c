"""Webhook deliveries through a real ``celery worker`` on Redis (database 10): a subscriber that
fails once is retried by Celery after the backoff, with the same delivery id, and the log says so.

PostgreSQL only: the worker is another process and needs a database it can share.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.db import connection, transaction

from articles.api.models import WebhookDelivery, WebhookSubscriber
from articles.api.webhooks import events, signing
from newsroom.celery import app
from tests.factories import ArticleFactory
from tests.test_api_webhooks import Receiver

ROOT = Path(__file__).resolve().parents[1]
BROKER = "redis://127.0.0.1:6379/10"

pytestmark = [pytest.mark.django_db(transaction=True)]


def database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def worker(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("a worker process needs a database it can share (PostgreSQL)")
    client = redis.Redis.from_url(BROKER)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    client.flushdb()
    app._pool, app.amqp._producer_pool = None, None
    app.conf.update(task_always_eager=False, broker_url=BROKER)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": BROKER,
        "NEWSROOM_WEBHOOK_BACKOFF_SECONDS": "1",
    }
    log = open(tmp_path / "worker.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "newsroom", "worker", "-P", "solo", "-l", "INFO"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield tmp_path / "worker.log"
    finally:
        process.kill()
        process.wait(timeout=10)
        log.close()
        app.conf.update(task_always_eager=True, broker_url="")
        app._pool, app.amqp._producer_pool = None, None
        client.flushdb()


def test_a_failed_delivery_is_retried_by_the_worker_after_the_backoff(worker):
    receiver = Receiver()
    try:
        receiver.statuses = [500]
        WebhookSubscriber.objects.create(name="Partner", url=receiver.url)
        with transaction.atomic():
            article = ArticleFactory()
            events.article_changed(None, article)  # queued when this commits
        deadline = time.monotonic() + 60
        while len(receiver.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(receiver.received) == 2, worker.read_text()[-3000:]
        delivery = WebhookDelivery.objects.get()
        deadline = time.monotonic() + 10
        while delivery.status != "delivered" and time.monotonic() < deadline:
            time.sleep(0.1)
            delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts, delivery.last_status_code) == (
            "delivered",
            2,
            200,
        )
        first, second = receiver.received
        assert (
            first["headers"][signing.DELIVERY_HEADER]
            == second["headers"][signing.DELIVERY_HEADER]
            == str(delivery.uuid)
        )
        assert second["at"] - first["at"] >= 0.7  # Celery waited the backoff (1 s +- 20%)
        secret = WebhookSubscriber.objects.get().secret
        for request in (first, second):  # each try signed afresh, both valid
            signing.verify(secret, request["body"], request["headers"][signing.HEADER])
        assert "api.deliver_webhook" in worker.read_text()
    finally:
        receiver.close()
