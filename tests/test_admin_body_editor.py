"""The body's editor in the admin (articles/admin/body_editor.py), through the real change form."""

import json
import re
from html import unescape

import pytest

from articles.models import Article
from tests.factories import ArticleFactory, ImageFactory
from tests.test_workflow import change_data, change_url, logged_in, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return logged_in(staff_user("ed", "Editor"))


def textarea(html: str) -> tuple[dict, str]:
    """The body textarea's attributes and its content, as the browser reads them."""
    match = re.search(r"<textarea ([^>]*data-body-editor[^>]*)>(.*?)</textarea>", html, re.S)
    attrs = {k: unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', match.group(1))}
    return attrs, unescape(match.group(2)).strip()


def test_the_editor_is_a_module_with_no_inline_script_and_knows_the_body_s_photos(editor):
    photo = ImageFactory(title="Boats", alt_text="Boats on the river")
    article = ArticleFactory(
        body=f'<p>Text <img src=x onerror="steal()"></p><figure data-image="{photo.pk}">'
        "<figcaption>Boats</figcaption></figure>"
    )
    response = editor.get(change_url(article))
    html = response.content.decode()
    assert '<script src="/static/admin/newsroom/body_editor.js" type="module"></script>' in html
    assert 'type="importmap"' not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", html)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    attrs, value = textarea(html)
    # What the editor loads is sanitised (the onerror never reaches the browser) ...
    assert value == (
        f'<p>Text </p><figure data-image="{photo.pk}"><figcaption>Boats</figcaption></figure>'
    )
    # ... and it knows the photos already in the body, for their thumbnails (no request).
    images = json.loads(attrs["data-images"])
    assert images[str(photo.pk)]["alt"] == "Boats on the river"
    assert attrs["data-photos-url"] == "/admin/media/image/choose.json"
    assert attrs["data-upload-url"] == "/admin/media/image/upload/"


def test_the_body_is_sanitised_on_save_and_plain_text_becomes_paragraphs(editor):
    article = ArticleFactory(body="<p>Old.</p>")
    hostile = (
        '<p onclick="steal()">New <a href="javascript:alert(1)">link</a></p><script>x</script>'
    )
    assert editor.post(change_url(article), change_data(article, body=hostile)).status_code == 302
    article.refresh_from_db()
    assert article.body == '<p>New <a rel="noopener noreferrer">link</a></p>'
    data = change_data(article, body="Typed without JavaScript.\n\nSecond.")
    assert editor.post(change_url(article), data).status_code == 302
    assert (
        Article.objects.get(pk=article.pk).body == "<p>Typed without JavaScript.</p><p>Second.</p>"
    )


def test_an_embed_from_a_host_off_the_allow_list_is_refused_with_a_message(editor):
    article = ArticleFactory(body="<p>Old.</p>")
    bad = '<p>Watch</p><figure data-embed="" data-url="https://evil.example/v/1"></figure>'
    response = editor.post(change_url(article), change_data(article, body=bad))
    assert response.status_code == 200
    (error,) = response.context["adminform"].form.errors["body"]
    assert error.startswith("Cannot embed https://evil.example/v/1: only YouTube and Vimeo")
    assert Article.objects.get(pk=article.pk).body == "<p>Old.</p>"
    good = (
        '<p>Watch</p><figure data-embed="youtube" '
        'data-url="https://youtu.be/dQw4w9WgXcQ"><figcaption>The launch</figcaption></figure>'
    )
    assert editor.post(change_url(article), change_data(article, body=good)).status_code == 302
    assert Article.objects.get(pk=article.pk).body == (
        '<p>Watch</p><figure data-embed="youtube" data-url="https://www.youtube.com/watch?v='
        'dQw4w9WgXcQ"><figcaption>The launch</figcaption></figure>'
    )
