import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

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


def test_article_page_escapes_text_and_renders_paragraphs_and_captions(client):
    article = ArticleFactory(
        title="<script>alert(1)</script> headline",
        body="First <b>para</b>.\n\nSecond para.",
        captions=[{"after": 0, "text": "A caption"}],
        byline="Mai <i>Lan</i>",
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; headline" in html
    assert "<p>First &lt;b&gt;para&lt;/b&gt;.</p>" in html
    assert '<p class="caption">A caption</p>' in html
    assert html.index("First &lt;b&gt;") < html.index("A caption") < html.index("Second para")
    assert "Mai &lt;i&gt;Lan&lt;/i&gt;" in html


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
    with django_assert_max_num_queries(7):
        client.get(news.get_absolute_url())
    with django_assert_max_num_queries(4):
        client.get(article.get_absolute_url())


def test_reverse_urls_are_namespaced():
    assert reverse("articles:detail", kwargs={"slug": "x"}) == "/articles/x/"
    assert reverse("articles:home") == "/"
