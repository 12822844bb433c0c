"""The NinjaAPI at /api/v1/: routers, JSON errors for every failure, the docs page.

Every error is JSON ``{"detail": ...}`` with its 4xx status: validation errors are 400 (one line
per field), unknown filters 400, bad tokens 401, missing scopes 403, rate limits 429 with
``Retry-After``. The docs page is Swagger UI from django-ninja's own static files (no CDN), its
settings in a JSON data block and its start-up in a separate script: nothing inline, so it runs
under the site's strict Content-Security-Policy.
"""

import functools

from django.http import Http404
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError, ValidationError

from . import pagination, queries, ratelimit
from .auth import TokenAuth
from .caching import json_response

api = NinjaAPI(
    title="Newsroom content API",
    version="1",
    description=(
        "Published articles, sections and sources as JSON and as IPTC ninjs 2.1; the HTTP push "
        "channel for raw dumps and ninjs items. Reading published content needs no token; "
        "tokens (made in the admin) carry scopes: `read:drafts`, `ingest`. Lists are paged "
        "with an opaque cursor: follow `next`. Responses carry an ETag: send it back in "
        "If-None-Match for a 304. Rate limits: per token, or per address without one (429 "
        "with Retry-After)."
    ),
    urls_namespace="api",
    auth=TokenAuth(),
    docs=Swagger(settings={"persistAuthorization": False, "displayRequestDuration": True}),
    docs_url="/docs/",
    openapi_url="/openapi.json",
)


def _error(request, status: int, detail, headers=None):
    response = json_response({"detail": detail}, status=status)
    response.headers["Cache-Control"] = "no-store"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


@api.exception_handler(ValidationError)
def _validation(request, exc):
    lines = []
    for error in exc.errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "body"))
        lines.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
    return _error(request, 400, lines)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    message = exc.message if isinstance(exc.message, list) else str(exc.message)
    return _error(request, exc.status_code, message)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return _error(request, 401, "Authentication failed.")


@api.exception_handler(ratelimit.RateLimited)
def _rate_limited(request, exc):
    v = exc.verdict
    return _error(
        request,
        429,
        f"Rate limit of {v.limit} requests per {ratelimit.window()} s exceeded: retry in "
        f"{v.retry_after} s.",
        {"Retry-After": str(v.retry_after), "X-RateLimit-Limit": str(v.limit)},
    )


@api.exception_handler(queries.FilterError)
@api.exception_handler(pagination.CursorError)
def _bad_filter(request, exc):
    return _error(request, 400, str(exc))


@api.exception_handler(PermissionError)
def _forbidden(request, exc):
    return _error(request, 403, str(exc))


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error(request, 404, str(exc) or "Not found.")


from . import push, read  # noqa: E402  (the routers register on ``api``)

api.add_router("/", read.router)
api.add_router("/", push.router)


def _finish(view):
    """Every API response: ninja's plain-text 405 made JSON, like every error; the client's
    rate limit in ``X-RateLimit-Limit`` and ``X-RateLimit-Remaining``."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 405 and "json" not in response.get("Content-Type", ""):
            allowed = response.get("Allow", "")
            detail = f"{request.method} is not allowed here" + (
                f": use {allowed}." if allowed else "."
            )
            response = _error(request, 405, detail, {"Allow": allowed} if allowed else None)
        verdict = getattr(request, "_newsroom_rate", None)
        if verdict is not None:
            response.headers["X-RateLimit-Limit"] = str(verdict.limit)
            response.headers["X-RateLimit-Remaining"] = str(verdict.remaining)
        return response

    return wrapper


def urls():
    """``api.urls`` with :func:`_finish`: what newsroom/urls.py includes at /api/v1/."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback = _finish(pattern.callback)
    return patterns, app_name, namespace


def not_found(request, *args, **kwargs):
    """Any other address under /api/: a JSON 404, not the site's page."""
    return _error(request, 404, "No such API endpoint: see /api/v1/docs/.")
