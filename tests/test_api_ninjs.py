"""IPTC ninjs (articles/api/ninjs.py): what the API serves validates against the official ninjs
2.1 JSON Schema (vendored in articles/api/ninjs_schema/), and the validator refuses what the
schema refuses."""

import datetime

import pytest
from django.utils import timezone

from articles import richtext
from articles.api import ninjs, tokens
from articles.api.models import Scope
from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"


def test_the_vendored_schemas_are_the_official_ones():
    two = ninjs.schema("2.1")
    assert two["$id"] == "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#"
    assert two["title"] == "IPTC ninjs - News in JSON - version 2.1.1"
    assert "Creative Commons Attribution 4.0" in two["description"]
    one = ninjs.schema("1.5")
    assert one["id"] == "http://www.iptc.org/std/ninjs/ninjs-schema_1.5.json#"
    assert (ninjs.SCHEMAS / "README.md").read_text().count("CC BY 4.0") >= 1


def test_the_validator_refuses_what_the_schema_refuses():
    assert ninjs.errors({"uri": "urn:x:1", "headlines": [{"value": "A"}]}) == []
    assert any("uri" in e for e in ninjs.errors({"headlines": [{"value": "A"}]}))
    assert any("type" in e for e in ninjs.errors({"uri": "urn:x:1", "type": "story"}))
    assert any(
        "unevaluated" in e.lower() or "colour" in e
        for e in ninjs.errors({"uri": "urn:x:1", "bodies": [], "colour": "red"})
    )
    assert any(
        "urgency" in e for e in ninjs.errors({"uri": "urn:x:1", "urgency": 12, "bodies": []})
    )
    # 1.x items against 1.5
    assert ninjs.errors({"uri": "urn:x:1", "headline": "A", "body_text": "B"}) == []
    assert any("1.5" in e for e in ninjs.errors({"uri": "urn:x:1", "headline": 3}))


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"summary": "", "byline": "", "dateline": ""},
        {"source": None, "section": None, "external_id": ""},
        {
            "body": richtext.from_plain(
                "A.", [{"after": 0, "text": "A caption."}, {"after": 9, "text": "Another."}]
            )
        },
        {
            "title": "Tiêu đề có dấu — “quoted” <b>",
            "body": richtext.from_plain("Đoạn một.\n\nĐoạn hai."),
        },
        {"external_id": "VNA-2026-1203-77", "canonical_url": "https://example.com/a"},
    ],
)
def test_every_served_item_is_valid_ninjs_2_1(client, fields):
    article = ArticleFactory(**fields)
    item = client.get(f"{API}/ninjs/articles/{article.pk}").json()
    assert ninjs.errors(item) == []
    assert item["headlines"][0]["value"] == article.title
    assert item["bodies"][0]["value"] == article.body
    assert item["pubstatus"] == "usable"
    listed = client.get(f"{API}/ninjs/articles").json()["results"]
    assert listed and all(ninjs.errors(i) == [] for i in listed)


def test_items_a_drafts_token_reads_are_valid_and_say_they_are_not_usable(client):
    _, key = tokens.create("desk", [Scope.READ_DRAFTS])
    made = [
        ArticleFactory(draft=True),
        ArticleFactory(future=True),
        ArticleFactory(
            status=Article.Status.ARCHIVED,
            published_at=timezone.now() - datetime.timedelta(days=3),
        ),
    ]
    statuses = []
    for article in made:
        item = client.get(
            f"{API}/ninjs/articles/{article.pk}", HTTP_AUTHORIZATION=f"Bearer {key}"
        ).json()
        assert ninjs.errors(item) == []
        statuses.append(item["pubstatus"])
    assert statuses == ["withheld", "withheld", "canceled"]
    scheduled = client.get(
        f"{API}/ninjs/articles/{made[1].pk}", HTTP_AUTHORIZATION=f"Bearer {key}"
    ).json()
    assert "embargoed" in scheduled


def test_an_item_we_serve_can_be_pushed_back_and_reads_the_same(client, django_user_model):
    source = ArticleFactory(
        title="Round trip", body=richtext.from_plain("One.\n\nTwo."), byline="Mai"
    )
    item = client.get(f"{API}/ninjs/articles/{source.pk}").json()
    item["uri"] = "urn:newsroom:elsewhere:article:1"  # another newsroom's copy
    _, key = tokens.create("wire", [Scope.INGEST])
    response = client.post(
        f"{API}/ingest/ninjs",
        data=item,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {key}",
    )
    assert response.status_code == 202, response.content
    copy = Article.objects.exclude(pk=source.pk).get()
    assert (copy.title, copy.body, copy.byline) == ("Round trip", source.body, "Mai")
