"""Two-factor for staff, on django-otp: a TOTP device (an authenticator app) and a static device
holding single-use backup codes.

Anyone with a confirmed device must pass it after the password. With
``NEWSROOM_2FA_REQUIRED`` (production's default), superusers and members of
``NEWSROOM_2FA_GROUPS`` (Editor) who have none are sent to enrol before the admin opens.
"""

import segno
from django.conf import settings
from django.db import transaction
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE = "Authenticator app"
BACKUP_DEVICE = "Backup codes"


def required_for(user) -> bool:
    if not getattr(settings, "NEWSROOM_2FA_REQUIRED", False):
        return False
    if user.is_superuser:
        return True
    groups = getattr(settings, "NEWSROOM_2FA_GROUPS", ())
    return bool(groups) and user.groups.filter(name__in=groups).exists()


def enrolled(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def must_verify(user) -> bool:
    """Signed in with the password, but the second factor is still owed."""
    if not user.is_authenticated or user.is_verified():
        return False
    return user_has_device(user) or required_for(user)


def pending_device(user) -> TOTPDevice:
    """The unconfirmed authenticator device being enrolled (the same secret on every reload)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE, confirmed=False)


def base32_secret(device: TOTPDevice) -> str:
    from base64 import b32encode

    return b32encode(device.bin_key).decode("ascii").rstrip("=")


def qr_data_uri(text: str) -> str:
    """An SVG QR code as a data: URI, drawn here (segno), allowed by the CSP's img-src."""
    return segno.make(text, error="m").svg_data_uri(scale=5, border=2)


@transaction.atomic
def confirm(device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm ``device`` with a first code from the app: the backup codes, or None if wrong."""
    if not device.verify_token(token.strip()):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_backup_codes(device.user)


@transaction.atomic
def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes; each works once. Shown once, stored as typed."""
    StaticDevice.objects.filter(user=user).delete()
    static = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.NEWSROOM_BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=c) for c in codes)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def verify(user, token: str):
    """The device that accepts ``token`` (an app's code, or a backup code, used up), or None.

    Goes through django-otp's verify_token, which locks the device row and applies its
    throttling (each failure doubles the wait before the next try)."""
    from django_otp import devices_for_user, verify_token

    token = "".join(token.split())
    if not token:
        return None
    # an app's code is 6 digits; a backup code 8 letters and digits (typed in any case)
    if token.isdigit() and len(token) < 8:
        kinds = (TOTPDevice,)
    else:
        kinds, token = (StaticDevice,), token.lower()
    for device in devices_for_user(user):
        if isinstance(device, kinds):
            found = verify_token(user, device.persistent_id, token)
            if found is not None:
                return found
    return None


def remove(user) -> int:
    """Take every second factor away from ``user`` (lost phone): they enrol again."""
    count, _ = TOTPDevice.objects.filter(user=user).delete()
    static, _ = StaticDevice.objects.filter(user=user).delete()
    return count + static
