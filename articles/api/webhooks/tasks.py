"""Webhook deliveries as Celery tasks (``newsroom.celery``): one attempt per run, retried with
exponential backoff, every attempt written to the delivery log (``WebhookDelivery``).

* :func:`deliver` — claims the delivery row (``select_for_update``; a stale or duplicate task
  finds it done, or at another attempt, and does nothing), POSTs the signed body, records the
  answer. A 2xx is delivered; anything else (an error status, a timeout, a refused connection)
  is retried after ``NEWSROOM_WEBHOOK_BACKOFF_SECONDS * 2**(attempts-1)`` (capped at an hour,
  with jitter) until ``NEWSROOM_WEBHOOK_MAX_ATTEMPTS``, then marked failed.
* :func:`deliver_due` — the beat's sweep (every minute): deliveries whose time has come and that
  no task holds, e.g. a scheduled article's publication, or retries when tasks run in-process
  (no broker: ``make run``), where Celery cannot wait for a countdown.

At least once: a subscriber may see a delivery twice (a worker killed after the POST); the
``Newsroom-Delivery`` header is the same each time, for it to drop duplicates.
"""

import json
import logging
import random
import urllib.error
import urllib.request
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from ..models import Event, WebhookDelivery
from . import signing

logger = logging.getLogger("articles.api.webhooks")
Status = WebhookDelivery.Status
USER_AGENT = "Newsroom-Webhooks/1"


def max_attempts() -> int:
    return int(getattr(settings, "NEWSROOM_WEBHOOK_MAX_ATTEMPTS", 8))


def backoff(attempts: int) -> float:
    """Seconds to wait after the ``attempts``-th failed try."""
    base = float(getattr(settings, "NEWSROOM_WEBHOOK_BACKOFF_SECONDS", 30))
    delay = min(base * 2 ** max(0, attempts - 1), 3600.0)
    return delay * random.uniform(0.8, 1.2)  # noqa: S311  (jitter, not a secret)


def body_of(delivery: WebhookDelivery) -> bytes:
    data = {"id": str(delivery.uuid), **delivery.payload}
    return json.dumps(data, cls=DjangoJSONEncoder, separators=(",", ":")).encode()


def post(url: str, body: bytes, headers: dict, timeout: float) -> int:
    """POST ``body``; the status code (an HTTP error's too). Network errors raise OSError."""
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            response.read(1024)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def enqueue(delivery: WebhookDelivery) -> None:
    """Queue the first attempt (at the delivery's time, for a scheduled publication)."""
    try:
        if delivery.next_attempt_at > timezone.now():
            deliver.apply_async((delivery.pk, 0), eta=delivery.next_attempt_at)
        else:
            deliver.apply_async((delivery.pk, 0))
    except Exception:  # the broker is down: the sweep sends it when it is back
        logger.warning("webhook delivery %s not queued; the sweep will send it", delivery.pk)


def _still_true(delivery: WebhookDelivery, now) -> bool | None:
    """For a publication: True if the article is live now, None if it is still due later,
    False if it will not be (unpublished, deleted, moved)."""
    if delivery.event != Event.PUBLISHED:
        return True
    from ...models import Article

    article = Article.objects.filter(pk=delivery.article_id).only("status", "published_at").first()
    if article is None or article.status != Article.Status.PUBLISHED or not article.published_at:
        return False
    if article.published_at > now:
        return None
    return True


@shared_task(bind=True, name="api.deliver_webhook", acks_late=True, max_retries=None)
def deliver(self, delivery_id: int, attempt: int):
    """Try delivery ``delivery_id``, expected at ``attempt`` tries so far."""
    now = timezone.now()
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("subscriber")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.status != Status.PENDING or delivery.attempts != attempt:
            return "stale"
        if delivery.next_attempt_at > now + timedelta(seconds=1):
            return "early"  # an eta the sweep or a retry will honour
        true = _still_true(delivery, now)
        if true is False:
            delivery.status = Status.CANCELLED
            delivery.last_error = "the article is no longer going live"
            delivery.save(update_fields=["status", "last_error"])
            return "cancelled"
        if true is None:
            return "early"
        delivery.attempts += 1
        delivery.next_attempt_at = now + timedelta(seconds=backoff(delivery.attempts))
        delivery.save(update_fields=["attempts", "next_attempt_at"])
    subscriber = delivery.subscriber
    body = body_of(delivery)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        signing.HEADER: signing.sign(subscriber.secret, body),
        signing.DELIVERY_HEADER: str(delivery.uuid),
        signing.EVENT_HEADER: delivery.event,
    }
    timeout = float(getattr(settings, "NEWSROOM_WEBHOOK_TIMEOUT", 5))
    code, error = None, ""
    try:
        code = post(subscriber.url, body, headers, timeout)
    except (OSError, ValueError) as exc:
        error = f"{type(exc).__name__}: {exc}"[:500]
    delivered = code is not None and 200 <= code < 300
    fields = {"last_status_code": code, "last_error": error}
    if delivered:
        fields.update(status=Status.DELIVERED, delivered_at=timezone.now())
    elif delivery.attempts >= max_attempts():
        fields.update(status=Status.FAILED)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(**fields)
    if delivered:
        return "delivered"
    if delivery.attempts >= max_attempts():
        return "failed"
    if self.request.is_eager:
        return "retry later"  # no broker to wait on: the sweep (deliver_due) retries it
    countdown = (delivery.next_attempt_at - timezone.now()).total_seconds()
    raise self.retry(args=(delivery.pk, delivery.attempts), countdown=max(1, countdown))


@shared_task(name="api.deliver_due_webhooks")
def deliver_due(limit: int = 500) -> int:
    """Send the deliveries whose time has come (the beat runs this every minute). With a broker,
    only those overdue by two minutes: the others have a task (an eta, a retry) on its way."""
    from newsroom.celery import app

    grace = timedelta(0) if app.conf.task_always_eager else timedelta(minutes=2)
    due = list(
        WebhookDelivery.objects.filter(
            status=Status.PENDING, next_attempt_at__lte=timezone.now() - grace
        )
        .order_by("next_attempt_at")
        .values_list("pk", "attempts")[:limit]
    )
    for pk, attempts in due:
        deliver.apply_async((pk, attempts))
    return len(due)
