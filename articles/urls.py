from django.urls import path

from . import feeds, views
from .cache import cached_page

app_name = "articles"


def page(view_class, **kwargs):
    """A public page: served from the page cache, with ETag/Last-Modified."""
    return cached_page(view_class.as_view(**kwargs))


urlpatterns = [
    path("", page(views.HomeView), name="home"),
    path("articles/", page(views.ArticleListView), name="list"),
    path("articles/<slug:slug>/", page(views.ArticleDetailView), name="detail"),
    path("search/", page(views.SearchView), name="search"),
    path("sources/<slug:slug>/", page(views.SourceView), name="source"),
    path("bylines/<path:name>/", page(views.BylineView), name="byline"),
    path("archive/", page(views.ArchiveIndexView), name="archive"),
    path("archive/<int:year>/", page(views.ArchiveView), name="archive-year"),
    path("archive/<int:year>/<int:month>/", page(views.ArchiveView), name="archive-month"),
    path("archive/<int:year>/<int:month>/<int:day>/", page(views.ArchiveView), name="archive-day"),
    path("feeds/latest.rss", cached_page(feeds.LatestRss()), name="feed-rss"),
    path("feeds/latest.atom", cached_page(feeds.LatestAtom()), name="feed-atom"),
    # Section slugs cannot contain "." so these never shadow a section page.
    path("sections/<path:path>/feed.rss", cached_page(feeds.SectionRss()), name="section-rss"),
    path("sections/<path:path>/feed.atom", cached_page(feeds.SectionAtom()), name="section-atom"),
    path("sections/<path:path>/", page(views.SectionView), name="section"),
]
