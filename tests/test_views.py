import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.listing import CappedPaginator
from articles.models import Article
from tests.factories import ArticleFactory, SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    news = SectionFactory(name="News", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    culture = SectionFactory(name="Culture", slug="culture")
    return news, politics, culture


def test_home_lists_published_articles_grouped_by_top_level_section(client, tree):
    news, politics, culture = tree
    ArticleFactory(title="Parliament opens", section=politics)
    ArticleFactory(title="Museum reopens", section=culture)
    ArticleFactory(title="Secret draft", section=politics, draft=True)
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Parliament opens" in html and "Museum reopens" in html
    assert "Secret draft" not in html
    groups = dict((s.name, [a.title for a in arts]) for s, arts in response.context["groups"])
    assert "Parliament opens" in groups["News"] + [a.title for a in response.context["lead"]]


@pytest.mark.parametrize("kind", ["draft", "future", "review", "archived"])
def test_unpublished_articles_404_and_are_never_listed(client, tree, kind):
    traits = {
        "draft": {"draft": True},
        "future": {"future": True},
        "review": {"status": Article.Status.REVIEW},
        "archived": {"status": Article.Status.ARCHIVED},
    }[kind]
    hidden = ArticleFactory(title="Hidden story", section=tree[1], **traits)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    for url in [
        "/",
        "/articles/",
        "/sections/news/",
        "/sections/news/politics/",
        hidden.source.get_absolute_url(),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert "Hidden story" not in response.content.decode()


def test_article_page_escapes_text_and_renders_the_rich_body(client):
    article = ArticleFactory(
        title="<script>alert(1)</script> headline",
        body="<p>First <strong>para</strong> &lt;b&gt;.</p><script>alert(2)</script>"
        '<figure data-image=""><figcaption>A caption <span class="credit">(Photo: VNA)</span>'
        '</figcaption></figure><h2 onclick="steal()">Sub</h2>'
        '<p>Second <a href="javascript:alert(3)">para</a>.</p>',
        byline="Mai <i>Lan</i>",
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; headline" in html
    assert "<p>First <strong>para</strong> &lt;b&gt;.</p>" in html
    assert "alert(2)" not in html and "steal()" not in html and "javascript:" not in html
    assert '<figcaption>A caption <span class="credit">(Photo: VNA)</span></figcaption>' in html
    assert "<h2>Sub</h2>" in html
    assert html.index("First <strong>") < html.index("A caption") < html.index("<h2>Sub")
    assert html.index("<h2>Sub") < html.index("Second")
    assert "Mai &lt;i&gt;Lan&lt;/i&gt;" in html


def test_a_plain_text_body_written_around_the_editor_is_shown_as_paragraphs(client):
    article = ArticleFactory(body="Fish & chips < 5 dong.\n\nSecond para.")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<p>Fish &amp; chips &lt; 5 dong.</p><p>Second para.</p>" in html


def test_section_page_includes_subsections(client, tree):
    news, politics, culture = tree
    ArticleFactory(title="In politics", section=politics)
    ArticleFactory(title="In news", section=news)
    ArticleFactory(title="In culture", section=culture)
    html = client.get(news.get_absolute_url()).content.decode()
    assert "In politics" in html and "In news" in html and "In culture" not in html
    html = client.get(politics.get_absolute_url()).content.decode()
    assert "In politics" in html and "In news" not in html
    assert client.get("/sections/news/nope/").status_code == 404
    assert client.get("/sections/politics/").status_code == 404  # not a top-level section
    doubled = client.get("/sections/news//politics/?page=1")
    assert doubled.status_code == 301 and doubled.url == "/sections/news/politics/?page=1"


def test_source_page_lists_its_published_articles(client):
    vna, other = SourceFactory(name="Vietnam News Agency"), SourceFactory(name="Other")
    ArticleFactory(title="From VNA", source=vna)
    ArticleFactory(title="From other", source=other)
    html = client.get(vna.get_absolute_url()).content.decode()
    assert "From VNA" in html and "From other" not in html
    assert client.get("/sources/nobody/").status_code == 404


def test_filters_by_section_source_dates_and_byline(client, tree):
    news, politics, culture = tree
    vna = SourceFactory(name="VNA")
    now = timezone.now()
    ArticleFactory(
        title="Old politics", section=politics, published_at=now - datetime.timedelta(days=30)
    )
    ArticleFactory(title="New politics", section=politics, source=vna, byline="Mai Phương")
    ArticleFactory(title="Culture piece", section=culture, byline="Vũ Anh")

    def titles(**params):
        response = client.get("/articles/", params)
        assert response.status_code == 200
        return {a.title for a in response.context["articles"]}

    assert titles(section=news.pk) == {"Old politics", "New politics"}
    assert titles(source="vna") == {"New politics"}
    assert titles(byline="phương") == {"New politics"}
    week_ago = (now - datetime.timedelta(days=7)).date().isoformat()
    assert titles(published_after=week_ago) == {"New politics", "Culture piece"}
    assert titles(published_before=week_ago) == {"Old politics"}


@pytest.mark.parametrize(
    "query",
    [
        "section=abc",
        "section=999999",
        "source=nobody",
        "published_after=yesterday",
        "published_before=2024-13-45",
        "byline=" + "x" * 500,
        "section=1%00",
    ],
)
def test_invalid_filter_values_show_a_message_not_a_500(client, query):
    ArticleFactory()
    response = client.get("/articles/?" + query)
    assert response.status_code == 400
    assert "could not be used" in response.content.decode()
    assert list(response.context["articles"]) == []


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999999", "99999999999999999999999", "1.5"])
def test_bad_page_values_404(client, page):
    ArticleFactory()
    assert client.get("/articles/", {"page": page}).status_code == 404


def test_lists_paginate_by_20_and_keep_filters_in_page_links(client, tree):
    for i in range(45):
        ArticleFactory(title=f"Item {i}", section=tree[0])
    response = client.get("/articles/", {"section": tree[0].pk})
    assert len(response.context["articles"]) == 20
    assert response.context["page_obj"].paginator.num_pages == 3
    assert f"section={tree[0].pk}&amp;page=2" in response.content.decode()
    assert len(client.get("/articles/", {"page": 3}).context["articles"]) == 5


@pytest.mark.parametrize("count", [3, 30])
def test_query_counts_do_not_grow_with_the_number_of_articles(
    client, tree, count, django_assert_max_num_queries
):
    news, politics, culture = tree
    for i in range(count):
        ArticleFactory(section=politics if i % 2 else culture, source=SourceFactory(name=f"S{i}"))
    article = Article.objects.first()
    with django_assert_max_num_queries(6):
        client.get("/")
    with django_assert_max_num_queries(6):
        client.get("/articles/")
    with django_assert_max_num_queries(6):
        client.get(news.get_absolute_url())
    with django_assert_max_num_queries(4):
        client.get(article.get_absolute_url())


def test_reverse_urls_are_namespaced():
    assert reverse("articles:detail", kwargs={"slug": "x"}) == "/articles/x/"
    assert reverse("articles:home") == "/"


def card_titles(response):
    return re.findall(r'class="card-title"><a [^>]*>(.*?)</a>', response.content.decode())


def test_home_shows_each_sections_latest_even_when_it_is_old(client, tree):
    news, politics, culture = tree
    now = timezone.now()
    ArticleFactory(
        title="Old culture", section=culture, published_at=now - timezone.timedelta(days=400)
    )
    for i in range(12):
        ArticleFactory(title=f"Politics {i}", section=politics)
    response = client.get("/")
    groups = {s.name: [a.title for a in arts] for s, arts in response.context["groups"]}
    assert groups["Culture"] == ["Old culture"]
    assert len(groups["News"]) == 4  # the latest four of News and its subsections
    assert len(response.context["lead"]) == 1 and len(response.context["seconds"]) == 2
    assert len(response.context["latest"]) == 6


def test_byline_page_lists_exactly_that_byline(client):
    ArticleFactory(title="By Lan", byline="Mai Lan")
    ArticleFactory(title="By Lanh", byline="Mai Lanh")
    ArticleFactory(title="Draft by Lan", byline="Mai Lan", draft=True)
    article = ArticleFactory(title="Also by Lan", byline="Mai Lan")
    response = client.get(reverse("articles:byline", args=["Mai Lan"]))
    assert response.status_code == 200
    assert set(card_titles(response)) == {"By Lan", "Also by Lan"}
    detail = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/bylines/Mai%20Lan/"' in detail
    assert client.get("/bylines/%20/").status_code == 404


def test_byline_with_markup_and_slashes_is_escaped(client):
    ArticleFactory(title="Odd byline", byline="<i>Vũ</i> / VNA")
    url = reverse("articles:byline", args=["<i>Vũ</i> / VNA"])
    html = client.get(url).content.decode()
    assert "Odd byline" in html and "<i>Vũ</i>" not in html and "&lt;i&gt;Vũ&lt;/i&gt;" in html


def test_date_archive_by_year_month_and_day_in_local_time(client):
    tz = timezone.get_current_timezone()
    at = lambda *a: timezone.make_aware(datetime.datetime(*a), tz)  # noqa: E731
    ArticleFactory(title="Early March 5", published_at=at(2024, 3, 5, 0, 30))
    ArticleFactory(title="Late March 4", published_at=at(2024, 3, 4, 23, 30))
    ArticleFactory(title="April", published_at=at(2024, 4, 1, 9, 0))
    ArticleFactory(title="Draft March", published_at=at(2024, 3, 5, 9), status="draft")
    assert card_titles(client.get("/archive/2024/3/5/")) == ["Early March 5"]
    assert set(card_titles(client.get("/archive/2024/3/"))) == {"Early March 5", "Late March 4"}
    assert len(card_titles(client.get("/archive/2024/"))) == 3
    assert card_titles(client.get("/archive/2023/")) == []
    index = client.get("/archive/").content.decode()
    assert 'href="/archive/2024/"' in index and 'href="/archive/2024/3/"' in index
    day = client.get("/archive/2024/3/5/").content.decode()
    assert 'href="/archive/2024/3/4/"' in day and 'href="/archive/2024/3/6/"' in day


@pytest.mark.parametrize(
    "url",
    [
        "/archive/2024/13/",
        "/archive/2024/2/30/",
        "/archive/0/",
        "/archive/99999/",
        "/archive/2024/0/",
    ],
)
def test_impossible_dates_404(client, url):
    assert client.get(url).status_code == 404


def test_article_page_shows_related_articles_by_section_and_shared_words(client, tree):
    news, politics, culture = tree
    article = ArticleFactory(title="Mekong delta rice exports rise", section=politics)
    ArticleFactory(title="Rice exports to Europe rise", section=news)
    ArticleFactory(title="Unrelated parliament news", section=politics)
    ArticleFactory(title="Mekong rice festival", section=culture)  # other section tree
    ArticleFactory(title="Rice exports draft", section=politics, draft=True)
    related = client.get(article.get_absolute_url()).context["related"]
    titles = [a.title for a in related]
    assert titles[0] == "Rice exports to Europe rise"
    assert "Unrelated parliament news" in titles
    assert "Mekong rice festival" not in titles and "Rice exports draft" not in titles
    assert article.title not in titles


@pytest.mark.parametrize("kind", ["draft", "future", "review", "archived"])
def test_no_public_page_leaks_unpublished_articles(client, tree, kind):
    traits = {
        "draft": {"draft": True},
        "future": {"future": True},
        "review": {"status": Article.Status.REVIEW},
        "archived": {"status": Article.Status.ARCHIVED},
    }[kind]
    public = ArticleFactory(title="Zebra public", section=tree[1], byline="Mai Lan")
    if kind != "future":
        traits["published_at"] = public.published_at  # same day, same archive page
    hidden = ArticleFactory(
        title="Zebra hidden", section=tree[1], byline="Mai Lan", source=public.source, **traits
    )
    day = timezone.localtime(public.published_at)
    urls = [
        public.get_absolute_url(),  # related articles
        f"/bylines/{public.byline}/",
        f"/archive/{day.year}/{day.month}/{day.day}/",
        f"/archive/{day.year}/",
        "/search/?q=zebra",
        "/search/?q=zebra&sort=newest",
        public.source.get_absolute_url(),
        "/sections/news/politics/",
    ]
    for url in urls:
        html = re.sub(r"</?mark>", "", client.get(url).content.decode())
        assert "Zebra public" in html, url
        assert "Zebra hidden" not in html and hidden.slug not in html, url
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_deep_pages_are_capped_and_point_to_the_archive(client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "max_pages", 2)
    for i in range(45):
        ArticleFactory(title=f"Item {i}")
    page2 = client.get("/articles/", {"page": 2})
    html = page2.content.decode()
    assert "Page 2 of 2+" in html and 'href="/archive/"' in html
    assert client.get("/articles/", {"page": 3}).status_code == 404
