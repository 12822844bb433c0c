"""List pages read a page's ids first, then its rows (articles/listing.rows_by_ids), and bind
the filter form only when the reader filters."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from articles.listing import ORDER, cards, rows_by_ids
from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _stories(count, prefix="Story"):
    now = timezone.now()
    return [
        ArticleFactory(title=f"{prefix} {n}", published_at=now - datetime.timedelta(hours=n))
        for n in range(count)
    ]


def test_rows_by_ids_is_the_slice_in_its_order():
    _stories(8)
    ArticleFactory(title="A draft", draft=True)
    same_time = _stories(1, prefix="Lone")[0].published_at  # ties are ordered by id, newest first
    ArticleFactory(title="Twin", published_at=same_time)
    queryset = cards().order_by(*ORDER)
    for start, stop in [(0, 3), (2, 7), (8, 10), (9, 20), (30, 40)]:
        expected = [a.pk for a in queryset[start:stop]]
        assert [a.pk for a in rows_by_ids(queryset, start, stop)] == expected


def test_rows_by_ids_leaves_out_an_article_unpublished_between_its_two_queries():
    stories = _stories(5)
    queryset = cards().order_by(*ORDER)
    victim = stories[2]
    state = {"done": False}

    def unpublish_after_the_ids(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not state["done"] and "LIMIT" in sql.upper():
            state["done"] = True
            Article.objects.filter(pk=victim.pk).update(status=Article.Status.DRAFT)
        return result

    with connection.execute_wrapper(unpublish_after_the_ids):
        rows = rows_by_ids(queryset, 1, 4)
    assert state["done"]
    assert [a.pk for a in rows] == [stories[1].pk, stories[3].pk]


def test_a_deep_list_page_shows_that_page_in_order_and_no_drafts(client):
    stories = _stories(45)
    for n in range(5):
        ArticleFactory(title=f"Draft {n}", draft=True)
    page = client.get("/articles/?page=2")
    assert page.status_code == 200
    assert [a.pk for a in page.context["articles"]] == [a.pk for a in stories[20:40]]
    assert "Draft" not in page.content.decode()


def test_the_filter_form_is_bound_only_when_the_reader_filters(client):
    _stories(25)
    assert client.get("/articles/").context["filter"].is_bound is False
    assert client.get("/articles/?page=2").context["filter"].is_bound is False
    filtered = client.get("/articles/?byline=nobody&page=1")
    assert filtered.context["filter"].is_bound is True
    assert list(filtered.context["articles"]) == []
    bad = client.get("/articles/?published_after=not-a-date")
    assert bad.status_code == 400 and bad.context["filter"].is_bound is True


NO_PAGE_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def test_without_a_page_cache_the_tree_and_filter_fields_are_reused_while_unchanged(
    client, settings, django_assert_max_num_queries
):
    from articles import views
    from tests.factories import SectionFactory, SourceFactory

    settings.CACHES = NO_PAGE_CACHE
    news = SectionFactory(name="News", slug="news")
    agency = SourceFactory(name="Old Agency", slug="old-agency")
    ArticleFactory(title="A story", section=news, source=agency)
    first = client.get("/articles/")
    assert first["X-Newsroom-Cache"] == "bypass"
    assert first.wsgi_request._section_tree is client.get("/articles/").wsgi_request._section_tree

    rendered = []
    real = views.render_to_string
    views.render_to_string = lambda *a, **k: rendered.append(a[0]) or real(*a, **k)
    try:
        again = client.get("/articles/?page=1")
        assert rendered == []  # the same sections and sources: the fields rendered once
        assert again.content == first.content

        agency.name = "New Agency"
        agency.save()
        news.name = "Headlines"
        news.save()
        changed = client.get("/articles/")
    finally:
        views.render_to_string = real
    html = changed.content.decode()
    assert rendered and "New Agency" in html and "Old Agency" not in html
    assert "Headlines" in html and ">News<" not in html
    assert changed.wsgi_request._section_tree is not first.wsgi_request._section_tree


def test_the_source_filter_finds_its_source_among_the_choices_it_rendered(client):
    from tests.factories import SourceFactory

    wire, paper = SourceFactory(name="Wire", slug="wire"), SourceFactory(name="Paper", slug="paper")
    ArticleFactory(title="From the wire", source=wire)
    ArticleFactory(title="From the paper", source=paper)
    page = client.get("/articles/?source=paper")
    assert [a.title for a in page.context["articles"]] == ["From the paper"]
    assert '<option value="paper" selected>Paper</option>' in page.content.decode()
    assert client.get("/articles/?source=nowhere").status_code == 400
