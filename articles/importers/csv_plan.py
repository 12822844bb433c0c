"""Decide what each validated row does: create, update, leave unchanged, or reject.

The natural key is source + ``external_id`` when the row has an external id, else the slug; a row
with neither is always a new article (its slug is made from the title). Rows are planned in
batches, in file order, with two queries per batch (on SQLite, one per source for the keys); what
earlier batches claimed (keys, slugs, articles) is remembered, so duplicates inside one file are
caught however far apart they are.
The admin (through ``ArticleResource``) and ``import_articles`` both plan with this class.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import F, Lookup, Q

from ..models import Article
from ..slugs import unique_slug

# Article attributes an import may set, in column order.
ATTRIBUTES = (
    "title",
    "slug",
    "summary",
    "body",
    "byline",
    "dateline",
    "source",
    "section",
    "status",
    "published_at",
    "canonical_url",
    "external_id",
)
FOREIGN_KEYS = ("source", "section")
# What the COPY writer reads of an existing article to update it.
WRITE_FIELDS = ("id", *ATTRIBUTES, "version")
QUERY_CHUNK = 900  # SQLite's default limit on query parameters is 999


@dataclass
class Cleaned:
    """One row after cell validation: values by attribute (only the file's columns), errors."""

    number: int
    values: dict
    errors: list = field(default_factory=list)  # [(column or None, message)]
    cells: list | None = None  # the row as read, for the rejects file
    base: str = ""  # the slug its title makes, when it has no slug

    def title_slug(self) -> str:
        if not self.base:
            self.base = unique_slug(self.values["title"])  # the one rule, nothing taken yet
        return self.base


@dataclass
class Decision:
    row: Cleaned
    action: str  # "new" | "update" | "unchanged" | "invalid"
    article: Article | None = None  # the existing article (update / unchanged)
    values: dict = field(default_factory=dict)  # attribute -> value to write
    errors: list = field(default_factory=list)


class _AnyOf(Lookup):
    """``column = ANY(%s)`` with one array parameter: PostgreSQL's fast "IN" for long lists."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", (*params, list(self.rhs))


def _in(field: str, values):
    """Filters for ``field`` in ``values``: one query on PostgreSQL, chunks of 900 elsewhere."""
    values = list(values)
    if connection.vendor == "postgresql":
        if values:
            yield _AnyOf(F(field), values)
        return
    for i in range(0, len(values), QUERY_CHUNK):
        yield Q(**{f"{field}__in": values[i : i + QUERY_CHUNK]})


def _same(article: Article, attribute: str, value) -> bool:
    if attribute in FOREIGN_KEYS:
        return getattr(article, f"{attribute}_id") == (value.pk if value is not None else None)
    return getattr(article, attribute) == value


class Planner:
    """``fields``: load only these article fields (``WRITE_FIELDS`` for the COPY writer); None
    loads whole articles (for bulk_update_with_history, which copies every field into the
    history)."""

    def __init__(self, fields=None):
        self.fields = fields
        self.keys: dict[tuple, int] = {}  # (source id, external id) -> row number
        self.slugs: dict[str, int] = {}  # slug -> row number (given in the file or made)
        self.made: set[str] = set()  # slugs made from titles
        self.matched: dict[int, int] = {}  # article pk -> row number

    def _existing(self, rows):
        """Existing articles the rows may match: by (source, external id), then by slug."""
        by_key, by_slug = {}, {}
        keyed = [r.values for r in rows if r.values.get("external_id") and r.values.get("source")]
        by_source: dict[int, set] = {}
        for values in keyed:
            by_source.setdefault(values["source"].pk, set()).add(values["external_id"])
        # source_id = ... AND external_id <> '' lets PostgreSQL use the partial unique index on
        # (source, external_id) instead of scanning the table; one query for every source there.
        queries = [
            Q(source_id=source_id) & ~Q(external_id="") & condition
            for source_id, external_ids in by_source.items()
            for condition in _in("external_id", external_ids)
        ]
        if connection.vendor == "postgresql" and queries:
            queries = [reduce(or_, queries)]
        for query in queries:
            for article in self._articles(query):
                by_key[(article.source_id, article.external_id)] = article
        slugs = set()
        for row in rows:
            values = row.values
            slug = values.get("slug")
            if values.get("external_id"):
                source = values.get("source")
                found = by_key.get((source.pk if source else None, values["external_id"]))
                if found is not None and (slug is None or slug == found.slug):
                    continue  # the key found it; no slug to check or to make
            slugs.add(slug or row.title_slug())
        for condition in _in("slug", slugs):
            for article in self._articles(condition):
                by_slug[article.slug] = article
        return by_key, by_slug

    def _articles(self, condition):
        queryset = Article.objects.filter(condition).order_by()
        return queryset.only(*self.fields) if self.fields else queryset

    def plan(self, rows: list[Cleaned]) -> list[Decision]:
        by_key, by_slug = self._existing([r for r in rows if not r.errors])
        return [self._decide(row, by_key, by_slug) for row in rows]

    def _decide(self, row: Cleaned, by_key, by_slug) -> Decision:
        if row.errors:
            return Decision(row, "invalid", errors=list(row.errors))
        values = row.values
        external_id = values.get("external_id") or ""
        source = values.get("source")
        key = (source.pk if source else None, external_id) if external_id else None
        slug = values.get("slug")

        def invalid(column, message):
            return Decision(row, "invalid", errors=[(column, message)])

        if key and key in self.keys:
            return invalid(
                "external_id",
                f'"{external_id}" from this source is also in row {self.keys[key]}',
            )
        if slug and slug in self.slugs:
            how = " (made from its title)" if slug in self.made else ""
            return invalid("slug", f'"{slug}" is also the slug of row {self.slugs[slug]}{how}')
        article = by_key.get(key) if key else by_slug.get(slug) if slug else None
        if key and slug:
            holder = by_slug.get(slug)
            if holder is not None and (article is None or holder.pk != article.pk):
                return invalid(
                    "slug", f'"{slug}" is already the slug of another article: "{holder.title}"'
                )
        if article is not None and article.pk in self.matched:
            return invalid(
                "external_id" if key else "slug",
                f"is the same article as row {self.matched[article.pk]}",
            )
        status = values.get("status", article.status if article else Article.Status.DRAFT)
        published_at = values.get("published_at", article.published_at if article else None)
        if status == Article.Status.PUBLISHED and published_at is None:
            return invalid("published_at", "is empty, but a published article needs one")

        if article is not None:
            changes = {a: v for a, v in values.items() if not (a == "slug" and v is None)}
            moved = self._moved_key(article, changes)
            if moved is not None:
                if moved[0] in self.keys:
                    return invalid(
                        "source", f"would give this article the key of row {self.keys[moved[0]]}"
                    )
                if moved[1]:
                    return invalid(
                        "source",
                        f'another article from this source has external_id "{moved[0][1]}": '
                        f'"{moved[1]}"',
                    )
                key = moved[0]
            action = (
                "unchanged" if all(_same(article, a, v) for a, v in changes.items()) else "update"
            )
            decision = Decision(row, action, article=article, values=changes)
            final_slug = changes.get("slug", article.slug)
            self.matched[article.pk] = row.number
        else:
            final_slug = slug or self._make_slug(row, by_slug)
            decision = Decision(row, "new", values={**values, "slug": final_slug})
        if key:
            self.keys[key] = row.number
        self.slugs[final_slug] = row.number
        return decision

    @staticmethod
    def _moved_key(article: Article, changes: dict):
        """((source id, external id), title of the article holding it, or "") when the row gives
        ``article`` another source + external id key than it has; None when it keeps its own."""
        source = changes.get("source", article.source_id)
        source_id = getattr(source, "pk", source)
        external_id = changes.get("external_id", article.external_id) or ""
        if not (external_id and source_id) or (source_id, external_id) == (
            article.source_id,
            article.external_id,
        ):
            return None
        holder = (
            Article.objects.filter(source_id=source_id, external_id=external_id)
            .exclude(pk=article.pk)
            .values_list("title", flat=True)
            .first()
        )
        return (source_id, external_id), holder or ""

    def _make_slug(self, row: Cleaned, by_slug) -> str:
        base = row.title_slug()
        if base not in by_slug and base not in self.slugs:
            slug = base
        else:
            slug = unique_slug(
                row.values["title"], taken=self.slugs.keys(), queryset=Article.objects.all()
            )
        self.made.add(slug)
        return slug
