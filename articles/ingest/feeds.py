"""Feed polling: RSS/Atom (feedparser) or ninjs JSON, fetched with a conditional GET (ETag /
Last-Modified), each item imported through ``items.import_item``.

A feed that times out, answers an error or sends garbage is recorded (the dashboard shows it) and
polled again later, each failure in a row doubling the wait up to ``MAX_BACKOFF``: never a crash
loop, never a worker stuck on one server.
"""

import datetime
import json
import socket
import urllib.error
import urllib.request

import feedparser
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .items import import_item
from .models import Feed, Job
from .ninjs import InvalidItem, from_feed_entry

MAX_BACKOFF = datetime.timedelta(hours=6)
USER_AGENT = "newsroom-ingest/1 (+feed poller)"


class FeedProblem(Exception):
    """A poll that failed; ``str()`` is the one line the dashboard shows."""


def due_feeds(now):
    """Enabled feeds whose time has come and that have no poll queued or running; each is
    claimed (its next poll pushed back) so two beats never queue it twice."""
    busy = Job.objects.filter(
        kind=Job.Kind.FEED, status__in=[Job.Status.QUEUED, Job.Status.RUNNING]
    ).values_list("channel", flat=True)
    busy = {c for c in busy}
    due = []
    for feed in Feed.objects.filter(enabled=True, next_poll_at__lte=now).select_related("source"):
        if feed.channel in busy:
            continue
        claimed = Feed.objects.filter(pk=feed.pk, next_poll_at=feed.next_poll_at).update(
            next_poll_at=now + datetime.timedelta(seconds=feed.interval)
        )
        if claimed:
            due.append(feed)
    return due


def fetch(feed: Feed) -> tuple[int, bytes, dict]:
    """(status, body, headers) with a conditional GET; FeedProblem for anything else."""
    if not feed.url.startswith(("http://", "https://")):
        raise FeedProblem(f"{feed.url}: only http and https feeds are polled")
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    request = urllib.request.Request(feed.url, headers=headers)  # noqa: S310 (scheme checked)
    limit = settings.NEWSROOM_FEED_MAX_BYTES
    try:
        with urllib.request.urlopen(request, timeout=settings.NEWSROOM_FEED_TIMEOUT) as response:  # noqa: S310
            body = response.read(limit + 1)
            status, got = response.status, dict(response.headers.items())
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return 304, b"", dict(exc.headers.items())
        raise FeedProblem(f"{feed.url}: HTTP {exc.code} {exc.reason}") from None
    except TimeoutError:
        raise FeedProblem(
            f"{feed.url}: no answer within {settings.NEWSROOM_FEED_TIMEOUT:g} s"
        ) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FeedProblem(
                f"{feed.url}: no answer within {settings.NEWSROOM_FEED_TIMEOUT:g} s"
            ) from None
        raise FeedProblem(f"{feed.url}: {reason}") from None
    except (OSError, ValueError) as exc:
        raise FeedProblem(f"{feed.url}: {exc}") from None
    if len(body) > limit:
        raise FeedProblem(f"{feed.url}: over the limit of {limit} bytes")
    return status, body, got


def parse_items(feed: Feed, body: bytes) -> list[dict]:
    """The feed's items as ninjs dicts; FeedProblem when it is not a feed of that format."""
    if feed.format == Feed.Format.NINJS:
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise FeedProblem(f"{feed.url}: not JSON ({exc})") from None
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            data = data["items"]
        items = data if isinstance(data, list) else [data]
        if not all(isinstance(i, dict) for i in items):
            raise FeedProblem(f"{feed.url}: not ninjs (expected an object or a list of objects)")
        return items
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        why = parsed.get("bozo_exception") or "no feed found"
        raise FeedProblem(f"{feed.url}: not an RSS or Atom feed ({why})")
    return [from_feed_entry(entry) for entry in parsed.entries]


def poll(job: Job) -> None:
    """The feed job: fetch, import each item (each in its own transaction, recorded on the job
    with it), then remember the validators. Failures end up on the feed and the job."""
    feed = Feed.objects.select_related("source").get(pk=job.params["feed_id"])
    now = timezone.now()
    try:
        status, body, headers = fetch(feed)
        items = [] if status == 304 else parse_items(feed, body)
    except FeedProblem as exc:
        _failed(feed, job, str(exc), now)
        return
    Job.objects.filter(pk=job.pk).update(total=len(items))
    for index, item in enumerate(items):
        _import_one(job, feed, index, item)
    job.refresh_from_db()
    fresh = job.counts.get("created", 0) + job.counts.get("updated", 0)
    Feed.objects.filter(pk=feed.pk).update(
        etag=headers.get("ETag", headers.get("Etag", feed.etag if status == 304 else ""))[:255],
        last_modified=headers.get("Last-Modified", feed.last_modified if status == 304 else "")[
            :64
        ],
        last_polled_at=now,
        last_status="304 not modified" if status == 304 else f"{status}: {len(items)} items",
        last_error="",
        failures=0,
        next_poll_at=now + datetime.timedelta(seconds=feed.interval),
        items_in=feed.items_in + fresh,
    )


def _import_one(job: Job, feed: Feed, index: int, item: dict) -> None:
    from .runner import in_own_transaction

    in_own_transaction(_item_unit, job, feed, index, item)


def _item_unit(job: Job, feed: Feed, index: int, item: dict) -> None:
    current = Job.objects.select_for_update().get(pk=job.pk)
    if index < current.done:
        return  # imported by an earlier attempt
    try:
        outcome = import_item(
            item,
            name=f"{feed.url} #{item.get('uri', index)}"[:255],
            source=feed.source,
            user=job.user,
            publish=feed.publish,
        )
        action, created = outcome.action, [outcome.article_id]
    except InvalidItem as exc:
        action, created = "skipped", []
        current.result = {
            **current.result,
            "skipped": [*current.result.get("skipped", []), f"item {index + 1}: {exc}"][:50],
        }
    counts = dict(current.counts)
    counts[action] = counts.get(action, 0) + 1
    current.counts = counts
    if action == "created":
        current.result = {
            **current.result,
            "created": current.result.get("created", []) + created,
        }
    current.done = index + 1
    current.save(update_fields=["counts", "result", "done"])


def _failed(feed: Feed, job: Job, error: str, now) -> None:
    failures = feed.failures + 1
    wait = min(datetime.timedelta(seconds=feed.interval * 2 ** min(failures, 16)), MAX_BACKOFF)
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=now,
        last_status="failed",
        last_error=error[:2000],
        failures=failures,
        next_poll_at=now + wait,
    )
    Job.objects.filter(pk=job.pk).update(error=error[:2000])


def poll_now(feed: Feed):
    """The dashboard's retry: the feed is due at once, and polled now."""
    from .jobs import submit_feed_poll

    Feed.objects.filter(pk=feed.pk).update(next_poll_at=timezone.now())
    return submit_feed_poll(feed)


def failing_feeds():
    return Feed.objects.filter(Q(failures__gt=0))
