"""Where the media library keeps its files: MEDIA_ROOT by default (served by Django, zero
set-up), S3-compatible storage in production when NEWSROOM_MEDIA_BUCKET is set."""

import json

from tests.test_settings import PRODUCTION_ENV, manage

SHOW = (
    "from django.conf import settings as s; import json; print(json.dumps(["
    "s.STORAGES['default'], s.NEWSROOM_SERVE_MEDIA, s.MEDIA_URL,"
    "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]))"
)


def settings_of(env):
    result = manage("shell", "-c", SHOW, env_extra={**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_by_default_photos_live_in_media_root_and_django_serves_them():
    storage, serve, url, img_src = settings_of({})
    assert storage["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert serve is True and url == "/media/"
    assert img_src == ["'self'", "data:"]


def test_production_puts_them_on_s3_compatible_storage_when_told():
    storage, serve, _, img_src = settings_of(
        {"NEWSROOM_MEDIA_BUCKET": "news-photos", "NEWSROOM_MEDIA_DOMAIN": "img.news.example.org"}
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "news-photos"
    assert storage["OPTIONS"]["custom_domain"] == "img.news.example.org"
    assert storage["OPTIONS"]["querystring_auth"] is False
    assert serve is False  # the bucket (or its CDN) serves them
    assert img_src == ["'self'", "data:", "https://img.news.example.org"]
    _, _, _, img_src = settings_of(
        {"NEWSROOM_MEDIA_BUCKET": "b", "NEWSROOM_MEDIA_ENDPOINT": "https://minio.internal:9000"}
    )
    assert img_src[-1] == "https://minio.internal:9000"


def test_check_deploy_stays_clean_with_photos_on_s3():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_extra={**PRODUCTION_ENV, "NEWSROOM_MEDIA_BUCKET": "news-photos"},
        drop=("DJANGO_ALLOW_ASYNC_UNSAFE",),
    )
    assert result.returncode == 0, result.stdout + result.stderr
