"""Feed polling against a feed server on loopback: RSS/Atom and ninjs, conditional GET, and a
server that times out, fails or sends garbage (recorded, retried later, never a crash loop)."""

import contextlib
import datetime
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from articles import richtext
from articles.ingest import feeds
from articles.ingest.models import Feed, Job
from articles.ingest.tasks import poll_due_feeds
from articles.models import Article
from tests.factories import SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Mekong Wire</title><link>http://example.com/</link>
<description>Wire</description>
<item><guid>urn:mekong:1</guid><title>Rice exports rise for a third month</title>
<link>http://example.com/1</link><author>desk@example.com (Hoa Nguyen)</author>
<category>Business</category>
<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Rice exports rose again in November.</p>
<p>Buyers in Manila paid more.</p>]]></description>
</item>
<item><guid>urn:mekong:2</guid><title>Ferry service resumes on the Hau river</title>
<link>http://example.com/2</link><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate>
<description>The ferry runs again after the floods.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:atom</id>
<updated>2026-12-01T10:00:00Z</updated>
<entry><id>urn:atom:9</id><title>Port of Cai Mep handles record volume</title>
<updated>2026-12-01T10:00:00Z</updated><author><name>Minh Tran</name></author>
<content type="html">&lt;p&gt;The port handled a record volume.&lt;/p&gt;</content></entry>
</feed>"""


class FeedServer:
    """A loopback HTTP server answering each path as told; it records the requests."""

    def __init__(self):
        self.routes, self.requests = {}, []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path, {"status": 404, "body": b""})
                if route.get("sleep"):
                    time.sleep(route["sleep"])
                etag = route.get("etag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.get("status", 200))
                self.send_header("Content-Type", route.get("type", "application/rss+xml"))
                if etag:
                    self.send_header("ETag", etag)
                if route.get("modified"):
                    self.send_header("Last-Modified", route["modified"])
                body = route.get("body", b"")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError):  # the poller gave up (timeout test)
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


def make_feed(url, **kwargs):
    return Feed.objects.create(source=SourceFactory(name="Mekong Wire"), url=url, **kwargs)


def test_an_rss_feed_is_imported_then_polled_with_a_conditional_get(server):
    business = SectionFactory(name="Business", slug="business")
    server.routes["/rss"] = {
        "body": RSS.encode(),
        "etag": '"v1"',
        "modified": "Tue, 01 Dec 2026 09:00:00 GMT",
    }
    feed = make_feed(server.url("/rss"))
    poll_due_feeds()  # beat: the new feed is due
    job = Job.objects.get(channel=feed.channel)
    assert job.status == Job.Status.DONE and job.counts == {"created": 2}
    rice = Article.objects.get(external_id="urn:mekong:1")
    assert rice.source.name == "Mekong Wire" and rice.section == business
    assert richtext.paragraphs(rice.body) == [
        "Rice exports rose again in November.",
        "Buyers in Manila paid more.",
    ]
    assert rice.published_at == datetime.datetime(2026, 12, 1, 8, tzinfo=datetime.UTC)
    assert "Hoa Nguyen" in rice.byline and rice.status == Article.Status.DRAFT
    assert rice.raw_dump is not None  # stored verbatim like every import
    feed.refresh_from_db()
    assert feed.etag == '"v1"' and feed.last_modified.startswith("Tue, 01 Dec 2026")
    assert feed.items_in == 2 and feed.failures == 0
    assert feed.next_poll_at > timezone.now()

    poll_due_feeds()  # not due yet: nothing is queued
    assert Job.objects.filter(channel=feed.channel).count() == 1

    Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    poll_due_feeds()
    path, headers = server.requests[-1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == "Tue, 01 Dec 2026 09:00:00 GMT"
    second = Job.objects.filter(channel=feed.channel).first()
    assert second.status == Job.Status.DONE and second.counts == {}
    feed.refresh_from_db()
    assert feed.last_status == "304 not modified" and feed.etag == '"v1"'
    assert Article.objects.count() == 2


def test_an_atom_feed_and_a_changed_feed_without_validators(server):
    server.routes["/atom"] = {"body": ATOM.encode(), "type": "application/atom+xml"}
    feed = make_feed(server.url("/atom"), publish=True)
    feeds.poll_now(feed)
    port = Article.objects.get(external_id="urn:atom:9")
    assert port.byline == "Minh Tran" and port.status == Article.Status.PUBLISHED
    assert "If-None-Match" not in server.requests[-1][1]
    feeds.poll_now(feed)  # the same content again: deduplicated by its hash
    assert Job.objects.filter(channel=feed.channel).first().counts == {"unchanged": 1}
    assert Article.objects.count() == 1


def test_a_ninjs_feed(server):
    items = [
        {"uri": "urn:n:1", "headline": "One", "body_text": "First.\n\nSecond."},
        {"uri": "urn:n:2"},  # no headline, no body: skipped, said why
    ]
    server.routes["/ninjs"] = {"body": json.dumps({"items": items}).encode()}
    feed = make_feed(server.url("/ninjs"), format=Feed.Format.NINJS)
    job = feeds.poll_now(feed)
    assert job.counts == {"created": 1, "skipped": 1}
    assert "item 2" in job.result["skipped"][0]
    assert richtext.paragraphs(Article.objects.get().body) == ["First.", "Second."]


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        ({"status": 500, "body": b"oops"}, "HTTP 500"),
        ({"body": b"\x00garbage{{{<<"}, "not an RSS or Atom feed"),
        ({"body": RSS.encode(), "sleep": 1.5}, "no answer within 0.5 s"),
    ],
)
def test_a_failing_feed_is_recorded_and_retried_later_with_backoff(
    server, settings, route, expected
):
    settings.NEWSROOM_FEED_TIMEOUT = 0.5
    server.routes["/bad"] = route
    feed = make_feed(server.url("/bad"), interval=60)
    before = timezone.now()
    poll_due_feeds()
    job = Job.objects.get(channel=feed.channel)
    assert job.status == Job.Status.FAILED and expected in job.error
    feed.refresh_from_db()
    assert feed.failures == 1 and expected in feed.last_error
    assert feed.next_poll_at >= before + datetime.timedelta(seconds=120)  # backed off
    poll_due_feeds()  # not polled again at once: no crash loop
    assert Job.objects.filter(channel=feed.channel).count() == 1
    Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    poll_due_feeds()
    feed.refresh_from_db()
    assert feed.failures == 2
    assert feed.next_poll_at >= timezone.now() + datetime.timedelta(seconds=230)
    assert not Article.objects.exists()
    # The server recovers: the next poll imports and the failures are forgotten.
    server.routes["/bad"] = {"body": RSS.encode()}
    feeds.poll_now(feed)
    feed.refresh_from_db()
    assert feed.failures == 0 and not feed.last_error and Article.objects.count() == 2


def test_only_http_feeds_are_fetched():
    feed = make_feed("http://127.0.0.1:1/never")
    Feed.objects.filter(pk=feed.pk).update(url="file:///etc/passwd")
    job = feeds.poll_now(Feed.objects.get(pk=feed.pk))
    assert job.status == Job.Status.FAILED and "only http and https" in job.error
