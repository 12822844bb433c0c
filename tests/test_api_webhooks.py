"""Webhooks (articles/api/webhooks/): signed POSTs to a real receiver on loopback, from the real
write paths (the admin's actions and change form, the dump importer); retries with backoff, the
delivery log, scheduled publications, and signatures refused when tampered with or replayed."""

import datetime
import http.server
import json
import threading
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.api.models import Event, WebhookDelivery, WebhookSubscriber
from articles.api.webhooks import events, signing, tasks
from articles.cache.changes import ARTICLE_FIELDS
from articles.models import Article
from tests.factories import ArticleFactory
from tests.test_workflow import change_data

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/articles/article/"
SAMPLE = Path(__file__).resolve().parents[1] / "sample" / "edition"


class Receiver:
    """A webhook subscriber on loopback: records each POST, answers with the next status."""

    def __init__(self):
        self.received: list[dict] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append(
                    {"headers": dict(self.headers), "body": body, "at": time.monotonic()}
                )
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def events(self):
        return [json.loads(r["body"])["event"] for r in self.received]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def subscriber(receiver):
    return WebhookSubscriber.objects.create(name="Partner app", url=receiver.url)


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def action(client, name, *articles):
    return client.post(CHANGELIST, {"action": name, "_selected_action": [a.pk for a in articles]})


# -- signatures ---------------------------------------------------------------------------------


def test_a_signature_verifies_and_a_tampered_one_does_not():
    secret, body = signing.new_secret(), b'{"event":"article.published"}'
    header = signing.sign(secret, body)
    assert signing.verify(secret, body, header) == int(header.split(",")[0][2:])
    with pytest.raises(signing.SignatureError, match="does not match"):
        signing.verify(secret, body + b" ", header)
    with pytest.raises(signing.SignatureError, match="does not match"):
        signing.verify(signing.new_secret(), body, header)
    t, v1 = header.split(",")
    later = f"t={int(t[2:]) + 1},{v1}"  # moving the timestamp breaks the signature
    with pytest.raises(signing.SignatureError, match="does not match"):
        signing.verify(secret, body, later)
    for bad in ("", "t=abc,v1=00", "v1=00", f"t={int(time.time())}"):
        with pytest.raises(signing.SignatureError):
            signing.verify(secret, body, bad)


def test_a_replay_outside_the_window_is_refused(admin_client, subscriber, receiver, commits):
    article = ArticleFactory(draft=True)
    with commits():
        action(admin_client, "publish", article)
    [captured] = receiver.received
    body, header = captured["body"], captured["headers"][signing.HEADER]
    sent_at = int(header.split(",")[0][2:])
    # the receiver checks it as it arrives
    assert signing.verify(subscriber.secret, body, header) == sent_at
    # the same POST captured and sent again ten minutes later is refused
    with pytest.raises(signing.SignatureError, match="replay"):
        signing.verify(subscriber.secret, body, header, now=sent_at + 600)
    with pytest.raises(signing.SignatureError, match="replay"):
        signing.verify(subscriber.secret, body, header, now=sent_at - 600)


# -- events from the write paths -----------------------------------------------------------------


def test_publishing_in_the_admin_posts_a_signed_event(admin_client, subscriber, receiver, commits):
    article = ArticleFactory(draft=True)
    with commits():
        action(admin_client, "publish", article)
    assert receiver.events() == ["article.published"]
    request = receiver.received[0]
    headers = request["headers"]
    signing.verify(subscriber.secret, request["body"], headers[signing.HEADER])
    payload = json.loads(request["body"])
    assert payload["article"]["id"] == article.pk
    assert payload["article"]["api_path"] == f"/api/v1/articles/{article.pk}"
    assert "body" not in payload["article"]
    assert headers[signing.EVENT_HEADER] == "article.published"
    delivery = WebhookDelivery.objects.get()
    assert headers[signing.DELIVERY_HEADER] == str(delivery.uuid) == payload["id"]
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 1, 200)


def test_update_unpublish_archive_and_delete(admin_client, subscriber, receiver, commits):
    live = ArticleFactory(title="Live")
    with commits():
        admin_client.post(
            f"{CHANGELIST}{live.pk}/change/", change_data(live, title="Live, corrected")
        )
    assert Article.objects.get(pk=live.pk).title == "Live, corrected"
    with commits():
        action(admin_client, "unpublish", live)
    other = ArticleFactory()
    with commits():
        action(admin_client, "archive", other)
    third = ArticleFactory()
    with commits():
        admin_client.post(f"{CHANGELIST}{third.pk}/delete/", {"post": "yes"})
    assert not Article.objects.filter(pk=third.pk).exists()
    assert receiver.events() == [
        "article.updated",
        "article.unpublished",
        "article.archived",
        "article.unpublished",
    ]
    assert WebhookDelivery.objects.filter(status="delivered").count() == 4


def test_what_readers_never_see_emits_nothing(admin_client, subscriber, receiver, commits):
    draft = ArticleFactory(draft=True)
    with commits():
        admin_client.post(
            f"{CHANGELIST}{draft.pk}/change/", change_data(draft, title="Still a draft")
        )
        action(admin_client, "submit_for_review", draft)
        action(admin_client, "archive", draft)  # archived without ever being seen
    assert Article.objects.get(pk=draft.pk).status == "archived"
    assert receiver.received == [] and not WebhookDelivery.objects.exists()


def test_a_subscriber_gets_only_the_events_it_asked_for(admin_client, receiver, commits):
    WebhookSubscriber.objects.create(
        name="Archive only", url=receiver.url, events=["article.archived"]
    )
    WebhookSubscriber.objects.create(name="Off", url=receiver.url, active=False)
    article = ArticleFactory()
    with commits():
        action(admin_client, "unpublish", article)
        action(admin_client, "publish", article)
        action(admin_client, "archive", article)
    assert receiver.events() == ["article.archived"]


def test_imported_and_published_dumps_emit_publications(subscriber, receiver, commits):
    with commits():
        call_command("import_dumps", str(SAMPLE / "2026-10-24_vna_ring-road-4.txt"), "--publish")
    published = Article.objects.published()
    assert published.exists()
    ids = {json.loads(r["body"])["article"]["id"] for r in receiver.received}
    assert ids == set(published.values_list("pk", flat=True))
    assert set(receiver.events()) == {"article.published"}
    # the same dump again changes nothing: nothing is announced
    with commits():
        call_command("import_dumps", str(SAMPLE / "2026-10-24_vna_ring-road-4.txt"), "--publish")
    assert len(receiver.received) == len(ids)


def test_no_subscriber_no_delivery_rows(admin_client, commits):
    article = ArticleFactory(draft=True)
    with commits():
        action(admin_client, "publish", article)
    assert not WebhookDelivery.objects.exists()


# -- retries, backoff, the log -----------------------------------------------------------------


def test_a_failed_delivery_is_retried_with_backoff_and_the_same_id(
    admin_client, subscriber, receiver, commits, settings
):
    settings.NEWSROOM_WEBHOOK_BACKOFF_SECONDS = 30
    receiver.statuses = [500, 503]
    article = ArticleFactory(draft=True)
    started = timezone.now()
    with commits():
        action(admin_client, "publish", article)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    wait = (delivery.next_attempt_at - started).total_seconds()
    assert 30 * 0.8 - 1 <= wait <= 30 * 1.2 + 1
    assert tasks.deliver_due() == 0  # not due yet
    for expected_attempts, expected_code, base in ((2, 503, 60), (3, 200, None)):
        WebhookDelivery.objects.update(next_attempt_at=timezone.now())
        assert tasks.deliver_due() == 1
        delivery.refresh_from_db()
        assert delivery.attempts == expected_attempts
        assert delivery.last_status_code == expected_code
        if base:
            wait = (delivery.next_attempt_at - timezone.now()).total_seconds()
            assert base * 0.8 - 2 <= wait <= base * 1.2 + 1  # doubled
    assert delivery.status == "delivered"
    ids = {r["headers"][signing.DELIVERY_HEADER] for r in receiver.received}
    assert ids == {str(delivery.uuid)} and len(receiver.received) == 3


def test_a_subscriber_that_never_answers_is_given_up_on(subscriber, settings, commits):
    settings.NEWSROOM_WEBHOOK_MAX_ATTEMPTS = 2
    subscriber.url = "http://127.0.0.1:9/closed"
    subscriber.save()
    with commits():
        events.article_changed(None, ArticleFactory())
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "pending" and "Error" in delivery.last_error
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())
    tasks.deliver_due()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("failed", 2)
    assert tasks.deliver_due() == 0


def test_a_stale_task_does_nothing(subscriber, receiver, commits):
    with commits():
        events.article_changed(None, ArticleFactory())
    delivery = WebhookDelivery.objects.get()
    assert tasks.deliver.apply(args=(delivery.pk, 0)).get() == "stale"  # done already
    assert len(receiver.received) == 1


def test_the_admin_shows_the_log_and_sends_again(admin_client, subscriber, receiver, commits):
    receiver.statuses = [500]
    with commits():
        events.article_changed(None, ArticleFactory(title="Logged"))
    delivery = WebhookDelivery.objects.get()
    page = admin_client.get(f"/admin/api/webhooksubscriber/{subscriber.pk}/change/")
    assert page.status_code == 200 and b"article.published" in page.content
    assert subscriber.secret.encode() in page.content  # for the subscriber to configure
    log = admin_client.get("/admin/api/webhookdelivery/?status=pending")
    assert str(delivery.article_id).encode() in log.content
    admin_client.post(
        "/admin/api/webhookdelivery/", {"action": "retry", "_selected_action": [delivery.pk]}
    )
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and len(receiver.received) == 2


def test_the_admin_adds_a_subscriber_with_a_generated_secret(admin_client, receiver):
    response = admin_client.post(
        "/admin/api/webhooksubscriber/add/",
        {
            "name": "Syndication",
            "url": receiver.url,
            "events": ["article.published"],
            "active": "on",
            "deliveries-TOTAL_FORMS": "0",
            "deliveries-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    made = WebhookSubscriber.objects.get(name="Syndication")
    assert made.secret.startswith("whsec_") and len(made.secret) > 40
    assert made.events == ["article.published"]


# -- scheduled publications ---------------------------------------------------------------------


def test_a_scheduled_publication_is_announced_when_it_goes_live(
    admin_client, subscriber, receiver, commits
):
    when = timezone.now() + datetime.timedelta(hours=2)
    article = ArticleFactory(draft=True, published_at=when)
    with commits():
        action(admin_client, "publish", article)
    delivery = WebhookDelivery.objects.get()
    assert delivery.event == Event.PUBLISHED and delivery.next_attempt_at == when
    assert receiver.received == []
    assert tasks.deliver_due() == 0
    # two hours later
    past = timezone.now() - datetime.timedelta(seconds=1)
    Article.objects.filter(pk=article.pk).update(published_at=past)
    WebhookDelivery.objects.update(next_attempt_at=past)
    assert tasks.deliver_due() == 1
    assert receiver.events() == ["article.published"]


def test_a_scheduled_publication_withdrawn_before_its_time_is_cancelled(
    admin_client, subscriber, receiver, commits
):
    article = ArticleFactory(draft=True, published_at=timezone.now() + datetime.timedelta(hours=2))
    with commits():
        action(admin_client, "publish", article)
        action(admin_client, "unpublish", article)  # scheduled → draft: readers saw nothing
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())
    tasks.deliver_due()
    assert WebhookDelivery.objects.get().status == "cancelled"
    assert receiver.received == []


# -- the event rules, as a table ---------------------------------------------------------------


def _state(status, minutes=None, **fields):
    when = None if minutes is None else timezone.now() + datetime.timedelta(minutes=minutes)
    full = dict.fromkeys(ARTICLE_FIELDS, "")  # every field readers see, so none is UNKNOWN
    return {**full, "id": 1, "status": status, "published_at": when, "title": "T", **fields}


@pytest.mark.parametrize(
    "before, after, event",
    [
        (None, _state("published", -5), "article.published"),
        (_state("draft"), _state("published", -5), "article.published"),
        (_state("draft"), _state("published", 60), "article.published"),  # delivered at 60
        (_state("published", -5), _state("published", -5, title="U"), "article.updated"),
        (_state("published", -5), _state("published", -5), None),
        (_state("published", -5), _state("draft", -5), "article.unpublished"),
        (_state("published", -5), _state("published", 60), "article.unpublished"),
        (_state("published", -5), None, "article.unpublished"),
        (_state("published", -5), _state("archived", -5), "article.archived"),
        (_state("draft"), _state("review"), None),
        (_state("draft"), _state("archived"), None),
        (_state("review"), None, None),
    ],
)
def test_event_rules(before, after, event):
    both = before and after and before.get("published_at") and after.get("published_at")
    if both and abs(before["published_at"] - after["published_at"]) < datetime.timedelta(1 / 864):
        after["published_at"] = before["published_at"]  # made a moment apart: the same time
    assert events.event_for(before, after) == event


def test_a_csv_import_emits_publications_and_updates(tmp_path, subscriber, receiver, commits):
    from tests.test_csv_import import run, story, write_csv

    path = write_csv(tmp_path, [story(1), story(2), story(3, status="draft")])
    with commits():
        assert run(path)[0] == 0
    assert sorted(receiver.events()) == ["article.published"] * 2
    # the same file with one live story changed: one update, nothing for the others
    path = write_csv(
        tmp_path, [story(1, title="Story 1, corrected"), story(2), story(3, status="draft")]
    )
    with commits():
        assert run(path)[0] == 0
    assert receiver.events()[2:] == ["article.updated"]
    ids = [json.loads(r["body"])["article"]["id"] for r in receiver.received]
    assert ids[2] == Article.objects.get(slug="story-1").pk
