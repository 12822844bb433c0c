"""Settings shared by every environment. Environment-specific modules import * from here."""

import json
import os
from datetime import timedelta
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "articles",
    "articles.media",
    "audit",
    "accounts",
    "articles.ingest",
    "ninja",  # its Swagger UI files are served from static (no CDN)
    "articles.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.StaffSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "newsroom.middleware.DatabaseUnavailableMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
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

# ---- staff accounts (accounts/, audit/) -----------------------------------------------------
# Login throttling (django-axes): failures are counted in the database, so every worker and
# every server sees the same count; an account (username) and an address (IP) are each locked
# after NEWSROOM_LOGIN_FAILURE_LIMIT failures, until NEWSROOM_LOGIN_LOCKOUT_MINUTES pass or
# someone unlocks it (the admin's "Login attempts", or manage.py unlock_login).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("NEWSROOM_LOGIN_FAILURE_LIMIT", 10))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("NEWSROOM_LOGIN_LOCKOUT_MINUTES", 30)))
# Not reset by a successful login: axes would clear every failure from that address too, so an
# attacker with any working account could wipe the count against another. Failures age out
# after the cool-off instead.
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "newsroom.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_ENABLE_ADMIN = False  # accounts/admin.py registers its own, with an audited "Unlock"
AXES_VERBOSE = False
# The client's address: REMOTE_ADDR unless the front proxy's header is named here (production
# trusts X-Forwarded-For from NEWSROOM_TRUSTED_PROXIES proxies, see newsroom/client_ip.py).
NEWSROOM_CLIENT_IP_HEADER = os.environ.get("NEWSROOM_CLIENT_IP_HEADER", "")
NEWSROOM_TRUSTED_PROXIES = int(os.environ.get("NEWSROOM_TRUSTED_PROXIES", 1))

# Two-factor (django-otp: TOTP apps, and single-use backup codes). Anyone who enrolled must use
# it; when NEWSROOM_2FA_REQUIRED is on (production's default) superusers and the members of
# NEWSROOM_2FA_GROUPS must enrol before the admin lets them in.
NEWSROOM_2FA_REQUIRED = os.environ.get("NEWSROOM_2FA_REQUIRED", "0") == "1"
NEWSROOM_2FA_GROUPS = [
    g for g in os.environ.get("NEWSROOM_2FA_GROUPS", "Editor").split(",") if g.strip()
]
NEWSROOM_BACKUP_CODES = 10
OTP_TOTP_ISSUER = os.environ.get("NEWSROOM_SITE_NAME", "Newsroom")

# Staff sessions end after this long without a request to the admin.
NEWSROOM_STAFF_IDLE_SECONDS = int(os.environ.get("NEWSROOM_STAFF_IDLE_SECONDS", 30 * 60))

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

# Celery (newsroom/celery.py): imports, feed polling and webhook deliveries run as tasks. With no
# broker configured (`make run`, the tests) they run in-process; production sets CELERY_BROKER_URL
# to Redis. Tasks are acknowledged after they finish, and a task whose worker died is put back.
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("CELERY_BROKER_URL")
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL") or "memory://localhost/"  # eager: unused
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
# A message taken by a worker that vanished (killed, machine lost) is handed out again after this.
# Workers look for such messages every CELERY_RESTORE_INTERVAL seconds.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", 3600)),
    "unacked_restore_interval": int(os.environ.get("CELERY_RESTORE_INTERVAL", 10)),
    "unacked_restore_throttle": 1,
    "socket_connect_timeout": 5,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# One beat scheduler (`celery -A newsroom beat`) for the whole site: it only enqueues.
CELERY_BEAT_SCHEDULE = {
    "ingest-poll-feeds": {"task": "ingest.poll_due_feeds", "schedule": 60.0},
    "ingest-drop-folder": {"task": "ingest.scan_drop_folder", "schedule": 15.0},
    "ingest-prune-near-duplicates": {
        "task": "ingest.prune_near_duplicate_index",
        "schedule": 86400.0,
    },
    "api-webhooks-due": {"task": "api.deliver_due_webhooks", "schedule": 60.0},
}

# Ingest (articles/ingest/): the watched drop folder (files in it are imported as raw dumps and
# moved to done/ or failed/); empty: none. Feed polls give up on a server after this many seconds.
NEWSROOM_DROP_FOLDER = os.environ.get("NEWSROOM_DROP_FOLDER", "")
NEWSROOM_FEED_TIMEOUT = float(os.environ.get("NEWSROOM_FEED_TIMEOUT", 10))
NEWSROOM_FEED_MAX_BYTES = int(os.environ.get("NEWSROOM_FEED_MAX_BYTES", 20 * 1024 * 1024))
# Near duplicates: articles whose text shingles agree this much (Jaccard, 0..1) are grouped.
NEWSROOM_NEAR_DUPLICATE_THRESHOLD = float(os.environ.get("NEWSROOM_NEAR_DUPLICATE_THRESHOLD", 0.5))
NEWSROOM_NEAR_DUPLICATE_DAYS = int(os.environ.get("NEWSROOM_NEAR_DUPLICATE_DAYS", 7))

# The content API (articles/api/, /api/v1/): rate limits per minute-long window, counted in the
# cache named here (Redis in production); pushes larger than this are refused (413). Behind a
# proxy, NEWSROOM_API_TRUSTED_PROXIES says how many append to X-Forwarded-For.
NEWSROOM_API_RATE_CACHE = os.environ.get("NEWSROOM_API_RATE_CACHE", "default")
NEWSROOM_API_RATE_WINDOW = int(os.environ.get("NEWSROOM_API_RATE_WINDOW", 60))
NEWSROOM_API_ANON_RATE_LIMIT = int(os.environ.get("NEWSROOM_API_ANON_RATE_LIMIT", 300))
NEWSROOM_API_TOKEN_RATE_LIMIT = int(os.environ.get("NEWSROOM_API_TOKEN_RATE_LIMIT", 3000))
NEWSROOM_API_TRUSTED_PROXIES = int(os.environ.get("NEWSROOM_API_TRUSTED_PROXIES", 0))
NEWSROOM_API_MAX_PUSH_BYTES = int(os.environ.get("NEWSROOM_API_MAX_PUSH_BYTES", 10 * 1024 * 1024))
# Webhooks: each delivery is tried this many times, waiting base * 2^attempt seconds (capped at
# an hour) between tries; a subscriber gets this long to answer.
NEWSROOM_WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("NEWSROOM_WEBHOOK_MAX_ATTEMPTS", 8))
NEWSROOM_WEBHOOK_BACKOFF_SECONDS = int(os.environ.get("NEWSROOM_WEBHOOK_BACKOFF_SECONDS", 30))
NEWSROOM_WEBHOOK_TIMEOUT = float(os.environ.get("NEWSROOM_WEBHOOK_TIMEOUT", 5))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
