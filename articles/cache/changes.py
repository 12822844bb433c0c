"""Which tags a change invalidates, from what readers could see before it and can see after it.

Pure functions over *states*: plain dicts of the fields readers see (``ARTICLE_FIELDS``, ...),
taken before and after a write (invalidation.py takes them). Nothing here reads the database.
"""

import datetime
import hashlib

from django.utils import timezone

from . import tags as T

#: What readers see of an article, anywhere on the site. Everything else (provenance, import
#: confidence, the version counter, timestamps) changes nothing public.
ARTICLE_FIELDS = (
    "title",
    "slug",
    "summary",
    "body",
    "byline",
    "dateline",
    "source_id",
    "section_id",
    "status",
    "published_at",
    "canonical_url",
    "lead_image_id",
)
#: What full-text search reads (migration 0003_search's trigger).
SEARCHED = frozenset({"title", "summary", "body", "byline", "dateline"})
#: What related articles are ranked by (articles/related.py), besides section and date.
RANKED = frozenset({"title", "summary"})
SECTION_FIELDS = ("name", "slug", "parent_id", "position")
SOURCE_FIELDS = ("name", "slug", "kind", "url")
#: The Google News sitemap's window (articles/sitemaps.py).
NEWS_WINDOW = datetime.timedelta(days=2)


class Unknown:
    """A field value that was not loaded: compares unequal to everything, itself included."""

    def __eq__(self, other):
        return False

    def __hash__(self):
        return 0

    def __repr__(self):
        return "UNKNOWN"


UNKNOWN = Unknown()


def state(obj, fields) -> dict:
    """``fields`` of a model instance (deferred ones UNKNOWN: reading them would query)."""
    loaded = obj.__dict__
    out = {"id": obj.pk}
    for name in fields:
        attname = name if name.endswith("_id") else obj._meta.get_field(name).attname
        out[name] = loaded.get(attname, UNKNOWN)
    return out


#: Long fields a bulk write's states keep as digests: compared, never printed in a tag.
_DIGESTED = ("title", "summary", "body", "dateline", "canonical_url")


def compact(article: dict | None) -> dict | None:
    """``article`` with its long fields replaced by digests (a bulk import keeps thousands of
    states until it commits); digests compare as the values do. Idempotent."""
    if article is None:
        return None
    out = dict(article)
    for name in _DIGESTED:
        value = out.get(name, UNKNOWN)
        if value is not UNKNOWN and not isinstance(value, bytes):
            out[name] = hashlib.blake2b(repr(value).encode(), digest_size=12).digest()
    return out


def visible(article: dict | None, now) -> bool:
    if article is None:
        return False
    when = article.get("published_at")
    return (
        article.get("status") == "published" and isinstance(when, datetime.datetime) and when <= now
    )


def scheduled(article: dict | None, now) -> bool:
    if article is None:
        return False
    when = article.get("published_at")
    return (
        article.get("status") == "published" and isinstance(when, datetime.datetime) and when > now
    )


def _ancestry(section_id, parents) -> list[int]:
    """A section's id, then its parent's, up to its top-level section's (none: no section)."""
    chain = []
    while _is_id(section_id) and section_id not in chain:
        chain.append(section_id)
        section_id = parents.get(section_id)
    return chain


def section_chain(section_id, parents: dict[int, int | None]) -> set[str]:
    """``section:<id>`` of a section and of each of its ancestors (their lists include it)."""
    return {T.section(pk) for pk in _ancestry(section_id, parents)}


def related_lists(section_id, parents) -> set[str]:
    """The related-article lists a story of ``section_id`` may be on: its section tree's
    (``related:<top-level section>``; articles/related.py draws them from the tree), and
    ``related:none``, those of the articles with no section, drawn from every tree."""
    chain = _ancestry(section_id, parents)
    return {T.RELATED_NONE, T.related(chain[-1] if chain else None)}


def _soft_only(tag: str) -> bool:
    """Tags invalidated softly even when a story is withdrawn: the related lists. A page that
    showed the story carries its ``article:<id>`` tag too, invalidated hard, so nothing leaks;
    the other pages of its section tree (most article pages, under a working desk) would gain
    nothing from being refused stale while one worker renders each again."""
    return tag.startswith("related:")


def recent(article: dict, now) -> bool:
    when = article.get("published_at")
    return isinstance(when, datetime.datetime) and when >= now - NEWS_WINDOW


def lists(article: dict, parents, now) -> set[str]:
    """Every list a visible article is on (its position in each follows its publication time)."""
    when = article["published_at"]
    found = {
        T.HOME,
        T.LATEST,
        T.SEARCH,
        T.FEED,
        T.ARCHIVE,
        T.archive_year(when),
        T.archive_month(when),
        T.SITEMAP_ARTICLES,
    }
    if recent(article, now):
        found.add(T.SITEMAP_NEWS)
    found |= section_chain(article.get("section_id"), parents)
    found |= related_lists(article.get("section_id"), parents)
    if _is_id(article.get("source_id")):
        found.add(T.source(article["source_id"]))
    if isinstance(article.get("byline"), str) and article["byline"].strip():
        found.add(T.byline(article["byline"]))
    return found


def article_tags(before: dict | None, after: dict | None, parents, now=None):
    """(tags, hard tags) to invalidate for an article that was ``before`` and is ``after``
    (None: it did not or does not exist). Nothing when readers could see it neither before nor
    after (a draft, an article in review, a scheduled one), nor when nothing they see changed.
    Hard: every tag of an article readers may no longer see, but its section tree's related
    lists (``related:``, see :func:`_soft_only`).
    """
    now = now or timezone.now()
    was, is_ = visible(before, now), visible(after, now)
    if not was and not is_:
        return set(), set()
    pk = (after or before)["id"]
    own = T.article(pk)
    if was and not is_:  # unpublished, archived, deleted, moved back into the future: no
        found = {own} | lists(before, parents, now)  # page, feed or sitemap shows it stale
        return found, {t for t in found if not _soft_only(t)}
    if is_ and not was:
        return {own} | lists(after, parents, now), set()
    changed = {f for f in ARTICLE_FIELDS if before.get(f, UNKNOWN) != after.get(f, UNKNOWN)}
    if not changed:
        return set(), set()
    found = {own}  # every page showing it carries this tag
    if changed & SEARCHED:
        found.add(T.SEARCH)  # it may now match other searches
    if changed & RANKED:  # it may now rank among other articles' related ones
        found |= related_lists(before.get("section_id"), parents)
        found |= related_lists(after.get("section_id"), parents)
    if recent(before, now) or recent(after, now):
        found.add(T.SITEMAP_NEWS)
    if "slug" in changed:
        found.add(T.SITEMAP_ARTICLES)
    if "published_at" in changed:  # its place in every list
        found |= lists(before, parents, now) | lists(after, parents, now)
    if "section_id" in changed:
        found |= {T.HOME, T.LATEST, T.SEARCH, T.FEED}
        found |= section_chain(before.get("section_id"), parents)
        found |= section_chain(after.get("section_id"), parents)
        found |= related_lists(before.get("section_id"), parents)
        found |= related_lists(after.get("section_id"), parents)
    if "source_id" in changed:
        found |= {T.LATEST, T.SEARCH}
        found |= {T.source(s["source_id"]) for s in (before, after) if _is_id(s.get("source_id"))}
    if "byline" in changed:
        found |= {T.LATEST, T.SEARCH}
        found |= {T.byline(s["byline"]) for s in (before, after) if s.get("byline")}
    return found, set()


def article_tags_unknown_before(after: dict | None, parents, now=None):
    """(tags, hard tags) for an article written by a path that did not read it first (a bulk
    import's update): its own tag in any case (hard unless readers see it now), and the lists
    it is on now. The lists it may have left still drop it: their pages carry its tag."""
    now = now or timezone.now()
    own = T.article(after["id"])
    if not visible(after, now):
        return {own}, {own}
    return {own} | lists(after, parents, now), set()


def _is_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _changed(before, after, fields) -> bool:
    if before is None or after is None:
        return before is not after
    return any(before.get(f, UNKNOWN) != after.get(f, UNKNOWN) for f in fields)


def section_tags(before: dict | None, after: dict | None) -> set[str]:
    """A section's name, address, place or order is on every page's navigation, breadcrumbs
    and filter choices: the ``sections`` tag (pages that list nothing by it keep theirs)."""
    if not _changed(before, after, SECTION_FIELDS):
        return set()
    found = {T.SECTIONS}
    found |= {T.section(s["id"]) for s in (before, after) if s is not None}
    return found


def source_tags(before: dict | None, after: dict | None) -> set[str]:
    """A source's name or address: its page, and the pages that print sources' names."""
    if not _changed(before, after, SOURCE_FIELDS):
        return set()
    return {T.SOURCES} | {T.source(s["id"]) for s in (before, after) if s is not None}
