"""Article metadata (JSON-LD NewsArticle, canonical, OpenGraph/Twitter) and page hygiene."""

import datetime
import json
import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, ImageFactory, SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db


class Head(HTMLParser):
    """Collects <meta>, <link>, <script> and <title>, plus any inline style or handler."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.scripts, self.title = {}, [], [], ""
        self.inline, self._in = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in attrs:
            if name == "style" or name.startswith("on"):
                self.inline.append((tag, name))
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script":
            self.scripts.append([attrs, ""])
            self._in = "script"
        elif tag == "title":
            self._in = "title"
        elif tag == "style":
            self.inline.append((tag, "element"))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts[-1][1] += data
        elif self._in == "title":
            self.title += data


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    head = Head()
    head.feed(response.content.decode())
    return head


@pytest.fixture
def article():
    section = SectionFactory(name="Politics", slug="politics", parent=SectionFactory(name="News"))
    return ArticleFactory(
        title="Assembly passes </script><script>alert(1)</script> budget",
        summary="The National Assembly approved the budget.",
        byline="Mai Lan",
        dateline="HANOI, March 5",
        section=section,
        source=SourceFactory(name="Vietnam News Agency"),
        published_at=timezone.now() - datetime.timedelta(hours=2),
    )


def jsonld(head):
    blocks = [body for attrs, body in head.scripts if attrs.get("type") == "application/ld+json"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_article_json_ld_is_a_complete_news_article(client, article):
    head = parse(client, article.get_absolute_url())
    data = jsonld(head)
    url = f"http://testserver{article.get_absolute_url()}"
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == article.title  # parsed back intact: nothing broke out
    assert data["url"] == url and data["mainEntityOfPage"]["@id"] == url
    published = datetime.datetime.fromisoformat(data["datePublished"])
    assert abs(published - article.published_at) < datetime.timedelta(seconds=1)
    assert datetime.datetime.fromisoformat(data["dateModified"]) >= published
    assert data["author"] == [{"@type": "Person", "name": "Mai Lan"}]
    assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"] == "Newsroom"
    assert data["articleSection"] == "News / Politics"
    assert data["dateline"] == "HANOI, March 5"
    assert "image" not in data


def test_json_ld_and_link_previews_carry_the_lead_photo_when_there_is_one(client):
    photo = ImageFactory(width=1600, height=1000, alt_text="Boats on the river.")
    article = ArticleFactory(title="Photo story", byline="", lead_image=photo)
    html = client.get(article.get_absolute_url()).content.decode()
    head = Head()
    head.feed(html)
    data = jsonld(head)
    # Google's three ratios, 1,200 px wide, absolute, each a file that is really there
    crops = {"16x9": (1200, 675), "4x3": (1200, 900), "1x1": (1000, 1000)}
    assert [re.search(r"/1[02]00-(\w+)-50-50\.jpg$", url).group(1) for url in data["image"]] == [
        *crops
    ]
    for url in data["image"]:
        assert url.startswith("http://testserver/media/renditions/")
        served = client.get(url.removeprefix("http://testserver"))
        assert served.status_code == 200 and served["Content-Type"] == "image/jpeg"
    assert data["author"] == [{"@type": "Organization", "name": article.source.name}]
    assert head.meta["og:image"] == data["image"][0]
    assert (head.meta["og:image:width"], head.meta["og:image:height"]) == ("1200", "675")
    assert head.meta["og:image:alt"] == "Boats on the river."
    assert head.meta["twitter:image"] == data["image"][0]
    assert head.meta["twitter:card"] == "summary_large_image"


def test_json_ld_never_contains_raw_markup(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert "\\u003C/script\\u003E" in block


def test_article_canonical_open_graph_and_twitter(client, article):
    head = parse(client, article.get_absolute_url())
    url = f"http://testserver{article.get_absolute_url()}"
    canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
    assert canonical == [url]
    assert head.meta["og:type"] == "article"
    assert head.meta["og:title"] == article.title
    assert head.meta["og:url"] == url
    assert head.meta["og:description"] == article.summary
    assert head.meta["og:site_name"] == "Newsroom"
    assert head.meta["article:section"] == "Politics"
    assert head.meta["twitter:card"] == "summary"
    assert head.meta["twitter:title"] == article.title
    assert head.title == f"{article.title} · Newsroom"


def test_javascript_urls_are_never_rendered_as_links(client):
    source = SourceFactory(name="Shady", url="javascript:alert(1)")
    article = ArticleFactory(source=source, canonical_url="javascript:alert(2)")
    for url in [article.get_absolute_url(), source.get_absolute_url()]:
        assert "javascript:" not in client.get(url).content.decode()


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/", "Newsroom: the latest news"),
        ("/articles/", "Latest news · Newsroom"),
        ("/sections/news/", "News · Newsroom"),
        ("/search/?q=budget", "budget: search · Newsroom"),
        ("/archive/", "Archive · Newsroom"),
    ],
)
def test_pages_have_titles_lang_canonical_and_no_inline_code(client, article, url, title):
    response = client.get(url)
    html = response.content.decode()
    assert re.search(r'<html lang="en">', html)
    head = Head()
    head.feed(html)
    assert head.title == title
    assert [link for link in head.links if link.get("rel") == "canonical"]
    assert head.inline == []
    # The only <script> allowed is a JSON-LD data block, which browsers never run.
    assert all(attrs.get("type") == "application/ld+json" for attrs, _ in head.scripts)


def test_list_canonical_keeps_the_page_but_drops_filters(client):
    section = SectionFactory(name="World", slug="world")
    for i in range(25):
        ArticleFactory(title=f"Item {i}", section=section)
    head = parse(client, f"/articles/?page=2&section={section.pk}")
    canonical = [link["href"] for link in head.links if link.get("rel") == "canonical"]
    assert canonical == ["http://testserver/articles/?page=2"]
    assert head.meta["robots"] == "noindex, follow"
    assert "robots" not in parse(client, "/articles/").meta
