"""The content API and ninjs with the media library: an article's pictures, lead first."""

import pytest

from articles import richtext
from articles.api import ninjs
from articles.cache import tags as T
from articles.cache.invalidation import invalidate_now
from tests.factories import ArticleFactory, ImageFactory

API = "/api/v1"


@pytest.fixture
def pictured(db):
    lead = ImageFactory(title="Lead", alt_text="A ferry at dawn.", credit="Minh Anh")
    inside = ImageFactory(title="Inside", alt_text="Passengers boarding.", credit="Lan Phuong")
    body = richtext.sanitize(
        "<p>The ferry sailed at dawn.</p>"
        f'<figure data-image="{inside.pk}"><figcaption>Boarding at the pier.'
        ' <span class="credit">Lan Phuong</span></figcaption></figure>'
        "<p>It reached the island by noon.</p>"
        '<figure data-image=""><figcaption>A photo still to come.</figcaption></figure>'
    )
    return ArticleFactory(lead_image=lead, body=body), lead, inside


def test_the_api_lists_the_lead_photo_then_the_bodys_photos(client, pictured):
    article, lead, inside = pictured
    data = client.get(f"{API}/articles/{article.pk}").json()
    roles = [(i["id"], i["role"]) for i in data["images"]]
    assert roles == [(lead.pk, "lead"), (inside.pk, "body")]
    first, second = data["images"]
    assert first["alt"] == "A ferry at dawn." and first["credit"] == "Minh Anh"
    assert second["caption"].startswith("Boarding at the pier.")
    assert first["url"].startswith("http://testserver/") and first["url"].endswith(".jpg")
    assert (first["width"], first["height"]) == (lead.width, lead.height)
    assert client.get(first["url"].removeprefix("http://testserver")).status_code == 200
    assert data["paragraphs"] == ["The ferry sailed at dawn.", "It reached the island by noon."]
    assert [c["text"] for c in data["captions"]][-1] == "A photo still to come."


def test_ninjs_carries_the_pictures_as_associations_and_stays_valid(client, pictured):
    article, lead, inside = pictured
    item = client.get(f"{API}/ninjs/articles/{article.pk}").json()
    assert ninjs.errors(item) == []
    assert [b["contenttype"] for b in item["bodies"]] == ["text/html", "text/plain"]
    assert "<figure" not in item["bodies"][1]["value"]
    pictures = item["associations"]
    assert [p["type"] for p in pictures] == ["picture", "picture"]
    assert pictures[0]["by"] == "Minh Anh"
    assert pictures[0]["renditions"][0]["width"] == lead.width


def test_a_photo_change_reaches_the_cached_api_page(client, pictured):
    article, lead, _ = pictured
    url = f"{API}/articles/{article.pk}"
    assert client.get(url).json()["images"][0]["credit"] == "Minh Anh"
    lead.credit = "Staff"
    lead.save(update_fields=["credit"])
    invalidate_now({T.image(lead.pk)})  # what the media library's admin calls on a change
    assert client.get(url).json()["images"][0]["credit"] == "Staff"
