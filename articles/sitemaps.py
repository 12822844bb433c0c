"""Sitemaps: /sitemap.xml (an index of the parts below) and a Google News sitemap.

Only ``Article.objects.published()`` is listed. Articles are split into pages of
``ArticleSitemap.limit`` URLs (the protocol allows 50,000), so a million articles make a few
hundred small files the index points to. The news sitemap lists what was published in the last
two days (Google's rule), at most 1,000 articles.
"""

import datetime

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import timezone

from .cache import tags as T
from .media import render
from .media.usage import attach_lead_images
from .models import Article, Source

NEWS_WINDOW = datetime.timedelta(days=2)
NEWS_MAX = 1000


class ArticleSitemap(Sitemap):
    limit = 5000
    changefreq = "weekly"

    def items(self):
        T.depend(T.SITEMAP_ARTICLES, T.LISTS)
        return Article.objects.published().only("slug", "updated_at", "published_at").order_by("id")

    def lastmod(self, article):
        return max(article.updated_at, article.published_at)

    def get_latest_lastmod(self):
        # Django's default reads every item for the index; with a million articles, skip it
        # (each URL in the article pages still carries its own <lastmod>).
        return None


class SectionSitemap(Sitemap):
    changefreq = "hourly"

    def items(self):
        from .sections import SectionTree

        T.depend(T.SECTIONS)
        tree = SectionTree.load()  # one query; parents attached so URLs need none
        return list(tree.by_pk.values())


class SourceSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        T.depend(T.SOURCES)
        return Source.objects.only("slug").order_by("name")


class PagesSitemap(Sitemap):
    changefreq = "hourly"

    def items(self):
        return ["articles:home", "articles:list", "articles:archive"]

    def location(self, item):
        return reverse(item)


class NewsSitemap(Sitemap):
    """Rendered with templates/articles/sitemap_news.xml (the news: namespace)."""

    limit = NEWS_MAX

    def items(self):
        T.depend(T.SITEMAP_NEWS, T.LISTS)
        since = timezone.now() - NEWS_WINDOW
        return (
            Article.objects.published()
            .filter(published_at__gte=since)
            .only("slug", "title", "published_at", "updated_at", "lead_image")
            .order_by("-published_at", "-id")[:NEWS_MAX]
        )

    def lastmod(self, article):
        return max(article.updated_at, article.published_at)

    def get_urls(self, page=1, site=None, protocol=None):
        """Each URL with its lead photo (``url.image``, absolute): Google's image extension."""
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        attach_lead_images(url["item"] for url in urls)
        for url in urls:
            photo = url["item"].lead_photo
            if photo is not None:
                T.depend(T.image(photo.pk))
                address = render.social_images(photo)[0][0]
                url["image"] = address if "://" in address else base + address
        return urls


SITEMAPS = {
    "pages": PagesSitemap,
    "sections": SectionSitemap,
    "sources": SourceSitemap,
    "articles": ArticleSitemap,
}
NEWS_SITEMAPS = {"news": NewsSitemap}
