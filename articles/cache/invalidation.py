"""What the write paths call so that readers see their changes, and nothing else is re-rendered.

The admin (change form, list edits, bulk actions, revert, delete) and the importers call these
functions explicitly, inside the write's transaction; the tags are invalidated when it commits
(nothing, if it rolls back), in the shared cache at once and at the CDN through the purge hook
(purge.py). A path that did not read what it overwrote says so, and is handled conservatively.

* :func:`article_changed` — one article, from its state before the write to its state after
  (``article_state()`` of the instance as it was loaded, and the instance as saved). A draft,
  an article in review, a scheduled one and any field readers never see invalidate nothing.
* :func:`articles_changed` — a bulk write (an import, a ``QuerySet.update()``): the articles it
  wrote (by id, with their states before where the path has them) and/or its ImportBatch. More
  than ``MAX_ARTICLE_TAGS`` articles written over existing ones is one documented coarse bump
  of every page.
* :func:`section_changed`, :func:`source_changed` — from signals (signals.py): the taxonomy's
  admin and the importers that create sections and sources call ``save()``.
* :func:`invalidate` — named tags; :func:`bump` — the coarsest, every page, at once.

A cache that is down never fails a write: the invalidation is kept and made when it answers
again (store.py).
"""

import logging

from django.db import transaction
from django.db.models import Max, Min
from django.db.models.functions import TruncMonth
from django.utils import timezone

from . import changes, purge, schedule, store
from . import tags as T

logger = logging.getLogger("articles.cache")

#: Articles a bulk write may name one by one; beyond, it is one bump of every page.
MAX_ARTICLE_TAGS = 5000


# -- states ------------------------------------------------------------------------------------


def article_state(article) -> dict | None:
    """What readers could see of ``article`` (an instance, as loaded), or None."""
    return None if article is None else changes.state(article, changes.ARTICLE_FIELDS)


def bulk_state(article) -> dict | None:
    """:func:`article_state` made small, for a bulk write that keeps many until it commits."""
    return changes.compact(article_state(article))


def article_states(ids) -> dict[int, dict]:
    """The states of the articles ``ids`` as saved now (one query per 900 ids)."""
    from ..models import Article

    ids, found = list(ids), {}
    for start in range(0, len(ids), 900):
        rows = Article.objects.filter(pk__in=ids[start : start + 900]).values(
            "id", *changes.ARTICLE_FIELDS
        )
        found.update((row["id"], row) for row in rows)
    return found


def section_state(section) -> dict | None:
    return None if section is None else changes.state(section, changes.SECTION_FIELDS)


def source_state(source) -> dict | None:
    return None if source is None else changes.state(source, changes.SOURCE_FIELDS)


class _Parents:
    """Each section's parent, read once and only if a change needs it."""

    def __init__(self):
        self._map = None

    def get(self, pk, default=None):
        if self._map is None:
            from ..models import Section

            self._map = dict(Section.objects.values_list("id", "parent_id"))
        return self._map.get(pk, default)


# -- the write paths' calls -------------------------------------------------------------------


def article_changed(before: dict | None, after) -> None:
    """An article went from ``before`` (``article_state()`` before the write; None: it is new)
    to ``after`` (the instance as saved, or its state; None: deleted). Call it inside the write's
    transaction: the tags are invalidated when it commits."""
    if after is not None and not isinstance(after, dict):
        after = article_state(after)
    transaction.on_commit(lambda: _article_committed(before, after), robust=True)


def _article_committed(before, after):
    now = timezone.now()
    found, hard = changes.article_tags(before, after, _Parents(), now)
    if changes.scheduled(after, now):
        schedule.note(after["published_at"])
    if found:
        invalidate_now(found, hard)


def articles_changed(ids=(), *, before: dict | None = None, batch=None) -> None:
    """A bulk write: ``ids`` the articles it wrote, ``before`` their states before it where the
    path read them (id -> state, None for an article it created), ``batch`` an ImportBatch (or
    its id) whose articles it wrote (created ones need no ids). Call it inside the transaction;
    the tags are worked out and invalidated when it commits."""
    ids = {int(pk) for pk in ids} | set(before or {})
    batch_id = getattr(batch, "pk", batch)
    transaction.on_commit(lambda: _bulk_committed(ids, dict(before or {}), batch_id), robust=True)


class Overwritten:
    """What a bulk write overwrites, collected while it plans (before it writes): the states
    readers saw, by id, up to ``MAX_ARTICLE_TAGS``; past that, its commit bumps every page."""

    def __init__(self):
        self.before: dict[int, dict] = {}
        self.overflow = False

    def add(self, article) -> None:
        if article.pk in self.before:
            return
        if len(self.before) >= MAX_ARTICLE_TAGS:
            self.overflow = True
            return
        self.before[article.pk] = bulk_state(article)

    def changed(self, batch=None) -> None:
        """Call inside the write's transaction once it has written (created articles are
        found through ``batch``)."""
        if self.overflow:
            logger.info(
                "more than %d articles rewritten: every page is invalidated", len(self.before)
            )
            invalidate({T.ALL})
        else:
            articles_changed(before=self.before, batch=batch)


_UNREAD = object()


def _bulk_committed(ids, before, batch_id):
    now = timezone.now()
    overwritten = [pk for pk in ids if before.get(pk, _UNREAD) is not None]
    if len(overwritten) > MAX_ARTICLE_TAGS:
        logger.info("%d articles rewritten at once: every page is invalidated", len(overwritten))
        invalidate_now({T.ALL})
        return
    parents, found, hard = _Parents(), set(), set()
    after = {pk: changes.compact(row) for pk, row in article_states(ids).items()}
    for pk in ids:
        was, now_state = before.get(pk, _UNREAD), after.get(pk)
        if was is not _UNREAD:
            was = changes.compact(was)
        if was is _UNREAD:
            tags, hard_tags = changes.article_tags_unknown_before(
                now_state or {"id": pk}, parents, now
            )
        else:
            tags, hard_tags = changes.article_tags(was, now_state, parents, now)
        found |= tags
        hard |= hard_tags
        if changes.scheduled(now_state, now):
            schedule.note(now_state["published_at"])
    if batch_id is not None:
        found |= _batch_lists(batch_id, parents, now)
    if found:
        invalidate_now(found, hard)


def _batch_lists(batch_id, parents, now) -> set[str]:
    """The lists the visible articles of an import batch are on: one grouped query."""
    from ..models import Article

    batch = Article.objects.filter(import_batch_id=batch_id, status=Article.Status.PUBLISHED)
    groups = (
        batch.filter(published_at__lte=now)
        .values("section_id", "source_id", "byline", month=TruncMonth("published_at"))
        .annotate(latest=Max("published_at"))
        .order_by()
    )
    found = set()
    for group in groups:
        found |= changes.lists({**group, "published_at": group["latest"]}, parents, now)
    due = batch.filter(published_at__gt=now).aggregate(due=Min("published_at"))["due"]
    if due is not None:
        schedule.note(due)
    return found


def section_changed(before: dict | None, after) -> None:
    if after is not None and not isinstance(after, dict):
        after = section_state(after)
    found = changes.section_tags(before, after)
    if found:
        invalidate(found)


def source_changed(before: dict | None, after) -> None:
    if after is not None and not isinstance(after, dict):
        after = source_state(after)
    found = changes.source_tags(before, after)
    if found:
        invalidate(found)


def invalidate(tags, hard=()) -> None:
    """Invalidate ``tags`` when the current transaction commits (at once outside one)."""
    tags, hard = set(tags), set(hard)
    transaction.on_commit(lambda: invalidate_now(tags, hard), robust=True)


def invalidate_now(tags, hard=()) -> None:
    """Invalidate ``tags`` in the shared cache, then queue them for the CDN. Never raises."""
    tags = set(tags)
    hard = set(hard) & tags
    try:
        store.bump(tags, hard)
    except store.CacheDown:
        store.bump_later(tags, hard)
    except Exception:  # a write must never fail because of the page cache
        logger.exception("could not invalidate %d tag(s)", len(tags))
    try:
        purge.submit(tags, hard)
    except Exception:
        logger.exception("could not queue the purge of %d tag(s)", len(tags))


def bump(*tags: str) -> None:
    """Invalidate ``tags`` now; with none, every page (the coarse bump, e.g. after raw SQL)."""
    invalidate_now(set(tags) or {T.ALL})


def bump_on_commit() -> None:
    """Every page, when the current transaction commits: for writes no function here fits."""
    invalidate({T.ALL})
