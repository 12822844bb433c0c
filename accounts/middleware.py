"""Staff session hygiene, on the admin's URLs only (readers' pages are never touched: no session
read, no Vary: Cookie, nothing added to what the page cache and CDNs see).

* ``Cache-Control: private, no-store`` on every admin response, whatever view made it;
* a staff session idle longer than ``NEWSROOM_STAFF_IDLE_SECONDS`` is ended (the next request
  goes to the login page);
* a user who owes a second factor (accounts/twofactor.py) reaches only the two-factor pages and
  logout until they pass it.
"""

import time
from functools import cached_property

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control

from . import twofactor

TOUCH_SECONDS = 60  # the last-seen time is written at most this often (a session save)
SEEN_KEY = "staff_seen"


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def admin_prefix(self) -> str:
        return reverse("admin:index")

    @cached_property
    def open_paths(self) -> tuple[str, ...]:
        """What a user owing a second factor may still reach."""
        return (
            reverse("accounts:2fa-verify"),
            reverse("accounts:2fa-setup"),
            reverse("admin:logout"),
            reverse("admin:login"),
        )

    def __call__(self, request):
        if not request.path.startswith(self.admin_prefix):
            return self.get_response(request)
        response = self.guard(request) or self.get_response(request)
        add_never_cache_headers(response)
        patch_cache_control(response, private=True, no_store=True)
        return response

    def guard(self, request):
        user = request.user
        if not user.is_authenticated:
            return None
        now = time.time()
        seen = request.session.get(SEEN_KEY)
        idle = settings.NEWSROOM_STAFF_IDLE_SECONDS
        if seen is not None and idle and now - seen > idle:
            logout(request)
            return redirect(f"{reverse('admin:login')}?next={request.get_full_path()}")
        if seen is None or now - seen > TOUCH_SECONDS:
            request.session[SEEN_KEY] = now
        if request.path.startswith(self.open_paths) or not twofactor.must_verify(user):
            return None
        target = "accounts:2fa-verify" if twofactor.enrolled(user) else "accounts:2fa-setup"
        if target == "accounts:2fa-setup" and twofactor.backup_codes_left(user):
            target = "accounts:2fa-verify"
        return redirect(f"{reverse(target)}?next={request.get_full_path()}")
