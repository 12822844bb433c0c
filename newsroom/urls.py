from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from accounts.views import password_change
from articles.api import api as content_api
from articles.cache import cached_page
from articles.media import views as media_views
from articles.sitemaps import NEWS_SITEMAPS, SITEMAPS
from articles.views import robots_txt

handler404 = "articles.views.page_not_found"  # never cached (a story may be published next)

admin.site.site_header = "Newsroom"
admin.site.site_title = "Newsroom admin"
admin.site.index_title = "Editorial desk"

urlpatterns = [
    path("admin/2fa/", include("accounts.urls")),
    path("admin/password_change/", password_change, name="password_change_audited"),
    path("admin/", admin.site.urls),
    path("api/v1/", content_api.urls()),
    re_path(r"^api/", content_api.not_found),
    path("robots.txt", cached_page(robots_txt), name="robots"),
    path(
        "sitemap.xml",
        cached_page(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-news.xml",
        cached_page(sitemap_views.sitemap),
        {"sitemaps": NEWS_SITEMAPS, "template_name": "articles/sitemap_news.xml"},
        name="sitemap-news",
    ),
    path(
        "sitemap-<section>.xml",
        cached_page(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("", include("articles.urls")),
]

if settings.NEWSROOM_SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    # The media library's files, where no proxy or object store serves them (README).
    urlpatterns.insert(
        0, path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media_views.media, name="media")
    )
