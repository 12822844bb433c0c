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
  forgets, each page still expires ``NEWSROOM_PAGE_CACHE_SECONDS`` after it was rendered, which
  bounds how stale any page can be. Pages expire one by one, as they were rendered, so the
  cache never goes cold all at once.

Each page's ETag is a hash of its content and its Last-Modified the time it was rendered, so a
browser or proxy revalidating a cached page gets 304 without a query or a render, and a page
rendered anew with other content never matches an old validator.
"""

import functools
import hashlib
import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.encoding import iri_to_uri
from django.utils.http import http_date, urlencode

logger = logging.getLogger(__name__)

STATE_KEY = "newsroom:generation"
PAGE_KEY = "newsroom:page:{digest}"  # holds (generation token, ETag, Last-Modified, response)
GENERATION_SECONDS = 24 * 3600


def page_seconds() -> int:
    return getattr(settings, "NEWSROOM_PAGE_CACHE_SECONDS", 300)


def browser_seconds() -> int:
    return getattr(settings, "NEWSROOM_BROWSER_CACHE_SECONDS", 60)


def bump() -> None:
    """Start a new generation: every cached page and ETag becomes stale.

    Cheap (one cache delete, no query). Call it after writing articles, sections or sources by a
    path that sends no signals, e.g. ``QuerySet.update()`` or ``COPY``. With the cache down there
    is nothing to invalidate; the write goes on (the generation expires by itself).
    """
    try:
        cache.delete(STATE_KEY)
    except Exception:
        logger.exception("page cache unavailable; could not start a new generation")


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
    """The current generation: {"token", "due" (when the next scheduled article goes live, a
    timestamp, or None)}. ``current`` is the stored value when the caller has already read it.
    """
    if current is None:
        current = cache.get(STATE_KEY)
    if current is None or (current["due"] is not None and time.time() >= current["due"]):
        current = {"token": uuid.uuid4().hex[:16], "due": _next_due()}
        cache.set(STATE_KEY, current, GENERATION_SECONDS)
    return current


@functools.cache
def query_params() -> frozenset[str]:
    """The query parameters public pages understand: paging, the search box, the filters."""
    from .filters import ArticleFilter, SearchForm

    return frozenset({"page", "p", *SearchForm.base_fields, *ArticleFilter.base_filters})


def page_key(request) -> str | None:
    """The cache key of this request's page, or None when it should not be cached.

    The query string is normalised (sorted) and may hold only parameters
    the pages understand, each once: ``?x=<random>`` would otherwise store a new copy of a page
    per request, an easy way around the cache and to fill it.
    """
    params = sorted(request.GET.items())
    if any(k not in query_params() for k in request.GET) or any(
        len(request.GET.getlist(k)) > 1 for k in request.GET
    ):
        return None
    query = urlencode(params)
    uri = iri_to_uri(f"{request.scheme}://{request.get_host()}{request.path}?{query}").encode()
    return PAGE_KEY.format(digest=hashlib.blake2b(uri, digest_size=16).hexdigest())


def cached_page(view):
    """Serve ``view`` from the page cache, answer conditional GETs with 304.

    A hit costs one cache round trip: the generation and the page are read together, and a page
    is used only if it was stored under the current generation; a revalidation of it gets 304.
    Only anonymous-safe responses are stored: GET/HEAD, status 200, no cookies set. Pages that
    fail (400 for a bad filter, 404) are rendered each time and carry no validators, so no 304
    ever stands for a page that does not exist. When the cache itself is down, pages are
    rendered as if nothing were cached.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        key = page_key(request) if request.method in ("GET", "HEAD") else None
        if key is None:
            return view(request, *args, **kwargs)
        try:
            found = cache.get_many([STATE_KEY, key])
            generation = request._newsroom_generation = state(found.get(STATE_KEY))
        except Exception:  # the cache is unreachable: serve uncached rather than fail
            logger.exception("page cache unavailable; rendering %s uncached", request.path)
            return view(request, *args, **kwargs)
        stored = found.get(key)
        if stored is not None and stored[0] == generation["token"]:
            _, etag, modified, response = stored
        else:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if response.status_code != 200 or response.cookies or response.streaming:
                return response
            etag = f'W/"{hashlib.blake2b(response.content, digest_size=12).hexdigest()}"'
            modified = int(time.time())
            _patch(response, etag, modified)
            try:
                cache.set(key, (generation["token"], etag, modified, response), page_seconds())
            except Exception:
                logger.exception("page cache unavailable; %s not stored", request.path)
        not_modified = get_conditional_response(
            request, etag=etag, last_modified=modified, response=response
        )
        return response if not_modified is None else not_modified

    return wrapper


def _patch(response, etag, modified):
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(modified)
    patch_cache_control(response, public=True, max_age=browser_seconds())
