"""RSS/Atom feeds, sitemaps and robots.txt: valid XML, the right items, nothing unpublished."""

import datetime
import re

import pytest
from defusedxml import ElementTree
from django.utils import timezone

from articles.feeds import ITEMS
from articles.models import Article
from articles.sitemaps import ArticleSitemap
from tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def xml(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith(content_type)
    return ElementTree.fromstring(response.content)


@pytest.fixture
def tree():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    culture = SectionFactory(name="Culture", slug="culture")
    return news, politics, culture


def test_site_rss_lists_the_latest_published_articles_newest_first(client, tree):
    now = timezone.now()
    for i in range(ITEMS + 5):
        ArticleFactory(
            title=f"Story {i}",
            section=tree[1],
            published_at=now - datetime.timedelta(minutes=i + 1),
        )
    ArticleFactory(title="Draft story", draft=True)
    root = xml(client, "/feeds/latest.rss", "application/rss+xml")
    items = root.findall("./channel/item")
    assert len(items) == ITEMS
    assert [i.findtext("title") for i in items[:3]] == ["Story 0", "Story 1", "Story 2"]
    first = items[0]
    assert first.findtext("link").startswith("http://testserver/articles/story-0/")
    assert first.findtext("category") == "News / Politics"
    assert first.findtext("pubDate")
    assert root.find("./channel/{http://www.w3.org/2005/Atom}link").get("rel") == "self"


def test_atom_feed_has_entries_with_author_dates_and_summary(client, tree):
    ArticleFactory(title="Museum opens", byline="Mai Lan", summary="A new museum.")
    root = xml(client, "/feeds/latest.atom", "application/atom+xml")
    entry = root.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Museum opens"
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Mai Lan"
    assert entry.findtext(f"{ATOM}summary") == "A new museum."
    assert entry.findtext(f"{ATOM}published") and entry.findtext(f"{ATOM}updated")


def test_section_feeds_include_subsections_only(client, tree):
    news, politics, culture = tree
    ArticleFactory(title="In politics", section=politics)
    ArticleFactory(title="In culture", section=culture)
    rss = xml(client, "/sections/news/feed.rss", "application/rss+xml")
    assert [i.findtext("title") for i in rss.findall("./channel/item")] == ["In politics"]
    assert rss.findtext("./channel/title").startswith("News")
    atom = xml(client, "/sections/culture/feed.atom", "application/atom+xml")
    assert [e.findtext(f"{ATOM}title") for e in atom.findall(f"{ATOM}entry")] == ["In culture"]
    assert client.get("/sections/nope/feed.rss").status_code == 404


def test_feed_text_is_escaped_and_control_characters_dropped(client):
    ArticleFactory(title="<script>x</script> & \x0bco", summary="<b>bold</b>\x1f")
    root = xml(client, "/feeds/latest.rss", "application/rss+xml")
    item = root.find("./channel/item")
    # A title is text; a description is HTML, so its markup arrives escaped, as text.
    assert item.findtext("title") == "<script>x</script> & co"
    assert item.findtext("description") == "&lt;b&gt;bold&lt;/b&gt;"
    atom = xml(client, "/feeds/latest.atom", "application/atom+xml")
    entry = atom.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").get("type", "text") == "text"
    assert entry.findtext(f"{ATOM}title") == "<script>x</script> & co"
    assert entry.find(f"{ATOM}summary").get("type") == "html"


def test_feeds_are_advertised_in_the_head(client, tree):
    html = client.get("/").content.decode()
    head = html.split("</head>")[0]
    assert 'type="application/rss+xml"' in head and 'href="/feeds/latest.rss"' in head
    assert 'type="application/atom+xml"' in head and 'href="/feeds/latest.atom"' in head
    head = client.get("/sections/news/politics/").content.decode().split("</head>")[0]
    assert 'href="/sections/news/politics/feed.rss"' in head
    assert 'href="/sections/news/politics/feed.atom"' in head
    for url in re.findall(r'rel="alternate" type="[^"]+" title="[^"]*" href="([^"]+)"', head):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "traits",
    [
        {"draft": True},
        {"future": True},
        {"status": Article.Status.REVIEW},
        {"status": Article.Status.ARCHIVED},
    ],
)
def test_feeds_and_sitemaps_never_list_unpublished_articles(client, tree, traits):
    ArticleFactory(title="Public piece", section=tree[1])
    hidden = ArticleFactory(title="Hidden piece", section=tree[1], **traits)
    for url in [
        "/feeds/latest.rss",
        "/feeds/latest.atom",
        "/sections/news/feed.rss",
        "/sections/news/politics/feed.atom",
        "/sitemap-articles.xml",
        "/sitemap-news.xml",
    ]:
        body = client.get(url).content.decode()
        assert "Public piece" in body or "public-piece" in body, url
        assert "Hidden piece" not in body and hidden.slug not in body, url


def test_sitemap_index_points_to_every_part(client, tree):
    ArticleFactory()
    root = xml(client, "/sitemap.xml", "application/xml")
    locations = [s.findtext(f"{SM}loc") for s in root.findall(f"{SM}sitemap")]
    for part in ["pages", "sections", "sources", "articles"]:
        assert f"http://testserver/sitemap-{part}.xml" in locations
    for loc in locations:
        assert client.get(loc.replace("http://testserver", "")).status_code == 200


def test_article_sitemap_lists_published_urls_with_lastmod_and_pages(client, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    articles = [ArticleFactory(title=f"Mapped {i}") for i in range(3)]
    root = xml(client, "/sitemap-articles.xml", "application/xml")
    urls = root.findall(f"{SM}url")
    assert [u.findtext(f"{SM}loc") for u in urls] == [
        f"http://testserver{a.get_absolute_url()}" for a in articles[:2]
    ]
    assert all(u.findtext(f"{SM}lastmod") for u in urls)
    page2 = xml(client, "/sitemap-articles.xml?p=2", "application/xml")
    assert len(page2.findall(f"{SM}url")) == 1
    assert client.get("/sitemap-articles.xml?p=3").status_code == 404
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_sections_sitemap_has_nested_paths(client, tree):
    root = xml(client, "/sitemap-sections.xml", "application/xml")
    locs = {u.findtext(f"{SM}loc") for u in root.findall(f"{SM}url")}
    assert "http://testserver/sections/news/politics/" in locs


def test_news_sitemap_covers_the_last_two_days(client):
    now = timezone.now()
    ArticleFactory(title="Fresh <news> & views", published_at=now - datetime.timedelta(hours=3))
    ArticleFactory(title="Stale news", published_at=now - datetime.timedelta(days=3))
    root = xml(client, "/sitemap-news.xml", "application/xml")
    urls = root.findall(f"{SM}url")
    assert len(urls) == 1
    news = urls[0].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}title") == "Fresh <news> & views"
    assert news.find(f"{NEWS}publication").findtext(f"{NEWS}name") == "Newsroom"
    assert news.find(f"{NEWS}publication").findtext(f"{NEWS}language") == "en"
    published = datetime.datetime.fromisoformat(news.findtext(f"{NEWS}publication_date"))
    assert abs(published - (now - datetime.timedelta(hours=3))) < datetime.timedelta(seconds=2)


def test_robots_txt_points_to_the_sitemaps(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news.xml" in lines
