"""Tag versions in Django's cache (Redis in production, so every worker and server shares them).

Each tag has a version: a token made when it was last invalidated, ``s<time>:<random>`` or, for
a *hard* invalidation, ``h<time>:<random>``. A page stores the versions it was rendered under and
is fresh while every one of them is still current. A soft change (an edited headline) lets a
stale copy be served for the moment one worker re-renders it; a hard one (an article that readers
may no longer see) never does. A version that is missing (evicted, or the cache was flushed)
counts as hard: nothing is known of what happened to it.

Every call goes through :func:`call`: when the cache fails, it is left alone for
``BREAKER_SECONDS`` (pages render uncached meanwhile, with no timeout paid per request), and
invalidations that could not be written are kept and written as soon as it answers again.
"""

import logging
import secrets
import threading
import time

from django.core.cache import caches

logger = logging.getLogger("articles.cache")

TAG_KEY = "newsroom:tag:"
#: The version of the latest invalidation of any tag: a page whose rendering saw it unchanged
#: cannot have read anything an invalidation was about (pages.py).
LAST = "newsroom:tag-last"
#: Versions outlive every page that refers to them (a page lives minutes); refreshed by use.
TAG_SECONDS = 24 * 3600
BREAKER_SECONDS = 5.0


class CacheDown(Exception):
    """The cache did not answer (or recently failed): render uncached, invalidate later."""


def backend():
    return caches["default"]


def call(method: str, *args, **kwargs):
    """``caches["default"].<method>(...)``, or CacheDown (logged once per outage)."""
    cache = backend()
    if getattr(cache, "_newsroom_down_until", 0.0) > time.monotonic():
        raise CacheDown
    try:
        if _missed:
            _flush_missed(cache)
        return getattr(cache, method)(*args, **kwargs)
    except Exception as exc:
        cache._newsroom_down_until = time.monotonic() + BREAKER_SECONDS
        logger.warning(
            "page cache unavailable (%s: %s); pages render uncached for the next %.0f s",
            type(exc).__name__,
            exc,
            BREAKER_SECONDS,
        )
        raise CacheDown from exc


def key(tag: str) -> str:
    return TAG_KEY + tag


def token(hard: bool = False) -> str:
    return f"{'h' if hard else 's'}{time.time():.6f}:{secrets.token_hex(3)}"


def is_hard(version: str | None) -> bool:
    return version is None or version.startswith("h")


def bumped_at(version: str | None) -> float:
    """When ``version`` was made (0 for a missing one)."""
    if not version:
        return 0.0
    try:
        return float(version[1:].partition(":")[0])
    except ValueError:
        return 0.0


def versions(tags) -> dict[str, str | None]:
    """The current version of each tag (None: unknown)."""
    tags = list(tags)
    found = call("get_many", [key(t) for t in tags])
    return {t: found.get(key(t)) for t in tags}


def versions_then_last(tags) -> tuple[dict[str, str | None], str | None]:
    """:func:`versions` and then LAST, in that order (see :func:`bump`)."""
    tags = list(tags)
    found = call("get_many", [*(key(t) for t in tags), LAST])
    return {t: found.get(key(t)) for t in tags}, found.get(LAST)


def ensure(current: dict[str, str | None]) -> tuple[dict[str, str], bool]:
    """``current`` with a version made for every tag that has none yet, and whether another
    process made one of those first (then nothing says when it was made: treat it as new)."""
    missing = {t: token() for t, v in current.items() if v is None}
    if not missing:
        return current, False
    if hasattr(backend(), "add_many"):  # articles.cache.redis: one round trip
        call("add_many", {key(t): made for t, made in missing.items()}, TAG_SECONDS)
    else:
        for tag, made in missing.items():
            call("add", key(tag), made, TAG_SECONDS)
    found = versions(missing)
    return {**current, **found}, any(found[t] != made for t, made in missing.items())


def bump(tags, hard=()) -> None:
    """Invalidate ``tags`` now (those in ``hard`` hard). Raises CacheDown (see bump_later)."""
    hard = set(hard)
    # LAST first: a reader that sees one of the new versions sees the new LAST too.
    versions = {LAST: token(), **{key(t): token(t in hard) for t in tags}}
    call("set_many", versions, TAG_SECONDS)


# -- invalidations made while the cache was down ----------------------------------------------

_missed: dict[str, bool] = {}  # tag -> hard
_missed_lock = threading.Lock()


def bump_later(tags, hard=()) -> None:
    """Keep an invalidation the cache refused: made by the next call that reaches it."""
    hard = set(hard)
    with _missed_lock:
        for tag in tags:
            _missed[tag] = _missed.get(tag, False) or tag in hard
    logger.error(
        "page cache unavailable: %d tag(s) will be invalidated when it answers again", len(tags)
    )


def _flush_missed(cache) -> None:
    with _missed_lock:
        pending = dict(_missed)
        _missed.clear()
    if not pending:
        return
    try:
        versions = {LAST: token(), **{key(t): token(hard) for t, hard in pending.items()}}
        cache.set_many(versions, TAG_SECONDS)
    except Exception:
        with _missed_lock:
            for tag, hard in pending.items():
                _missed[tag] = _missed.get(tag, False) or hard
        raise
    logger.warning("page cache back: %d missed tag invalidation(s) made", len(pending))
