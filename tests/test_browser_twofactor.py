"""Two-factor enrolment in a real browser (Debian's chromium via Playwright), the production
setting on: an editor signs in, scans nothing but reads the key off the page, the test computes
the TOTP code from it as a phone would, and the admin opens; the next sign-in asks for a code.
The QR code is drawn by the server and shown under the strict CSP."""

import time
from base64 import b32decode

import pytest
from django_otp.oath import TOTP

from tests.test_browser_workflow import PASSWORD, ensure_roles, staff_user, watch_csp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def totp_code(secret: str, ahead: int = 0) -> str:
    key = b32decode(secret + "=" * (-len(secret) % 8))
    totp = TOTP(key)
    totp.time = time.time() + ahead * 30
    return f"{totp.token():06d}"


def test_an_editor_enrols_an_authenticator_app_and_signs_in_with_it(live_server, page, settings):
    settings.NEWSROOM_2FA_REQUIRED = True
    ensure_roles()
    staff_user("ed", "Editor")
    base = live_server.url
    violations = []
    watch_csp(page, violations)

    page.goto(f"{base}/admin/login/?next=/admin/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/2fa/setup/**")
    assert "must use two-factor" in page.locator(".errornote").inner_text()

    qr = page.locator("#totp-qr")
    assert qr.get_attribute("src").startswith("data:image/svg+xml")
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0")  # drawn, CSP allowed it
    secret = page.locator("#totp-secret").inner_text().strip()
    assert len(secret) >= 32

    page.fill("#id_token", totp_code(secret))
    page.click("input[type=submit]")
    codes = page.locator("#backup-codes li").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name="Continue").click()
    page.wait_for_url(f"{base}/admin/")
    assert "Editorial desk" in page.locator("h1").inner_text()

    # Sign out; the next sign-in wants the app's code (the next one: each code works once).
    page.locator("#logout-form button").click()
    page.goto(f"{base}/admin/login/?next=/admin/articles/article/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/2fa/verify/**")
    page.fill("#id_token", totp_code(secret, ahead=1))
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/articles/article/")

    # A backup code works too, once.
    page.locator("#logout-form button").click()
    page.goto(f"{base}/admin/login/?next=/admin/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/2fa/verify/**")
    page.fill("#id_token", codes[0])
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    assert "9 left" in page.locator(".messagelist").inner_text()
    assert not violations, violations
