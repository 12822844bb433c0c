"""The story's page reads only the columns it prints, and nothing more on the way."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticleFactory, SectionFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_the_article_page_reads_only_what_it_prints(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    section = SectionFactory(name="News", slug="news")
    source = SourceFactory(name="Wire", slug="wire", signoffs=["ENDS"])
    article = ArticleFactory(
        title="Budget passes",
        section=section,
        source=source,
        dateline="HANOI",
        canonical_url="https://example.com/budget",
        import_doubts=["caption guessed"],
    )
    ArticleFactory(title="Budget talks", section=section, source=source)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    for shown in ("Budget passes", "HANOI", "Wire", "/sources/wire/", "example.com/budget"):
        assert shown in html
    assert "Budget talks" in html  # related
    sql = " ".join(q["sql"] for q in captured.captured_queries)
    for unread in ("import_doubts", "import_warnings", "dump_span", "signoffs", "search_vector"):
        assert unread not in sql
    assert len(captured) == 3  # the story, the sections, related articles (one query)
