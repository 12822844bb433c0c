"""Building blocks for lists of article cards, each one query however large the archive is."""

import re

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from .cache import tags as T
from .media.render import PICTURE_FIELDS
from .media.usage import attach_lead_images
from .models import Article

# What a card shows; the body (the bulk of a row) is never loaded for lists.
CARD_FIELDS = (
    "id",
    "title",
    "slug",
    "summary",
    "byline",
    "published_at",
    "section_id",
    "source__name",
    "source__slug",
    "lead_image",
    # the lead photo's columns, joined (no query per page for the photos: articles/media)
    *(f"lead_image__{name}" for name in PICTURE_FIELDS),
)
ORDER = ("-published_at", "-id")
SUMMARY_WORDS = 40
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def prepare(articles, tree):
    """Sections from the tree, and the card's URLs and date strings made here, once (template
    lookups and filters are what a card costs). Returns ``articles`` as a list.

    The page being rendered depends on each article shown, and on the sources' names. Lead
    photos are attached as ``lead_photo`` (joined by cards(): no query)."""
    articles = attach_lead_images(tree.attach(list(articles)))
    T.depend_on_articles(articles)
    T.depend(T.SOURCES)
    section_urls = {}
    url_of = _article_urls()
    tz = timezone.get_current_timezone()
    for article in articles:
        article.url = url_of(article)
        if article.section_id is not None and article.section_id in tree.by_pk:
            if article.section_id not in section_urls:
                section_urls[article.section_id] = tree.url(article.section)
            article.section_url = section_urls[article.section_id]
        words = article.summary.split()
        article.summary_short = (
            " ".join(words[:SUMMARY_WORDS]) + " …"
            if len(words) > SUMMARY_WORDS
            else article.summary
        )
        when = article.published_at.astimezone(tz)
        article.date_iso = when.isoformat()
        article.date_text = f"{when.day} {MONTHS[when.month - 1]} {when.year}, {when:%H:%M}"
    return articles


_SLUG = re.compile(r"[-a-zA-Z0-9_]+")


def _article_urls():
    """``article.get_absolute_url()`` without a ``reverse()`` per card: the address of the
    detail page with the slug put in (a slug the URL pattern would not take gets reverse())."""
    marker = "slug-marker-0"
    head, _, tail = reverse("articles:detail", kwargs={"slug": marker}).partition(marker)

    def url_of(article):
        slug = article.slug
        if _SLUG.fullmatch(slug):
            return f"{head}{slug}{tail}"
        return article.get_absolute_url()

    return url_of


def cards(queryset=None):
    """Published articles with only what a card needs; sections come from the SectionTree."""
    if queryset is None:
        queryset = Article.objects.published()
    return queryset.select_related("source", "lead_image").only(*CARD_FIELDS)


def rows_by_ids(queryset, start: int, stop: int) -> list:
    """``list(queryset[start:stop])`` in two queries: the ids of that slice of the order (read
    from an index alone, however deep the page: no row is fetched and joined only to be
    skipped), then those rows by primary key, put back in the slice's order.

    The rows are read through ``queryset`` itself, so every filter it has (``published()``
    first) applies to them again: an article unpublished between the two queries is left out,
    never shown."""
    ids = list(queryset.values_list("pk", flat=True)[start:stop])
    if not ids:
        return []
    found = {row.pk: row for row in queryset.order_by().filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


class CappedPaginator(Paginator):
    """Counts at most ``max_pages`` pages of matches, so a count never scans the whole archive.

    Readers reach older articles through the date archive; ``capped`` says there are more.
    ``known_count`` is a count already made (capped the same way) by the view. The rows of a
    page after the first are read by their ids (``rows_by_ids``) unless ``ids_first`` is off;
    the first page skips nothing, so it is read in one query.
    """

    max_pages = 100
    max_items = None  # default: max_pages full pages
    capped = False
    known_count = None
    ids_first = True

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if not self.ids_first or bottom == 0:
            return super().page(number)
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return self._get_page(rows_by_ids(self.object_list, bottom, top), number, self)

    @cached_property
    def count(self):
        cap = self.max_items or self.max_pages * self.per_page
        found = self.known_count
        if found is None:
            found = self.object_list.order_by().values("pk")[: cap + 1].count()
        self.capped = found > cap
        return min(found, cap)


def latest_by_root(tree, per_root: int) -> dict[int, list[Article]]:
    """The latest ``per_root`` cards under each top-level section, in one query."""
    parts = {
        root.pk: cards().filter(section_id__in=tree.descendant_ids(root.pk)).order_by(*ORDER)
        for root in tree.roots
    }
    if not parts:
        return {}
    if connection.features.supports_slicing_ordering_in_compound:
        # PostgreSQL: one UNION ALL of small index scans, one per top-level section.
        sliced = [qs[:per_root] for qs in parts.values()]
        rows = list(sliced[0].union(*sliced[1:], all=True)) if len(sliced) > 1 else sliced[0]
    else:
        # SQLite cannot LIMIT inside a UNION: number the rows per top-level section instead.
        root_of = {pk: root for root in parts for pk in tree.descendant_ids(root)}
        rows = (
            cards()
            .filter(section_id__in=list(root_of))
            .annotate(
                position=Window(
                    RowNumber(),
                    partition_by=[_root_case(root_of)],
                    order_by=[F("published_at").desc(), F("id").desc()],
                )
            )
            .filter(position__lte=per_root)
        )
    grouped: dict[int, list[Article]] = {pk: [] for pk in parts}
    for article in prepare(rows, tree):
        grouped[tree.root_of(article.section_id)].append(article)
    for articles in grouped.values():
        articles.sort(key=lambda a: (a.published_at, a.pk), reverse=True)
    return grouped


def _root_case(root_of: dict[int, int]):
    from django.db.models import Case, IntegerField, Value, When

    return Case(
        *[When(section_id=pk, then=Value(root)) for pk, root in root_of.items()],
        output_field=IntegerField(),
    )
