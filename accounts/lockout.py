"""What a locked-out login sees, and unlocking.

The lockout page says the same for every username, existing or not (axes locks a username that
does not exist as readily as one that does), and for a locked address alike.
"""

from axes.utils import reset
from django.shortcuts import render

from audit import log
from audit.models import Action

MESSAGE = (
    "Too many failed sign-in attempts. Signing in is paused for a while; try again later, "
    "or ask an editor to unlock the account."
)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: the neutral message, 429, never cached."""
    response = render(
        request,
        "accounts/locked_out.html",
        {"title": "Sign-in paused", "message": MESSAGE, "site_header": "Newsroom"},
        status=429,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def unlock(*, username: str | None = None, ip: str | None = None, request=None, actor="") -> int:
    """Clear the failures counted against ``username`` and/or ``ip`` (an account, an address);
    returns how many records were cleared. Recorded in the audit log either way."""
    if not username and not ip:
        raise ValueError("name a username or an IP address to unlock")
    cleared = 0
    if username:
        cleared += reset(username=username)
    if ip:
        cleared += reset(ip=ip)
    what = " and ".join(
        part for part in (username and f"account “{username}”", ip and f"address {ip}") if part
    )
    log.record(
        Action.UNLOCK,
        request=request,
        actor=actor,
        summary=f"Unlocked {what} ({cleared} attempt record(s) cleared)",
        details={"username": username, "ip_address": ip, "cleared": cleared},
    )
    return cleared
