"""Whole-page caching for the public site: tag-checked, stale-while-revalidate, CDN-ready.

A cached page is stored with the versions of the tags it was rendered from (tags.py) and is
served while all of them are current and it is younger than ``NEWSROOM_PAGE_CACHE_SECONDS``:

* **A hit** is two cache round trips and no query: the page with the schedule state and the
  tags every page shares, then the page's own tags (its articles, its lists).
* **Stale-while-revalidate, single flight.** When a page went stale softly (an article it shows
  was edited; or it is up to ``NEWSROOM_STALE_WHILE_REVALIDATE_SECONDS`` past its lifetime), the
  first request takes a short lock (``cache.add``) and renders it; the others serve the stale
  copy meanwhile. A hard invalidation (an article readers may no longer see) is never served
  stale: nothing leaks, through a page, a feed, a sitemap or a 304.
* **Stale-if-error.** A render that fails on the database serves the soft-stale copy if there is
  one (an hour at most), else the error stands (503, newsroom/middleware.py).
* **No race.** The versions are read before the render for the tags known in advance; the others
  after it, and if any invalidation at all happened meanwhile (``store.LAST``), a version newer
  than the render's start makes the page stored stale at once.
* **The cache down** (Redis unreachable): the page renders uncached, never a 500 (store.call).
* **Headers.** ETag (a hash of the content) and Last-Modified (the render), so revalidations get
  304 without a query; ``Cache-Control: public, max-age, s-maxage, stale-while-revalidate,
  stale-if-error`` with list pages kept no longer than until the next scheduled article is due;
  the tags in ``Surrogate-Key`` (Fastly, Varnish) and ``Cache-Tag`` (Cloudflare) for purges.
  Pages that are not 200 (a 404 for an unpublished article, a 400) say ``no-store``, so no CDN
  keeps them past the article's publication.

Only anonymous-safe responses are stored: GET/HEAD, status 200, no cookies set, not streaming,
and the query string holds only parameters the pages know, each once.
"""

import contextlib
import functools
import hashlib
import logging
import time

from django.conf import settings
from django.core.cache.backends.dummy import DummyCache
from django.db import DatabaseError
from django.utils.cache import get_conditional_response
from django.utils.encoding import iri_to_uri
from django.utils.http import http_date, urlencode

from . import schedule, store
from . import tags as T

logger = logging.getLogger("articles.cache")

PAGE_KEY = "newsroom:page:{digest}"  # {"v": versions, "etag", "modified", "fresh", "response"}
LOCK_SECONDS = 10  # a render that takes longer lets a second worker try
RACE_MARGIN = 1.0  # seconds of clock difference between servers tolerated by the race check
ERROR_SECONDS_MAX = 3600  # the longest a stale copy is kept for stale-if-error at the origin
_COMMON_KEYS = [store.key(t) for t in T.COMMON]
HEADER = "X-Newsroom-Cache"  # hit, stale, miss, bypass (the cache is down)


def page_seconds() -> int:
    return int(getattr(settings, "NEWSROOM_PAGE_CACHE_SECONDS", 300))


def browser_seconds() -> int:
    return int(getattr(settings, "NEWSROOM_BROWSER_CACHE_SECONDS", 60))


def cdn_seconds() -> int:
    return int(getattr(settings, "NEWSROOM_CDN_CACHE_SECONDS", page_seconds()))


def stale_seconds() -> int:
    return int(getattr(settings, "NEWSROOM_STALE_WHILE_REVALIDATE_SECONDS", 60))


def error_seconds() -> int:
    return int(getattr(settings, "NEWSROOM_STALE_IF_ERROR_SECONDS", 86400))


@functools.cache
def query_params() -> frozenset[str]:
    """The query parameters public pages understand: paging, the search box, the filters."""
    from ..filters import ArticleFilter, SearchForm

    return frozenset({"page", "p", *SearchForm.base_fields, *ArticleFilter.base_filters})


def page_key(request) -> str | None:
    """The cache key of this request's page, or None when it should not be cached.

    The query string is normalised (sorted) and may hold only parameters the pages understand,
    each once: ``?x=<random>`` would otherwise store a new copy of a page per request, an easy
    way around the cache and to fill it.
    """
    if any(k not in query_params() for k in request.GET) or any(
        len(request.GET.getlist(k)) > 1 for k in request.GET
    ):
        return None
    query = urlencode(sorted(request.GET.items()))
    uri = iri_to_uri(f"{request.scheme}://{request.get_host()}{request.path}?{query}").encode()
    return PAGE_KEY.format(digest=hashlib.blake2b(uri, digest_size=16).hexdigest())


PREDICTED_MAX = 20_000
_predicted: dict[str, tuple[str, ...]] = {}  # page key -> its tags, as this process last saw


def _predict(key: str, tags) -> None:
    tags = tuple(tags)
    if _predicted.get(key) != tags:
        if len(_predicted) >= PREDICTED_MAX:
            _predicted.clear()  # cheap and rare: the next requests learn them again
        _predicted[key] = tags


def cached_page(view):
    """Serve ``view`` from the page cache (see the module's docstring)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        key = page_key(request) if request.method in ("GET", "HEAD") else None
        if key is None:
            return view(request, *args, **kwargs)
        page = _Page(view, request, args, kwargs, key)
        if isinstance(store.backend(), DummyCache):  # no cache configured: render, with headers
            return page.render(cache=False)
        return page.serve()

    return wrapper


class _Page:
    def __init__(self, view, request, args, kwargs, key):
        self.view, self.request, self.args, self.kwargs, self.key = view, request, args, kwargs, key
        self.now = time.time()
        self.schedule = None

    def serve(self):
        # One round trip for a hit: the page, and the versions of the tags it had the last time
        # this process served it (a page's tags seldom change), with those every page shares.
        tags = [*T.COMMON, *(t for t in _predicted.get(self.key, ()) if t not in T.COMMON)]
        try:
            found = store.call(
                "get_many", [self.key, schedule.KEY, store.LAST, *(store.key(t) for t in tags)]
            )
        except store.CacheDown:
            return self.render(cache=False)
        self.last = found.get(store.LAST)
        self.known = {t: found.get(store.key(t)) for t in tags}  # read before any query
        self.schedule = self._check_schedule(found.get(schedule.KEY))
        entry = found.get(self.key)
        if entry is None:
            return self.render()
        try:
            verdict = self._judge(entry)
        except store.CacheDown:
            return self.render(cache=False)
        if verdict == "fresh":
            return self.respond(entry, "hit")
        revalidate = verdict != "hard" and self.now < entry["fresh"] + stale_seconds()
        if revalidate and not self._lock():
            return self.respond(entry, "stale")  # another worker is rendering it
        try:
            return self.render(stale=entry if verdict != "hard" else None)
        finally:
            if revalidate:
                self._unlock()

    def _check_schedule(self, state):
        try:
            checked = schedule.check(state, self.now)
            if checked is not state:  # it may have released articles: their invalidations
                self.last = store.call("get", store.LAST)  # are not this render's races, and
                self.known = {t: self.known[t] for t in T.COMMON}  # lists are read again
            return checked
        except (store.CacheDown, DatabaseError):
            logger.warning("could not check the publication schedule", exc_info=True)
            return state

    def _judge(self, entry) -> str:
        """fresh, soft (a soft invalidation), hard (never serve it), expired (by time only)."""
        stored = entry["v"]
        others = [t for t in stored if t not in self.known]
        current = {**self.known, **(store.versions(others) if others else {})}
        self.known = current  # the versions read before this request renders anything
        stale = [t for t, v in stored.items() if current.get(t) != v]
        if any(store.is_hard(current.get(t)) for t in stale):
            return "hard"
        if stale:
            return "soft"
        return "fresh" if self.now < entry["fresh"] else "expired"

    def _lock(self) -> bool:
        try:
            return bool(store.call("add", self.key + ":render", 1, LOCK_SECONDS))
        except store.CacheDown:
            return True

    def _unlock(self):
        with contextlib.suppress(store.CacheDown):
            store.call("delete", self.key + ":render")

    def render(self, cache=True, stale=None):
        request = self.request
        request._newsroom_versions = self.known if cache else None
        started = time.time()
        try:
            with T.collecting() as deps:
                response = self.view(request, *self.args, **self.kwargs)
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
        except DatabaseError:
            if stale is not None and self.now < stale["fresh"] + min(
                error_seconds(), ERROR_SECONDS_MAX
            ):
                logger.warning("database error: serving the stale copy of %s", request.path)
                return self.respond(stale, "stale")
            raise
        if response.status_code != 200 or response.cookies or response.streaming:
            if 400 <= response.status_code < 500:
                response["Cache-Control"] = "no-store"
                if response.status_code in (404, 410) and cache:
                    self._forget()
            return response
        tags = deps | {T.ALL}
        etag = f'W/"{hashlib.blake2b(response.content, digest_size=12).hexdigest()}"'
        entry = {"etag": etag, "modified": int(started), "response": response}
        entry["v"] = {t: None for t in tags}  # for the headers, if it cannot be stored
        if cache:
            with contextlib.suppress(store.CacheDown):
                entry = self._store(entry, tags, started)
        return self.respond(entry, "miss" if cache else "bypass")

    def _store(self, entry, tags, started):
        known = {t: self.known[t] for t in tags if t in self.known}  # read before the render
        unknown = [t for t in tags if t not in self.known]
        after, last = store.versions_then_last(unknown) if unknown else ({}, self.last)
        versions, contested = store.ensure({**known, **after})
        # Read after the render: harmless unless an invalidation happened meanwhile (LAST moved)
        # and is newer than the render's start.
        late = [v for t, v in versions.items() if known.get(t) != v]
        racy = contested or (
            last != self.last and any(store.bumped_at(v) > started - RACE_MARGIN for v in late)
        )
        entry["v"] = versions
        entry["fresh"] = started if racy else started + page_seconds()
        timeout = page_seconds() + max(stale_seconds(), min(error_seconds(), ERROR_SECONDS_MAX))
        store.call("set", self.key, entry, timeout)
        return entry

    def _forget(self):
        with contextlib.suppress(store.CacheDown):
            store.call("delete", self.key)

    def respond(self, entry, how):
        response = entry["response"]
        tags = sorted(entry["v"])
        _predict(self.key, tags)
        response.headers["ETag"] = entry["etag"]
        response.headers["Last-Modified"] = http_date(entry["modified"])
        response.headers["Cache-Control"] = self._cache_control(tags)
        response.headers["Surrogate-Key"] = " ".join(tags)
        response.headers["Cache-Tag"] = ",".join(tags)
        response.headers[HEADER] = how
        not_modified = get_conditional_response(
            self.request, etag=entry["etag"], last_modified=entry["modified"], response=response
        )
        if not_modified is not None:
            not_modified.headers[HEADER] = how
            return not_modified
        return response

    def _cache_control(self, tags) -> str:
        browser, cdn = browser_seconds(), cdn_seconds()
        due = schedule.due_in(self.schedule, self.now)
        if due is not None and any(T.is_list(t) for t in tags):
            # A list a scheduled article joins at ``due``: nobody may keep it past that.
            browser, cdn = min(browser, int(due)), min(cdn, int(due))
        return (
            f"public, max-age={browser}, s-maxage={cdn}, "
            f"stale-while-revalidate={stale_seconds()}, stale-if-error={error_seconds()}"
        )
