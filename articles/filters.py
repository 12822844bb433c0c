"""Reader-facing filters for article lists (django-filter)."""

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join

from .models import Article, Source
from .search import MAX_QUERY_LENGTH
from .sections import SectionTree


class QuickSelect(forms.Select):
    """A <select> written in Python: Django's widget templates render each option on its own,
    which for every section and source costs more than a list page's queries."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = "" if value is None else str(value)
        options = format_html_join(
            "\n",
            '<option value="{}"{}>{}</option>',
            ((v, " selected" if str(v) == chosen else "", label) for v, label in self.choices),
        )
        attrs = flatatt(self.build_attrs(self.attrs, attrs))
        return format_html('<select name="{}"{}>\n{}\n</select>', name, attrs, options)


class ArticleFilter(django_filters.FilterSet):
    section = django_filters.ChoiceFilter(
        method="filter_section", label="Section", empty_label="All sections", widget=QuickSelect
    )
    source = django_filters.ChoiceFilter(
        method="filter_source", label="Source", empty_label="All sources", widget=QuickSelect
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
        # Read when the form is built (to validate or render it), once: the choices rendered
        # are the rows read, and the filter finds the source's id among them (no more query).
        self.filters["source"].extra["choices"] = self._source_choices

    @cached_property
    def source_rows(self) -> tuple[tuple[int, str, str], ...]:
        """(pk, slug, name) of every source, by name: one small query per filter."""
        return tuple(Source.objects.order_by("name").values_list("pk", "slug", "name"))

    def _source_choices(self):
        return [(slug, name) for _, slug, name in self.source_rows]

    def filter_section(self, queryset, name, value):
        """A section includes its subsections."""
        return queryset.filter(section_id__in=self.tree.descendant_ids(int(value)))

    def filter_source(self, queryset, name, value):
        pk = next(pk for pk, slug, _ in self.source_rows if slug == value)  # a valid choice
        return queryset.filter(source_id=pk)


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
