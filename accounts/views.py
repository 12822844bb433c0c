"""The second step of signing in to the admin, enrolment and backup codes (under /admin/2fa/).

Plain admin-styled pages; the QR code is an SVG drawn on the server and shown as a data: image,
so nothing inline runs and nothing leaves the site (strict CSP).
"""

from django.contrib import admin, messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login

from audit import log
from audit.models import Action

from . import twofactor
from .forms import TokenForm


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def _render(request, template, title, **context):
    context = {**admin.site.each_context(request), "title": title, **context}
    return TemplateResponse(request, template, context)


@never_cache
@sensitive_post_parameters("token")
@login_required(login_url="admin:login")
def verify(request):
    """Enter the app's code (or a backup code) after the password."""
    user = request.user
    if user.is_verified():
        return redirect(_next(request))
    if not twofactor.enrolled(user) and not twofactor.backup_codes_left(user):
        return redirect(f"{reverse('accounts:2fa-setup')}?next={_next(request)}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = twofactor.verify(user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            request.session.cycle_key()
            if device.name == twofactor.BACKUP_DEVICE:
                left = twofactor.backup_codes_left(user)
                messages.warning(request, f"Backup code used: {left} left.")
            return redirect(_next(request))
        log.record(
            Action.OTP_FAILED,
            request=request,
            obj=user,
            summary=f"Wrong two-factor code for “{user.get_username()}”",
        )
        form.add_error(
            "token",
            "That code is not valid, or was used already. Each wrong code makes the next try "
            "wait longer (1, 2, 4… seconds).",
        )
    return _render(
        request, "accounts/verify.html", "Two-factor verification", form=form, next=_next(request)
    )


@never_cache
@sensitive_post_parameters("token")
@login_required(login_url="admin:login")
def setup(request):
    """Enrol an authenticator app: scan the QR code (or type the key), confirm with a code."""
    user = request.user
    if twofactor.enrolled(user) and not user.is_verified():
        return redirect(f"{reverse('accounts:2fa-verify')}?next={_next(request)}")
    device = twofactor.pending_device(user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = twofactor.confirm(device, form.cleaned_data["token"])
        if codes is not None:
            otp_login(request, device)
            request.session.cycle_key()
            log.record(
                Action.OTP_ENROLLED,
                request=request,
                obj=user,
                summary=f"“{user.get_username()}” enrolled an authenticator app",
            )
            return _render(
                request,
                "accounts/backup_codes.html",
                "Your backup codes",
                codes=codes,
                next=_next(request),
            )
        form.add_error(
            "token",
            "That code does not match: check the app's clock, wait a few seconds and try again.",
        )
    return _render(
        request,
        "accounts/setup.html",
        "Set up two-factor sign-in",
        form=form,
        qr=twofactor.qr_data_uri(device.config_url),
        secret=twofactor.base32_secret(device),
        next=_next(request),
        required=twofactor.required_for(user),
    )


@never_cache
@login_required(login_url="admin:login")
def backup_codes(request):
    """Replace the backup codes (POST); they are shown once."""
    user = request.user
    if not twofactor.enrolled(user):
        return redirect("accounts:2fa-setup")
    if request.method == "POST":
        codes = twofactor.new_backup_codes(user)
        return _render(
            request,
            "accounts/backup_codes.html",
            "Your new backup codes",
            codes=codes,
            next=reverse("admin:index"),
        )
    return _render(
        request,
        "accounts/backup_codes_new.html",
        "Backup codes",
        left=twofactor.backup_codes_left(user),
    )


def password_change(request):
    """The admin's own password change, recorded in the audit log. Django ends the user's other
    sessions by itself (each session carries a hash of the password it was opened with); this
    one is kept (update_session_auth_hash)."""
    response = admin.site.password_change(request)
    if request.method == "POST" and response.status_code == 302:
        log.record(
            Action.PASSWORD,
            request=request,
            obj=request.user,
            summary=f"“{request.user.get_username()}” changed their password",
        )
    return response
