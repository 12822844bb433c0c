"""Webhook events from the write paths: explicit calls beside the page cache's, on commit.

The admin (change form, list edits, bulk actions, delete), the workflow's actions and the
importers call :func:`article_changed` (one article: its public state before, the instance or
state after) or :func:`articles_changed` (a bulk write), inside the write's transaction. When it
commits, the event readers would notice is worked out from the two states (the page cache's
``changes.visible``: published and due):

* not visible → visible: ``article.published``; published with a future time (scheduled): the
  same event, delivered when the time comes (the delivery waits, and is cancelled if the article
  is no longer due to go live by then);
* visible → visible with a field readers see changed: ``article.updated``;
* visible → archived: ``article.archived``; → draft, review, the future, or deleted:
  ``article.unpublished``.

A delivery row per subscriber that wants the event is written, then the delivery tasks queued.
Drafts changing, or fields readers never see, emit nothing. No subscriber: one cheap query.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from ...cache import changes
from ..models import Event, WebhookDelivery, WebhookSubscriber

logger = logging.getLogger("articles.api.webhooks")


def event_for(before: dict | None, after: dict | None, now=None) -> str | None:
    """The event a change from ``before`` to ``after`` (public states; None: absent) makes."""
    now = now or timezone.now()
    was, is_ = changes.visible(before, now), changes.visible(after, now)
    if not was and (is_ or changes.scheduled(after, now)):
        if changes.scheduled(before, now) and before.get("published_at") == after.get(
            "published_at"
        ):
            return None  # still scheduled for the same time: announced already
        return Event.PUBLISHED
    if was and is_:
        fields = changes.ARTICLE_FIELDS
        if any(before.get(f, changes.UNKNOWN) != after.get(f, changes.UNKNOWN) for f in fields):
            return Event.UPDATED
        return None
    if was and not is_:
        if after is not None and after.get("status") == "archived":
            return Event.ARCHIVED
        return Event.UNPUBLISHED
    return None


def _state(article) -> dict | None:
    if article is None or isinstance(article, dict):
        return article
    return changes.state(article, changes.ARTICLE_FIELDS)


def article_changed(before: dict | None, after) -> None:
    """One article went from ``before`` (``cache.article_state()``) to ``after`` (the instance
    as saved, its state, or None when deleted). Call it inside the write's transaction."""
    after = _state(after)
    transaction.on_commit(lambda: _emit([(before, after)]), robust=True)


def articles_changed(ids=(), *, before: dict | None = None, batch=None) -> None:
    """A bulk write: as ``cache.articles_changed``. Articles whose state before is unknown are
    taken as new (a publication) when visible now."""
    ids = {int(pk) for pk in ids} | set(before or {})
    batch_id = getattr(batch, "pk", batch)
    before = dict(before or {})
    transaction.on_commit(lambda: _emit_bulk(ids, before, batch_id), robust=True)


_UNREAD = object()  # a bulk path wrote the article without reading it first


def _emit_bulk(ids, before, batch_id):
    if not _subscribed():
        return
    from ...cache import article_states
    from ...models import Article

    if batch_id is not None:
        ids = ids | set(
            Article.objects.filter(import_batch_id=batch_id).values_list("pk", flat=True)
        )
    after = article_states(ids)
    unread = [pk for pk in ids if pk not in before]
    # Written without being read first (an import's update): announced already means updated,
    # never announced means published.
    announced = set(
        WebhookDelivery.objects.filter(article_id__in=unread, event=Event.PUBLISHED).values_list(
            "article_id", flat=True
        )
    )
    pairs = []
    for pk in ids:
        now_state = after.get(pk)
        if now_state is not None:
            now_state = {**now_state, "id": pk}
        if pk in before:
            was = before[pk]
            if was is not None and isinstance(was.get("title"), bytes):  # a compact state
                now_state = changes.compact(now_state)
            pairs.append((was, now_state))
        elif pk in announced:
            pairs.append((_UNREAD, now_state))
        else:
            pairs.append((None, now_state))
    _emit(pairs)


def _subscribed() -> bool:
    return WebhookSubscriber.objects.filter(active=True).exists()


def _emit(pairs) -> None:
    try:
        subscribers = list(WebhookSubscriber.objects.filter(active=True))
        if not subscribers:
            return
        now = timezone.now()
        rows = []
        for before, after in pairs:
            if before is _UNREAD:
                event = Event.UPDATED if changes.visible(after, now) else None
                before = None
            else:
                event = event_for(before, after, now)
            if event is None:
                continue
            pk = (after or before)["id"]
            due = now
            if event == Event.PUBLISHED and changes.scheduled(after, now):
                due = after["published_at"]
            payload = _payload(event, pk, after if after is not None else before, now)
            rows.extend(
                WebhookDelivery(
                    subscriber=s,
                    event=event,
                    article_id=pk,
                    payload=payload,
                    next_attempt_at=due,
                )
                for s in subscribers
                if s.wants(event)
            )
        if not rows:
            return
        created = WebhookDelivery.objects.bulk_create(rows)
        from .tasks import enqueue

        for delivery in created:
            enqueue(delivery)
    except Exception:  # a write must never fail because of a webhook
        logger.exception("could not queue webhook deliveries")


def _payload(event: str, pk: int, state: dict, now: datetime.datetime) -> dict:
    """What subscribers receive: the event and enough to fetch the article (never its body:
    an unpublished article's content stays in the newsroom)."""
    from django.urls import reverse

    article = {"id": pk, "api_path": reverse("api:article", kwargs={"article_id": pk})}
    if event != Event.UNPUBLISHED and event != Event.ARCHIVED:
        for name in ("slug", "status"):
            value = state.get(name)
            if isinstance(value, str):
                article[name] = value
        when = state.get("published_at")
        if isinstance(when, datetime.datetime):
            article["published_at"] = when.isoformat()
    return {"event": event, "occurred_at": now.isoformat(), "article": article}
