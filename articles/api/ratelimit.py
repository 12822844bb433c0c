"""Rate limits per token and per client address, counted in the shared cache (Redis in
production: every web server counts against the same numbers).

A fixed window of ``NEWSROOM_API_RATE_WINDOW`` seconds, one counter per bucket and window. On
Redis a request is one round trip: ``INCR`` and ``EXPIRE ... NX`` (the window's lifetime, set by
the first request) in a pipeline; INCR is atomic, so every web server counts against the same
number. On other caches, ``add`` then ``incr``. Past the limit the API answers 429 with
``Retry-After``: the seconds left in the window. A cache that does not answer lets requests
through (logged; not tried again for a few seconds): a Redis outage must not take the API down.
"""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("articles.api")
BREAKER_SECONDS = 5.0
_down_until = 0.0


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    retry_after: int


class RateLimited(Exception):
    def __init__(self, verdict: Verdict):
        super().__init__("rate limit exceeded")
        self.verdict = verdict


def window() -> int:
    return int(getattr(settings, "NEWSROOM_API_RATE_WINDOW", 60))


def anonymous_limit() -> int:
    return int(getattr(settings, "NEWSROOM_API_ANON_RATE_LIMIT", 120))


def token_limit(token) -> int:
    own = getattr(token, "rate_limit", None)
    return int(own or getattr(settings, "NEWSROOM_API_TOKEN_RATE_LIMIT", 1200))


def _cache():
    return caches[getattr(settings, "NEWSROOM_API_RATE_CACHE", "default")]


def hit(bucket: str, limit: int, now: float | None = None) -> Verdict:
    """Count one request against ``bucket`` (e.g. ``ip:1.2.3.4``, ``token:7``)."""
    now = time.time() if now is None else now
    size = window()
    start = int(now // size) * size
    key = f"newsroom:api:rate:{bucket}:{start}"
    retry_after = max(1, int(start + size - now + 0.999))
    global _down_until
    if _down_until > time.monotonic():
        return Verdict(True, limit, limit, 0)
    try:
        count = _count(_cache(), key, size + 1)
    except Exception as exc:  # the cache is down: let requests through for a few seconds
        _down_until = time.monotonic() + BREAKER_SECONDS
        logger.warning("rate limits not counted for %.0f s: %s", BREAKER_SECONDS, exc)
        return Verdict(True, limit, limit, 0)
    return Verdict(count <= limit, limit, max(0, limit - count), retry_after)


def _count(cache, key: str, ttl: int) -> int:
    if isinstance(cache, RedisCache):
        real = cache.make_and_validate_key(key)
        pipe = cache._cache.get_client(real, write=True).pipeline(transaction=False)
        pipe.incr(real)
        pipe.expire(real, ttl, nx=True)
        return int(pipe.execute()[0])
    cache.add(key, 0, ttl)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr: this request opens the next window
        return 1


def client_ip(request) -> str:
    """The client's address. Behind a proxy, ``NEWSROOM_API_TRUSTED_PROXIES`` (how many proxies
    append to X-Forwarded-For) says which entry to believe; by default, the socket's peer."""
    proxies = int(getattr(settings, "NEWSROOM_API_TRUSTED_PROXIES", 0))
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def check(request, token=None) -> Verdict:
    """Count this request (by token if it has one, else by address); raise RateLimited past it."""
    if token is not None:
        verdict = hit(f"token:{token.pk}", token_limit(token))
    else:
        verdict = hit(f"ip:{client_ip(request)}", anonymous_limit())
    request._newsroom_rate = verdict  # for the X-RateLimit-* headers (api.py)
    if not verdict.allowed:
        raise RateLimited(verdict)
    return verdict
