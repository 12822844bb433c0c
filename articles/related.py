"""Related articles: the same top-level section, ranked by the words they share.

Two bounded queries whatever the size of the archive: the candidates are the latest published
articles of the same section tree up to shortly after this one (an index range scan on
``(section, published_at)``), read as plain rows and scored here by the title and summary words
they share with this article, then by date; then the winners are loaded as cards.
"""

import datetime
import re

from .listing import ORDER, cards, prepare
from .models import Article
from .search import STOPWORDS

_WORD = re.compile(r"\w{3,}")  # words of three letters or more
CANDIDATES = 120
AFTER = datetime.timedelta(days=30)


def _words(text: str) -> set[str]:
    # Both sides are written the same way, so lower-casing is enough (no transliteration).
    # Set operations only (each runs in C): 240 texts are read per article page.
    return set(_WORD.findall(text.lower())).difference(STOPWORDS)


def related_articles(article: Article, tree, limit: int = 4) -> list[Article]:
    candidates = Article.objects.published().exclude(pk=article.pk)
    root = tree.root_of(article.section_id) if article.section_id in tree.by_pk else None
    if root is not None:
        candidates = candidates.filter(section_id__in=tree.descendant_ids(root))
    if article.published_at is not None:
        candidates = candidates.filter(published_at__lte=article.published_at + AFTER)
    # Scored as plain rows (no model instances for the 120 candidates): only the winners are
    # loaded as cards, in one more small query.
    rows = list(
        candidates.order_by(*ORDER).values_list("id", "title", "summary", "section_id")[:CANDIDATES]
    )

    title, summary = _words(article.title), _words(article.summary)
    words = title | summary

    def score(row):
        _, other_title, other_summary, section_id = row
        other_title = _words(other_title)
        shared = 3 * len(title & other_title) + len(words & (other_title | _words(other_summary)))
        return (shared, 1 if section_id == article.section_id else 0)

    ranked = [row[0] for row in sorted(rows, key=score, reverse=True)[:limit]]  # stable: newest
    if not ranked:  # first among equals
        return []
    found = {a.pk: a for a in cards().filter(pk__in=ranked)}
    return prepare([found[pk] for pk in ranked if pk in found], tree)
