"""Two-factor sign-in for staff (django-otp; accounts/twofactor.py, views.py, middleware.py):
logins with and without the second factor, enrolment with a server-drawn QR code, single-use
backup codes, and who must enrol when the production setting is on."""

import re
import time

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import twofactor
from audit.models import Action, AuditEntry
from tests.test_settings import PRODUCTION_ENV, manage

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
SETUP = "/admin/2fa/setup/"
VERIFY = "/admin/2fa/verify/"


def make_user(name, group=None, **flags):
    user = User.objects.create_user(name, password=PASSWORD, is_staff=True, **flags)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(name) -> Client:
    client = Client()
    response = client.post("/admin/login/?next=/admin/", {"username": name, "password": PASSWORD})
    assert response.status_code == 302, "the password step failed"
    return client


def code(device, ahead=0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def wrong_code(device) -> str:
    """A code the device refuses now (none of the steps its tolerance accepts)."""
    near = {code(device, step) for step in (-2, -1, 0, 1, 2)}
    return next(
        c for c in ("000000", "111111", "222222", "333333", "444444", "555555") if c not in near
    )


def enrolled_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name=twofactor.APP_DEVICE, confirmed=True)


@pytest.fixture
def required(settings):
    settings.NEWSROOM_2FA_REQUIRED = True


def test_in_dev_an_editor_without_a_device_signs_in_with_the_password_alone():
    make_user("ed", "Editor")
    assert sign_in("ed").get("/admin/").status_code == 200


def test_with_a_device_the_password_alone_opens_nothing(settings):
    """Anyone enrolled must give the code, whatever the setting."""
    user = make_user("rita", "Reporter")
    device = enrolled_device(user)
    client = sign_in("rita")
    for path in ("/admin/", "/admin/articles/article/", "/admin/auth/user/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    page = client.get(VERIFY + "?next=/admin/articles/article/")
    assert page.status_code == 200 and 'autocomplete="one-time-code"' in page.content.decode()
    ok = client.post(VERIFY, {"token": code(device), "next": "/admin/articles/article/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/articles/article/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_audited_and_throttled():
    user = make_user("ed", "Editor")
    device = enrolled_device(user)
    client = sign_in("ed")
    wrong = client.post(VERIFY, {"token": wrong_code(device)})
    assert wrong.status_code == 200 and "not valid" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    entry = AuditEntry.objects.get(action=Action.OTP_FAILED)
    assert entry.actor == "ed" and entry.object_id == str(user.pk)
    # django-otp's throttle: right after a failure even the right code waits
    assert client.post(VERIFY, {"token": code(device)}).status_code == 200
    device.refresh_from_db()
    device.throttle_reset()
    assert client.post(VERIFY, {"token": code(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_backup_code_signs_in_once():
    user = make_user("ed", "Editor")
    enrolled_device(user)
    codes = twofactor.new_backup_codes(user)
    assert len(codes) == 10 and len(set(codes)) == 10
    first = sign_in("ed")
    assert first.post(VERIFY, {"token": codes[0].upper()}).status_code == 302
    assert first.get("/admin/").status_code == 200
    assert twofactor.backup_codes_left(user) == 9
    again = sign_in("ed")
    assert again.post(VERIFY, {"token": codes[0]}).status_code == 200  # used up
    assert again.get("/admin/").status_code == 302


def test_required_editors_and_superusers_must_enrol_reporters_need_not(required):
    make_user("ed", "Editor")
    make_user("root", is_superuser=True)
    make_user("rita", "Reporter")
    for name in ("ed", "root"):
        response = sign_in(name).get("/admin/")
        assert response.status_code == 302 and response["Location"].startswith(SETUP)
    assert sign_in("rita").get("/admin/").status_code == 200


def test_enrolment_shows_a_server_drawn_qr_code_and_confirms_with_a_code(required):
    user = make_user("ed", "Editor")
    client = sign_in("ed")
    page = client.get(SETUP + "?next=/admin/")
    html = page.content.decode()
    assert page.status_code == 200
    qr = re.search(r'<img src="(data:image/svg\+xml[^"]+)"', html)
    assert qr, "the QR code is an SVG data: image drawn on the server"
    assert "http" not in qr.group(1).split(",", 1)[0]
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', html).group(1)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert twofactor.base32_secret(device) == secret
    csp = page["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "img-src 'self' data:" in csp
    assert "<script>" not in html and " style=" not in html
    # reloading keeps the same secret (the phone may have scanned it already)
    assert secret in client.get(SETUP).content.decode()

    assert client.post(SETUP, {"token": wrong_code(device)}).status_code == 200
    device.refresh_from_db()
    device.throttle_reset()  # the throttle's one-second wait after a wrong code
    done = client.post(SETUP, {"token": code(device), "next": "/admin/"})
    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    assert len(codes) == 10
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200
    assert AuditEntry.objects.filter(action=Action.OTP_ENROLLED, actor="ed").count() == 1

    # next time: the password, then the app's (next) code
    later = sign_in("ed")
    assert later.get("/admin/")["Location"].startswith(VERIFY)
    assert later.get(SETUP)["Location"].startswith(VERIFY)  # no re-enrolling past the check
    assert later.post(VERIFY, {"token": code(device, ahead=1)}).status_code == 302
    assert later.get("/admin/").status_code == 200


def test_an_unverified_session_cannot_enrol_over_an_existing_device(required):
    user = make_user("ed", "Editor")
    enrolled_device(user)
    client = sign_in("ed")
    response = client.get(SETUP)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=user).count() == 1


def test_the_second_step_keeps_next_on_the_site():
    user = make_user("ed", "Editor")
    device = enrolled_device(user)
    client = sign_in("ed")
    response = client.post(VERIFY, {"token": code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_a_superuser_removes_a_lost_device(required):
    user = make_user("ed", "Editor")
    enrolled_device(user)
    twofactor.new_backup_codes(user)
    root = make_user("root", is_superuser=True)
    admin = Client()
    admin.force_login(root)
    session = admin.session
    device = enrolled_device(root)
    session["otp_device_id"] = device.persistent_id
    session.save()
    response = admin.post(
        "/admin/auth/user/", {"action": "remove_two_factor", "_selected_action": [user.pk]}
    )
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert twofactor.backup_codes_left(user) == 0
    assert AuditEntry.objects.filter(action=Action.OTP_RESET, object_id=str(user.pk)).exists()


def test_production_requires_two_factor_by_default_and_can_be_told_not_to():
    show = (
        "shell",
        "-c",
        "from django.conf import settings; print(settings.NEWSROOM_2FA_REQUIRED)",
    )
    on = manage(*show, env_extra=PRODUCTION_ENV, drop=("NEWSROOM_2FA_REQUIRED",))
    assert on.stdout.strip().splitlines()[-1] == "True", on.stderr
    off = manage(*show, env_extra={**PRODUCTION_ENV, "NEWSROOM_2FA_REQUIRED": "0"})
    assert off.stdout.strip().splitlines()[-1] == "False", off.stderr


def test_device_secrets_are_not_browsable_in_the_admin():
    root = Client()
    root.force_login(User.objects.create_superuser("root", password=PASSWORD))
    for path in ("/admin/otp_totp/totpdevice/", "/admin/otp_static/staticdevice/"):
        assert root.get(path).status_code == 404
