"""Public pages. Every queryset here starts from Article.objects.published()."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView

from .filters import ArticleFilter
from .models import Article, Source
from .sections import section_tree

HOME_LATEST = 60
HOME_PER_SECTION = 4


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        latest = list(Article.objects.published().for_listing()[:HOME_LATEST])
        tree = section_tree(self.request)
        groups: dict[int, list[Article]] = {s.pk: [] for s in tree.roots}
        for article in latest:
            root = tree.root_of(article.section_id)
            if root in groups and len(groups[root]) < HOME_PER_SECTION:
                groups[root].append(article)
        ctx["lead"] = latest[:1]
        ctx["latest"] = latest[1:7]
        ctx["groups"] = [(s, groups[s.pk]) for s in tree.roots if groups[s.pk]]
        return ctx


class FilteredArticleListView(ListView):
    """A paginated, filtered list of published articles.

    An invalid filter value shows the form's error and no results (HTTP 400), never a 500;
    an invalid or out-of-range page number is a 404 (ListView's paginator).
    """

    template_name = "articles/article_list.html"
    context_object_name = "articles"
    paginate_by = settings.NEWSROOM_PAGE_SIZE
    heading = "Latest news"

    def base_queryset(self):
        return Article.objects.published()

    def get_queryset(self):
        self.filterset = ArticleFilter(
            self.request.GET or None,
            queryset=self.base_queryset(),
            tree=section_tree(self.request),
        )
        if self.filterset.is_bound and not self.filterset.is_valid():
            return Article.objects.none()
        return self.filterset.qs.for_listing().order_by("-published_at", "-id")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["filter"] = self.filterset
        ctx["heading"] = self.heading
        query = self.request.GET.copy()
        query.pop("page", None)
        ctx["query_string"] = query.urlencode()
        return ctx

    def render_to_response(self, context, **kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
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
        self.heading = self.section.path
        return super().dispatch(request, *args, **kwargs)

    def base_queryset(self):
        ids = section_tree(self.request).descendant_ids(self.section.pk)
        return Article.objects.published().filter(section_id__in=ids)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["section"] = self.section
        ctx["subsections"] = section_tree(self.request).children(self.section)
        return ctx


class SourceView(FilteredArticleListView):
    template_name = "articles/source.html"

    def dispatch(self, request, *args, **kwargs):
        self.source = get_object_or_404(Source, slug=kwargs["slug"])
        self.heading = self.source.name
        return super().dispatch(request, *args, **kwargs)

    def base_queryset(self):
        return Article.objects.published().filter(source=self.source)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["source"] = self.source
        return ctx


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().for_listing()
