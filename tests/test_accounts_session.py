"""Staff session hygiene (accounts/middleware.py): idle expiry, a password change ends the other
sessions, admin pages never cached; and readers' pages exactly as they were."""

import time

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from accounts.middleware import SEEN_KEY
from articles.models import Article
from audit.models import Action, AuditEntry
from tests.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
SECURITY_MIDDLEWARE = (
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.StaffSessionMiddleware",
    "axes.middleware.AxesMiddleware",
)


def make_editor(name="ed"):
    user = User.objects.create_user(name, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    return user


def sign_in(name="ed") -> Client:
    client = Client()
    response = client.post("/admin/login/?next=/admin/", {"username": name, "password": PASSWORD})
    assert response.status_code == 302
    return client


def directives(response) -> set[str]:
    return {d.strip().split("=")[0] for d in response.get("Cache-Control", "").split(",")}


def test_an_idle_staff_session_ends(settings):
    settings.NEWSROOM_STAFF_IDLE_SECONDS = 600
    make_editor()
    client = sign_in()
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[SEEN_KEY] = time.time() - 601
    session.save()
    response = client.get("/admin/articles/article/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/admin/articles/article/")
    assert client.get("/admin/")["Location"].startswith("/admin/login/")  # really signed out


def test_an_active_staff_session_goes_on(settings):
    settings.NEWSROOM_STAFF_IDLE_SECONDS = 600
    make_editor()
    client = sign_in()
    session = client.session
    session[SEEN_KEY] = time.time() - 500
    session.save()
    assert client.get("/admin/").status_code == 200
    assert time.time() - client.session[SEEN_KEY] < 5  # the request counted as activity
    assert client.get("/admin/").status_code == 200


def test_changing_ones_password_signs_out_the_other_sessions():
    make_editor()
    here, elsewhere = sign_in(), sign_in()
    assert elsewhere.get("/admin/").status_code == 200
    response = here.post(
        "/admin/password_change/",
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-passphrase",
            "new_password2": "another-long-passphrase",
        },
    )
    assert response.status_code == 302
    assert here.get("/admin/").status_code == 200  # this session is kept
    assert elsewhere.get("/admin/")["Location"].startswith("/admin/login/")
    entry = AuditEntry.objects.get(action=Action.PASSWORD)
    assert entry.actor == "ed" and "changed their password" in entry.summary


def test_a_password_set_by_an_administrator_signs_the_user_out_everywhere():
    user = make_editor()
    theirs = sign_in()
    root = User.objects.create_superuser("root", password=PASSWORD)
    admin = Client()
    admin.force_login(root)
    response = admin.post(
        f"/admin/auth/user/{user.pk}/password/",
        {
            "password1": "another-long-passphrase",
            "password2": "another-long-passphrase",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302
    assert theirs.get("/admin/")["Location"].startswith("/admin/login/")
    entry = AuditEntry.objects.get(action=Action.PASSWORD)
    assert entry.actor == "root" and entry.object_id == str(user.pk)


def test_admin_pages_are_private_and_never_stored():
    make_editor()
    article = ArticleFactory()
    client = sign_in()
    anonymous = Client()
    for who, path in (
        (anonymous, "/admin/login/"),
        (client, "/admin/"),
        (client, "/admin/articles/article/"),
        (client, f"/admin/articles/article/{article.pk}/change/"),
        (client, f"/admin/articles/article/{article.pk}/preview/"),
        (client, "/admin/jsi18n/"),
        (client, "/admin/2fa/setup/"),
        (anonymous, "/admin/articles/article/"),  # the redirect to the login page too
    ):
        response = who.get(path)
        assert {"private", "no-store"} <= directives(response), (path, response["Cache-Control"])


def test_readers_pages_are_the_same_with_and_without_the_security_middleware(settings):
    section = SectionFactory()
    article = ArticleFactory(section=section, status=Article.Status.PUBLISHED)
    paths = ("/", article.get_absolute_url(), "/search/?q=river", "/robots.txt")

    def fetch():
        from django.core.cache import cache

        cache.clear()
        client = Client()
        out = {}
        for path in paths:
            response = client.get(path)
            # the clock's: Last-Modified is when the page cache first saw the page's tags
            clock = ("Date", "Expires", "Last-Modified")
            headers = {k: v for k, v in response.headers.items() if k not in clock}
            out[path] = (response.status_code, headers, response.cookies.keys())
        return out

    with_security = fetch()
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m not in SECURITY_MIDDLEWARE]
    without = fetch()
    assert with_security == without
    for status, headers, cookies in with_security.values():
        assert status == 200 and not cookies and "Cookie" not in headers.get("Vary", "")
