"""Settings shared by every environment. Environment-specific modules import * from here."""

import json
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "csp",
    "django_filters",
    "import_export",
    "simple_history",
    "django_prose_editor",  # its editor build and stylesheets (the article body's editor)
    "articles",
    "articles.media",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "newsroom.middleware.DatabaseUnavailableMiddleware",
    "csp.middleware.CSPMiddleware",
]

# Content-Security-Policy everywhere, the admin included: no inline scripts or styles exist, so
# nothing but the site's own files may run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Video embeds in stories (articles/richtext/embeds.py: FRAME_ORIGINS), nothing else.
        "frame-src": [SELF, "https://player.vimeo.com", "https://www.youtube-nocookie.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compilation costs more than it saves on this workload's short queries.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = os.environ.get("NEWSROOM_TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = Path(os.environ.get("NEWSROOM_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("NEWSROOM_MEDIA_URL", "/media/")

# The media library (articles/media/): uploads over either limit are refused with one line.
NEWSROOM_IMAGE_MAX_BYTES = int(os.environ.get("NEWSROOM_IMAGE_MAX_BYTES", 20 * 1024 * 1024))
# Decoded size: a decompression bomb (a small file that decodes to gigabytes) is refused.
NEWSROOM_IMAGE_MAX_PIXELS = int(os.environ.get("NEWSROOM_IMAGE_MAX_PIXELS", 50_000_000))
# Django serves MEDIA_URL itself from MEDIA_ROOT (content-addressed files, cached for a year):
# zero set-up. Set 0 where the proxy serves MEDIA_ROOT or the files live on S3 (README).
NEWSROOM_SERVE_MEDIA = os.environ.get("NEWSROOM_SERVE_MEDIA", "1") == "1"

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Uploads: the admin's dump and CSV imports refuse anything larger than this.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
NEWSROOM_MAX_UPLOAD_BYTES = int(os.environ.get("NEWSROOM_MAX_UPLOAD_BYTES", 50 * 1024 * 1024))

NEWSROOM_SITE_NAME = os.environ.get("NEWSROOM_SITE_NAME", "Newsroom")
NEWSROOM_PAGE_SIZE = 20
# A search's queries are cancelled past this (PostgreSQL); the reader is asked to narrow it.
NEWSROOM_SEARCH_TIMEOUT_MS = int(os.environ.get("NEWSROOM_SEARCH_TIMEOUT_MS", 2000))
# Imported drafts the dump parser was less sure of than this (0..1) are in the triage queue.
NEWSROOM_TRIAGE_CONFIDENCE = float(os.environ.get("NEWSROOM_TRIAGE_CONFIDENCE", 0.8))

# The page cache (articles/cache/): pages are invalidated by tag when what they show changes;
# these bound how long a page is kept anyway, and what browsers and CDNs are told.
NEWSROOM_PAGE_CACHE_SECONDS = int(os.environ.get("NEWSROOM_PAGE_CACHE_SECONDS", 300))
NEWSROOM_BROWSER_CACHE_SECONDS = int(os.environ.get("NEWSROOM_BROWSER_CACHE_SECONDS", 60))
NEWSROOM_CDN_CACHE_SECONDS = int(os.environ.get("NEWSROOM_CDN_CACHE_SECONDS", 300))
NEWSROOM_STALE_WHILE_REVALIDATE_SECONDS = int(
    os.environ.get("NEWSROOM_STALE_WHILE_REVALIDATE_SECONDS", 60)
)
NEWSROOM_STALE_IF_ERROR_SECONDS = int(os.environ.get("NEWSROOM_STALE_IF_ERROR_SECONDS", 86400))
# The purge hook: a purger class (e.g. articles.cache.purgers.VarnishXkeyPurger) and its keyword
# arguments as JSON (e.g. {"urls": ["http://127.0.0.1:6081/"]}); None: no CDN to tell.
NEWSROOM_CACHE_PURGER = os.environ.get("NEWSROOM_CACHE_PURGER") or None
NEWSROOM_CACHE_PURGER_OPTIONS = json.loads(os.environ.get("NEWSROOM_CACHE_PURGER_OPTIONS", "{}"))

# django-import-export: imports run in one transaction; the admin's confirm step keeps the
# uploaded file in the cache-backed shared storage (see production settings for Redis).
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
IMPORT_EXPORT_TMP_STORAGE_CLASS = "import_export.tmp_storages.CacheStorage"
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "import"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "export"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
