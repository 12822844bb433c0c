"""Login throttling (django-axes, accounts/lockout.py): per account and per address, counted in
the database so every worker sees the same count, a neutral message, unlocking in the admin and
by command, the real client address behind the proxy."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

from accounts.lockout import MESSAGE
from audit.models import Action, AuditEntry

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def ed():
    user = User.objects.create_user("ed", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get_or_create(name="Editor")[0])
    return user


def attempt(username, password, ip="203.0.113.5", client=None, **extra):
    client = client or Client()
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip, **extra)


def signed_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_the_right_password_signs_in(ed):
    assert signed_in(attempt("ed", PASSWORD))


def test_failures_against_one_account_lock_it_from_every_address(ed, settings):
    limit = settings.AXES_FAILURE_LIMIT
    for i in range(limit):
        response = attempt("ed", "wrong", ip=f"198.51.100.{i + 1}")
        assert response.status_code in (200, 429)
        if response.status_code == 200:
            assert "Please enter the correct username and password" in response.content.decode()
    # the right password, from an address that never failed, is refused
    refused = attempt("ed", PASSWORD, ip="192.0.2.200")
    assert refused.status_code == 429 and not signed_in(refused)
    assert MESSAGE in refused.content.decode()
    assert {"private", "no-store"} <= {p.strip() for p in refused["Cache-Control"].split(",")}


def test_fifty_failures_from_one_address_lock_every_account_from_it(ed):
    for i in range(50):
        attempt(f"guess{i}", "wrong", ip="203.0.113.66")
    assert attempt("ed", PASSWORD, ip="203.0.113.66").status_code == 429
    assert signed_in(attempt("ed", PASSWORD, ip="203.0.113.67"))  # the account is not locked


def test_fifty_failures_against_one_account_lock_it(ed):
    for i in range(50):
        attempt("ed", f"wrong{i}", ip=f"10.0.{i // 200}.{i % 200 + 1}")
    assert attempt("ed", PASSWORD, ip="10.9.9.9").status_code == 429


def test_signing_in_to_ones_own_account_does_not_wipe_the_count_against_another(ed, settings):
    User.objects.create_user("rita", password=PASSWORD, is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt("ed", "wrong", ip="198.51.100.50")
    assert signed_in(attempt("rita", PASSWORD, ip="198.51.100.50"))
    assert attempt("ed", "wrong", ip="198.51.100.51").status_code == 429
    assert attempt("ed", PASSWORD, ip="198.51.100.52").status_code == 429


def test_the_lockout_message_does_not_tell_whether_the_account_exists(ed, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt("ed", "wrong", ip="198.51.100.1")
        attempt("nobody-by-this-name", "wrong", ip="198.51.100.2")
    real = attempt("ed", "wrong", ip="198.51.100.1")
    ghost = attempt("nobody-by-this-name", "wrong", ip="198.51.100.2")
    assert real.status_code == ghost.status_code == 429
    strip = lambda r: r.content.decode().replace("nobody-by-this-name", "ed")  # noqa: E731
    assert strip(real) == strip(ghost)
    assert "exist" not in real.content.decode() and "unknown" not in real.content.decode()


def test_the_lock_ends_after_the_cool_off(ed, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt("ed", "wrong")
    assert attempt("ed", PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.first().attempt_time - settings.AXES_COOLOFF_TIME * 2
    )
    assert signed_in(attempt("ed", PASSWORD))


def test_an_editor_unlocks_the_account_in_the_admin(ed, settings):
    for i in range(settings.AXES_FAILURE_LIMIT):
        attempt("ed", "wrong", ip=f"198.51.100.{i + 1}")
    assert attempt("ed", PASSWORD).status_code == 429

    other = User.objects.create_user("mai", password=PASSWORD, is_staff=True)
    other.groups.add(Group.objects.get(name="Editor"))
    desk = Client()
    desk.force_login(other)
    listing = desk.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200 and "ed" in listing.content.decode()
    ids = list(AccessAttempt.objects.filter(username="ed").values_list("pk", flat=True))
    # no unaudited way round: no delete page, no delete action
    assert desk.get(f"/admin/axes/accessattempt/{ids[0]}/delete/").status_code == 403
    assert "delete_selected" not in listing.content.decode()
    response = desk.post(
        "/admin/axes/accessattempt/",
        {"action": "unlock_accounts", "_selected_action": ids[:1]},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="ed").exists()
    assert signed_in(attempt("ed", PASSWORD))
    entry = AuditEntry.objects.get(action=Action.UNLOCK)
    assert entry.actor == "mai" and entry.details["username"] == "ed"


def test_a_reporter_cannot_unlock(ed):
    rita = User.objects.create_user("rita", password=PASSWORD, is_staff=True)
    rita.groups.add(Group.objects.get(name="Reporter"))
    client = Client()
    client.force_login(rita)
    assert client.get("/admin/axes/accessattempt/").status_code == 403


def test_the_command_unlocks_an_account_and_an_address(ed, settings, capsys):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt("ed", "wrong", ip="198.51.100.7")
    assert attempt("ed", PASSWORD, ip="198.51.100.8").status_code == 429
    call_command("unlock_login", "ed")
    assert "unlocked ed" in capsys.readouterr().out
    assert attempt("ed", PASSWORD, ip="198.51.100.8").status_code == 302
    for i in range(settings.AXES_FAILURE_LIMIT):
        attempt(f"x{i}", "wrong", ip="198.51.100.9")
    assert attempt("ed", PASSWORD, ip="198.51.100.9").status_code == 429
    call_command("unlock_login", ip="198.51.100.9")
    assert signed_in(attempt("ed", PASSWORD, ip="198.51.100.9"))
    entries = AuditEntry.objects.filter(action=Action.UNLOCK).order_by("at", "id")
    assert [e.details["username"] or e.details["ip_address"] for e in entries] == [
        "ed",
        "198.51.100.9",
    ]
    assert entries[0].actor.startswith("manage.py unlock_login")


def test_the_command_needs_a_target():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="name a username"):
        call_command("unlock_login")


# ---- across workers ---------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_failures_on_two_connections_add_up(ed, settings):
    """Half the failures on another thread's own database connection (another worker's, in
    effect): the count is in the database, so the lock holds on both."""
    half = settings.AXES_FAILURE_LIMIT // 2

    def other_worker():
        try:
            for _ in range(settings.AXES_FAILURE_LIMIT - half):
                attempt("ed", "wrong", ip="198.51.100.20")
        finally:
            connections.close_all()

    thread = threading.Thread(target=other_worker)
    thread.start()
    thread.join()
    assert AccessAttempt.objects.get(username="ed").failures_since_start == (
        settings.AXES_FAILURE_LIMIT - half
    )
    for _ in range(half - 1):  # not yet: each worker alone is under the limit
        assert attempt("ed", "wrong", ip="198.51.100.21").status_code == 200
    assert attempt("ed", "wrong", ip="198.51.100.21").status_code == 429  # together they lock
    assert attempt("ed", PASSWORD, ip="198.51.100.22").status_code == 429


WORKER = """
import django
django.setup()
from django.test import Client
client = Client()
for _ in range({n}):
    client.post("/admin/login/?next=/admin/", {{"username": "ed", "password": "wrong"}},
                REMOTE_ADDR="198.51.100.30")
"""


@pytest.mark.django_db(transaction=True)
def test_failures_in_another_process_count_here(ed, settings):
    """Another process (a second gunicorn worker, or another server) fails logins on the same
    PostgreSQL database: this process refuses the account too."""
    if connection.vendor != "postgresql":
        pytest.skip("an in-memory SQLite test database is not shared with another process")
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "newsroom.settings.test"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    done = subprocess.run(
        [sys.executable, "-c", WORKER.format(n=settings.AXES_FAILURE_LIMIT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert AccessAttempt.objects.filter(username="ed").exists()
    assert attempt("ed", PASSWORD, ip="198.51.100.31").status_code == 429


# ---- the client's address behind the proxy -----------------------------------------------------


def test_behind_the_proxy_the_forwarded_address_is_the_one_locked(ed, settings):
    settings.NEWSROOM_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.NEWSROOM_TRUSTED_PROXIES = 1
    proxy = "10.0.0.2"
    for i in range(settings.AXES_FAILURE_LIMIT):
        # the client forges a left-hand address each time; the proxy appends the real one
        attempt(f"u{i}", "wrong", ip=proxy, HTTP_X_FORWARDED_FOR=f"1.2.3.{i}, 203.0.113.9")
    attempts = AccessAttempt.objects.values_list("ip_address", flat=True).distinct()
    assert list(attempts) == ["203.0.113.9"]
    # that client is locked; another reader behind the same proxy is not
    assert attempt("ed", PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    assert signed_in(attempt("ed", PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.10"))


def test_without_the_setting_the_header_is_ignored(ed, settings):
    settings.NEWSROOM_CLIENT_IP_HEADER = ""
    attempt("ed", "wrong", ip="192.0.2.1", HTTP_X_FORWARDED_FOR="6.6.6.6")
    assert AccessAttempt.objects.get().ip_address == "192.0.2.1"


def test_failed_and_locked_out_logins_are_audited(ed, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        attempt("ed", "wrong", ip="198.51.100.40")
    failed = AuditEntry.objects.filter(action=Action.LOGIN_FAILED)
    locked = AuditEntry.objects.filter(action=Action.LOCKED_OUT)
    assert failed.count() == settings.AXES_FAILURE_LIMIT - 1
    assert locked.count() == 3  # the failure that locked, and each try after it
    entry = locked.first()
    assert entry.actor == "ed" and entry.ip_address == "198.51.100.40" and entry.actor_id is None
