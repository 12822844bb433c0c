"""Purgers: tell a CDN or a reverse proxy in front of the site which tags to drop.

Name one in ``NEWSROOM_CACHE_PURGER`` (a dotted path; default None: no purging) with its keyword
arguments in ``NEWSROOM_CACHE_PURGER_OPTIONS``. purge.py calls ``purge(tags, soft=...)`` after
the write commits, from a background thread, with retries: a purger only has to raise when a
purge did not go through.

A *soft* purge marks the objects stale (the CDN may serve them while it fetches a new copy, as
``stale-while-revalidate`` allows); a hard one drops them (an article readers may no longer see).
"""

import json
import urllib.error
import urllib.request
from urllib.parse import urlsplit


class PurgeError(Exception):
    pass


class Purger:
    """The interface: purge every cached object carrying any of ``tags``."""

    def purge(self, tags: list[str], *, soft: bool = False) -> None:
        raise NotImplementedError


def _chunks(tags: list[str], max_chars: int, max_count: int):
    """Tags in groups that fit one header (``max_chars``) or one API call (``max_count``)."""
    group, size = [], 0
    for tag in tags:
        if group and (size + len(tag) + 1 > max_chars or len(group) >= max_count):
            yield group
            group, size = [], 0
        group.append(tag)
        size += len(tag) + 1
    if group:
        yield group


def _http(url: str) -> str:
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"a purger needs http(s) URLs, not {url!r}")
    return url


def _send(opener, request, timeout):
    try:
        with opener.open(request, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        raise PurgeError(f"{request.get_method()} {request.full_url}: HTTP {error.code}") from None
    except OSError as error:
        raise PurgeError(f"{request.get_method()} {request.full_url}: {error}") from error
    if not 200 <= status < 300:
        raise PurgeError(f"{request.get_method()} {request.full_url}: HTTP {status}")


class VarnishXkeyPurger(Purger):
    """Varnish with vmod-xkey (varnish-modules): one ``PURGE`` request per Varnish server, the
    tags space-separated in an ``xkey-purge`` header (``xkey-softpurge`` for a soft purge).

    ``urls``: each Varnish, e.g. ``["http://10.0.0.5:6081/"]``; ``host``: the Host header to
    send (the site's name, if the VCL wants one). The VCL that answers these requests is in
    bench/varnish/newsroom.vcl. Varnish reads request headers of up to 8 KB by default: the tags
    are sent in groups of at most ``max_header`` characters.
    """

    def __init__(
        self,
        urls,
        *,
        host: str | None = None,
        header: str = "xkey-purge",
        soft_header: str = "xkey-softpurge",
        timeout: float = 2.0,
        max_header: int = 4000,
    ):
        self.urls = [_http(u) for u in ([urls] if isinstance(urls, str) else urls)]
        self.host, self.header, self.soft_header = host, header, soft_header
        self.timeout, self.max_header = timeout, max_header
        # Varnish is on the site's own network: never through an HTTP proxy from the environment.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def purge(self, tags, *, soft=False):
        header = self.soft_header if soft else self.header
        for url in self.urls:
            for group in _chunks(list(tags), self.max_header, 10**9):
                request = urllib.request.Request(  # noqa: S310 (http(s) only: _http)
                    url, method="PURGE", headers={header: " ".join(group)}
                )
                if self.host:
                    request.add_header("Host", self.host)
                _send(self.opener, request, self.timeout)


class HttpPurger(Purger):
    """Any purge-by-tag HTTP API: ``POST url`` with ``{"tags": [...]}`` as JSON (Cloudflare's
    ``purge_cache`` shape), or with the tags in a header when ``tags_header`` is set (Fastly:
    ``tags_header="Surrogate-Key"``, ``soft_headers={"Fastly-Soft-Purge": "1"}``).

    ``headers``: sent with every call (credentials: ``{"Authorization": "Bearer ..."}``);
    ``max_tags``: tags per call (the API's limit); ``soft_field``: a JSON field set to true for
    a soft purge, if the API has one.
    """

    def __init__(
        self,
        url: str,
        *,
        headers: dict | None = None,
        method: str = "POST",
        tags_field: str = "tags",
        tags_header: str | None = None,
        soft_field: str | None = None,
        soft_headers: dict | None = None,
        max_tags: int = 30,
        timeout: float = 5.0,
    ):
        self.url, self.method, self.headers = _http(url), method, dict(headers or {})
        self.tags_field, self.tags_header = tags_field, tags_header
        self.soft_field, self.soft_headers = soft_field, dict(soft_headers or {})
        self.max_tags, self.timeout = max_tags, timeout
        self.opener = urllib.request.build_opener()

    def purge(self, tags, *, soft=False):
        for group in _chunks(list(tags), 8000 if self.tags_header else 10**9, self.max_tags):
            headers = dict(self.headers)
            if soft:
                headers.update(self.soft_headers)
            if self.tags_header:
                headers[self.tags_header] = " ".join(group)
                body = None
            else:
                payload = {self.tags_field: group}
                if soft and self.soft_field:
                    payload[self.soft_field] = True
                body = json.dumps(payload).encode()
                headers["Content-Type"] = "application/json"
            request = urllib.request.Request(  # noqa: S310 (http(s) only: _http)
                self.url, data=body, method=self.method, headers=headers
            )
            _send(self.opener, request, self.timeout)
