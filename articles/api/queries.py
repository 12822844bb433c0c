"""The articles a request may see, filtered: the one place the API's draft boundary is drawn.

Readers (anonymous, or a token without ``read:drafts``) get ``Article.objects.published()``, the
same door the site uses; a ``read:drafts`` token gets every article, and may filter by status.
"""

import datetime

from django.utils import timezone
from ninja import Schema
from pydantic import Field

from ..models import Article, Source
from ..sections import section_tree
from . import pagination

MAX_LIMIT = 100


class FilterError(ValueError):
    """A filter value that names nothing (``str()`` says which)."""


class ArticleFilters(Schema):
    section: str | None = Field(
        None, description='A section\'s slug path ("news/politics") or id; subsections included.'
    )
    source: str | None = Field(None, description="A source's slug or id.")
    byline: str | None = Field(None, description="The byline as printed (case-insensitive).")
    published_after: datetime.datetime | datetime.date | None = Field(
        None, description="Published at or after this (ISO 8601 date or date-time)."
    )
    published_before: datetime.datetime | datetime.date | None = Field(
        None, description="Published before this (ISO 8601; a date means its start)."
    )
    updated_since: datetime.datetime | None = Field(
        None,
        description="Changed at or after this: for syncing. Sorts by last change, oldest first.",
    )
    status: Article.Status | None = Field(
        None, description="Only with a read:drafts token: draft, review, published or archived."
    )
    cursor: str | None = Field(None, description="The `next` cursor of the previous page.")
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description="Articles per page (1-100).")


def _moment(value):
    """An aware datetime: a date means its start, in the site's time zone."""
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time.min))


def visible(request, drafts: bool):
    return Article.objects.all() if drafts else Article.objects.published()


def apply(queryset, request, filters: ArticleFilters, drafts: bool):
    """(queryset, ordering) for these filters; FilterError for a value that names nothing."""
    if filters.section:
        tree = section_tree(request)
        value = filters.section.strip("/")
        section = tree.by_pk.get(int(value)) if value.isdigit() else tree.resolve(value)
        if section is None:
            raise FilterError(f"section: no section {filters.section!r}")
        queryset = queryset.filter(section_id__in=tree.descendant_ids(section.pk))
    if filters.source:
        lookup = (
            {"pk": int(filters.source)} if filters.source.isdigit() else {"slug": filters.source}
        )
        source_id = Source.objects.filter(**lookup).values_list("pk", flat=True).first()
        if source_id is None:
            raise FilterError(f"source: no source {filters.source!r}")
        queryset = queryset.filter(source_id=source_id)
    if filters.byline:
        queryset = queryset.filter(byline__iexact=filters.byline.strip())
    if filters.published_after:
        queryset = queryset.filter(published_at__gte=_moment(filters.published_after))
    if filters.published_before:
        queryset = queryset.filter(published_at__lt=_moment(filters.published_before))
    if filters.status:
        if not drafts:
            raise PermissionError("status: filtering by status needs a read:drafts token")
        queryset = queryset.filter(status=filters.status)
    if filters.updated_since:
        queryset = queryset.filter(updated_at__gte=_moment(filters.updated_since))
        return queryset, pagination.UPDATED
    return queryset, (pagination.NEWEST_ALL if drafts else pagination.NEWEST)


def for_output(queryset, detail: bool):
    """Only the columns the JSON shows (no body in lists), the source joined."""
    queryset = queryset.select_related("source")
    if not detail:
        queryset = queryset.defer(
            "body", "search_vector", "dump_span", "import_warnings", "import_doubts"
        )
    return queryset
