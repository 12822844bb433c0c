"""Reader-facing filters for article lists (django-filter)."""

import django_filters
from django import forms

from .models import Article, Source
from .search import MAX_QUERY_LENGTH
from .sections import SectionTree


class ArticleFilter(django_filters.FilterSet):
    section = django_filters.ChoiceFilter(
        method="filter_section", label="Section", empty_label="All sections"
    )
    source = django_filters.ModelChoiceFilter(
        queryset=Source.objects.all(),
        to_field_name="slug",
        label="Source",
        empty_label="All sources",
    )
    published_after = django_filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__gte",
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    published_before = django_filters.DateFilter(
        field_name="published_at",
        lookup_expr="date__lte",
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    byline = django_filters.CharFilter(lookup_expr="icontains", label="Byline", max_length=100)

    class Meta:
        model = Article
        fields = ["section", "source", "published_after", "published_before", "byline"]

    def __init__(self, *args, tree: SectionTree, **kwargs):
        super().__init__(*args, **kwargs)
        self.tree = tree
        self.filters["section"].extra["choices"] = tree.choices()

    def filter_section(self, queryset, name, value):
        """A section includes its subsections."""
        return queryset.filter(section_id__in=self.tree.descendant_ids(int(value)))


class SearchForm(forms.Form):
    """The search box: websearch syntax ("exact phrase", or, -excluded), at most 200 characters."""

    q = forms.CharField(
        label="Search",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        widget=forms.TextInput(
            attrs={"type": "search", "autocomplete": "off", "aria-describedby": "q-hint"}
        ),
    )
    sort = forms.ChoiceField(
        label="Order",
        required=False,
        choices=[("relevance", "Most relevant"), ("newest", "Newest first")],
    )
