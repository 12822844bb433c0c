"""Who is asking: anonymous (published content only), or an API token with scopes.

``Authorization: Bearer <key>``. No header: anonymous. A header with a key that is unknown,
revoked or expired: 401, never a silent fall-back to anonymous. Every request, whoever makes it,
is counted against its rate limit first (ratelimit.py); failed keys count against the address.
"""

from ninja.errors import HttpError
from ninja.security import HttpBearer

from . import ratelimit, tokens


class Anonymous:
    """A reader with no token: ``request.auth`` on public requests (truthy, so ninja lets it in)."""

    pk = None
    scopes = ()

    def has_scope(self, scope: str) -> bool:
        return False

    def __bool__(self):
        return True

    def __repr__(self):
        return "<Anonymous>"


ANONYMOUS = Anonymous()


class TokenAuth(HttpBearer):
    """Bearer API keys; requests without one go on as anonymous."""

    openapi_description = (
        "An API token (`Authorization: Bearer nr_…`), made in the admin (API tokens). "
        "Reading published content needs none."
    )

    def __call__(self, request):
        header = request.headers.get("Authorization")
        if not header:
            ratelimit.check(request)
            return ANONYMOUS
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            ratelimit.check(request)
            raise HttpError(401, "The Authorization header must be `Bearer <API token>`.")
        return self.authenticate(request, key.strip())

    def authenticate(self, request, token):
        found = tokens.lookup(token)
        if found is None:
            ratelimit.check(request)  # guessing keys costs the address its quota
            raise HttpError(401, "The API token is unknown, revoked or expired.")
        ratelimit.check(request, found)
        tokens.touch(found)
        return found


def require(request, scope: str):
    """The request's token, if it has ``scope``; 401 without a token, 403 without the scope."""
    auth = request.auth
    scope = str(getattr(scope, "value", scope))
    if auth is ANONYMOUS or auth is None:
        raise HttpError(401, f"This needs an API token with the {scope!r} scope.")
    if not auth.has_scope(scope):
        raise HttpError(403, f"This API token lacks the {scope!r} scope.")
    return auth


def may_read_drafts(request) -> bool:
    auth = request.auth
    return auth is not ANONYMOUS and auth is not None and auth.has_scope("read:drafts")
