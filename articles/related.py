"""Related articles: the same top-level section, ranked by the words they share.

One bounded query whatever the size of the archive: the candidates are the latest published
articles of the same section tree up to shortly after this one (an index range scan), read as
plain rows with the columns a card prints, and scored here by the title and summary words they
share with this article, then by date; only the winners are made into cards (``prepare``).
(Reading the cards' columns with the candidates costs less than a second query for them.)

The page depends on ``related:<root>`` (``related:none`` without a section): a story that joins
or leaves the tree's lists, or is retitled, invalidates it (articles/cache/changes.py); each
card also carries its own ``article:<id>``.
"""

import datetime
import functools
import re

from .cache import tags as T
from .listing import ORDER, prepare
from .media.models import Image
from .media.render import PICTURE_FIELDS
from .models import Article, Source
from .search import STOPWORDS

_WORD = re.compile(r"\w{3,}")  # words of three letters or more
CANDIDATES = 120
AFTER = datetime.timedelta(days=30)


def _words(text: str) -> set[str]:
    # Both sides are written the same way, so lower-casing is enough (no transliteration).
    return set(_WORD.findall(text.lower())).difference(STOPWORDS)


def _concrete(model, names):
    """``names`` (attnames) in the model's field order, as ``Model.from_db`` wants them."""
    order = [f.attname for f in model._meta.concrete_fields]
    return tuple(sorted(names, key=order.index))


# A card's columns (listing.CARD_FIELDS), read with the candidates: no second query for the
# winners. Article's own columns, then its source's and its lead photo's (joined).
_ARTICLE = _concrete(
    Article,
    [
        "id",
        "title",
        "slug",
        "summary",
        "byline",
        "published_at",
        "section_id",
        "source_id",
        "lead_image_id",
    ],
)
_SOURCE = _concrete(Source, ["id", "name", "slug"])
_IMAGE = _concrete(Image, [n for n in PICTURE_FIELDS])
_COLUMNS = (
    *_ARTICLE,
    *(f"source__{n}" for n in _SOURCE),
    *(f"lead_image__{n}" for n in _IMAGE),
)


@functools.cache
def _shape():
    """The candidates' columns and order, resolved once per process (naming 22 columns through
    two joins costs the ORM more than the rest of the query): each page filters a copy of it,
    through ``published()`` as every public read."""
    return Article.objects.order_by(*ORDER).values_list(*_COLUMNS)


def related_articles(article: Article, tree, limit: int = 4) -> list[Article]:
    candidates = _shape().published().exclude(pk=article.pk)
    root = tree.root_of(article.section_id) if article.section_id in tree.by_pk else None
    # The page shows the latest stories of this tree (any list's, coarsely): a story that joins
    # them invalidates ``related:<root>`` (articles/cache/changes.py).
    T.depend(T.related(root), T.LISTS)
    if root is not None:
        candidates = candidates.filter(section_id__in=tree.descendant_ids(root))
    if article.published_at is not None:
        candidates = candidates.filter(published_at__lte=article.published_at + AFTER)
    rows = list(candidates[:CANDIDATES])

    title = _words(article.title)
    words = title | _words(article.summary)
    find = _WORD.findall
    at = _ARTICLE.index
    title_at, summary_at, section_at = at("title"), at("summary"), at("section_id")

    def score(row):
        # Only this article's words are looked up in the candidate's (``words & _words(text)``
        # without making the set of every word of the text; stopwords are not in ``words``).
        in_title = words.intersection(find(row[title_at].lower()))
        in_summary = words.intersection(find(row[summary_at].lower()))
        shared = 3 * len(title & in_title) + len(in_title | in_summary)
        return (shared, 1 if row[section_at] == article.section_id else 0)

    ranked = sorted(rows, key=score, reverse=True)[:limit]  # stable: newest first among equals
    return prepare([_card(row, article._state.db) for row in ranked], tree)


def _card(row, db) -> Article:
    """A card (as ``listing.cards()`` loads it: the other columns deferred) from a row of
    ``_COLUMNS``, with its source and lead photo joined (None when it has none)."""
    a, s = len(_ARTICLE), len(_ARTICLE) + len(_SOURCE)
    card = Article.from_db(db, _ARTICLE, row[:a])
    source = Source.from_db(db, _SOURCE, row[a:s]) if row[a] is not None else None
    image = Image.from_db(db, _IMAGE, row[s:]) if row[s] is not None else None
    Article.source.field.set_cached_value(card, source)
    Article.lead_image.field.set_cached_value(card, image)
    return card
