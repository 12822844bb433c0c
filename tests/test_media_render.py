"""articles/media/render.py: the <picture>/<figure> markup readers get, every address a file
that exists, and the page depending on the photo it prints."""

from html.parser import HTMLParser

import pytest
from django.core.files.storage import default_storage
from django.utils.safestring import mark_safe

from articles.cache import tags as T
from articles.media import render
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


class Tags(HTMLParser):
    def __init__(self, html):
        super().__init__()
        self.found, self.text = [], ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text += data

    def first(self, tag):
        return next(attrs for name, attrs in self.found if name == tag)


def srcset(value):
    return [(url, int(w.rstrip("w"))) for url, w in (part.split() for part in value.split(", "))]


def local(url):
    return url.removeprefix("/media/")


def test_picture_offers_webp_and_jpeg_at_every_width_with_the_box_size():
    image = ImageFactory(width=2000, height=1000, alt_text='Boats "at" <dawn>')
    html = render.picture(image, sizes="100vw")
    tags = Tags(html)
    source, img = tags.first("source"), tags.first("img")
    assert source["type"] == "image/webp" and source["sizes"] == img["sizes"] == "100vw"
    webp, jpeg = srcset(source["srcset"]), srcset(img["srcset"])
    assert [w for _, w in webp] == [w for _, w in jpeg] == [320, 640, 1024, 1600]
    for url, _ in webp + jpeg:
        assert default_storage.exists(local(url)), url
    assert all(url.endswith(".webp") for url, _ in webp)
    assert (img["width"], img["height"]) == ("1600", "800")  # the ratio, for no layout shift
    assert img["alt"] == 'Boats "at" <dawn>' and "<dawn>" not in html  # escaped
    assert img["loading"] == "lazy" and "fetchpriority" not in img
    assert img["src"].endswith("/640.jpg")


def test_the_lead_picture_is_fetched_first_and_a_crop_keeps_its_ratio():
    image = ImageFactory(width=1200, height=1200)
    img = Tags(render.picture(image, sizes="50vw", ratio="3:2", lazy=False)).first("img")
    assert "loading" not in img and img["fetchpriority"] == "high"
    assert (img["width"], img["height"]) == ("1200", "800")  # 1600 wanted: the crop is 1200
    assert all("-3x2-50-50." in url for url, _ in srcset(img["srcset"]))


def test_a_small_photo_is_never_upscaled():
    image = ImageFactory(width=500, height=400)
    img = Tags(render.picture(image, sizes="100vw")).first("img")
    assert [w for _, w in srcset(img["srcset"])] == [320, 500]
    assert (img["width"], img["height"]) == ("500", "400")


def test_an_alt_override_wins_and_an_empty_alt_stays_empty():
    image = ImageFactory(alt_text="Library text")
    assert (
        Tags(render.picture(image, sizes="1px", alt="Override")).first("img")["alt"] == "Override"
    )
    assert Tags(render.picture(image, sizes="1px", alt="")).first("img")["alt"] == ""


def test_figure_prints_caption_and_credit_escaped():
    image = ImageFactory(caption="Library caption", credit="Library credit")
    html = render.figure(image, caption="<b>Boats</b> at dawn", credit="Mai Lan")
    tags = Tags(html)
    assert [t for t, _ in tags.found][:1] == ["figure"]
    assert "&lt;b&gt;Boats&lt;/b&gt; at dawn" in html
    assert '<span class="credit">Mai Lan</span>' in html
    # the library's caption and credit when the story gives none; sanitised HTML kept
    assert "Library caption" in render.figure(image) and "Library credit" in render.figure(image)
    assert "<em>x</em>" in render.figure(image, caption=mark_safe("<em>x</em>"))


def test_a_missing_photo_is_its_caption_alone_or_nothing():
    html = render.figure(None, caption="Farmers pick coffee.", credit="VNA")
    assert "<img" not in html and "<picture" not in html
    assert "Farmers pick coffee." in html and '<span class="credit">VNA</span>' in html
    assert render.figure(None, caption="", credit="") == ""


def test_a_page_printing_a_photo_depends_on_it():
    image = ImageFactory()
    with T.collecting() as found:
        render.figure(image)
    assert found == {T.image(image.pk)}
