"""A stored body as readers see it (articles/richtext/render.py) on the real article page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.richtext import render
from tests.factories import ArticleFactory, ImageFactory

pytestmark = pytest.mark.django_db


def test_photos_are_drawn_by_the_media_library_in_one_query():
    one, two = ImageFactory(alt_text="Boats on the river"), ImageFactory(alt_text="Rice")
    body = (
        f'<p>Lede.</p><figure data-image="{one.pk}"><figcaption>Boats at dawn '
        f'<span class="credit">Photo: VNA</span></figcaption></figure>'
        f'<figure data-image="{two.pk}" data-alt="Rice fields, Mù Cang Chải"></figure>'
        '<figure data-image=""><figcaption>Still to find</figcaption></figure>'
        '<figure data-image="999999"><figcaption>Deleted since</figcaption></figure>'
    )
    with CaptureQueriesContext(connection) as queries:
        html = render(body)
    assert len(queries) == 1
    assert html.startswith('<p>Lede.</p><figure class="photo"><picture>')
    assert 'alt="Boats on the river"' in html
    assert '<figcaption>Boats at dawn <span class="credit">Photo: VNA</span></figcaption>' in html
    assert 'alt="Rice fields, Mù Cang Chải"' in html  # the figure's own alt wins
    # A missing photo (never chosen, or deleted): readers get the caption only.
    assert '<figure class="photo photo-missing"><figcaption>Still to find</figcaption>' in html
    assert '<figure class="photo photo-missing"><figcaption>Deleted since</figcaption>' in html
    assert html.count("<picture") == 2


def test_embeds_on_the_page_and_hostile_markup_never(client):
    article = ArticleFactory(
        body='<p>Watch:</p><figure data-embed="youtube" '
        'data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"></figure>'
        '<iframe src="https://evil.example/"></iframe><p onmouseover="x()">End</p>'
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert "evil.example" not in html and "onmouseover" not in html
    assert "https://www.youtube-nocookie.com" in response["Content-Security-Policy"]


def test_a_body_with_no_figure_makes_no_query():
    with CaptureQueriesContext(connection) as queries:
        assert render("<p>Just text.</p>") == "<p>Just text.</p>"
    assert len(queries) == 0


def test_captions_with_markup_or_entities_are_read_whole():
    html = render(
        '<figure data-image=""><figcaption>A <em>big</em> day &amp; night '
        '<span class="credit">Photo: A &amp; B</span></figcaption></figure>'
        '<figure data-image=""><figcaption>Fish &amp; chips &lt;3</figcaption></figure>'
    )
    assert '<figcaption>A big day &amp; night <span class="credit">Photo: A &amp; B</span>' in html
    assert "<figcaption>Fish &amp; chips &lt;3</figcaption>" in html
