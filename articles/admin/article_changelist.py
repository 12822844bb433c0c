"""The article changelist's filters and paginator: fast on a million rows.

No full-table COUNT (the paginator counts exactly only up to EXACT_COUNT rows, then takes
PostgreSQL's estimate), no DISTINCT over every date (a year filter from MIN/MAX instead of a date
hierarchy), no query per section (the section filter reads the tree in one query).
"""

import datetime
import json

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, Max, Min, Q
from django.utils import timezone
from django.utils.functional import cached_property

from .. import richtext, workflow
from ..models import Article
from ..sections import section_tree
from ..workflow import Status

#: Articles with a photo slot still waiting for its photo (articles/richtext).
MISSING_PHOTOS = Q(body__contains=richtext.MISSING_PHOTO)
EXACT_COUNT = 2_000  # the changelist counts exactly up to this many rows (40 pages), then estimates


class EstimatingPaginator(Paginator):
    """Counts exactly up to EXACT_COUNT rows; past that, PostgreSQL's estimate (no full count)."""

    estimated = False

    @cached_property
    def count(self):
        qs = self.object_list.order_by().values("pk")
        exact = qs[: EXACT_COUNT + 1].count()
        if exact <= EXACT_COUNT:
            return exact
        if connections[qs.db].vendor != "postgresql":
            return qs.count()
        plan = json.loads(qs.explain(format="json"))
        self.estimated = True
        return max(int(plan[0]["Plan"]["Plan Rows"]), exact)


class ArticleChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        qs = super().get_queryset(request, exclude_parameters)
        # The body is not shown in the list, only whether a photo is missing from it.
        missing = ExpressionWrapper(MISSING_PHOTOS, output_field=BooleanField())
        return qs.defer("body", "search_vector").annotate(photos_missing=missing)


class TriageFilter(admin.SimpleListFilter):
    title = "triage"
    parameter_name = "triage"

    def lookups(self, request, model_admin):
        return [("needs", "Imported drafts to triage"), ("photos", "Photos missing")]

    def queryset(self, request, queryset):
        if self.value() == "needs":
            return queryset.filter(workflow.needs_triage())
        if self.value() == "photos":  # a photo slot (a caption from a dump, say) still empty
            return queryset.filter(MISSING_PHOTOS).exclude(status=Status.ARCHIVED)
        return queryset


class PublicationFilter(admin.SimpleListFilter):
    title = "what readers see"
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [("live", "Live"), ("scheduled", "Scheduled"), ("hidden", "Not visible")]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "live":
            return queryset.filter(status=Status.PUBLISHED, published_at__lte=now)
        if self.value() == "scheduled":
            return queryset.filter(status=Status.PUBLISHED, published_at__gt=now)
        if self.value() == "hidden":
            return queryset.exclude(status=Status.PUBLISHED, published_at__lte=now)
        return queryset


def _month_span(year: int, month: int | None):
    """[start, end) of a year, or of one month of it, in the site's time zone."""
    if month is None:
        start, end = datetime.datetime(year, 1, 1), datetime.datetime(year + 1, 1, 1)
    else:
        start = datetime.datetime(year, month, 1)
        end = datetime.datetime(year + (month == 12), month % 12 + 1, 1)
    return timezone.make_aware(start), timezone.make_aware(end)


class YearFilter(admin.SimpleListFilter):
    """The year drill-down of a date hierarchy without its DISTINCT over the whole table."""

    title = f"year published ({settings.TIME_ZONE})"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        span = Article.objects.aggregate(first=Min("published_at"), last=Max("published_at"))
        if span["first"] is None:
            return []
        first, last = (timezone.localtime(span[k]).year for k in ("first", "last"))
        return [(str(y), str(y)) for y in range(last, first - 1, -1)]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        try:
            start, end = _month_span(int(self.value()), None)
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error
        return queryset.filter(published_at__gte=start, published_at__lt=end)


class MonthFilter(admin.SimpleListFilter):
    """The month drill-down, once a year is chosen (no query: the twelve months)."""

    title = "month published"
    parameter_name = "month"

    def lookups(self, request, model_admin):
        if not request.GET.get(YearFilter.parameter_name):
            return []
        return [(str(m), datetime.date(2000, m, 1).strftime("%B")) for m in range(1, 13)]

    def has_output(self):
        return bool(self.lookup_choices)

    def queryset(self, request, queryset):
        year = request.GET.get(YearFilter.parameter_name)
        if not (self.value() and year):
            return queryset  # no year chosen (or it was just cleared): every month
        try:
            year = int(year)
            start, end = _month_span(year, int(self.value()))
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error
        return queryset.filter(published_at__gte=start, published_at__lt=end)


class LocalDateFilter(admin.DateFieldListFilter):
    """Today, past 7 days, ... in the site's time zone, and saying which it is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = f"publication date ({settings.TIME_ZONE})"


class SectionFilter(admin.RelatedFieldListFilter):
    """Sections by their path, from one query (the default asks each section for its parent)."""

    def field_choices(self, field, request, model_admin):
        return section_tree(request).choices()
