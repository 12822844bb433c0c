"""Readers see pictures: the lead photo on the front page, thumbnails on cards, the story's photo
with its caption and credit, the preload of the page's first photo, feeds and the news sitemap
carrying the lead photo; a story with none still complete; a changed photo refreshing exactly
the pages that show it; the query budget kept."""

import datetime

import pytest
from defusedxml import ElementTree
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from articles import cache as page_cache
from articles.models import Article
from tests.factories import ArticleFactory, ImageFactory, SectionFactory, SourceFactory
from tests.test_cache import MAX_QUERIES, public_urls
from tests.test_media_render import Tags, local, srcset

pytestmark = pytest.mark.django_db

MEDIA = "{http://search.yahoo.com/mrss/}"
IMAGE_NS = "{http://www.google.com/schemas/sitemap-image/1.1}"


def ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


@pytest.fixture
def edition():
    news = SectionFactory(name="News", slug="news")
    culture = SectionFactory(name="Culture", slug="culture")
    vna = SourceFactory(name="Vietnam News Agency")
    harbour = ImageFactory(
        title="Harbour",
        width=1800,
        height=1200,
        alt_text="Fishing boats in the harbour at dawn.",
        caption="Boats return before sunrise.",
        credit="Mai Lan/VNA",
    )
    field = ImageFactory(title="Field", width=1600, height=1067, alt_text="Rice terraces.")
    stories = {
        # the newest story has no photo: the front page leads with the newest one that has
        "plain": ArticleFactory(
            title="Assembly sits late", section=news, source=vna, published_at=ago(1)
        ),
        "harbour": ArticleFactory(
            title="Fishing fleet returns",
            section=news,
            source=vna,
            lead_image=harbour,
            published_at=ago(2),
        ),
        "field": ArticleFactory(
            title="Terraces turn gold",
            section=culture,
            source=vna,
            lead_image=field,
            published_at=ago(3),
        ),
    }
    for i in range(4):
        ArticleFactory(title=f"Older news {i}", section=news, source=vna, published_at=ago(10 + i))
    return stories


def test_the_front_page_leads_with_a_photo_fetched_first(client, edition):
    html = client.get("/").content.decode()
    tags = Tags(html)
    lead_start = html.index('class="card card-lead')
    assert html.index("Fishing fleet returns") > lead_start
    assert html.index("Fishing fleet returns") < html.index("Assembly sits late")
    lead = Tags(html[lead_start:]).first("img")
    assert lead["alt"] == "Fishing boats in the harbour at dawn."
    assert lead["fetchpriority"] == "high" and "loading" not in lead
    assert "-3x2-" in lead["src"]
    # the preload in <head> names the very files the lead <picture> offers in WebP
    preload = next(a for t, a in tags.found if t == "link" and a.get("rel") == "preload")
    lead_webp = Tags(html[lead_start:]).first("source")
    assert preload["as"] == "image" and preload["type"] == "image/webp"
    assert preload["imagesrcset"] == lead_webp["srcset"]
    assert preload["imagesizes"] == lead_webp["sizes"]
    assert html.index('rel="preload"') < html.index('rel="stylesheet"')
    # other cards: lazy thumbnails; every <img> has its box size
    imgs = [a for t, a in tags.found if t == "img"]
    assert len(imgs) >= 3
    assert all(a.get("width") and a.get("height") for a in imgs)
    assert all(a.get("loading") == "lazy" for a in imgs if a is not lead and a != lead)
    for url, _ in srcset(lead["srcset"]):
        assert client.get(url).status_code == 200


def test_the_latest_column_stays_text_only(client, edition):
    html = client.get("/").content.decode()
    latest = html[
        html.index('class="latest"') : html.index("</section>", html.index('class="latest"'))
    ]
    assert "<img" not in latest


def test_a_story_shows_its_photo_with_caption_and_credit(client, edition):
    html = client.get(edition["harbour"].get_absolute_url()).content.decode()
    tags = Tags(html)
    figure = html[html.index('<figure class="photo">') :]
    figure = figure[: figure.index("</figure>")]
    assert "Boats return before sunrise." in figure
    assert '<span class="credit">Mai Lan/VNA</span>' in figure
    img = Tags(figure).first("img")
    assert img["alt"] == "Fishing boats in the harbour at dawn." and img["fetchpriority"] == "high"
    assert (img["width"], img["height"]) == ("1600", "1067")
    preload = next(a for t, a in tags.found if t == "link" and a.get("rel") == "preload")
    assert preload["imagesrcset"] == Tags(figure).first("source")["srcset"]


def test_a_story_without_a_photo_is_still_complete(client, edition):
    response = client.get(edition["plain"].get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Assembly sits late</h1>" in html and "First paragraph." in html
    assert "<img" not in html.split('class="related"')[0]  # no photo and no empty frame
    assert "<figure" not in html.split('class="related"')[0]
    assert 'rel="preload"' not in html and "og:image" not in html
    assert 'name="twitter:card" content="summary"' in html


def test_section_and_search_lists_show_thumbnails(client, edition):
    for url in ("/sections/news/", "/search/?q=fleet"):
        html = client.get(url).content.decode()
        assert "returns" in html, url  # the title (search marks the words it matched)
        card = html[html.index('class="card has-photo"') :]
        img = Tags(card).first("img")
        assert img["loading"] == "lazy" and img["sizes"] == "(min-width: 48rem) 9rem, 6rem"
        assert [w for _, w in srcset(img["srcset"])] == [320, 640]


def test_feeds_carry_the_lead_photo_as_media_content(client, edition):
    for url, item_tag in (("/feeds/latest.rss", "item"), ("/feeds/latest.atom", None)):
        root = ElementTree.fromstring(client.get(url).content)
        items = root.iter("item") if item_tag else root.iter("{http://www.w3.org/2005/Atom}entry")
        found = {}
        for item in items:
            title = item.findtext("title") or item.findtext("{http://www.w3.org/2005/Atom}title")
            found[title] = item.find(f"{MEDIA}content")
        assert found["Assembly sits late"] is None, url
        media = found["Fishing fleet returns"]
        assert media.get("medium") == "image" and media.get("type") == "image/jpeg"
        assert media.get("url").startswith("http://testserver/media/renditions/")
        assert (media.get("width"), media.get("height")) == ("1200", "675")
        assert media.findtext(f"{MEDIA}description") == "Fishing boats in the harbour at dawn."
        assert media.findtext(f"{MEDIA}credit") == "Mai Lan/VNA"
        assert client.get(media.get("url").removeprefix("http://testserver")).status_code == 200


def test_the_news_sitemap_lists_each_story_s_photo(client, edition):
    root = ElementTree.fromstring(client.get("/sitemap-news.xml").content)
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    images = {}
    for url in root.iter(f"{ns}url"):
        images[url.findtext(f"{ns}loc")] = url.findtext(f"{IMAGE_NS}image/{IMAGE_NS}loc")
    harbour = "http://testserver" + edition["harbour"].get_absolute_url()
    plain = "http://testserver" + edition["plain"].get_absolute_url()
    assert images[harbour].startswith("http://testserver/media/renditions/")
    assert images[plain] is None


def test_editing_a_photo_refreshes_the_pages_that_show_it_and_only_those(
    client, edition, django_capture_on_commit_callbacks
):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    harbour = edition["harbour"].lead_image
    story, other = edition["harbour"].get_absolute_url(), edition["field"].get_absolute_url()
    assert client.get(story)["X-Newsroom-Cache"] == "miss"
    assert client.get(other)["X-Newsroom-Cache"] == "miss"
    assert client.get(story)["X-Newsroom-Cache"] == "hit"
    assert f"image:{harbour.pk}" in client.get(story)["Surrogate-Key"].split()

    admin = Client()
    admin.force_login(boss)
    form = {
        "title": harbour.title,
        "alt_text": "Fishing boats moored in the harbour.",
        "caption": harbour.caption,
        "credit": harbour.credit,
        "source": "",
        "focal_x": "0.5",
        "focal_y": "0.5",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(f"/admin/media/image/{harbour.pk}/change/", form)
    assert response.status_code == 302
    refreshed = client.get(story)
    assert refreshed["X-Newsroom-Cache"] == "miss"
    assert 'alt="Fishing boats moored in the harbour."' in refreshed.content.decode()
    assert client.get(other)["X-Newsroom-Cache"] == "hit"  # it does not show that photo


def test_changing_a_live_story_s_lead_photo_refreshes_its_page(
    client, edition, django_capture_on_commit_callbacks
):
    story = edition["plain"]

    def own_photo():  # the story's, not the related stories' cards
        html = client.get(story.get_absolute_url()).content.decode()
        return "<picture" in html.split('class="related"')[0]

    assert not own_photo()
    assert client.get(story.get_absolute_url())["X-Newsroom-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        before = page_cache.article_state(Article.objects.get(pk=story.pk))
        story.lead_image = edition["field"].lead_image
        story.save()
        page_cache.article_changed(before, story)
    assert own_photo()


@pytest.mark.parametrize("count", [3, 30])
def test_pages_with_photos_keep_the_query_budget(client, count, django_assert_max_num_queries):
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    local_ = SectionFactory(name="Local", slug="local", parent=politics)
    SectionFactory(name="Culture", slug="culture")
    photos = [ImageFactory(width=700, height=500) for _ in range(3)]
    article = None
    for i in range(count):
        article = ArticleFactory(
            title=f"Budget story {i}",
            section=(politics, local_)[i % 2],
            source=SourceFactory(name=f"Agency {i % 4}"),
            byline="Mai Lan",
            lead_image=photos[i % 3],
            published_at=ago(count - i),
        )
    for url in public_urls(article):
        cache.clear()
        with django_assert_max_num_queries(MAX_QUERIES, info=url):
            response = client.get(url)
        assert response.status_code in (200, 404), url


def test_media_files_are_served_for_a_year_and_only_the_public_ones(client, edition):
    photo = edition["harbour"].lead_image
    response = client.get(photo.file.url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert client.get("/media/../settings.py").status_code == 404
    assert client.get("/media/private/secret.txt").status_code == 404
    assert local(photo.file.url) == photo.file.name
