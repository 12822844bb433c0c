"""Building blocks for lists of article cards, each one query however large the archive is."""

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.utils.functional import cached_property

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
)
ORDER = ("-published_at", "-id")


def cards(queryset=None):
    """Published articles with only what a card needs; sections come from the SectionTree."""
    if queryset is None:
        queryset = Article.objects.published()
    return queryset.select_related("source").only(*CARD_FIELDS)


class CappedPaginator(Paginator):
    """Counts at most ``max_pages`` pages of matches, so a count never scans the whole archive.

    Readers reach older articles through the date archive; ``capped`` says there are more.
    """

    max_pages = 500
    capped = False

    @cached_property
    def count(self):
        cap = self.max_pages * self.per_page
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
    for article in tree.attach(rows):
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
