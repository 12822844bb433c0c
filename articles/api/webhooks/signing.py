"""Webhook signatures: HMAC-SHA256 over ``"<timestamp>.<body>"``, the timestamp against replays.

Each POST carries ``Newsroom-Signature: t=<unix seconds>,v1=<hex digest>``. A subscriber checks
it with :func:`verify` (this module needs only the standard library: copy it as it is), which
refuses a body that does not match and a timestamp older (or newer) than the window, so a POST
captured on the way cannot be replayed later. ``Newsroom-Delivery`` holds the delivery's id, the
same on every retry: keep the ids you have processed to drop duplicates within the window.

    from signing import verify, SignatureError
    try:
        verify(secret, request.body, request.headers["Newsroom-Signature"])
    except SignatureError as error:
        return 400, str(error)
"""

import hashlib
import hmac
import secrets
import time

HEADER = "Newsroom-Signature"
DELIVERY_HEADER = "Newsroom-Delivery"
EVENT_HEADER = "Newsroom-Event"
TOLERANCE = 300  # seconds either side of the receiver's clock


class SignatureError(ValueError):
    """The signature is missing, malformed, wrong, or outside the replay window."""


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def _digest(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def sign(secret: str, body: bytes, timestamp: int | None = None) -> str:
    """The ``Newsroom-Signature`` header value for ``body``, sent at ``timestamp`` (now)."""
    timestamp = int(time.time()) if timestamp is None else int(timestamp)
    return f"t={timestamp},v1={_digest(secret, timestamp, body)}"


def verify(
    secret: str, body: bytes, header: str, tolerance: int = TOLERANCE, now: float | None = None
) -> int:
    """Check ``header`` against ``body``; returns its timestamp or raises SignatureError."""
    parts = {}
    for item in (header or "").split(","):
        key, _, value = item.strip().partition("=")
        parts.setdefault(key, []).append(value)
    try:
        timestamp = int(parts["t"][0])
    except (KeyError, ValueError):
        raise SignatureError("no timestamp in the signature header") from None
    candidates = parts.get("v1", [])
    if not candidates:
        raise SignatureError("no v1 signature in the signature header")
    expected = _digest(secret, timestamp, body)
    if not any(hmac.compare_digest(expected, c) for c in candidates):
        raise SignatureError("the signature does not match the body")
    now = time.time() if now is None else now
    if abs(now - timestamp) > tolerance:
        raise SignatureError(f"the timestamp is more than {tolerance} s away: a replay?")
    return timestamp
