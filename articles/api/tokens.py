"""API keys: made once, stored as a SHA-256 digest, looked up by that digest.

A key is ``nr_`` + 8 characters of prefix (kept in clear, to tell keys apart in the admin and the
logs) + ``_`` + 40 random characters. Keys are random (240 bits), not passwords: a fast digest is
enough, and a lookup is one indexed query.
"""

import hashlib
import secrets

from django.utils import timezone

from .models import ApiToken

KEY_PREFIX = "nr_"


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def new_key() -> tuple[str, str]:
    """(key, prefix): a fresh key and the part of it kept in clear."""
    prefix = secrets.token_hex(4)
    return f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(30)}", prefix


def create(name: str, scopes=(), *, user=None, created_by=None, **fields) -> tuple[ApiToken, str]:
    """A new token and its key: the only time the key exists in clear."""
    key, prefix = new_key()
    token = ApiToken.objects.create(
        name=name,
        prefix=prefix,
        key_hash=digest(key),
        scopes=sorted(set(scopes)),
        user=user,
        created_by=created_by,
        **fields,
    )
    return token, key


def assign_key(token: ApiToken) -> str:
    """Give an unsaved ``token`` (the admin's add form) a key; returns the key."""
    key, prefix = new_key()
    token.prefix, token.key_hash = prefix, digest(key)
    return key


def lookup(key: str) -> ApiToken | None:
    """The active token for ``key``, or None (unknown, revoked or expired)."""
    if not key.startswith(KEY_PREFIX) or len(key) > 100:
        return None
    token = ApiToken.objects.filter(key_hash=digest(key)).select_related("user").first()
    if token is None or not token.is_active:
        return None
    return token


def touch(token: ApiToken) -> None:
    """Record use, at most once a minute per token (no write per request)."""
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


def revoke(token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
