"""The read API (articles/api/read.py): the draft boundary on every endpoint, filters, cursor
pagination, ETag/304, the page cache, and JSON errors."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles import richtext
from articles.api import tokens
from articles.api.models import Scope
from articles.models import Article
from tests.factories import ArticleFactory, SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"


def ids(response):
    return [row["id"] for row in response.json()["results"]]


@pytest.fixture
def mix():
    """Published, scheduled, draft, review and archived articles in one section and source."""
    section = SectionFactory(name="News", slug="news")
    source = SourceFactory(name="Wire One", slug="wire-one")
    now = timezone.now()
    made = {
        "live": ArticleFactory(title="Live story", section=section, source=source),
        "scheduled": ArticleFactory(
            title="Scheduled story", section=section, source=source, future=True
        ),
        "draft": ArticleFactory(title="Draft story", section=section, source=source, draft=True),
        "review": ArticleFactory(
            title="Review story",
            section=section,
            source=source,
            status=Article.Status.REVIEW,
            published_at=None,
        ),
        "archived": ArticleFactory(
            title="Archived story",
            section=section,
            source=source,
            status=Article.Status.ARCHIVED,
            published_at=now - datetime.timedelta(days=2),
        ),
    }
    return made


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


# -- the draft boundary, endpoint by endpoint ---------------------------------------------------


def test_article_list_shows_only_published_and_due(client, mix):
    response = client.get(f"{API}/articles")
    assert response.status_code == 200
    assert ids(response) == [mix["live"].pk]
    assert b"Draft story" not in response.content
    assert b"Scheduled story" not in response.content


@pytest.mark.parametrize("hidden", ["scheduled", "draft", "review", "archived"])
def test_article_detail_of_an_unpublished_article_is_a_json_404(client, mix, hidden):
    for path in (f"{API}/articles/{mix[hidden].pk}", f"{API}/ninjs/articles/{mix[hidden].pk}"):
        response = client.get(path)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert "detail" in response.json()
        assert mix[hidden].title.encode() not in response.content


def test_ninjs_list_shows_only_published(client, mix):
    response = client.get(f"{API}/ninjs/articles")
    assert response.status_code == 200
    uris = [item["uri"] for item in response.json()["results"]]
    assert uris == [f"urn:newsroom:testserver:article:{mix['live'].pk}"]


def test_sections_and_sources_show_no_article_of_any_kind(client, mix):
    for path in (f"{API}/sections", f"{API}/sources"):
        response = client.get(path)
        assert response.status_code == 200
        for article in mix.values():
            assert article.title.encode() not in response.content
    section = mix["live"].section
    response = client.get(f"{API}/sections/{section.pk}")
    assert response.json()["slug_path"] == "news"
    response = client.get(f"{API}/sources/{mix['live'].source.pk}")
    assert response.json()["name"] == "Wire One"


def test_missing_section_and_source_are_json_404(client, db):
    for path in (f"{API}/sections/999999", f"{API}/sources/999999", f"{API}/articles/999999"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["detail"]


def test_a_filter_cannot_reach_drafts(client, mix):
    for query in ("section=news", "source=wire-one", "byline=Staff reporter", "limit=100"):
        assert ids(client.get(f"{API}/articles?{query}")) == [mix["live"].pk]
    response = client.get(f"{API}/articles?status=draft")
    assert response.status_code == 403
    assert "read:drafts" in response.json()["detail"]


def test_a_read_drafts_token_sees_every_status_and_may_filter_by_it(client, mix):
    _, key = tokens.create("desk", [Scope.READ_DRAFTS])
    response = client.get(f"{API}/articles?limit=100", **bearer(key))
    assert set(ids(response)) == {a.pk for a in mix.values()}
    assert response["Cache-Control"] == "private, no-store"
    draft = client.get(f"{API}/articles?status=draft", **bearer(key))
    assert ids(draft) == [mix["draft"].pk]
    assert draft.json()["results"][0]["status"] == "draft"
    assert client.get(f"{API}/articles/{mix['draft'].pk}", **bearer(key)).status_code == 200


def test_a_token_without_read_drafts_sees_only_published(client, mix):
    _, key = tokens.create("ingest only", [Scope.INGEST])
    assert ids(client.get(f"{API}/articles?limit=100", **bearer(key))) == [mix["live"].pk]
    assert client.get(f"{API}/articles/{mix['draft'].pk}", **bearer(key)).status_code == 404


def test_a_scheduled_article_appears_when_its_time_comes(client, mix):
    assert mix["scheduled"].pk not in ids(client.get(f"{API}/articles"))
    Article.objects.filter(pk=mix["scheduled"].pk).update(
        published_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    cache.clear()  # the clock, not a write, released it: the site's schedule check is not run
    assert mix["scheduled"].pk in ids(client.get(f"{API}/articles"))


# -- the article itself ---------------------------------------------------------------------------


def test_article_detail_in_full(client, db):
    article = ArticleFactory(
        title="Floods <b>in</b> Hue",
        body=richtext.from_plain("One.\n\nTwo.", [{"after": 0, "text": "A flooded street."}]),
        dateline="HUE, Dec. 2",
    )
    data = client.get(f"{API}/articles/{article.pk}").json()
    assert data["title"] == "Floods <b>in</b> Hue"  # JSON carries text as written; no HTML
    assert data["paragraphs"] == ["One.", "Two."]
    assert data["captions"] == [{"after": 0, "text": "A flooded street."}]
    assert data["body"] == article.body  # sanitised HTML, with the photo slot
    assert data["body_text"] == "One.\n\nA flooded street.\n\nTwo."
    assert data["url"] == f"http://testserver/articles/{article.slug}/"
    assert data["ninjs_url"] == f"http://testserver{API}/ninjs/articles/{article.pk}"
    assert data["section"]["path"] == article.section.name
    assert data["images"] == []
    assert "status" not in data


# -- filters ------------------------------------------------------------------------------------


@pytest.fixture
def desk():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    culture = SectionFactory(name="Culture", slug="culture")
    vna, afp = SourceFactory(name="VNA", slug="vna"), SourceFactory(name="AFP", slug="afp")
    now = timezone.now()
    day = datetime.timedelta(days=1)
    return {
        "a": ArticleFactory(section=news, source=vna, byline="Mai Lan", published_at=now - day),
        "b": ArticleFactory(section=politics, source=afp, byline="Tom", published_at=now - 2 * day),
        "c": ArticleFactory(
            section=culture, source=vna, byline="mai lan", published_at=now - 5 * day
        ),
    }


def test_filters(client, desk):
    a, b, c = desk["a"].pk, desk["b"].pk, desk["c"].pk
    assert ids(client.get(f"{API}/articles?section=news")) == [a, b]  # subsections included
    assert ids(client.get(f"{API}/articles?section=news/politics")) == [b]
    assert ids(client.get(f"{API}/articles?section={desk['c'].section_id}")) == [c]
    assert ids(client.get(f"{API}/articles?source=vna")) == [a, c]
    assert ids(client.get(f"{API}/articles?byline=MAI LAN")) == [a, c]
    since = (timezone.now() - datetime.timedelta(days=3)).date().isoformat()
    assert ids(client.get(f"{API}/articles?published_after={since}")) == [a, b]
    assert ids(client.get(f"{API}/articles?published_before={since}")) == [c]
    assert ids(client.get(f"{API}/articles?source=vna&section=news")) == [a]


def test_updated_since_lists_changes_oldest_first(client, desk):
    mark = timezone.now()
    Article.objects.filter(pk=desk["c"].pk).update(updated_at=mark + datetime.timedelta(seconds=1))
    Article.objects.filter(pk=desk["a"].pk).update(updated_at=mark + datetime.timedelta(seconds=2))
    response = client.get(f"{API}/articles", {"updated_since": mark.isoformat()})
    assert ids(response) == [desk["c"].pk, desk["a"].pk]


@pytest.mark.parametrize(
    "query, field",
    [
        ("section=nowhere", "section"),
        ("source=nobody", "source"),
        ("published_after=yesterday", "published_after"),
        ("updated_since=2026-13-45", "updated_since"),
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("cursor=not-a-cursor", "cursor"),
        ("status=published", "status"),  # needs read:drafts: 403
    ],
)
def test_bad_filters_are_json_4xx_naming_the_field(client, desk, query, field):
    response = client.get(f"{API}/articles?{query}")
    assert response.status_code in (400, 403)
    assert response["Content-Type"] == "application/json"
    assert field in str(response.json()["detail"])


def test_bad_path_parameter_is_a_json_400(client, db):
    response = client.get(f"{API}/articles/abc")
    assert response.status_code == 400
    assert "article_id" in str(response.json()["detail"])


# -- cursor pagination ------------------------------------------------------------------------


def test_cursor_pages_walk_everything_once_in_order_even_with_ties(client, db):
    same = timezone.now() - datetime.timedelta(hours=3)
    section, source = SectionFactory(), SourceFactory()
    made = [ArticleFactory(section=section, source=source, published_at=same) for _ in range(7)]
    made += [
        ArticleFactory(
            section=section, source=source, published_at=same - datetime.timedelta(minutes=i)
        )
        for i in range(1, 6)
    ]
    seen, url, pages = [], f"{API}/articles?limit=5", 0
    while url:
        data = client.get(url).json()
        seen += [row["id"] for row in data["results"]]
        url, pages = data["next"], pages + 1
        if pages == 1:
            # an article published meanwhile does not shift the pages already being walked
            ArticleFactory(section=section, source=source)
    expected = sorted(made, key=lambda a: (a.published_at, a.pk), reverse=True)
    assert seen == [a.pk for a in expected]
    assert pages == 3


def test_the_next_link_keeps_the_filters(client, desk):
    data = client.get(f"{API}/articles?source=vna&limit=1").json()
    assert "source=vna" in data["next"] and "cursor=" in data["next"]
    assert ids(client.get(data["next"])) == [desk["c"].pk]


def test_a_cursor_of_another_ordering_is_refused(client, desk):
    data = client.get(f"{API}/articles?limit=1").json()
    cursor = data["next"].split("cursor=")[1]
    response = client.get(f"{API}/articles?updated_since=2000-01-01T00:00:00Z&cursor={cursor}")
    assert response.status_code == 400


# -- ETag / 304 and the page cache ---------------------------------------------------------------


def test_etag_and_304(client, mix):
    first = client.get(f"{API}/articles/{mix['live'].pk}")
    etag = first["ETag"]
    assert etag and "public" in first["Cache-Control"]
    again = client.get(f"{API}/articles/{mix['live'].pk}", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


def test_etag_and_304_for_tokens_too(client, mix):
    _, key = tokens.create("desk", [Scope.READ_DRAFTS])
    first = client.get(f"{API}/articles/{mix['draft'].pk}", **bearer(key))
    again = client.get(
        f"{API}/articles/{mix['draft'].pk}", HTTP_IF_NONE_MATCH=first["ETag"], **bearer(key)
    )
    assert again.status_code == 304


def test_cached_reads_need_no_query_and_a_publication_is_seen_at_once(
    client, admin_client, mix, django_assert_num_queries, django_capture_on_commit_callbacks
):
    client.get(f"{API}/articles")
    with django_assert_num_queries(0):
        assert client.get(f"{API}/articles")["X-Newsroom-Cache"] == "hit"
    # an editor publishes the draft through the admin's bulk action
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/articles/article/",
            {"action": "publish", "_selected_action": [mix["draft"].pk]},
        )
    assert Article.objects.get(pk=mix["draft"].pk).status == Article.Status.PUBLISHED
    assert mix["draft"].pk in ids(client.get(f"{API}/articles"))


def test_unpublishing_is_never_served_stale(
    client, admin_client, mix, django_capture_on_commit_callbacks
):
    assert client.get(f"{API}/articles/{mix['live'].pk}").status_code == 200
    assert mix["live"].pk in ids(client.get(f"{API}/articles"))
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/articles/article/",
            {"action": "unpublish", "_selected_action": [mix["live"].pk]},
        )
    assert client.get(f"{API}/articles/{mix['live'].pk}").status_code == 404
    assert mix["live"].pk not in ids(client.get(f"{API}/articles"))
    assert client.get(f"{API}/ninjs/articles/{mix['live'].pk}").status_code == 404


def test_unknown_query_parameters_are_served_but_not_cached(client, mix):
    response = client.get(f"{API}/articles?utm=1")
    assert response.status_code == 200
    assert "X-Newsroom-Cache" not in response
    assert response["ETag"]


def test_a_drafts_token_pages_through_undated_drafts_then_the_rest(client, mix):
    _, key = tokens.create("desk", [Scope.READ_DRAFTS])
    extra = [ArticleFactory(draft=True) for _ in range(3)]
    seen, url = [], f"{API}/articles?limit=2"
    while url:
        data = client.get(url, **bearer(key)).json()
        seen += [row["id"] for row in data["results"]]
        url = data["next"]
    undated = sorted([mix["draft"].pk, mix["review"].pk, *(a.pk for a in extra)], reverse=True)
    dated = sorted(
        [mix[k] for k in ("live", "scheduled", "archived")],
        key=lambda a: (a.published_at, a.pk),
        reverse=True,
    )
    assert seen == undated + [a.pk for a in dated]
