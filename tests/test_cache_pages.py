"""The page cache itself (articles/cache/pages.py): headers for browsers and CDNs, stale-while-
revalidate with a single flight, stale-if-error, the render race, nothing leaking after an
unpublish or an archive, and the cache going down."""

import threading
import time

import pytest
from django.core.cache import cache as django_cache
from django.db import OperationalError
from django.http import HttpResponse
from django.test import Client, RequestFactory, override_settings

from articles.cache import invalidation, pages, schedule, store
from articles.cache import tags as T
from articles.models import Article
from tests.factories import ArticleFactory, SectionFactory
from tests.test_workflow import CHANGELIST, logged_in, staff_user

DEAD_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
        "OPTIONS": {"socket_connect_timeout": 0.2},
    }
}


# -- a page made of nothing but a tag and a counter (no database) ------------------------------


@pytest.fixture
def nothing_scheduled():
    """The schedule state, as the first request would have read it (these pages have no
    database to read it from)."""
    now = time.time()
    django_cache.set(schedule.KEY, {"due": None, "since": now, "checked": now}, 600)


class Counted:
    """A view that renders "v<n>" (n: how many times it ran), depending on the tag "list:test"."""

    def __init__(self, delay=0.0, fail=None):
        self.calls, self.delay, self.fail, self.lock = 0, delay, fail, threading.Lock()

    def __call__(self, request):
        with self.lock:
            self.calls += 1
            n = self.calls
        T.depend("list:test")
        if self.fail is not None:
            raise self.fail
        time.sleep(self.delay)
        return HttpResponse(f"v{n}")


def get(view, path="/counted/", **headers):
    return view(RequestFactory().get(path, **headers))


def concurrently(view, n=8):
    """``n`` requests at once; their responses."""
    barrier, out = threading.Barrier(n), [None] * n

    def run(i):
        barrier.wait()
        out[i] = get(view)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_a_hot_page_edited_is_rendered_once_while_the_others_get_the_stale_copy(
    nothing_scheduled,
):
    counted = Counted(delay=0.3)
    view = pages.cached_page(counted)
    assert get(view).content == b"v1"
    invalidation.invalidate_now({"list:test"})  # e.g. a headline on it was edited
    responses = concurrently(view)
    assert counted.calls == 2  # one worker rendered it again ...
    bodies = sorted(r.content for r in responses)
    assert bodies == [b"v1"] * 7 + [b"v2"]  # ... the others served the stale copy meanwhile
    assert sorted(r[pages.HEADER] for r in responses) == ["miss"] + ["stale"] * 7
    assert get(view).content == b"v2" and get(view)[pages.HEADER] == "hit"


@override_settings(NEWSROOM_PAGE_CACHE_SECONDS=1)
def test_an_expired_hot_page_is_rendered_once_too(nothing_scheduled):
    counted = Counted(delay=0.3)
    view = pages.cached_page(counted)
    get(view)
    time.sleep(1.1)
    responses = concurrently(view)
    assert counted.calls == 2
    assert sorted(r[pages.HEADER] for r in responses) == ["miss"] + ["stale"] * 7


def test_a_hard_invalidation_is_never_served_stale(nothing_scheduled):
    counted = Counted(delay=0.2)
    view = pages.cached_page(counted)
    get(view)
    invalidation.invalidate_now({"list:test"}, hard={"list:test"})  # e.g. a story withdrawn
    responses = concurrently(view, 4)
    assert b"v1" not in {r.content for r in responses}
    assert {r[pages.HEADER] for r in responses} == {"miss"}


def test_a_render_that_fails_on_the_database_serves_the_stale_copy(nothing_scheduled):
    counted = Counted()
    view = pages.cached_page(counted)
    assert get(view).content == b"v1"
    invalidation.invalidate_now({"list:test"})
    counted.fail = OperationalError("could not connect to server")
    stale = get(view)
    assert (stale.status_code, stale.content, stale[pages.HEADER]) == (200, b"v1", "stale")
    invalidation.invalidate_now({"list:test"}, hard={"list:test"})  # never for a withdrawn one
    with pytest.raises(OperationalError):
        get(view)


def test_an_invalidation_during_the_render_leaves_the_page_stale(nothing_scheduled):
    """The render read the database before a write committed, the versions after it."""

    def racing(request):
        T.depend("list:race")
        body = f"read {len(seen)}"
        seen.append(1)
        if len(seen) == 1:
            invalidation.invalidate_now({"list:race"})  # committed while we were rendering
        return HttpResponse(body)

    seen = []
    view = pages.cached_page(racing)
    assert get(view, "/race/")[pages.HEADER] == "miss"
    again = get(view, "/race/")  # not a hit: what it read may predate the write
    assert again[pages.HEADER] == "miss" and again.content == b"read 1"
    assert get(view, "/race/")[pages.HEADER] == "hit"


# -- headers ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_public_pages_carry_their_tags_and_cdn_cache_control(client):
    article = ArticleFactory(title="Tagged story")
    response = client.get("/")
    keys = response["Surrogate-Key"].split()
    assert {T.HOME, T.LISTS, T.SECTIONS, T.SOURCES, T.ALL, T.article(article.pk)} <= set(keys)
    assert response["Cache-Tag"].split(",") == keys
    control = response["Cache-Control"]
    for part in (
        "public",
        "max-age=60",
        "s-maxage=300",
        "stale-while-revalidate=60",
        "stale-if-error=86400",
    ):
        assert part in control.split(", "), control
    page = client.get(article.get_absolute_url())
    assert T.article(article.pk) in page["Surrogate-Key"].split()
    assert T.HOME not in page["Surrogate-Key"].split()
    section_page = client.get(article.section.get_absolute_url())
    assert T.section(article.section_id) in section_page["Surrogate-Key"].split()
    feed = client.get("/feeds/latest.rss")
    assert {T.FEED, T.article(article.pk)} <= set(feed["Surrogate-Key"].split())
    sitemap = client.get("/sitemap-articles.xml")
    assert T.SITEMAP_ARTICLES in sitemap["Surrogate-Key"].split()
    not_modified = client.get("/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert not_modified.status_code == 304 and not_modified["Cache-Control"] == control


@pytest.mark.django_db
@override_settings(
    NEWSROOM_BROWSER_CACHE_SECONDS=30,
    NEWSROOM_CDN_CACHE_SECONDS=86400,
    NEWSROOM_STALE_WHILE_REVALIDATE_SECONDS=120,
    NEWSROOM_STALE_IF_ERROR_SECONDS=3600,
)
def test_cache_control_follows_the_settings(client):
    ArticleFactory()
    assert client.get("/")["Cache-Control"] == (
        "public, max-age=30, s-maxage=86400, stale-while-revalidate=120, stale-if-error=3600"
    )


@pytest.mark.django_db
def test_no_public_cache_headers_on_the_admin_previews_drafts_or_errors(client):
    draft = ArticleFactory(draft=True, title="Unreleased")
    missing = client.get(draft.get_absolute_url())
    assert missing.status_code == 404 and missing["Cache-Control"] == "no-store"
    assert not missing.has_header("Surrogate-Key") and not missing.has_header("ETag")
    assert client.get("/articles/?section=abc")["Cache-Control"] == "no-store"
    editor = logged_in(staff_user("ed", "Editor"))
    for url in (CHANGELIST, f"{CHANGELIST}{draft.pk}/change/", f"{CHANGELIST}{draft.pk}/preview/"):
        response = editor.get(url)
        assert response.status_code == 200, url
        control = response["Cache-Control"]
        assert "public" not in control and "s-maxage" not in control, url
        assert "private" in control or "no-cache" in control or "no-store" in control, url
        assert not response.has_header("Surrogate-Key"), url


# -- nothing leaks after an unpublish or an archive ---------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("how", ["unpublish", "archive"])
def test_nothing_leaks_after_an_unpublish_or_archive(how, django_capture_on_commit_callbacks):
    section = SectionFactory(name="News", slug="news")
    story = ArticleFactory(title="Withdrawn scoop", slug="withdrawn-scoop", section=section)
    ArticleFactory(title="Staying story", section=section)
    reader = Client()
    urls = [
        "/",
        "/articles/",
        "/sections/news/",
        "/feeds/latest.rss",
        "/sections/news/feed.atom",
        "/sitemap-articles.xml",
        "/sitemap-news.xml",
        "/search/?q=scoop",
        f"/bylines/{story.byline}/",
    ]
    etag = reader.get(story.get_absolute_url())["ETag"]
    etags = {url: reader.get(url)["ETag"] for url in urls}

    def shows_it(response) -> bool:
        html = response.content.decode().lower()
        return "withdrawn scoop" in html or "withdrawn-scoop" in html

    for url in urls:
        assert shows_it(reader.get(url)), url
    # Another worker is busy rendering each page again: a soft change would be served stale.
    for url in [story.get_absolute_url(), *urls]:
        key = pages.page_key(RequestFactory().get(url))
        django_cache.add(key + ":render", 1, 30)

    editor = logged_in(staff_user("ed", "Editor"))
    with django_capture_on_commit_callbacks(execute=True):
        data = {"action": how, "_selected_action": [story.pk]}
        assert editor.post(CHANGELIST, data).status_code == 302
    assert Article.objects.get(pk=story.pk).status != Article.Status.PUBLISHED

    gone = reader.get(story.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert gone.status_code == 404  # not 304, not the cached page
    for url in urls:
        response = reader.get(url, HTTP_IF_NONE_MATCH=etags[url])
        assert response.status_code == 200, url  # not 304
        assert not shows_it(response), url


# -- the cache down -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_with_the_cache_down_pages_render_uncached_and_it_is_not_retried_each_time(client):
    article = ArticleFactory(title="Served anyway")
    with override_settings(CACHES=DEAD_REDIS):
        started = time.monotonic()
        first = client.get("/")
        assert first.status_code == 200 and "Served anyway" in first.content.decode()
        assert first[pages.HEADER] == "bypass" and "public" in first["Cache-Control"]
        took = time.monotonic() - started
        started = time.monotonic()
        for url in ["/", article.get_absolute_url(), "/articles/", "/feeds/latest.rss"]:
            assert client.get(url).status_code == 200
        assert time.monotonic() - started < max(0.5, took)  # no connect timeout paid again


def test_invalidations_missed_while_the_cache_was_down_are_made_when_it_answers(caplog):
    version = store.versions(["list:later"])["list:later"]
    with override_settings(CACHES=DEAD_REDIS):
        invalidation.invalidate_now({"list:later"}, hard={"list:later"})  # never raises
    assert "will be invalidated when it answers again" in caplog.text
    current = store.versions(["list:later"])["list:later"]  # the first call that answers
    assert current is not None and current != version and store.is_hard(current)


@pytest.mark.django_db
def test_the_production_backend_redis_serves_hits_and_invalidations(client, commits_on):
    """articles.cache.redis.RedisCache (production's), on the Redis at 127.0.0.1:6379 if any."""
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/13", socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    backend = {
        "default": {
            "BACKEND": "articles.cache.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/13",
        }
    }
    article = ArticleFactory(title="Redis headline")
    with override_settings(CACHES=backend):
        django_cache.clear()
        try:
            assert client.get("/")[pages.HEADER] == "miss"
            assert client.get("/")[pages.HEADER] == "hit"
            with commits_on():
                before = invalidation.article_state(article)
                article.title = "Redis correction"
                article.save()
                invalidation.article_changed(before, article)
            again = client.get("/")
            assert again[pages.HEADER] == "miss" and "Redis correction" in again.content.decode()
        finally:
            django_cache.clear()


@pytest.fixture
def commits_on(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)
