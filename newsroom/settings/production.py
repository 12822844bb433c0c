"""Production: everything sensitive comes from the environment.

Required: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL. Optional: REDIS_URL (cache);
CELERY_BROKER_URL (a Redis database of its own, not the cache's: imports then run on Celery
workers; without it they run in the web process).
"""

import os
import sys

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, DATABASES, SECRET_KEY

if not SECRET_KEY:
    # One clear line, not a traceback: this is what an operator sees when the server will not start.
    sys.exit(
        "newsroom: DJANGO_SECRET_KEY is not set: production needs a long random secret key "
        "in the environment (python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )
if not ALLOWED_HOSTS:
    sys.exit(
        "newsroom: DJANGO_ALLOWED_HOSTS is not set: list the site's host names, comma-separated."
    )

DEBUG = False
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))

REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "articles.cache.redis.RedisCache",  # Django's, reusing its clients
            "LOCATION": REDIS_URL,
            # An unreachable Redis costs a page half a second once, not a hung worker: pages then
            # render uncached for a few seconds before it is tried again (articles/cache/store.py).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 5},
        }
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Behind the front proxy (it sets X-Forwarded-Proto above, and appends the client's address to
# X-Forwarded-For): login throttling and the audit log see the reader's address, not the proxy's.
NEWSROOM_CLIENT_IP_HEADER = os.environ.get("NEWSROOM_CLIENT_IP_HEADER", "HTTP_X_FORWARDED_FOR")
# Editors and superusers must use a second factor, unless NEWSROOM_2FA_REQUIRED=0.
NEWSROOM_2FA_REQUIRED = os.environ.get("NEWSROOM_2FA_REQUIRED", "1") == "1"
# The media library's files (articles/media) on S3-compatible object storage instead of
# MEDIA_ROOT: pip install '.[s3]' (django-storages), then set NEWSROOM_MEDIA_BUCKET; boto3 reads
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the instance's role) itself. Files are named by
# their content, so they are cached for a year; the browser loads them from NEWSROOM_MEDIA_DOMAIN
# (a CDN in front of the bucket), else from the endpoint, which the CSP's img-src then allows.
NEWSROOM_MEDIA_BUCKET = os.environ.get("NEWSROOM_MEDIA_BUCKET")
if NEWSROOM_MEDIA_BUCKET:
    from .base import CONTENT_SECURITY_POLICY

    _domain = os.environ.get("NEWSROOM_MEDIA_DOMAIN") or None
    _endpoint = os.environ.get("NEWSROOM_MEDIA_ENDPOINT") or None  # e.g. MinIO, R2, Spaces
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": NEWSROOM_MEDIA_BUCKET,
            "custom_domain": _domain,
            "endpoint_url": _endpoint,
            "region_name": os.environ.get("NEWSROOM_MEDIA_REGION") or None,
            "querystring_auth": False,  # public files, stable URLs (CDN- and cache-friendly)
            "file_overwrite": True,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    NEWSROOM_SERVE_MEDIA = False
    if _domain:
        _origin = f"https://{_domain}"
    elif _endpoint:
        _origin = _endpoint.rstrip("/")
    else:
        _origin = f"https://{NEWSROOM_MEDIA_BUCKET}.s3.amazonaws.com"
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] = [
        *CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
        _origin,
    ]
