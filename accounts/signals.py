"""Failed and locked-out logins go to the audit log.

These are the login machinery's own events (Django's ``user_login_failed``, django-axes'
``user_locked_out``): there is no bulk path around them, so receivers are the place. Axes' own
receiver runs first and marks the request locked out when this failure locks it; the attempt is
then recorded once, as a lockout.
"""

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_login_failed

from audit import log
from audit.models import Action


def _username(credentials) -> str:
    return str((credentials or {}).get("username") or "")[:150]


def login_failed(sender, credentials=None, request=None, **kwargs):
    if request is None or getattr(request, "axes_locked_out", False):
        return
    name = _username(credentials)
    log.record(
        Action.LOGIN_FAILED,
        request=request,
        actor=name,
        summary=f"Failed login as “{name}”",
        details={"username": name, "path": request.path},
    )


def locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    if request is None:
        return
    name = str(username or "")[:150]
    log.record(
        Action.LOCKED_OUT,
        request=request,
        actor=name,
        summary=f"Login refused, locked out: “{name}” from {ip_address or 'unknown address'}",
        details={"username": name, "ip_address": ip_address, "path": request.path},
    )


def connect():
    user_login_failed.connect(login_failed, dispatch_uid="accounts.login_failed")
    user_locked_out.connect(locked_out, dispatch_uid="accounts.locked_out")
