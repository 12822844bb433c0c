"""API tokens (articles/api/tokens.py, auth.py, admin.py) and rate limits (ratelimit.py, counted
in a real Redis, DB 10)."""

import datetime
import re

import pytest
from django.test import override_settings
from django.utils import timezone

from articles.api import ratelimit, tokens
from articles.api.models import ApiToken, Scope
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"
REDIS = "redis://127.0.0.1:6379/10"


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_keys_are_stored_hashed_and_found_by_their_hash(db):
    token, key = tokens.create("partner", [Scope.INGEST])
    assert key.startswith(f"nr_{token.prefix}_")
    stored = ApiToken.objects.get(pk=token.pk)
    assert key not in (stored.key_hash, stored.prefix, str(stored.scopes))
    assert stored.key_hash == tokens.digest(key)
    assert tokens.lookup(key) == token
    assert tokens.lookup(key + "x") is None
    assert tokens.lookup("nr_" + "0" * 40) is None


@pytest.mark.parametrize(
    "header",
    ["Bearer nr_deadbeef_notakey", "Bearer ", "Basic dXNlcjpwYXNz", "Token abc"],
)
def test_a_bad_token_is_a_json_401_never_anonymous(client, header):
    ArticleFactory()
    response = client.get(f"{API}/articles", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_revoked_and_expired_tokens_are_refused(client):
    ArticleFactory()
    revoked, key1 = tokens.create("old")
    tokens.revoke(revoked)
    _, key2 = tokens.create("expired", expires_at=timezone.now() - datetime.timedelta(minutes=1))
    _, key3 = tokens.create("fine", expires_at=timezone.now() + datetime.timedelta(days=1))
    assert client.get(f"{API}/articles", **bearer(key1)).status_code == 401
    assert client.get(f"{API}/articles", **bearer(key2)).status_code == 401
    assert client.get(f"{API}/articles", **bearer(key3)).status_code == 200


def test_last_use_is_recorded(client):
    token, key = tokens.create("partner")
    assert token.last_used_at is None
    client.get(f"{API}/sections", **bearer(key))
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_the_admin_makes_a_token_and_shows_its_key_once(admin_client, admin_user):
    response = admin_client.post(
        "/admin/api/apitoken/add/",
        {"name": "Wire partner", "scopes": [Scope.INGEST], "user": admin_user.pk},
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    match = re.search(r"nr_[0-9a-f]{8}_[A-Za-z0-9_-]{40}", html)
    assert match, "the key is shown after saving"
    key = match.group(0)
    assert "will not be shown again" in html
    # not kept anywhere: no cookie, no message in the session
    assert all(key not in morsel.value for morsel in response.cookies.values())
    assert all(key not in str(v) for v in admin_client.session.values())
    token = ApiToken.objects.get(name="Wire partner")
    assert token.scopes == [Scope.INGEST]
    assert token.created_by == admin_user
    assert tokens.lookup(key) == token
    # never again: not on the list, not on the change page
    assert key not in admin_client.get("/admin/api/apitoken/").content.decode()
    change = admin_client.get(f"/admin/api/apitoken/{token.pk}/change/").content.decode()
    assert key not in change and token.key_hash not in change


def test_the_admin_revokes_tokens(admin_client, client):
    token, key = tokens.create("partner")
    assert client.get(f"{API}/sections", **bearer(key)).status_code == 200
    admin_client.post("/admin/api/apitoken/", {"action": "revoke", "_selected_action": [token.pk]})
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert client.get(f"{API}/sections", **bearer(key)).status_code == 401


def test_a_reporter_cannot_see_tokens(client, django_user_model):
    user = django_user_model.objects.create_user("rep", password="pw", is_staff=True)
    client.force_login(user)
    assert client.get("/admin/api/apitoken/").status_code == 403


# -- rate limits, in Redis --------------------------------------------------------------------


@pytest.fixture
def redis_limits():
    import redis

    try:
        connection = redis.Redis.from_url(REDIS, socket_connect_timeout=1)
        connection.ping()
    except redis.RedisError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    connection.flushdb()
    ratelimit._down_until = 0.0
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS},
    }
    with override_settings(
        CACHES=caches,
        NEWSROOM_API_RATE_CACHE="ratelimit",
        NEWSROOM_API_ANON_RATE_LIMIT=3,
        NEWSROOM_API_TOKEN_RATE_LIMIT=5,
    ):
        yield connection
    connection.flushdb()


def test_anonymous_requests_are_limited_per_address_with_429_and_retry_after(client, redis_limits):
    for _ in range(3):
        assert client.get(f"{API}/sections").status_code == 200
    response = client.get(f"{API}/sections")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "3 requests" in response.json()["detail"]
    # counted in Redis, where every web server sees the same number
    keys = [k.decode() for k in redis_limits.keys("*newsroom:api:rate:ip:127.0.0.1:*")]
    assert len(keys) == 1
    assert int(redis_limits.get(keys[0])) == 4
    assert 0 < redis_limits.ttl(keys[0]) <= 61  # the window's lifetime, set once
    # another address has its own quota
    assert client.get(f"{API}/sections", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_tokens_have_their_own_quota_and_an_override(client, redis_limits):
    _, key = tokens.create("partner")
    _, small_key = tokens.create("small", rate_limit=1)
    for _ in range(3):
        client.get(f"{API}/sections")  # the address's quota is spent
    assert client.get(f"{API}/sections").status_code == 429
    statuses = [client.get(f"{API}/sections", **bearer(key)).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    assert client.get(f"{API}/sections", **bearer(small_key)).status_code == 200
    assert client.get(f"{API}/sections", **bearer(small_key)).status_code == 429


def test_guessing_keys_spends_the_address_quota(client, redis_limits):
    for _ in range(3):
        assert client.get(f"{API}/sections", **bearer("nr_x_guess")).status_code == 401
    assert client.get(f"{API}/sections", **bearer("nr_x_guess")).status_code == 429


def test_the_window_resets(redis_limits):
    with override_settings(NEWSROOM_API_RATE_WINDOW=60):
        start = 1_000_020.0  # the start of a window
        verdicts = [ratelimit.hit("t:test", 2, now=start + i) for i in range(3)]
        assert [v.allowed for v in verdicts] == [True, True, False]
        assert verdicts[2].retry_after == 58
        assert ratelimit.hit("t:test", 2, now=start + 60).allowed


@override_settings(
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2},
        },
    },
    NEWSROOM_API_RATE_CACHE="ratelimit",
)
def test_a_cache_that_is_down_lets_requests_through(client):
    ratelimit._down_until = 0.0
    try:
        assert client.get(f"{API}/sections").status_code == 200
        assert ratelimit._down_until > 0  # not tried again for a few seconds
        assert client.get(f"{API}/sections").status_code == 200
    finally:
        ratelimit._down_until = 0.0


@override_settings(NEWSROOM_API_TRUSTED_PROXIES=1)
def test_behind_a_proxy_the_forwarded_address_counts(rf):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.7, 10.0.0.1", REMOTE_ADDR="10.0.0.2")
    assert ratelimit.client_ip(request) == "10.0.0.1"
    with override_settings(NEWSROOM_API_TRUSTED_PROXIES=2):
        assert ratelimit.client_ip(request) == "203.0.113.7"
    assert ratelimit.client_ip(rf.get("/", REMOTE_ADDR="10.0.0.2")) == "10.0.0.2"


def test_responses_say_how_much_of_the_limit_is_left(client, redis_limits):
    first = client.get(f"{API}/sections")
    second = client.get(f"{API}/sections")
    assert (first["X-RateLimit-Limit"], first["X-RateLimit-Remaining"]) == ("3", "2")
    assert second["X-RateLimit-Remaining"] == "1"
    client.get(f"{API}/sections")
    refused = client.get(f"{API}/sections")
    assert refused.status_code == 429 and refused["X-RateLimit-Remaining"] == "0"
