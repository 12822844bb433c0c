"""Whole-page caching for the public site, with ETag/Last-Modified and conditional GET.

Every cached page is keyed on a *generation*: a token stored in Django's cache (local memory by
default, Redis in production, so all workers share it). Changing what readers can see makes a new
generation, and every page cached under the old one is simply never read again. The generation
changes when:

* an Article, Section or Source is saved or deleted (signals.py calls :func:`bump`, also once
  the transaction commits, so a page rendered mid-transaction cannot outlive it);
* the next *scheduled* article becomes due (its ``published_at`` passes): the generation records
  when that is, so a scheduled story appears on time without any write;
* a bulk path that bypasses signals (``QuerySet.update``, ``COPY``) calls :func:`bump` — and if it
  forgets, the generation still expires after ``NEWSROOM_PAGE_CACHE_SECONDS``, which bounds how
  stale any page can be.

The ETag is the generation and Last-Modified is when it began, so a browser or proxy revalidating
gets 304 without a query or a render.
"""

import functools
import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.encoding import iri_to_uri

STATE_KEY = "newsroom:generation"
PAGE_KEY = "newsroom:page:{digest}"  # holds (generation token, response)


def page_seconds() -> int:
    return getattr(settings, "NEWSROOM_PAGE_CACHE_SECONDS", 300)


def browser_seconds() -> int:
    return getattr(settings, "NEWSROOM_BROWSER_CACHE_SECONDS", 60)


def bump() -> None:
    """Start a new generation: every cached page and ETag becomes stale.

    Cheap (one cache delete, no query). Call it after writing articles, sections or sources by a
    path that sends no signals, e.g. ``QuerySet.update()`` or ``COPY``.
    """
    cache.delete(STATE_KEY)


def bump_on_commit() -> None:
    """:func:`bump` now and again when the current transaction commits (now if there is none)."""
    bump()
    transaction.on_commit(bump)


def _next_due():
    """When the next scheduled (published, future-dated) article goes live, as a timestamp."""
    from django.db.models import Min
    from django.utils import timezone

    from .models import Article

    due = Article.objects.filter(
        status=Article.Status.PUBLISHED, published_at__gt=timezone.now()
    ).aggregate(due=Min("published_at"))["due"]
    return due.timestamp() if due else None


def state(current: dict | None = None) -> dict:
    """The current generation: {"token", "since" (timestamp), "due" (timestamp or None)}.

    ``current`` is the stored value when the caller has already read it.
    """
    if current is None:
        current = cache.get(STATE_KEY)
    now = time.time()
    if current is None or (current["due"] is not None and now >= current["due"]):
        current = {"token": uuid.uuid4().hex[:16], "since": int(now), "due": _next_due()}
        cache.set(STATE_KEY, current, page_seconds())
    return current


def _etag(generation: dict) -> str:
    return f'W/"{generation["token"]}"'


def cached_page(view):
    """Serve ``view`` from the page cache, answer conditional GETs with 304.

    A hit costs one cache round trip: the generation and the page are read together, and a page
    is used only if it was stored under the current generation. Only anonymous-safe responses
    are stored: GET/HEAD, status 200, no cookies set. Pages that fail (400 for a bad filter, 404)
    are rendered each time and carry no validators.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        uri = iri_to_uri(request.build_absolute_uri()).encode()
        key = PAGE_KEY.format(digest=hashlib.blake2b(uri, digest_size=16).hexdigest())
        found = cache.get_many([STATE_KEY, key])
        generation = request._newsroom_generation = state(found.get(STATE_KEY))
        etag = _etag(generation)
        not_modified = get_conditional_response(
            request, etag=etag, last_modified=generation["since"]
        )
        if not_modified is not None:
            _patch(not_modified, etag, generation)
            return not_modified
        stored = found.get(key)
        if stored is not None and stored[0] == generation["token"]:
            return stored[1]
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code != 200 or response.cookies or response.streaming:
            return response
        _patch(response, etag, generation)
        cache.set(key, (generation["token"], response), page_seconds())
        return response

    return wrapper


def _patch(response, etag, generation):
    from django.utils.http import http_date

    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(generation["since"])
    patch_cache_control(response, public=True, max_age=browser_seconds())
