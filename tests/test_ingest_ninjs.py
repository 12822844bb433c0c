"""ninjs items (1.x and 2.x) and feed entries → article fields (pure), and the item writer's
section matching (articles.ingest.ninjs, items)."""

import pytest

from articles.ingest.items import import_item, resolve_section
from articles.ingest.ninjs import InvalidItem, article_fields, html_paragraphs
from tests.factories import SectionFactory


def test_html_becomes_paragraphs_without_markup_or_scripts():
    html = (
        "<h2>Lead</h2><p>One &amp; <em>two</em><br>three</p><script>alert(1)</script>"
        "<ul><li>a</li><li>b</li></ul><style>p{}</style>"
    )
    assert html_paragraphs(html) == ["Lead", "One & two\nthree", "a", "b"]


def test_ninjs_2_fields_bylines_and_infosources():
    fields = article_fields(
        {
            "uri": "https://wire.example/item/1",
            "headline": "  Storm   nears the coast ",
            "body_text": "Para one.\n\nPara two.",
            "bylines": [{"byline": "Mai Lan"}, {"byline": "Tuan Vu"}],
            "infosources": [{"name": "Coastal Wire", "role": "originator"}],
            "located": "DA NANG",
            "description_text": "A short summary.",
            "subject": [{"name": "News"}, {"name": "Weather", "uri": "x"}],
            "pubstatus": "withheld",
        }
    )
    assert fields["title"] == "Storm nears the coast"
    assert fields["body"] == "Para one.\n\nPara two."
    assert fields["byline"] == "Mai Lan, Tuan Vu" and fields["supplier"] == "Coastal Wire"
    assert fields["dateline"] == "DA NANG" and fields["summary"] == "A short summary."
    assert fields["canonical_url"] == "https://wire.example/item/1"
    assert fields["subjects"] == ["News", "Weather"] and not fields["usable"]


def test_a_long_uri_is_kept_as_a_stable_short_external_id():
    uri = "urn:newsml:" + "x" * 300
    one, two = (
        article_fields({"uri": uri, "headline": "h"}),
        article_fields({"uri": uri, "headline": "h"}),
    )
    assert one["external_id"] == two["external_id"] and len(one["external_id"]) <= 100


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ("not an object", "JSON object"),
        ({"headline": "x"}, "'uri'"),
        ({"uri": "u", "headline": ["x"]}, "'headline'"),
        ({"uri": "u", "body_html": 3}, "'body_html'"),
        ({"uri": "u"}, "neither 'headline' nor a body"),
    ],
)
def test_an_item_that_cannot_be_an_article_names_the_field(item, field):
    with pytest.raises(InvalidItem, match=field):
        article_fields(item)


@pytest.mark.django_db
def test_subjects_pick_the_most_specific_section_that_exists():
    news = SectionFactory(name="News", slug="news")
    weather = SectionFactory(name="Weather", slug="weather", parent=news)
    assert resolve_section(["News", "Weather"]) == weather
    assert resolve_section(["news", "Nothing"]) == news
    assert resolve_section(["Nothing"]) is None
    outcome = import_item(
        {"uri": "u1", "headline": "Rain", "body_text": "x", "subject": [{"name": "weather"}]},
        name="t",
    )
    assert outcome.action == "created"
    from articles.models import Article

    article = Article.objects.get(pk=outcome.article_id)
    assert article.section == weather and article.source is None
