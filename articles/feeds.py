"""RSS 2.0 and Atom feeds for the whole site and for each section (subsections included).

Items come from ``Article.objects.published()`` only. Titles are text; summaries go in the HTML
description/summary elements, so they are sent as escaped HTML; the control characters XML 1.0
cannot carry are removed from both.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from .cache import tags as T
from .listing import CARD_FIELDS, ORDER, cards
from .media.syndication import MediaAtomFeed, MediaRssFeed, feed_photo
from .media.usage import attach_lead_images
from .models import Section
from .sections import SectionTree, section_tree

ITEMS = 30
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


@dataclass
class Scope:
    """What a feed covers: the whole site (section None) or one section and its subsections."""

    tree: SectionTree
    section: Section | None = None
    absolute: Callable[[str], str] = str  # makes a path absolute (the request's)


class LatestRss(Feed):
    feed_type = MediaRssFeed  # RSS 2.0 with Media RSS <media:content> for lead photos

    def get_object(self, request, *args, **kwargs):
        return Scope(tree=section_tree(request))

    def get_feed(self, obj, request):
        obj.absolute = request.build_absolute_uri  # for the photos' addresses (items())
        return super().get_feed(obj, request)

    def title(self, scope):
        return settings.NEWSROOM_SITE_NAME

    def link(self, scope):
        return reverse("articles:home")

    def description(self, scope):
        return f"The latest news from {settings.NEWSROOM_SITE_NAME}."

    def feed_url(self, scope):
        name = (
            "articles:feed-atom" if issubclass(self.feed_type, Atom1Feed) else "articles:feed-rss"
        )
        return reverse(name)

    def items(self, scope):
        queryset = cards().only(*CARD_FIELDS, "updated_at")
        if scope.section is not None:
            queryset = queryset.filter(section_id__in=scope.tree.descendant_ids(scope.section.pk))
            T.depend(T.section(scope.section.pk), T.LISTS)
        else:
            T.depend(T.FEED, T.LISTS)
        items = scope.tree.attach(list(queryset.order_by(*ORDER)[:ITEMS]))
        T.depend_on_articles(items)
        for item in attach_lead_images(items):
            item.feed_photo = feed_photo(item.lead_photo, scope.absolute)
        return items

    def item_extra_kwargs(self, item):
        return {"photo": item.feed_photo}

    def item_title(self, item):
        return xml_safe(item.title)  # text (Atom type="text"; RSS readers show it as text)

    def item_description(self, item):
        return escape(xml_safe(item.summary))

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return max(item.updated_at, item.published_at)

    def item_author_name(self, item):
        return xml_safe(item.byline) or None

    def item_categories(self, item):
        return [xml_safe(item.section.path)] if item.section_id else []


class LatestAtom(LatestRss):
    feed_type = MediaAtomFeed
    subtitle = LatestRss.description


class SectionRss(LatestRss):
    def get_object(self, request, path):
        tree = section_tree(request)
        section = tree.resolve(path)
        if section is None:
            raise Http404("No such section")
        return Scope(tree=tree, section=section)

    def title(self, scope):
        return f"{xml_safe(scope.section.path)} · {settings.NEWSROOM_SITE_NAME}"

    def link(self, scope):
        return scope.section.get_absolute_url()

    def description(self, scope):
        return f"The latest {xml_safe(scope.section.path)} news from {settings.NEWSROOM_SITE_NAME}."

    def feed_url(self, scope):
        name = (
            "articles:section-atom"
            if issubclass(self.feed_type, Atom1Feed)
            else "articles:section-rss"
        )
        return reverse(name, kwargs={"path": scope.section.slug_path})


class SectionAtom(SectionRss):
    feed_type = MediaAtomFeed
    subtitle = SectionRss.description
