"""Query budgets, the page cache, conditional GET and cache invalidation.

Writes here go through the functions the write paths call (articles.cache.article_changed, ...),
inside ``django_capture_on_commit_callbacks(execute=True)``: invalidation happens on commit, and
a test's transaction never commits. The invalidation matrix itself is in test_cache_tags.py.
"""

import datetime
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import cache as page_cache
from articles.cache import pages
from articles.models import Article
from tests.factories import ArticleFactory, SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 6


@pytest.fixture
def site():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    local = SectionFactory(name="Local", slug="local", parent=politics)
    culture = SectionFactory(name="Culture", slug="culture")
    return news, politics, local, culture


def fill(site, count):
    sections = [site[1], site[2], site[3]]
    now = timezone.now()
    articles = [
        ArticleFactory(
            title=f"Budget story {i}",
            section=sections[i % 3],
            source=SourceFactory(name=f"Agency {i % 7}"),
            byline="Mai Lan",
            published_at=now - datetime.timedelta(hours=i + 1),
        )
        for i in range(count)
    ]
    return articles[0]


def public_urls(article):
    day = timezone.localtime(article.published_at)
    return [
        "/",
        "/articles/",
        "/articles/?page=2",
        "/sections/news/",
        "/sections/news/politics/local/",
        f"/sources/{article.source.slug}/",
        "/bylines/Mai Lan/",
        "/archive/",
        f"/archive/{day.year}/",
        f"/archive/{day.year}/{day.month}/{day.day}/",
        "/search/?q=budget",
        "/search/?q=budget&sort=newest&section=" + str(article.section_id),
        article.get_absolute_url(),
        "/feeds/latest.rss",
        "/sections/news/feed.atom",
        "/sitemap.xml",
        "/sitemap-articles.xml",
        "/sitemap-news.xml",
        "/robots.txt",
    ]


@pytest.mark.parametrize("count", [3, 45])
def test_every_page_runs_at_most_six_queries_whatever_its_length(
    client, site, count, django_assert_max_num_queries
):
    article = fill(site, count)
    for url in public_urls(article):
        cache.clear()
        with django_assert_max_num_queries(MAX_QUERIES, info=url):
            response = client.get(url)
        assert response.status_code in (200, 404 if "page=2" in url else 200), url


def test_a_cached_page_needs_no_query(client, site, django_assert_num_queries):
    article = fill(site, 5)
    for url in ["/", article.get_absolute_url(), "/search/?q=budget", "/feeds/latest.rss"]:
        first = client.get(url)
        with django_assert_num_queries(0):
            again = client.get(url)
        assert again.content == first.content


def test_conditional_get_answers_304_without_queries(client, site, django_assert_num_queries):
    article = fill(site, 3)
    response = client.get(article.get_absolute_url())
    etag, modified = response["ETag"], response["Last-Modified"]
    assert etag.startswith('W/"') and "public" in response["Cache-Control"]
    with django_assert_num_queries(0):
        not_modified = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304 and not_modified.content == b""
    again = client.get(article.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=modified)
    assert again.status_code == 304
    home = client.get("/")["Last-Modified"]
    assert client.get("/", HTTP_IF_MODIFIED_SINCE=home).status_code == 304
    assert client.get("/", HTTP_IF_NONE_MATCH='W/"other"').status_code == 200


def test_errors_are_not_cached_and_carry_no_validators(client):
    ArticleFactory(slug="later")
    response = client.get("/articles/missing/")
    assert response.status_code == 404 and not response.has_header("ETag")
    bad = client.get("/articles/?section=abc")
    assert bad.status_code == 400 and not bad.has_header("ETag")


def saved(article, **changes):
    """Save ``article`` with ``changes`` as a write path does: its state before, then after."""
    before = page_cache.article_state(Article.objects.get(pk=article.pk))
    for name, value in changes.items():
        setattr(article, name, value)
    article.save()
    page_cache.article_changed(before, article)
    return article


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Run the on-commit callbacks (the invalidations) of what the block writes."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_publishing_in_the_admin_updates_cached_pages(client, site, commits):
    User = get_user_model()
    admin = User.objects.create_superuser("boss", "boss@example.com", "pw")
    draft = ArticleFactory(title="Breaking budget", section=site[1], draft=True)
    ArticleFactory(title="Older piece", section=site[1])
    before = client.get("/sections/news/")
    assert "Breaking budget" not in before.content.decode()
    etag = before["ETag"]
    assert client.get(draft.get_absolute_url()).status_code == 404

    client.force_login(admin)
    with commits():
        response = client.post(
            "/admin/articles/article/",
            {"action": "publish", "_selected_action": [draft.pk]},
        )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED
    client.logout()

    after = client.get("/sections/news/")
    assert "Breaking budget" in after.content.decode()
    assert after["ETag"] != etag
    assert client.get("/sections/news/", HTTP_IF_NONE_MATCH=etag).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_editing_or_unpublishing_an_article_updates_cached_pages(client, site, commits):
    article = ArticleFactory(title="First headline", section=site[3])
    assert "First headline" in client.get("/").content.decode()
    with commits():
        saved(article, title="Corrected headline")
    html = client.get("/").content.decode()
    assert "Corrected headline" in html and "First headline" not in html
    with commits():
        saved(article, status=Article.Status.DRAFT)
    assert "Corrected headline" not in client.get("/").content.decode()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_bulk_writes_show_once_they_say_what_they_wrote(client, site, commits):
    article = ArticleFactory(title="Before bulk", section=site[3])
    assert "Before bulk" in client.get("/").content.decode()
    Article.objects.filter(pk=article.pk).update(title="After bulk")  # no signals
    assert "Before bulk" in client.get("/").content.decode()  # still the cached page
    with commits():
        page_cache.articles_changed([article.pk])
    assert "After bulk" in client.get("/").content.decode()
    Article.objects.filter(pk=article.pk).update(title="After raw SQL")
    page_cache.bump()  # the coarse bump: every page
    assert "After raw SQL" in client.get("/").content.decode()


def test_section_and_source_changes_invalidate_pages_and_filter_choices(client, site, commits):
    ArticleFactory(title="Piece", section=site[3])
    assert ">Culture<" in client.get("/").content.decode()
    assert ">Culture</option>" in client.get("/articles/?page=1").content.decode()
    with commits():
        site[3].name = "Arts"
        site[3].save()
        SourceFactory(name="Brand new agency")
    assert ">Arts<" in client.get("/").content.decode()
    html = client.get("/articles/").content.decode()  # other page, same cached filter fields
    assert ">Arts</option>" in html and ">Culture</option>" not in html
    assert ">Brand new agency</option>" in html


def test_a_scheduled_article_appears_when_due_without_any_write(client, site):
    ArticleFactory(title="Already out", section=site[3])
    soon = timezone.now() + datetime.timedelta(seconds=1.5)
    ArticleFactory(title="Embargoed story", section=site[3], published_at=soon)
    assert "Embargoed story" not in client.get("/").content.decode()
    time.sleep(max(0, (soon - timezone.now()).total_seconds()) + 0.1)
    assert "Embargoed story" in client.get("/").content.decode()


@override_settings(NEWSROOM_PAGE_CACHE_SECONDS=1)
def test_pages_expire_even_if_nobody_bumps(client, site):
    article = ArticleFactory(title="Old words", section=site[3])
    assert "Old words" in client.get("/").content.decode()
    Article.objects.filter(pk=article.pk).update(title="New words")
    time.sleep(1.2)
    assert "New words" in client.get("/").content.decode()


def test_no_304_stands_for_a_page_that_does_not_exist(client, site):
    article = fill(site, 2)
    etag = client.get(article.get_absolute_url())["ETag"]
    future = "Fri, 01 Jan 2100 00:00:00 GMT"
    assert client.get("/articles/missing/", HTTP_IF_NONE_MATCH=etag).status_code == 404
    assert client.get("/articles/missing/", HTTP_IF_MODIFIED_SINCE=future).status_code == 404
    # each page has its own validator: another page's ETag does not revalidate this one
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_only_known_query_parameters_are_cached_and_their_order_does_not_matter(client, site):
    article = fill(site, 3)

    def queries(url):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx)

    assert queries(f"/search/?q=budget&section={article.section_id}") > 0
    assert queries(f"/search/?section={article.section_id}&q=budget") == 0  # the same page
    stored = len(cache._cache)
    for url in ["/?x=1", "/?x=2", "/?page=1&page=2"]:
        assert queries(url) > 0 and queries(url) > 0  # rendered every time, never stored
    assert len(cache._cache) == stored


def test_validators_follow_the_content_not_the_tags(client, site, commits):
    article = fill(site, 1)
    first = client.get("/")
    page_cache.bump()  # every page invalidated, the same content: the old validator still holds
    again = client.get("/")
    assert again["ETag"] == first["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    with commits():
        saved(article, title="Another headline")
    changed = client.get("/")
    assert changed["ETag"] != first["ETag"] and "Another headline" in changed.content.decode()
    assert client.get("/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


@override_settings(NEWSROOM_PAGE_CACHE_SECONDS=1)
def test_pages_expire_one_by_one_without_any_invalidation(client, site):
    """A page expires as long after its own rendering; its tags are still current."""
    fill(site, 2)
    first = client.get("/")
    tags = first["Surrogate-Key"].split()
    versions = pages.store.versions(tags)
    time.sleep(1.2)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/")["X-Newsroom-Cache"] == "miss"  # rendered again
    assert len(ctx) > 0
    assert pages.store.versions(tags) == versions  # no write, nothing due: no invalidation


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2},
        }
    }
)
def test_with_the_cache_down_pages_render_and_editors_still_save(client, site):
    article = fill(site, 2)
    for url in ["/", article.get_absolute_url(), "/feeds/latest.rss"]:
        response = client.get(url)
        assert response.status_code == 200 and "Budget story" in response.content.decode()
    article.title = "Saved while the cache is down"
    article.save()  # the invalidation signal must not fail the write
    assert "Saved while the cache is down" in client.get("/").content.decode()
