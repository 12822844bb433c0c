"""Related articles: the same top-level section, ranked by the words they share.

One bounded query whatever the size of the archive: the candidates are the latest published
articles of the same section tree up to shortly after this one (an index range scan on
``(section, published_at)``); they are scored here by the title and summary words they share with
this article, then by date.
"""

import datetime
import re

from .listing import ORDER, cards, prepare
from .models import Article
from .search import STOPWORDS

_WORD = re.compile(r"\w+")
CANDIDATES = 120
AFTER = datetime.timedelta(days=30)


def _words(text: str) -> set[str]:
    # Both sides are written the same way, so lower-casing is enough (no transliteration).
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in STOPWORDS}


def related_articles(article: Article, tree, limit: int = 4) -> list[Article]:
    candidates = cards().exclude(pk=article.pk)
    root = tree.root_of(article.section_id) if article.section_id in tree.by_pk else None
    if root is not None:
        candidates = candidates.filter(section_id__in=tree.descendant_ids(root))
    if article.published_at is not None:
        candidates = candidates.filter(published_at__lte=article.published_at + AFTER)
    candidates = list(candidates.order_by(*ORDER)[:CANDIDATES])

    title, summary = _words(article.title), _words(article.summary)

    def score(other: Article):
        other_title, other_summary = _words(other.title), _words(other.summary)
        shared = 3 * len(title & other_title) + len(
            (title | summary) & (other_title | other_summary)
        )
        same_section = 1 if other.section_id == article.section_id else 0
        return (shared, same_section)

    ranked = sorted(candidates, key=score, reverse=True)  # stable: newest first among equals
    return prepare(ranked[:limit], tree)
