"""The reader site's cache: pages invalidated by tag, only when what readers see changes.

* tags.py — the dependency tags (``article:42``, ``section:7``, ``list:home``, ...) and how a
  page records the ones it is rendered from;
* pages.py — the page cache (:func:`cached_page`): tag-checked, stale-while-revalidate with a
  single flight, ETag/Last-Modified, Cache-Control and ``Surrogate-Key``/``Cache-Tag`` for CDNs;
* invalidation.py — what the write paths call (the admin, the importers; signals for sections
  and sources), and changes.py, which tags a change invalidates, from the public state before
  and after it;
* schedule.py — scheduled articles going live by the clock refresh the lists they join;
* store.py — tag versions in the shared cache (Redis in production), and surviving its outage;
* purge.py, purgers.py — the purge hook (``NEWSROOM_CACHE_PURGER``): Varnish xkey, any HTTP API.
"""

from .invalidation import (
    Overwritten,
    article_changed,
    article_state,
    article_states,
    articles_changed,
    bulk_state,
    bump,
    bump_on_commit,
    invalidate,
    section_changed,
    source_changed,
)
from .pages import cached_page

__all__ = [
    "Overwritten",
    "article_changed",
    "article_state",
    "article_states",
    "articles_changed",
    "bulk_state",
    "bump",
    "bump_on_commit",
    "cached_page",
    "invalidate",
    "section_changed",
    "source_changed",
]
