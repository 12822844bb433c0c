"""Scheduled articles going live by the clock refresh the lists they join, and nothing else.

A scheduled article is *published* with a future ``published_at``: nothing is written when its
time comes, so no write path can invalidate anything. Instead one small state in the cache,
read with every page in the same round trip, says when the next one is due::

    {"due": <timestamp or None>, "since": <timestamp>, "checked": <timestamp>}

The first request at or after ``due`` (or ``RECHECK_SECONDS`` after the last check, which also
catches a due time an editor's note lost to a race) takes a short lock and *releases*: the
articles that went live in ``(since, now]`` without a write since (``published_at >=
updated_at``), whose lists (changes.lists) are invalidated, two indexed queries; then it
reads the next due time. Everyone else goes on at once. A scheduled save notes its time
(:func:`note`) so the state never waits for the recheck.

Until then, list pages tell browsers and CDNs to keep them no longer than until ``due``
(pages.py), so a CDN in front asks again in time.
"""

import logging

from . import store

logger = logging.getLogger("articles.cache")

KEY = "newsroom:schedule"
LOCK = "newsroom:schedule:lock"
RECHECK_SECONDS = 60
STATE_SECONDS = 7 * 24 * 3600
LOCK_SECONDS = 30


def due_in(state: dict | None, now: float) -> float | None:
    """Seconds until the next scheduled article goes live (None: none is scheduled, or unknown)."""
    if not state or state.get("due") is None:
        return None
    return max(0.0, state["due"] - now)


def check(state: dict | None, now: float) -> dict | None:
    """The schedule state to serve with, released first if something came due (the value read
    from the cache with the page; None if there is none yet)."""
    recent = state is not None and now - state["checked"] < RECHECK_SECONDS
    if recent and (state["due"] is None or now < state["due"]):
        return state
    if not store.call("add", LOCK, 1, LOCK_SECONDS):
        return state  # someone else is on it
    try:
        if state is not None:
            _release(state["since"], now)
        fresh = {"due": _next_due(now), "since": now, "checked": now}
        store.call("set", KEY, fresh, STATE_SECONDS)
        return fresh
    finally:
        store.call("delete", LOCK)


def note(published_at) -> None:
    """An article was scheduled for ``published_at``: bring the due time forward if need be."""
    when = published_at.timestamp()
    try:
        state = store.call("get", KEY)
        if state is not None and (state["due"] is None or when < state["due"]):
            store.call("set", KEY, {**state, "due": when}, STATE_SECONDS)
    except store.CacheDown:
        pass  # the state is rebuilt by the first request once the cache answers


def _next_due(now: float):
    import datetime

    from ..models import Article

    moment = datetime.datetime.fromtimestamp(now, tz=datetime.UTC)
    due = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=moment)
        .order_by("published_at")
        .values_list("published_at", flat=True)[:1]
    )
    return due[0].timestamp() if due else None


def _release(since: float, now: float) -> None:
    import datetime

    from django.db.models import F

    from ..models import Article
    from . import changes, invalidation

    start, end = (datetime.datetime.fromtimestamp(t, tz=datetime.UTC) for t in (since, now))
    rows = list(
        Article.objects.filter(
            status=Article.Status.PUBLISHED,
            published_at__gt=start,
            published_at__lte=end,
            published_at__gte=F("updated_at"),  # went live after its last save
        ).values("id", *changes.ARTICLE_FIELDS)
    )
    if not rows:
        return
    parents, found = invalidation._Parents(), set()
    moment = end + datetime.timedelta(microseconds=1)
    for row in rows:
        found |= changes.article_tags(None, row, parents, moment)[0]
    logger.info("%d scheduled article(s) went live: %d tag(s) invalidated", len(rows), len(found))
    invalidation.invalidate_now(found)
