"""Public pages. Every queryset here starts from Article.objects.published().

Each page runs a fixed number of queries whatever its length: the section tree (one query, shared
by the request, none while the process's copy is current), then one query per block of cards;
sections are attached from the tree. Each view names the lists it shows (articles/cache/tags.py)
for the page cache; the cards name their articles (listing.prepare).
"""

import datetime
import threading
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Max, Min
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views import defaults
from django.views.generic import DetailView, ListView, TemplateView

from .cache import tags as T
from .filters import ArticleFilter, SearchForm
from .listing import ORDER, CappedPaginator, cards, latest_by_root, prepare
from .media.render import PICTURE_FIELDS
from .models import Article, Source
from .related import related_articles
from .search import (
    MAX_QUERY_LENGTH,
    RANK_LIMIT,
    TooSlow,
    attach_highlights,
    by_byline,
    matching,
    ordered,
    time_limit,
)
from .sections import section_tree

HOME_TOP = 9  # the lead story, two seconds beside it and six latest
HOME_PER_SECTION = 4
HOME_LEAD_SEARCH = 3  # the lead may be one of the three newest, if it has a photo


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        tree = section_tree(self.request)
        top = lead_with_photo(prepare(cards().order_by(*ORDER)[:HOME_TOP], tree))
        by_root = latest_by_root(tree, HOME_PER_SECTION)
        groups = [(root, by_root[root.pk]) for root in tree.roots if by_root.get(root.pk)]
        ctx.update(lead=top[:1], seconds=top[1:3], latest=top[3:], groups=groups)
        T.depend(T.HOME, T.LISTS)
        return ctx


def lead_with_photo(top: list) -> list:
    """The front page leads with a picture: the newest of the top stories that has a lead
    photo goes first (when the newest has none), the others keep their order."""
    if not top or getattr(top[0], "lead_photo", None) is not None:
        return top
    for i, article in enumerate(top[:HOME_LEAD_SEARCH]):
        if getattr(article, "lead_photo", None) is not None:
            return [article, *top[:i], *top[i + 1 :]]
    return top


class FilteredArticleListView(ListView):
    """A paginated, filtered list of published articles.

    An invalid filter value shows the form's error and no results (HTTP 400), never a 500;
    an invalid or out-of-range page number is a 404 (ListView's paginator).
    """

    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = settings.NEWSROOM_PAGE_SIZE
    paginator_class = CappedPaginator
    heading = "Latest news"

    def list_tags(self) -> tuple[str, ...]:
        """The list this page shows, for the page cache (articles/cache/tags.py)."""
        return (T.LATEST,)

    def base_queryset(self):
        return Article.objects.published()

    def invalid(self) -> bool:
        return self.filterset.is_bound and not self.filterset.is_valid()

    def filtering(self) -> bool:
        """Whether the reader asked for a filter: only then is the form bound and validated
        (``?page=3`` alone is no filter)."""
        return any(name in self.request.GET for name in ArticleFilter.base_filters)

    def get_queryset(self):
        self.filterset = ArticleFilter(
            self.request.GET if self.filtering() else None,
            queryset=self.base_queryset(),
            tree=section_tree(self.request),
        )
        if self.invalid():
            return Article.objects.none()
        return self.order(cards(self.filterset.qs))

    def order(self, queryset):
        return queryset.order_by(*ORDER)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx[self.context_object_name] = prepare(
            ctx[self.context_object_name], section_tree(self.request)
        )
        ctx["filter"] = self.filterset
        # The filter form is built only if needed: an unbound one has no errors.
        ctx["filter_errors"] = self.filterset.errors if self.filterset.is_bound else {}
        ctx["filter_fields"] = filter_fields(self.request, self.filterset)
        ctx["filters_active"] = any(self.request.GET.get(name) for name in self.filterset.filters)
        ctx["heading"] = self.heading
        query = self.request.GET.copy()
        query.pop("page", None)
        ctx["query_string"] = query.urlencode()
        T.depend(T.LISTS, *self.list_tags())
        return ctx

    def render_to_response(self, context, **kwargs):
        if self.invalid():
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)


class ArticleListView(FilteredArticleListView):
    pass


class SectionView(FilteredArticleListView):
    template_name = "articles/section.html"

    def dispatch(self, request, *args, **kwargs):
        self.section = section_tree(request).resolve(kwargs["path"])
        if self.section is None:
            raise Http404("No such section")
        canonical = self.section.get_absolute_url()
        if request.path != canonical:  # "/sections/news//politics/": one address per page
            query = request.META.get("QUERY_STRING")
            return redirect(f"{canonical}?{query}" if query else canonical, permanent=True)
        self.heading = self.section.path
        return super().dispatch(request, *args, **kwargs)

    def list_tags(self):
        return (T.section(self.section.pk),)

    def base_queryset(self):
        ids = section_tree(self.request).descendant_ids(self.section.pk)
        return Article.objects.published().filter(section_id__in=ids)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        tree = section_tree(self.request)
        ctx.update(
            section=self.section,
            subsections=tree.children(self.section),
            nav_current=tree.root_of(self.section.pk),
        )
        return ctx


class SourceView(FilteredArticleListView):
    template_name = "articles/source.html"

    def dispatch(self, request, *args, **kwargs):
        self.source = get_object_or_404(Source, slug=kwargs["slug"])
        self.heading = self.source.name
        return super().dispatch(request, *args, **kwargs)

    def list_tags(self):
        return (T.source(self.source.pk),)

    def base_queryset(self):
        return Article.objects.published().filter(source=self.source)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["source"] = self.source
        return ctx


class BylineView(FilteredArticleListView):
    """Everything published under one byline, exactly as printed."""

    template_name = "articles/byline.html"

    def dispatch(self, request, *args, **kwargs):
        self.byline = kwargs["name"].strip()
        if not self.byline or len(self.byline) > 200 or "\x00" in self.byline:
            raise Http404("No such byline")
        self.heading = self.byline
        return super().dispatch(request, *args, **kwargs)

    def list_tags(self):
        return (T.byline(self.byline),)

    def base_queryset(self):
        return by_byline(Article.objects.published(), self.byline)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["byline"] = self.byline
        return ctx


class ArchiveView(FilteredArticleListView):
    """/archive/2024/, /archive/2024/03/, /archive/2024/03/05/: published in that period."""

    template_name = "articles/archive.html"

    def dispatch(self, request, *args, **kwargs):
        year, month, day = kwargs["year"], kwargs.get("month"), kwargs.get("day")
        try:
            if not 1900 <= year <= 9998:
                raise ValueError(year)
            start = datetime.date(year, 1 if month is None else month, 1 if day is None else day)
        except ValueError:
            raise Http404("No such date") from None
        if day is not None:
            end, self.level = start + datetime.timedelta(days=1), "day"
            self.heading = f"{start.day} {start:%B %Y}"
            self.previous, self.next = start - datetime.timedelta(days=1), end
        elif month is not None:
            end, self.level = _add_months(start, 1), "month"
            self.heading = f"{start:%B %Y}"
            self.previous, self.next = _add_months(start, -1), end
        else:
            end, self.level = start.replace(year=year + 1), "year"
            self.heading = str(year)
            self.previous, self.next = start.replace(year=year - 1), end
        self.start, self.end = start, end
        return super().dispatch(request, *args, **kwargs)

    def list_tags(self):
        if self.level == "year":
            return (T.archive_year(self.start),)
        return (T.archive_month(self.start),)  # a day page goes with its month

    def base_queryset(self):
        tz = timezone.get_current_timezone()
        bounds = [
            timezone.make_aware(datetime.datetime.combine(d, datetime.time()), tz)
            for d in (self.start, self.end)
        ]
        return Article.objects.published().filter(
            published_at__gte=bounds[0], published_at__lt=bounds[1]
        )

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx.update(
            level=self.level,
            period_start=self.start,
            previous=_archive_url(self.previous, self.level),
            next=_archive_url(self.next, self.level) if self.next <= timezone.localdate() else None,
            months=[self.start.replace(month=m) for m in range(1, 13)]
            if self.level == "year"
            else [],
        )
        return ctx


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _archive_url(day: datetime.date, level: str) -> str | None:
    if not 1900 <= day.year <= 9998:
        return None
    if level == "year":
        return reverse("articles:archive-year", args=[day.year])
    if level == "month":
        return reverse("articles:archive-month", args=[day.year, day.month])
    return reverse("articles:archive-day", args=[day.year, day.month, day.day])


class ArchiveIndexView(TemplateView):
    """Every year and month from the first published article to the latest (one query)."""

    template_name = "articles/archive_index.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        span = Article.objects.published().aggregate(
            first=Min("published_at"), last=Max("published_at")
        )
        years = []
        if span["first"] is not None:
            first, last = timezone.localtime(span["first"]), timezone.localtime(span["last"])
            for year in range(last.year, first.year - 1, -1):
                months = [
                    datetime.date(year, m, 1)
                    for m in range(1, 13)
                    if (year, m) >= (first.year, first.month)
                    and (year, m) <= (last.year, last.month)
                ]
                years.append((year, months[::-1]))
        ctx["years"] = years
        T.depend(T.ARCHIVE, T.LISTS)
        return ctx


class SearchView(FilteredArticleListView):
    """/search/?q=…: full-text search, filterable like any list, by relevance or newest."""

    template_name = "articles/search.html"
    heading = "Search"

    def dispatch(self, request, *args, **kwargs):
        self.form = SearchForm(request.GET or None)
        self.searching = self.form.is_valid() and bool(self.form.cleaned_data["q"])
        self.match_count, self.broad = 0, False
        return super().dispatch(request, *args, **kwargs)

    def invalid(self) -> bool:
        return super().invalid() or (self.form.is_bound and not self.form.is_valid())

    def list_tags(self):
        return (T.SEARCH,)

    def get(self, request, *args, **kwargs):
        try:
            with time_limit():  # every query of the page, its rendering included
                return super().get(request, *args, **kwargs).render()
        except TooSlow:
            self.object_list = Article.objects.none()
            context = self.get_context_data(too_slow=True)
            return self.render_to_response(context, status=503, headers={"Retry-After": "60"})

    def order(self, queryset):
        if not self.searching:
            return queryset.none()
        text = self.form.cleaned_data["q"]
        matches = matching(queryset, text)
        self.match_count = matches.order_by().values("pk")[: RANK_LIMIT + 1].count()
        self.broad = self.match_count > RANK_LIMIT
        sort = "newest" if self.broad else (self.form.cleaned_data.get("sort") or "relevance")
        return ordered(matches, text, sort)

    def get_paginator(self, queryset, per_page, **kwargs):
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        paginator.ids_first = False  # ranked matches with their highlights: read in one query
        if self.searching:  # counted above, capped at RANK_LIMIT + 1
            paginator.max_items = RANK_LIMIT
            paginator.known_count = self.match_count
        return paginator

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        if self.searching:
            attach_highlights(ctx["articles"], self.form.cleaned_data["q"])
            ctx["heading"] = f"Search: {self.form.cleaned_data['q']}"
        sort = self.form.cleaned_data.get("sort") if self.form.is_valid() else None
        ctx.update(
            form=self.form,
            searching=self.searching,
            broad=self.broad,
            rank_limit=RANK_LIMIT,
            sort=sort or "relevance",
            max_query_length=MAX_QUERY_LENGTH,
        )
        return ctx


# What the story's page prints: not the import's provenance and doubts, nor the source's
# parser hints (JSON decoded for nothing on every page), nor the search vector.
PAGE_FIELDS = (
    "id",
    "title",
    "slug",
    "summary",
    "body",
    "byline",
    "dateline",
    "status",
    "published_at",
    "updated_at",
    "canonical_url",
    "section_id",
    "source__name",
    "source__slug",
    "lead_image",
    *(f"lead_image__{name}" for name in PICTURE_FIELDS),
)


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().select_related("source", "lead_image").only(*PAGE_FIELDS)

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        section_tree(self.request).attach([article])
        T.depend(T.article(article.pk), T.SOURCES)
        return article

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        tree = section_tree(self.request)
        ctx["related"] = related_articles(self.object, tree)
        if self.object.section_id in tree.by_pk:
            ctx["nav_current"] = tree.root_of(self.object.section_id)
        return ctx


FILTER_FIELDS_KEPT = 256
_filter_fields: OrderedDict[tuple, str] = OrderedDict()
_filter_fields_lock = threading.Lock()


def filter_fields(request, filterset) -> str:
    """The filter form's fields, rendered once per section tree, set of sources and filter
    values, and kept in this process (the last ``FILTER_FIELDS_KEPT``): every page and search
    without filters shares one rendering. Keyed by the versions of what they show (the
    ``sections`` and ``sources`` tags) when the page cache read them before rendering, else
    by the sections and sources themselves."""
    T.depend(T.SECTIONS, T.SOURCES)
    versions = getattr(request, "_newsroom_versions", None) or {}
    tokens = tuple(versions.get(tag) for tag in T.COMMON)
    if None in tokens:  # no page cache: what the fields show, read again (two small queries)
        tokens = (filterset.tree.rows, filterset.source_rows)
    values = [(name, request.GET.getlist(name)) for name in filterset.filters]
    key = (tokens, urlencode(values, doseq=True))
    with _filter_fields_lock:
        html = _filter_fields.get(key)
        if html is not None:
            _filter_fields.move_to_end(key)
            return html
    html = render_to_string("articles/includes/filter_field_list.html", {"filter": filterset})
    with _filter_fields_lock:
        _filter_fields[key] = html
        while len(_filter_fields) > FILTER_FIELDS_KEPT:
            _filter_fields.popitem(last=False)
    return html


def page_not_found(request, exception):
    """Django's 404 page, never stored by a browser or a CDN: the article it stands for may be
    published a second later, and a 404 carries no tag a purge could name (newsroom/urls.py)."""
    response = defaults.page_not_found(request, exception)
    response["Cache-Control"] = "no-store"
    return response


def robots_txt(request):
    body = render_to_string("articles/robots.txt", request=request)
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
