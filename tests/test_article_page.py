"""The story's page reads only the columns it prints, and nothing more on the way."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.sections import section_tree
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


# The story's header as the template printed it before ``{% story_kicker %}`` and
# ``{% story_meta %}`` (articles/templatetags/pages.py) wrote it in Python: the same markup.
HEAD_AS_TEMPLATE = (
    '{% if article.section %}<p class="kicker">{% for s in article.section.ancestors %}'
    '<a href="{{ s.get_absolute_url }}">{{ s.name }}</a>{% if not forloop.last %} / {% endif %}'
    "{% endfor %}</p>{% endif %}|"
    '<p class="meta">\n      {% if article.byline %}By <a href="{% url \'articles:byline\' '
    'article.byline %}" class="byline">{{ article.byline }}</a> · {% endif %}\n      '
    "{% if article.published_at %}<a href=\"{% url 'articles:archive-day' "
    "article.published_at|date:'Y' article.published_at|date:'n' article.published_at|date:'j' "
    '%}"><time datetime="{{ article.published_at|date:\'c\' }}">'
    '{{ article.published_at|date:"j F Y, H:i" }}</time></a>{% else %}Not yet published'
    '{% endif %}\n      {% if article.source %} · <a href="{{ article.source.get_absolute_url }}'
    '">{{ article.source.name }}</a>{% endif %}\n    </p>'
)


@pytest.mark.parametrize(
    "traits",
    [
        {},
        {"byline": "", "source": None},
        {"section": None, "byline": "Lê & <Minh> Đức"},
        {"published_at": None, "status": "draft"},
        {"published_at": datetime.datetime(2026, 1, 5, 17, 3, 9, 120, tzinfo=datetime.UTC)},
    ],
)
def test_the_story_header_tags_print_what_the_template_printed(rf, traits):
    from django.template import engines

    news = SectionFactory(name="News & views", slug="news")
    politics = SectionFactory(name="Politics", slug="politics", parent=news)
    article = ArticleFactory(**{"section": politics, **traits})
    article = Article.objects.get(pk=article.pk)  # as the preview reads it: nothing attached
    request = rf.get("/")
    engine = engines["django"]
    expected = engine.from_string(HEAD_AS_TEMPLATE).render({"article": article}, request)
    tags = "{% load pages %}{% story_kicker article %}|{% story_meta article %}"
    got = engine.from_string(tags).render({"article": article}, request)
    assert got == expected
    # The public page's article: its sections from the shared tree, their URLs reversed once.
    tree = section_tree(request)
    tree.attach([article])
    got = engine.from_string(tags).render({"article": article}, request)
    assert got == expected
