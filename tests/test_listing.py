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
