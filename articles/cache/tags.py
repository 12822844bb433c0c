"""The dependency tags of public pages: what they are called, and how a page records its own.

While a page renders, the code that reads something for it says so with :func:`depend`: the
cards of a list name their articles, the section tree names itself, a section page names its
list. The page cache (pages.py) stores those tags with the page, sends them to CDNs in the
``Surrogate-Key`` and ``Cache-Tag`` headers, and serves the page only while none of them has been
invalidated since (invalidation.py decides which tags a write invalidates).

``article:<id>``
    One article's public content: its own page and every card, feed item or related link that
    shows it (editing a live headline refreshes exactly the pages that print it).
``section:<id>``
    One section's list, subsections included: its pages and its feeds.
``source:<id>``, ``byline:<slug>``
    The list of one source, of one byline.
``archive:<yyyy>``, ``archive:<yyyy-mm>``, ``archive``
    The date archive's year pages, month pages (and their day pages), and its index.
``list:home``, ``list:latest``, ``search``, ``feed:latest``
    The front page; /articles/ with any filter; search results; the site-wide feeds.
``sitemap:articles``, ``sitemap:news``
    The article sitemaps (and the index that counts their pages); the Google News sitemap.
``sections``, ``sources``
    The section tree (navigation, breadcrumbs, filter choices, card labels) and the sources'
    names (filter choices, credits). They are on nearly every page, and change rarely.
``related:<id>``, ``related:none``
    The related articles of the pages of one section tree (``<id>``: its top-level section),
    which are drawn from that tree's latest stories (articles/related.py); ``related:none``,
    those of the articles with no section, drawn from every tree. A story joining or leaving
    the tree's lists (published, going live by the clock, moved, re-dated, or retitled: the
    ranking reads headlines and summaries) invalidates it, softly even when the story is
    withdrawn: the pages that showed it carry its ``article:<id>`` tag, invalidated hard.
    Every such story invalidates ``related:none`` too. A list (:func:`is_list`): a scheduled
    story joins it when due, so article pages are kept no longer than until then (pages.py).
``image:<id>``
    One photo of the media library as readers see it (alt text, caption, credit, focal point):
    every page that prints it (articles/media/render.py).
``lists``, ``all``
    Every page that lists articles (an article's page too, for its related articles), and every
    page: the coarse bumps of bulk writes (one past ``MAX_ARTICLE_TAGS`` bumps ``all``; a script
    may ``bump("lists")``).
"""

import contextvars
import datetime
from collections.abc import Iterable
from contextlib import contextmanager

from django.utils import timezone

from ..slugs import make_slug

ALL = "all"
LISTS = "lists"
SECTIONS = "sections"
SOURCES = "sources"
HOME = "list:home"
LATEST = "list:latest"
SEARCH = "search"
FEED = "feed:latest"
ARCHIVE = "archive"
SITEMAP_ARTICLES = "sitemap:articles"
SITEMAP_NEWS = "sitemap:news"

#: Tags every page may depend on, read with the page itself in one round trip (pages.py).
COMMON = (ALL, SECTIONS, SOURCES)
#: Tags that name no list of articles: a page carrying only these never waits for a schedule.
_NOT_LISTS = frozenset({ALL, SECTIONS, SOURCES})


def article(pk) -> str:
    return f"article:{pk}"


def image(pk) -> str:
    return f"image:{pk}"


def section(pk) -> str:
    return f"section:{pk}"


def source(pk) -> str:
    return f"source:{pk}"


def related(root_pk) -> str:
    """``related:<id>`` of the section tree whose top-level section is ``root_pk`` (None: the
    articles with no section, whose related articles come from every tree)."""
    return f"related:{'none' if root_pk is None else root_pk}"


RELATED_NONE = related(None)


def byline(name: str) -> str:
    """``byline:mai-lan`` for "Mai Lan" (two bylines that share a slug share a tag: harmless)."""
    return f"byline:{make_slug(name.strip(), max_length=80)}"


def archive_year(when: datetime.date | datetime.datetime) -> str:
    return f"archive:{_local(when).year:04d}"


def archive_month(when: datetime.date | datetime.datetime) -> str:
    day = _local(when)
    return f"archive:{day.year:04d}-{day.month:02d}"


def _local(when):
    if isinstance(when, datetime.datetime):
        return timezone.localtime(when)
    return when


def is_list(tag: str) -> bool:
    """Does ``tag`` stand for a list of articles (which a scheduled article may join)?"""
    return tag not in _NOT_LISTS and not tag.startswith(("article:", "image:"))


# -- what the page being rendered depends on --------------------------------------------------

_collector: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "newsroom_cache_tags", default=None
)


@contextmanager
def collecting():
    """Collect the tags :func:`depend` names inside the block (one page's rendering)."""
    found: set[str] = set()
    token = _collector.set(found)
    try:
        yield found
    finally:
        _collector.reset(token)


def depend(*tags: str) -> None:
    """The page being rendered shows what ``tags`` stand for (a no-op outside a page)."""
    found = _collector.get()
    if found is not None:
        found.update(tags)


def depend_on_articles(articles: Iterable) -> None:
    found = _collector.get()
    if found is not None:
        found.update(article(a.pk) for a in articles)
