"""The purge hook (articles/cache/purge.py) and the purgers shipped (purgers.py), against a fake
purge endpoint on loopback: called on commit with the tags, retried, never blocking nor failing
the editor's save, its failure logged."""

import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from articles.cache import purge
from articles.cache import tags as T
from articles.cache.purgers import HttpPurger, PurgeError, VarnishXkeyPurger
from articles.models import Article
from tests.factories import ArticleFactory
from tests.test_workflow import CHANGELIST, change_data, change_url, logged_in, staff_user


class FakeEndpoint:
    """An HTTP server on 127.0.0.1 that records every request (headers lower-cased); ``fail``
    answers 500 to the next n requests, ``delay`` holds each answer that long."""

    def __init__(self):
        self.requests, self.fail, self.delay = [], 0, 0.0
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def handle_any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                endpoint.requests.append((self.command, self.path, headers, body))
                time.sleep(endpoint.delay)
                status = 200
                if endpoint.fail:
                    endpoint.fail -= 1
                    status = 500
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_PURGE = do_POST = handle_any  # noqa: N815

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint():
    server = FakeEndpoint()
    yield server
    purge.wait(10)
    server.close()


@pytest.fixture
def varnish(endpoint, settings):
    settings.NEWSROOM_CACHE_PURGER = "articles.cache.purgers.VarnishXkeyPurger"
    settings.NEWSROOM_CACHE_PURGER_OPTIONS = {"urls": [endpoint.url], "host": "news.example"}
    settings.NEWSROOM_CACHE_PURGE_BACKOFF = 0.01
    return endpoint


@pytest.fixture
def editor():
    return logged_in(staff_user("ed", "Editor"))


def tags_of(request) -> set[str]:
    _, _, headers, _ = request
    value = headers.get("xkey-purge") or headers.get("xkey-softpurge") or ""
    return set(value.split())


# -- the purgers on their own ---------------------------------------------------------------


def test_the_varnish_purger_sends_xkey_purges_in_header_sized_groups(endpoint):
    purger = VarnishXkeyPurger([endpoint.url], host="news.example", max_header=60)
    many = [T.article(n) for n in range(1000, 1020)]
    purger.purge(many, soft=False)
    assert all(method == "PURGE" for method, *_ in endpoint.requests)
    assert all(headers["host"] == "news.example" for _, _, headers, _ in endpoint.requests)
    assert all(len(headers["xkey-purge"]) <= 60 for _, _, headers, _ in endpoint.requests)
    assert set().union(*map(tags_of, endpoint.requests)) == set(many)
    endpoint.requests.clear()
    purger.purge([T.HOME], soft=True)
    ((_, _, headers, _),) = endpoint.requests
    assert headers["xkey-softpurge"] == T.HOME and "xkey-purge" not in headers


def test_the_http_purger_posts_json_with_credentials_in_groups(endpoint):
    purger = HttpPurger(
        endpoint.url + "zones/1/purge_cache",
        headers={"Authorization": "Bearer token-1"},
        max_tags=3,
    )
    purger.purge(["a", "b", "c", "d"])
    assert [json.loads(body) for *_, body in endpoint.requests] == [
        {"tags": ["a", "b", "c"]},
        {"tags": ["d"]},
    ]
    method, path, headers, _ = endpoint.requests[0]
    assert (method, path) == ("POST", "/zones/1/purge_cache")
    assert headers["authorization"] == "Bearer token-1"
    assert headers["content-type"] == "application/json"


def test_the_http_purger_can_send_the_tags_in_a_header_as_fastly_does(endpoint):
    purger = HttpPurger(
        endpoint.url + "service/x/purge",
        tags_header="Surrogate-Key",
        soft_headers={"Fastly-Soft-Purge": "1"},
    )
    purger.purge(["list:home", "article:7"], soft=True)
    ((_, _, headers, body),) = endpoint.requests
    assert headers["surrogate-key"] == "list:home article:7"
    assert headers["fastly-soft-purge"] == "1" and body == b""


def test_a_purger_raises_when_the_endpoint_refuses_or_is_unreachable(endpoint):
    endpoint.fail = 1
    with pytest.raises(PurgeError, match="HTTP 500"):
        VarnishXkeyPurger(endpoint.url).purge(["x"])
    with pytest.raises(PurgeError):
        VarnishXkeyPurger("http://127.0.0.1:9/", timeout=0.5).purge(["x"])
    with pytest.raises(ValueError):
        HttpPurger("file:///etc/passwd")


# -- the hook: on commit, retried, never in the way -----------------------------------------


@pytest.mark.django_db
def test_publishing_purges_the_tags_of_the_pages_it_changes_on_commit(
    varnish, editor, django_capture_on_commit_callbacks
):
    draft = ArticleFactory(draft=True, title="Fresh story")
    with django_capture_on_commit_callbacks() as callbacks:
        data = {"action": "publish", "_selected_action": [draft.pk]}
        assert editor.post(CHANGELIST, data).status_code == 302
        assert varnish.requests == []  # not before the commit
    for callback in callbacks:
        callback()
    assert purge.wait(10)
    soft = set().union(*(tags_of(r) for r in varnish.requests if "xkey-softpurge" in r[2]))
    assert {T.article(draft.pk), T.HOME, T.LATEST, T.section(draft.section_id)} <= soft

    varnish.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        data = {"action": "unpublish", "_selected_action": [draft.pk]}
        assert editor.post(CHANGELIST, data).status_code == 302
    assert purge.wait(10)
    hard = set().union(*(tags_of(r) for r in varnish.requests if "xkey-purge" in r[2]))
    assert {T.article(draft.pk), T.HOME} <= hard  # withdrawn: never served stale


@pytest.mark.django_db
def test_a_draft_save_purges_nothing(varnish, editor, django_capture_on_commit_callbacks):
    draft = ArticleFactory(draft=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(change_url(draft), change_data(draft, title="Still a draft"))
    assert response.status_code == 302
    assert purge.wait(10) and varnish.requests == []


@pytest.mark.django_db
def test_a_failing_purge_is_retried(varnish, editor, django_capture_on_commit_callbacks, caplog):
    varnish.fail = 2
    article = ArticleFactory()
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(change_url(article), change_data(article, title="Corrected"))
    assert purge.wait(10)
    assert len(varnish.requests) == 3  # two failures, then it went through
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.django_db
def test_a_purge_that_keeps_failing_is_logged_and_the_save_stands(
    varnish, editor, django_capture_on_commit_callbacks, caplog, settings
):
    settings.NEWSROOM_CACHE_PURGE_ATTEMPTS = 3
    varnish.fail = 10**6
    article = ArticleFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(change_url(article), change_data(article, title="Corrected"))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Corrected"
    assert purge.wait(10)
    assert len(varnish.requests) == 3
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and "giving up" in errors[0].getMessage()


@pytest.mark.django_db
def test_a_slow_cdn_never_delays_the_save(varnish, editor, django_capture_on_commit_callbacks):
    varnish.delay = 1.5
    article = ArticleFactory()
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(change_url(article), change_data(article, title="Quick save"))
    assert response.status_code == 302
    assert time.monotonic() - started < 1.0  # the purge runs in the background
    assert purge.wait(10) and varnish.requests


@pytest.mark.django_db
def test_a_broken_purger_setting_never_fails_a_save(editor, django_capture_on_commit_callbacks):
    article = ArticleFactory()
    broken = override_settings(NEWSROOM_CACHE_PURGER="articles.cache.purgers.NoSuchPurger")
    with broken, django_capture_on_commit_callbacks(execute=True):
        response = editor.post(change_url(article), change_data(article, title="Saved"))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Saved"
