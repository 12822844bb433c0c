"""Metadata for search engines and link previews: canonical URL, OpenGraph/Twitter, JSON-LD.

JSON-LD goes in a ``<script type="application/ld+json">`` data block: browsers never run it, so a
strict Content-Security-Policy without 'unsafe-inline' does not need to allow it.
"""

import json
import re
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..media import render

register = template.Library()

HEADLINE_MAX = 110  # Google's limit for NewsArticle.headline
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@register.filter
def http_url(value) -> str:
    """``value`` if it is an http(s) address, else "" (never a javascript: or data: link)."""
    value = (value or "").strip()
    try:
        scheme = urlsplit(value).scheme.lower()
    except ValueError:
        return ""
    return value if scheme in ("http", "https") else ""


@register.filter
def xml_safe(value) -> str:
    """Drop the control characters XML 1.0 cannot carry (escaping is still autoescape's job)."""
    return _NOT_XML.sub("", str(value or ""))


def article_image(article, request) -> tuple[str, int, int] | None:
    """(absolute URL, width, height) of the lead photo's 16:9 JPEG for link previews (1,200 px
    wide where the photo is), or None. (Captions, which could carry an image address, are photo
    slots in the body now; the media library's lead image is the article's picture.)"""
    photo = article.lead_image if article.lead_image_id else None
    if photo is None:
        return None
    url, width, height = render.social_images(photo)[0]
    return request.build_absolute_uri(url), width, height


def article_images(article, request) -> list[str]:
    """The lead photo cropped 16:9, 4:3 and 1:1 (JSON-LD ``image``: what Google asks for)."""
    photo = article.lead_image if article.lead_image_id else None
    if photo is None:
        return []
    return [request.build_absolute_uri(url) for url, _, _ in render.social_images(photo)]


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This page's address without filters: the path, plus ?page=N after the first page."""
    request = context["request"]
    url = request.build_absolute_uri(request.path)
    page = context.get("page_obj")
    if page is not None and page.number > 1:
        url += f"?page={page.number}"
    return url


@register.simple_tag(takes_context=True)
def absolute(context, path: str) -> str:
    return context["request"].build_absolute_uri(path)


@register.inclusion_tag("articles/includes/article_meta.html", takes_context=True)
def article_meta(context, article):
    """OpenGraph and Twitter card tags for an article page."""
    request = context["request"]
    return {
        "article": article,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "image": article_image(article, request),  # (url, width, height) or None
        "image_alt": article.lead_image.alt_text if article.lead_image_id else "",
        "site_name": settings.NEWSROOM_SITE_NAME,
        "modified": max(article.updated_at, article.published_at),
    }


@register.simple_tag(takes_context=True)
def article_jsonld(context, article):
    """A schema.org NewsArticle as a JSON-LD data block, with <, > and & escaped."""
    request = context["request"]
    url = request.build_absolute_uri(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": _cut(article.title, HEADLINE_MAX),
        "datePublished": article.published_at,
        "dateModified": max(article.updated_at, article.published_at),
        "inLanguage": settings.LANGUAGE_CODE,
        "publisher": {
            "@type": "Organization",
            "name": settings.NEWSROOM_SITE_NAME,
            "url": request.build_absolute_uri(reverse("articles:home")),
        },
    }
    if article.summary:
        data["description"] = article.summary
    if article.byline:
        data["author"] = [{"@type": "Person", "name": article.byline}]
    elif article.source_id:
        data["author"] = [{"@type": "Organization", "name": article.source.name}]
    if article.section_id:
        data["articleSection"] = article.section.path
    if article.dateline:
        data["dateline"] = article.dateline
    images = article_images(article, request)
    if images:
        data["image"] = images
    original = http_url(article.canonical_url)
    if original:
        data["isBasedOn"] = original
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"
