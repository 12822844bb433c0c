"""Responses: JSON, through the site's page cache for anonymous reads, with ETag/304 always.

Anonymous reads are public pages like any other: the page cache (articles/cache/pages.py) stores
them with the tags their rendering named (each article shown, the latest list, the sections and
sources) and serves them until a write readers would see invalidates one, with ETag/Last-Modified
and the CDN headers. Only query strings made of the endpoint's own parameters are cached (a
random parameter would otherwise store a copy per request), and ``updated_since`` never: the
articles a later edit adds to such a page are not on it to carry their tags.

Token requests may see drafts: never cached or shared (``Cache-Control: private, no-store``), but
still answered 304 when the client's ETag matches what would be sent.
"""

import contextlib
import hashlib
import json

from django.core.cache.backends.dummy import DummyCache
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import urlencode

from ..cache import store
from ..cache import tags as T
from ..cache.pages import PAGE_KEY, _Page  # the site's page cache, its rules and headers
from .auth import ANONYMOUS

_UNCACHED = frozenset({"updated_since"})


def json_response(data, status: int = 200) -> HttpResponse:
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return HttpResponse(body, status=status, content_type="application/json")


def _key(request, params: frozenset[str]) -> str | None:
    if any(k not in params or k in _UNCACHED for k in request.GET) or any(
        len(request.GET.getlist(k)) > 1 for k in request.GET
    ):
        return None
    query = urlencode(sorted(request.GET.items()))
    raw = f"api|{request.scheme}://{request.get_host()}{request.path}?{query}".encode()
    return PAGE_KEY.format(digest=hashlib.blake2b(raw, digest_size=16).hexdigest())


def respond(request, render, params=frozenset()) -> HttpResponse:
    """``render()`` (a dict) as JSON: cached for readers, ETag-checked for everyone."""

    def view(request):
        return json_response(render())

    if request.auth is ANONYMOUS and request.method in ("GET", "HEAD"):
        key = _key(request, frozenset(params))
        if key is not None:
            page = _Page(view, request, (), {}, key)
            cacheless = isinstance(store.backend(), DummyCache)
            response = page.render(cache=False) if cacheless else page.serve()
            response.headers["Vary"] = "Authorization"
            return response
        return _etagged(request, view(request), public=True)
    _shared_taxonomy(request)
    return _etagged(request, view(request), public=False)


def _shared_taxonomy(request) -> None:
    """Uncached requests still share the process's section tree while it is current: read the
    versions of the tags it is keyed by (one cache round trip; none, if the cache is down)."""
    with contextlib.suppress(store.CacheDown):
        request._newsroom_versions = store.versions([T.ALL, T.SECTIONS])


def _etagged(request, response, public: bool) -> HttpResponse:
    etag = f'W/"{hashlib.blake2b(response.content, digest_size=12).hexdigest()}"'
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = "public, max-age=60" if public else "private, no-store"
    response.headers["Vary"] = "Authorization"
    not_modified = get_conditional_response(request, etag=etag, response=response)
    return not_modified if not_modified is not None else response
