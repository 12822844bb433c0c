"""Lead photos in feeds and sitemaps: Media RSS ``<media:content>`` in RSS 2.0 and Atom items,
and the Google image extension ``<image:image>`` in the news sitemap."""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from ..cache import tags as T
from . import render

MEDIA_NS = "http://search.yahoo.com/mrss/"


def feed_photo(image, absolute) -> dict | None:
    """What a feed item says of its lead photo: the 1,200-px 16:9 JPEG (``absolute`` makes a
    URL absolute), its size, alt text and credit. The feed depends on the photo."""
    if image is None:
        return None
    T.depend(T.image(image.pk))
    url, width, height = render.social_images(image)[0]
    return {
        "url": absolute(url),
        "width": width,
        "height": height,
        "alt": image.alt_text,
        "credit": image.credit,
    }


def _add_media(handler, item) -> None:
    photo = item.get("photo")
    if not photo:
        return
    handler.startElement(
        "media:content",
        {
            "url": photo["url"],
            "medium": "image",
            "type": "image/jpeg",
            "width": str(photo["width"]),
            "height": str(photo["height"]),
        },
    )
    if photo["alt"]:
        handler.addQuickElement("media:description", _xml_safe(photo["alt"]), {"type": "plain"})
    if photo["credit"]:
        handler.addQuickElement("media:credit", _xml_safe(photo["credit"]))
    handler.endElement("media:content")


def _xml_safe(text: str) -> str:
    from ..templatetags.seo import xml_safe

    return xml_safe(text)


class MediaRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        _add_media(handler, item)


class MediaAtomFeed(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        _add_media(handler, item)
